"""Correcting and deleting a medication period from the Medications tab of the real window, with
the keyboard alone, on the demo clinic in a real SQLite file: F2 (or Enter) opens the correction,
Delete asks for the reason; a refusal (a stop before the start, a dose above its label to
confirm, a period moved onto a signed visit) shows in the dialog, which keeps what was typed, and
stores nothing."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Frequency, Role
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.medication_service import MedicationService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.schema import metadata
from calcitrack.ui.medications.correct_period_dialog import CorrectPeriodDialog
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.workspace.patient_workspace import MEDICATIONS
from tests.support.accounts import TEST_PASSWORD, open_signed_in, signed_in
from tests.ui.demo_window import ra_patient_window

TODAY = date(2026, 11, 20)
SIGNED_DAY = date(2025, 4, 21)  # a demo visit after diltiazem was started (2025-03-24)


@pytest.fixture
def demo_clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    ChartService(clinic.context()).add_charts(
        [c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN]
    )
    yield clinic
    clinic.close()


@pytest.fixture
def window(qtbot: QtBot, demo_clinic: Clinic) -> MainWindow:
    return _open_window(qtbot, demo_clinic)


def _open_window(qtbot: QtBot, demo_clinic: Clinic) -> MainWindow:
    """The window of whoever is signed in, the RA demo patient's Medications tab open."""
    demo_clinic.today = lambda: TODAY
    window = ra_patient_window(qtbot, demo_clinic)
    window.workspace.tabs.setCurrentIndex(MEDICATIONS)
    return window


def _diltiazem(clinic: Clinic) -> MedicationPeriod:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    return next(m for m in chart.medications if m.drug == "diltiazem")


def _dump(clinic: Clinic) -> dict[str, list[str]]:
    with clinic.engine.connect() as conn:
        return {
            t.name: sorted(repr(tuple(row)) for row in conn.execute(select(t)))
            for t in metadata.sorted_tables
        }


def _select(window: MainWindow, drug: str) -> QTableView:
    panel = window.workspace.medications
    view = panel.history_view
    model = panel.history_model
    row = next(r for r in range(model.rowCount()) if model.period(r).drug == drug)
    view.setFocus()
    view.selectRow(row)
    return view


def _open_correction(qtbot: QtBot, window: MainWindow, drug: str = "diltiazem") -> Any:
    view = _select(window, drug)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    flow = window.medication_flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.correct_dialog is not None and flow.correct_dialog.isVisible())
    dialog = flow.correct_dialog
    assert isinstance(dialog, CorrectPeriodDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.start_edit.hasFocus()  # the keyboard starts at the first field
    return dialog


def _closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_f2_corrects_the_dose_and_frequency_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    before = _diltiazem(demo_clinic)
    dialog = _open_correction(qtbot, window)
    assert dialog.dose_edit.text() == "60"
    _retype(qtbot, dialog.dose_edit, "90")
    dialog.frequency_combo.setFocus()
    target = dialog.frequency_combo.findData(Frequency.TID.value)
    while dialog.frequency_combo.currentIndex() != target:
        key = Qt.Key.Key_Down if dialog.frequency_combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(dialog.frequency_combo, key)
    qtbot.keyClick(dialog.frequency_combo, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _closed(dialog))
    after = _diltiazem(demo_clinic)
    assert (after.dose, after.frequency, after.version) == (90.0, Frequency.TID, before.version + 1)
    shown = window.workspace.chart
    assert shown is not None
    assert next(m for m in shown.medications if m.drug == "diltiazem").dose == 90.0
    panel = window.workspace.medications  # the corrected period stays selected: F2, Delete work on
    selected = panel.selected_period(panel.history_view)
    assert selected is not None and (selected.drug, selected.dose) == ("diltiazem", 90.0)


def test_a_stop_before_the_start_is_named_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    before = _dump(demo_clinic)
    dialog = _open_correction(qtbot, window)
    dialog.stopped_check.setFocus()
    qtbot.keyClick(dialog.stopped_check, Qt.Key.Key_Space)
    assert dialog.stop_edit.isEnabled()
    dialog.stop_edit.set_day(date(2025, 3, 1))  # before the start, 2025-03-24
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "Stop: must be after the start date" in dialog.problem_label.text()
    assert _dump(demo_clinic) == before


def test_a_dose_above_the_label_is_saved_once_confirmed(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    before = _dump(demo_clinic)
    dialog = _open_correction(qtbot, window)
    _retype(qtbot, dialog.dose_edit, "300")  # twice daily: 600 mg/day, above 480
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_check.isVisible())
    assert "480" in dialog.problem_label.text()
    assert "Decision support" in dialog.problem_label.text()
    assert dialog.dose_edit.text() == "300" and dialog.isVisible()
    assert _dump(demo_clinic) == before
    assert dialog.confirm_check.hasFocus()
    qtbot.keyClick(dialog.confirm_check, Qt.Key.Key_Space)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: _closed(dialog))
    assert _diltiazem(demo_clinic).dose == 300.0
    with demo_clinic.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT changes_json FROM audit_log WHERE action = 'confirm' "
            "AND table_name = 'medication_periods'"
        ).all()
    assert len(rows) == 1
    assert json.loads(rows[0][0])["door"] == "medication correction"


def test_a_correction_of_a_period_saved_meanwhile_is_refused_with_who_and_what(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    dialog = _open_correction(qtbot, window)
    other = open_signed_in(demo_clinic.where, "nurse.other", "Nurse Other", Role.NURSE)
    try:  # another workstation corrects the same period first
        read = _diltiazem(other)
        MedicationService(other.context()).correct_period(
            DEMO_RA_MRN, read, dataclasses.replace(read, dose=75.0)
        )
    finally:
        other.close()
    saved_by_other = _dump(demo_clinic)
    _retype(qtbot, dialog.dose_edit, "90")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "changed by someone else" in dialog.problem_label.text())
    text = dialog.problem_label.text()
    assert "Nurse Other" in text and "Dose" in text
    assert dialog.isVisible() and dialog.dose_edit.text() == "90"  # her typing is kept
    assert _dump(demo_clinic) == saved_by_other


def test_delete_asks_for_the_reason_then_deletes_the_period(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    view = _select(window, "colchicine")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    flow = window.medication_flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.delete_dialog is not None and flow.delete_dialog.isVisible())
    dialog = flow.delete_dialog
    assert dialog is not None and not dialog.delete_button.isEnabled()
    assert any("Colchicine 0.5 mg" in label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.reason_edit, "entered for the wrong patient")
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    qtbot.waitUntil(
        lambda: window.workspace.chart is not None
        and all(m.drug != "colchicine" for m in window.workspace.chart.medications)
    )
    with demo_clinic.engine.connect() as conn:
        reasons = conn.exec_driver_sql(
            "SELECT drug_name, reason FROM medication_period_deletions"
        ).all()
    assert [tuple(r) for r in reasons] == [("Colchicine", "entered for the wrong patient")]


def _sign_visit_of(clinic: Clinic, day: date) -> int:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    visit = next(v for v in chart.visits if v.visit_date == day)
    VisitService(clinic.context()).sign(DEMO_RA_MRN, visit, TEST_PASSWORD)
    assert visit.id is not None
    return visit.id


def test_a_nurse_moving_a_period_onto_a_signed_visit_is_told_it_needs_an_amendment(
    qtbot: QtBot, demo_clinic: Clinic
) -> None:
    visit_id = _sign_visit_of(demo_clinic, SIGNED_DAY)
    signed_in(demo_clinic, "nurse.test", "Nurse Test", Role.NURSE)
    window = _open_window(qtbot, demo_clinic)
    assert window.workspace.chart.signature_of(visit_id) is not None
    before = _dump(demo_clinic)
    dialog = _open_correction(qtbot, window)
    dialog.start_edit.set_day(SIGNED_DAY)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "amending that visit" in dialog.problem_label.text())
    assert dialog.isVisible() and not dialog.amending
    assert _dump(demo_clinic) == before


def test_a_physician_moving_a_period_onto_a_signed_visit_saves_it_as_the_amendment(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    visit_id = _sign_visit_of(demo_clinic, SIGNED_DAY)
    _reload(qtbot, window, visit_id)
    before = _dump(demo_clinic)
    dialog = _open_correction(qtbot, window)
    assert not dialog.amending and not dialog.amend_reason_edit.isVisible()
    dialog.start_edit.set_day(SIGNED_DAY)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.amending))
    assert "Give the reason for the amendment" in dialog.problem_label.text()
    assert dialog.amend_reason_edit.isVisible() and dialog.amend_reason_edit.hasFocus()
    assert dialog.windowTitle() == "Amend medication period"
    assert _dump(demo_clinic) == before
    qtbot.keyClicks(dialog.amend_reason_edit, "started at that visit, typed from the letter")
    qtbot.keyClick(dialog.amend_reason_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _closed(dialog))
    assert _diltiazem(demo_clinic).start_on == SIGNED_DAY
    signature = PatientService(demo_clinic.context()).chart(DEMO_RA_MRN).signature_of(visit_id)
    assert signature is not None and signature.content_matches is True
    assert [a.reason for a in signature.amendments] == [
        "started at that visit, typed from the letter"
    ]


def _period_of_signed_visit(clinic: Clinic) -> int:
    """Diltiazem moved to start at the visit of SIGNED_DAY, which is then signed: its id."""
    period = _diltiazem(clinic)
    MedicationService(clinic.context()).correct_period(
        DEMO_RA_MRN, period, dataclasses.replace(period, start_on=SIGNED_DAY)
    )  # started at that visit, before it was signed
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    visit = next(v for v in chart.visits if v.visit_date == SIGNED_DAY)
    VisitService(clinic.context()).sign(DEMO_RA_MRN, visit, TEST_PASSWORD)
    assert visit.id is not None
    return visit.id


def _reload(qtbot: QtBot, window: MainWindow, visit_id: int) -> None:
    window.refresh()
    qtbot.waitUntil(lambda: window.workspace.chart.signature_of(visit_id) is not None)


def test_a_nurse_cannot_open_a_period_of_a_signed_visit(
    qtbot: QtBot, demo_clinic: Clinic
) -> None:
    _period_of_signed_visit(demo_clinic)
    signed_in(demo_clinic, "nurse.test", "Nurse Test", Role.NURSE)
    window = _open_window(qtbot, demo_clinic)
    for key in (Qt.Key.Key_F2, Qt.Key.Key_Delete):
        qtbot.keyClick(_select(window, "diltiazem"), key)
        box = window.message_box
        qtbot.waitUntil(box.isVisible)
        assert "2025-04-21, which is signed" in box.text()
        assert "amending that visit" in box.text()
        box.close()
        flow = window.medication_flow
        assert flow is not None and flow.correct_dialog is None and flow.delete_dialog is None


def test_a_physician_corrects_a_period_of_a_signed_visit_as_its_amendment(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    visit_id = _period_of_signed_visit(demo_clinic)
    _reload(qtbot, window, visit_id)
    dialog = _open_correction(qtbot, window)
    assert dialog.windowTitle() == "Amend medication period"
    _retype(qtbot, dialog.dose_edit, "90")
    before = _dump(demo_clinic)
    dialog.save_button.click()
    assert "Reason for the amendment: say why" in dialog.problem_label.text()
    assert _dump(demo_clinic) == before
    qtbot.keyClick(dialog.dose_edit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.amend_reason_edit.hasFocus()
    qtbot.keyClicks(dialog.amend_reason_edit, "90 mg was prescribed")
    qtbot.keyClick(dialog.amend_reason_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _closed(dialog))
    assert _diltiazem(demo_clinic).dose == 90.0
    chart = PatientService(demo_clinic.context()).chart(DEMO_RA_MRN)
    signature = chart.signature_of(visit_id)
    assert signature is not None and signature.content_matches is True
    assert [a.reason for a in signature.amendments] == ["90 mg was prescribed"]


def test_a_physician_deletes_a_period_of_a_signed_visit_as_its_amendment(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    visit_id = _period_of_signed_visit(demo_clinic)
    _reload(qtbot, window, visit_id)
    qtbot.keyClick(_select(window, "diltiazem"), Qt.Key.Key_Delete)
    flow = window.medication_flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.delete_dialog is not None and flow.delete_dialog.isVisible())
    dialog = flow.delete_dialog
    assert dialog is not None
    assert any("amends that visit" in label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.reason_edit, "never given")
    dialog.delete_button.click()
    qtbot.waitUntil(
        lambda: all(m.drug != "diltiazem" for m in window.workspace.chart.medications)
    )
    signature = window.workspace.chart.signature_of(visit_id)
    assert signature is not None and [a.reason for a in signature.amendments] == ["never given"]
