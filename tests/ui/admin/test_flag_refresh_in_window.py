"""The window brings every patient's stored flags up to date in worker processes, with its
progress in the status bar, and refreshes the patient list after: on a real SQLite clinic of more
patients than one chunk, with the real task runner (threads and processes)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import SAFETY_HR_WARNING
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.admin.clinic_settings_flow import CHUNK
from calcitrack.ui.common.task_runner import TaskRunner
from calcitrack.ui.patients.patient_table_model import FLAGS_COLUMN
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 21)
SYNTHETIC = CHUNK + 150  # never assessed: the bulk writer stores no flags
PATIENTS = SYNTHETIC + len(demo_charts())


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    opened.today = lambda: TODAY
    ChartService(opened.context()).add_charts(demo_charts())
    build_synthetic_clinic(opened.context(), SYNTHETIC)
    yield opened
    opened.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


def _tooltip(qtbot: QtBot, window: MainWindow, mrn: str) -> str:
    """The flags cell's tooltip of the patient, found by typing the MRN into the search (the
    list fetches a page at a time: the patient need not be among the first rows)."""
    model = window.patient_list.model
    if model.row_of_mrn(mrn) is None:
        window.patient_list.search_edit.setText(mrn)
        qtbot.waitUntil(lambda: model.row_of_mrn(mrn) is not None, timeout=10_000)
    row = model.row_of_mrn(mrn)
    assert row is not None
    return str(model.data(model.index(row, FLAGS_COLUMN), Qt.ItemDataRole.ToolTipRole) or "")


def test_patients_never_assessed_and_then_a_settings_change_are_redone_with_progress(
    qtbot: QtBot, clinic: Clinic, runner: TaskRunner
) -> None:
    said: list[str] = []
    window = build_main_window(clinic, runner)
    qtbot.addWidget(window)
    refresher = window.flag_refresher
    refresher.progressed.connect(lambda *_: said.append(window.busy_label.text()))
    # the list finds patients never assessed and starts at once
    with qtbot.waitSignal(refresher.finished, timeout=120_000) as first:
        window.show()
    assert first.args == [SYNTHETIC]
    assert said == [
        f"Updating flags: {CHUNK} of {SYNTHETIC} patients",
        f"Updating flags: {SYNTHETIC} of {SYNTHETIC} patients",
    ]
    assert FlagCacheService(clinic.context()).stale_patient_ids() == []
    qtbot.waitUntil(lambda: window.busy_label.text() == "", timeout=10_000)

    said.clear()
    window.clinic_settings_action.trigger()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is not None, timeout=10_000)
    dialog = window.settings_flow.dialog
    assert dialog is not None
    dialog.spins[SAFETY_HR_WARNING].setValue(80)  # the RA patient's heart rate is 74/min
    assert "heart rate" not in _tooltip(qtbot, window, DEMO_RA_MRN).lower()
    with qtbot.waitSignal(refresher.finished, timeout=120_000) as second:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert second.args == [PATIENTS]
    assert said == [
        f"Updating flags: {CHUNK} of {PATIENTS:,} patients",
        f"Updating flags: {PATIENTS:,} of {PATIENTS:,} patients",
    ]
    # the list is read again after the last chunk: the new threshold's flag is there
    qtbot.waitUntil(
        lambda: "heart rate" in _tooltip(qtbot, window, DEMO_RA_MRN).lower(), timeout=10_000
    )
    assert window.busy_label.text() == ""
    assert FlagCacheService(clinic.context()).stale_patient_ids() == []


def test_closing_the_window_during_a_run_stops_its_worker_processes(
    qtbot: QtBot, clinic: Clinic, runner: TaskRunner
) -> None:
    window = build_main_window(clinic, runner)
    qtbot.addWidget(window)
    refresher = window.flag_refresher
    with qtbot.waitSignal(refresher.progressed, timeout=120_000):
        window.show()  # the patients never assessed: the first chunk is stored
    assert refresher.running and multiprocessing.active_children()
    window.close()
    assert not refresher.running
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=30_000)
    # no chunk is started after the close; one already assessed may still be stored (its results
    # are right), so what stays out of date for the next window is at most the rest
    assert len(FlagCacheService(clinic.context()).stale_patient_ids()) <= SYNTHETIC - CHUNK
