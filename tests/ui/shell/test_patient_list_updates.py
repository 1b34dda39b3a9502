"""The patient list is read again when the settings the assessment reads changed (their assessed
version moved: the stored flags now show as out of date), not after a save of other settings (the
idle lock): those leave every flag current, and re-reading 50,000 rows would be for nothing."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.ui.shell.patient_list_updates import PatientListUpdates


class _List(QObject):
    list_loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.model = SimpleNamespace(total=3, any_never_assessed=lambda: False)
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


class _Flow(QObject):
    settings_changed = Signal(object)


def test_only_a_new_assessed_version_reads_the_list_again(qtbot: QtBot) -> None:
    patients, flow = _List(), _Flow()
    refresher = SimpleNamespace(running=False, start=lambda: None)
    updates = PatientListUpdates(patients, flow, refresher, lambda: None)  # stand-ins
    flow.settings_changed.emit(ClinicSettings(version=4, assessed_version=2))  # read at sign-in
    flow.settings_changed.emit(ClinicSettings(version=5, assessed_version=2))  # the idle lock
    flow.settings_changed.emit(ClinicSettings(version=5, assessed_version=2))  # read again
    assert patients.refreshed == 0
    flow.settings_changed.emit(ClinicSettings(version=6, assessed_version=6))  # a threshold
    assert patients.refreshed == 1
    flow.settings_changed.emit(ClinicSettings(version=7, assessed_version=6))
    assert patients.refreshed == 1
    assert updates is not None
