"""Keeps the main window's patient list current without reading every patient.

- After each load of the list: the Overview's modules load meanwhile, and the flags refresher
  looks for stale flags once after sign-in (it finds the patients never assessed, or assessed with
  other settings or rules, itself) and again whenever a patient shown has never been assessed (one
  just imported).
- When an admin saves new clinic settings (here or at another workstation, read at the next
  load), the list is asked again, so that flags assessed with the old settings show as out of
  date until the refresher has re-assessed them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.ui.admin.clinic_settings_flow import ClinicSettingsFlow

if TYPE_CHECKING:
    from calcitrack.ui.shell.main_window import MainWindow


class PatientListUpdates(QObject):
    def __init__(self, window: MainWindow, settings: ClinicSettingsFlow) -> None:
        super().__init__(window)
        self._window = window
        self._flags_checked = False
        self._settings_version: int | None = None
        window.patient_list.list_loaded.connect(self._on_list_loaded)
        settings.settings_changed.connect(self._on_settings_changed)

    def _on_list_loaded(self) -> None:
        window = self._window
        window.workspace.overview.preload()  # while a patient is chosen
        unassessed = window.patient_list.model.any_never_assessed()
        if not window.flag_refresher.running and (not self._flags_checked or unassessed):
            self._flags_checked = True
            window.flag_refresher.start()

    def _on_settings_changed(self, settings: ClinicSettings) -> None:
        changed = self._settings_version not in (None, settings.version)
        self._settings_version = settings.version
        if changed and self._window.patient_list.model.total:
            self._window.patient_list.refresh()
