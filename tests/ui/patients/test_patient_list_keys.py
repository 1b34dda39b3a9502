"""Home and End in the patient list go to the first and the last patient and keep the MRN and the
name in view (a plain table would jump to its last column), with a real keyboard event on a
real SQLite clinic whose last patient is on a page not yet fetched."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, PatientChart
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.patients.patient_list_loader import PAGE
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from tests.support.accounts import open_signed_in

TODAY = date(2026, 9, 14)
PATIENTS = 2 * PAGE + 7


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    clinic = open_signed_in(sqlite_url)
    clinic.today = lambda: TODAY
    charts = [
        PatientChart(Patient(f"K-{n:04}", f"Family{n:04}", "Given", Sex.FEMALE,
                             date(1960, 1, 1), UnderlyingDisease.SSC))
        for n in range(PATIENTS)
    ]  # fmt: skip
    ChartService(clinic.context()).add_charts(charts)
    yield clinic
    clinic.close()


def test_home_and_end_go_to_the_first_and_last_patient_in_the_same_column(
    qtbot: QtBot, clinic: Clinic
) -> None:
    panel = PatientListPanel(PatientService(clinic.context()), InlineTaskRunner(),
                             today=lambda: TODAY)  # fmt: skip
    qtbot.addWidget(panel)
    panel.resize(520, 420)  # narrower than the columns: the table scrolls sideways
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    view, sideways = panel.view, panel.view.horizontalScrollBar()
    qtbot.waitUntil(lambda: sideways.maximum() > 0)
    view.setFocus()
    view.setCurrentIndex(panel.model.index(0, 0))
    last = f"K-{PATIENTS - 1:04}"
    for modifiers in (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(view, Qt.Key.Key_End, modifiers)
        qtbot.waitUntil(lambda: panel.current_mrn() == last)
        assert (view.currentIndex().row(), view.currentIndex().column()) == (PATIENTS - 1, 0)
        assert sideways.value() == 0  # the MRN and the name stay in view
        qtbot.keyClick(view, Qt.Key.Key_Home, modifiers)
        qtbot.waitUntil(lambda: panel.current_mrn() == "K-0000")
        assert view.currentIndex().column() == 0 and sideways.value() == 0
