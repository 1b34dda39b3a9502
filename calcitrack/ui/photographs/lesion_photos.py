"""The photographs of the lesion selected in the Lesions tab: the strip over time and Compare…
(baseline / previous / now side by side). The chart's photographs carry their thumbnails; the
full images come through ``load_image``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.photographs.photo_comparison import PhotoComparisonDialog
from calcitrack.ui.photographs.photo_pixmaps import photographs_of
from calcitrack.ui.photographs.photo_strip import DeletePhotograph, LoadImage, PhotoStrip, no_image


class LesionPhotos(QWidget):
    def __init__(
        self,
        load_image: LoadImage = no_image,
        delete: DeletePhotograph | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self.lesion_label: str | None = None
        self.comparison_dialog: PhotoComparisonDialog | None = None
        self.strip = PhotoStrip(load_image, delete)
        self.title_label = QLabel("Photo&graphs")
        self.title_label.setBuddy(self.strip)
        self.compare_button = QPushButton("&Compare…")
        self.compare_button.setToolTip(
            "Baseline, previous and now side by side, at the same scale on screen"
        )
        self.compare_button.clicked.connect(self.compare)
        self.none_label = QLabel(
            "No photographs of this lesion.", alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.none_label.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.none_label)
        self.stack.addWidget(self.strip)
        self.stack.setMaximumHeight(self.strip.minimumHeight() + 8)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.stack)
        self.show_lesion(None, ())

    def set_sources(self, load_image: LoadImage, delete: DeletePhotograph | None) -> None:
        """Where full images come from and how one is deleted (None: deleting is off)."""
        self._load_image = load_image
        self.strip.set_sources(load_image, delete)

    def show_lesion(
        self, lesion_label: str | None, photographs: Sequence[LesionPhotograph]
    ) -> None:
        """Show the photographs of ``lesion_label`` among ``photographs`` (the chart's)."""
        self.lesion_label = lesion_label
        mine = photographs_of(photographs, lesion_label) if lesion_label is not None else []
        self.strip.set_photographs(mine)
        self.stack.setCurrentWidget(self.strip if mine else self.none_label)
        what = f"Photo&graphs of {lesion_label}" if lesion_label is not None else "Photo&graphs"
        self.title_label.setText(f"{what}, oldest first ({len(mine)})" if mine else what)
        self.title_label.setBuddy(self.strip if mine else self.compare_button)
        self.compare_button.setEnabled(len(mine) > 1)

    def compare(self) -> PhotoComparisonDialog | None:
        """Open the comparison of the lesion's photographs (``comparison_dialog``)."""
        photographs = self.strip.photographs()
        if self.lesion_label is None or not photographs:
            return None
        dialog = PhotoComparisonDialog(self.lesion_label, photographs, self._load_image, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "comparison_dialog", None))
        self.comparison_dialog = dialog
        dialog.open()
        return dialog
