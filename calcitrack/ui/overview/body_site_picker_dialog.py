"""Choosing a new lesion's body site by clicking it on the body map."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from calcitrack.domain.codes import Laterality
from calcitrack.reports.charts.lesion_map import MapLesion, site_name
from calcitrack.ui.overview.lesion_map_view import LesionMapView

_PROMPT = str(
    QT_TRANSLATE_NOOP("BodySitePickerDialog", "Click the body site on the front or back view.")
)
"""What the label under the map says before a site is chosen (in English, shown translated)."""


class BodySitePickerDialog(QDialog):
    """The lesion map in picking mode: a click chooses a site (named below the map), OK accepts
    it, Esc cancels. The patient's lesions, if given, are shown for orientation."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        lesions: Sequence[MapLesion] = (),
        initial: tuple[str, Laterality] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose body site"))
        self.map_view = LesionMapView(self)
        self.map_view.set_lesions(lesions)
        self.map_view.picking_site = True
        self.site_label = QLabel(self.tr(_PROMPT))
        self.site_label.setAccessibleName(self.tr("Chosen body site"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.map_view.site_clicked.connect(self._on_map_site_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.map_view, 1)
        layout.addWidget(self.site_label)
        layout.addWidget(self.buttons)
        self._chosen: tuple[str, Laterality] | None = None
        self._choose(initial)
        self.resize(420, 560)

    def chosen_site(self) -> tuple[str, Laterality] | None:
        """The site clicked, as (body-site code, laterality); None if none was or the dialog
        was cancelled."""
        return self._chosen

    def accept(self) -> None:
        if self._chosen is None:
            return
        super().accept()

    def reject(self) -> None:
        self._chosen = None
        super().reject()

    def _choose(self, site: tuple[str, Laterality] | None) -> None:
        self._chosen = site
        self.map_view.mark_site(site)
        self.site_label.setText(f"<b>{site_name(*site)}</b>" if site else self.tr(_PROMPT))
        self.ok_button.setEnabled(site is not None)

    def _on_map_site_clicked(self, site: str, laterality: str) -> None:
        self._choose((site, Laterality(laterality)))
