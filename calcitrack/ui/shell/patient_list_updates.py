"""Keeps the main window's patient list current without reading every patient.

- After each load of the list: the Overview's modules load meanwhile (``preload``), and the
  flags refresher looks for stale flags once after sign-in (it finds the patients never assessed,
  or assessed with other settings or rules, itself) and again whenever a patient shown has never
  been assessed (one just imported).
- When an admin saves clinic settings that the assessment reads (here or at another
  workstation, read at the next load: ``ClinicSettings.assessed_version`` moved), the list is
  asked again, so that flags assessed with the old settings show as out of date until the
  refresher has re-assessed them. A save of other settings (the idle lock, the backups) leaves
  the flags current and the list as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.ui.admin.clinic_settings_flow import ClinicSettingsFlow, FlagRefresher
from calcitrack.ui.patients.patient_list_panel import PatientListPanel


class PatientListUpdates(QObject):
    def __init__(
        self,
        patient_list: PatientListPanel,
        settings: ClinicSettingsFlow,
        flag_refresher: FlagRefresher,
        preload: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._list = patient_list
        self._refresher = flag_refresher
        self._preload = preload
        self._flags_checked = False
        self._assessed_version: int | None = None
        patient_list.list_loaded.connect(self._on_list_loaded)
        settings.settings_changed.connect(self._on_settings_changed)

    def _on_list_loaded(self) -> None:
        self._preload()  # while a patient is chosen
        unassessed = self._list.model.any_never_assessed()
        if not self._refresher.running and (not self._flags_checked or unassessed):
            self._flags_checked = True
            self._refresher.start()

    def _on_settings_changed(self, settings: ClinicSettings) -> None:
        changed = self._assessed_version not in (None, settings.assessed_version)
        self._assessed_version = settings.assessed_version
        if changed and self._list.model.total:
            self._list.refresh()
