"""The photographs of the lesion selected in the Lesions tab: the strip over time and Compare…
(baseline / previous / now side by side). The patient's photographs with their thumbnails come
from ``list_photographs`` (by MRN) when it is given, else from the chart; the full images come
through ``load_image``."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.photographs.photo_comparison import PhotoComparisonDialog
from calcitrack.ui.photographs.photo_pixmaps import photographs_of
from calcitrack.ui.photographs.photo_strip import (
    THUMBNAIL_SIDE,
    DeletePhotograph,
    LoadImage,
    PhotoStrip,
    no_image,
)

ListPhotographs = Callable[[str], Sequence[LesionPhotograph]]
"""The patient's photographs (with thumbnails, without full images) by MRN."""

log = logging.getLogger(__name__)


ATTACH_SHORTCUT = "Ctrl+Shift+A"
"""Attach photographs… in the Patient menu (the window wires it): said in the button's tooltip."""


class LesionPhotos(QWidget):
    attach_requested = Signal(object)
    """Attach photographs: the label of the lesion shown (None when none is selected)."""

    def __init__(
        self,
        load_image: LoadImage = no_image,
        delete: DeletePhotograph | None = None,
        parent: QWidget | None = None,
        *,
        list_photographs: ListPhotographs | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self._list_photographs = list_photographs
        self._patient_photographs: Sequence[LesionPhotograph] = ()
        self.lesion_label: str | None = None
        self.comparison_dialog: PhotoComparisonDialog | None = None
        self.strip = PhotoStrip(load_image, delete)
        self.title_label = QLabel(self.tr("Photo&graphs"))
        self.title_label.setWordWrap(True)  # a long lesion label must not widen the window
        self.title_label.setBuddy(self.strip)
        self.compare_button = QPushButton(self.tr("Compa&re…"))
        self.compare_button.setToolTip(
            self.tr("Baseline, previous and now side by side, at the same scale on screen")
        )
        self.compare_button.clicked.connect(self.compare)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setToolTip(
            self.tr(
                "Attach photographs of this lesion (JPEG, PNG or HEIC files) at a visit "
                "({shortcut})"
            ).format(shortcut=ATTACH_SHORTCUT)
        )
        self.attach_button.setAccessibleName(
            self.tr("Attach photographs ({shortcut})").format(shortcut=ATTACH_SHORTCUT)
        )
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(self.lesion_label))
        self.none_label = QLabel(
            self.tr("No photographs of this lesion."), alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.none_label.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.none_label)
        self.stack.addWidget(self.strip)
        self.stack.setMaximumHeight(THUMBNAIL_SIDE + 72)  # the whole strip, no more
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.attach_button)
        heading.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.stack)
        self.show_lesion(None, ())

    def set_sources(
        self,
        load_image: LoadImage,
        delete: DeletePhotograph | None,
        list_photographs: ListPhotographs | None = None,
    ) -> None:
        """Where full images come from, how one is deleted (None: deleting is off) and where
        the patient's photographs are listed (None: the chart's)."""
        self._load_image = load_image
        self._list_photographs = list_photographs
        self.strip.set_sources(load_image, delete)

    def set_patient(self, mrn: str, in_chart: Sequence[LesionPhotograph]) -> None:
        """The patient whose lesions are shown next: their photographs listed now (the chart's
        ``in_chart`` when there is no list, or the list failed)."""
        self._patient_photographs = in_chart
        if self._list_photographs is not None:
            try:
                self._patient_photographs = self._list_photographs(mrn)
            except Exception as error:  # the chart's own, without thumbnails maybe: not a crash
                log.warning("listing the photographs failed: %s", type(error).__name__)

    def show_lesion(
        self,
        lesion_label: str | None,
        photographs: Sequence[LesionPhotograph] | None = None,
    ) -> None:
        """Show the photographs of ``lesion_label`` among ``photographs`` (default: the
        patient's, from ``set_patient``)."""
        self.lesion_label = lesion_label
        among = self._patient_photographs if photographs is None else photographs
        mine = photographs_of(among, lesion_label) if lesion_label is not None else []
        self.strip.set_photographs(mine)
        self.stack.setCurrentWidget(self.strip if mine else self.none_label)
        if lesion_label is None:  # (no photographs either)
            title = self.tr("Photo&graphs")
        elif mine:
            title = self.tr("Photo&graphs of {lesion}, oldest first ({count})").format(
                lesion=lesion_label, count=len(mine)
            )
        else:
            title = self.tr("Photo&graphs of {lesion}").format(lesion=lesion_label)
        self.title_label.setText(title)
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
