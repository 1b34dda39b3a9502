"""Signing and amending from the main window, as a physician and as a nurse, on the demo clinic
(real SQLite file, real services, real event loop)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.chart_service import ChartService
from calcitrack.services.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.ui.amend_reason_dialog import AmendReasonDialog
from calcitrack.ui.main_window import MainWindow
from calcitrack.ui.patient_workspace import VISITS
from calcitrack.ui.task_runner import InlineTaskRunner
from calcitrack.ui.visit_table_model import COLUMNS
from tests.support.accounts import open_signed_in, signed_in

TODAY = date(2026, 11, 20)
SIGNED = COLUMNS.index("Signed")


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(
        f"sqlite:///{tmp_path / 'demo.sqlite3'}", "dr.ines", "Dr Inês Sá", Role.PHYSICIAN
    )
    opened.today = lambda: TODAY
    ChartService(opened.context()).add_charts(demo_charts())
    yield opened
    opened.close()


def _window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    window = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    window.workspace.tabs.setCurrentIndex(VISITS)
    return window


def _select_latest(window: MainWindow) -> None:
    view = window.workspace.visits.view
    view.setCurrentIndex(view.model().index(0, 0))


def _signed_cell(window: MainWindow) -> str:
    model = window.workspace.visits.model
    return str(model.data(model.index(0, SIGNED)))


def test_a_physician_signs_the_selected_visit_and_the_table_says_so(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = _window(qtbot, clinic)
    assert _signed_cell(window) == "Not signed"
    _select_latest(window)
    assert window.sign_action.isEnabled()
    window.sign_action.trigger()
    question = window.sign_off_flow.question
    assert question is not None and "read-only" in question.text()
    sign = next(b for b in question.buttons() if b.text() == "Sign")
    sign.click()
    qtbot.waitUntil(lambda: _signed_cell(window).startswith("Dr Inês Sá"))
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    latest = max(chart.visits, key=lambda v: v.visit_date)
    signature = chart.signature_of(latest.id)
    assert signature is not None and signature.signed_by == "Dr Inês Sá"


def test_a_nurse_may_not_sign_and_a_signed_visit_opens_read_only(
    qtbot: QtBot, clinic: Clinic
) -> None:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    latest = max(chart.visits, key=lambda v: v.visit_date)
    VisitService(clinic.context()).sign(DEMO_RA_MRN, latest)
    signed_in(clinic, "nurse.rui", "Rui Costa", Role.NURSE)
    window = _window(qtbot, clinic)
    assert not window.sign_action.isEnabled()
    assert not window.users_action.isEnabled() and not window.audit_action.isEnabled()
    assert window.new_visit_action.isEnabled()
    assert latest.id is not None
    window.visit_flow.edit_visit(latest.id)
    box = window.message_box
    assert isinstance(box, QMessageBox) and "read-only" in box.text()
    assert "Dr Inês Sá" in box.text()
    assert window.visit_flow.form is None
    window.visit_flow.delete_visit(latest.id)
    assert "kept" in window.message_box.text()
    assert len(PatientService(clinic.context()).chart(DEMO_RA_MRN).visits) == len(chart.visits)


def test_a_physician_amends_a_signed_visit_with_a_reason(qtbot: QtBot, clinic: Clinic) -> None:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    latest = max(chart.visits, key=lambda v: v.visit_date)
    VisitService(clinic.context()).sign(DEMO_RA_MRN, latest)
    window = _window(qtbot, clinic)
    assert latest.id is not None
    window.visit_flow.edit_visit(latest.id)
    form = window.visit_flow.form
    assert form is not None
    assert "amendment" in window.statusBar().currentMessage()
    old_pain = latest.pain_nrs
    new_pain = 2 if old_pain != 2 else 3
    edit = form.scores.edits["pain_nrs"]
    edit.selectAll()
    qtbot.keyClicks(edit, str(new_pain))
    window.save_action.trigger()
    dialog = window.visit_flow.amend_dialog
    assert isinstance(dialog, AmendReasonDialog)
    assert not dialog.amend_button.isEnabled()  # no reason, no amendment
    qtbot.keyClicks(dialog.reason_edit, "Pain score transcribed from the wrong visit")
    dialog.amend_button.click()
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    stored = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    visit = next(v for v in stored.visits if v.id == latest.id)
    assert visit.pain_nrs == new_pain
    signature = stored.signature_of(latest.id)
    assert signature is not None and signature.signed_by == "Dr Inês Sá"
    amendment = signature.amendments[-1]
    assert amendment.reason == "Pain score transcribed from the wrong visit"
    pain = next(c for c in amendment.changes if "Pain" in c.label)
    assert (pain.before, pain.after) == (str(old_pain), str(new_pain))
    qtbot.waitUntil(lambda: "(amended)" in _signed_cell(window))


def test_cancelling_the_reason_saves_nothing_and_keeps_the_form(
    qtbot: QtBot, clinic: Clinic
) -> None:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    latest = max(chart.visits, key=lambda v: v.visit_date)
    VisitService(clinic.context()).sign(DEMO_RA_MRN, latest)
    window = _window(qtbot, clinic)
    assert latest.id is not None
    window.visit_flow.edit_visit(latest.id)
    form = window.visit_flow.form
    assert form is not None
    edit = form.scores.edits["pain_nrs"]
    edit.selectAll()
    qtbot.keyClicks(edit, "1" if latest.pain_nrs != 1 else "2")
    window.save_action.trigger()
    dialog = window.visit_flow.amend_dialog
    dialog.reject()
    assert window.visit_flow.form is form and form.save_button.isEnabled()
    assert form.status_label.text() == "Not saved"
    stored = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    assert next(v for v in stored.visits if v.id == latest.id).pain_nrs == latest.pain_nrs
