"""The visit form's clinician: a new visit starts with the signed-in user's name, an edit keeps the
clinician stored with the visit, a recovered draft keeps what was typed (even an emptied field).
Driven through the real window on the demo clinic (real SQLite file)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import open_signed_in
from tests.ui.visit_question import keep_not_measured

TODAY = date(2026, 11, 20)
NURSE = "Nurse Rui Costa"


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(
        f"sqlite:///{tmp_path / 'demo.sqlite3'}", "nurse.rui", NURSE, Role.NURSE
    )
    opened.today = lambda: TODAY
    ChartService(open_signed_in(opened.url).context()).add_charts(demo_charts())
    yield opened
    opened.close()


def _window(qtbot: QtBot, clinic: Clinic, *, keep: bool = True) -> MainWindow:
    window = build_main_window(clinic, InlineTaskRunner())
    if keep:
        qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    return window


def _new_visit(qtbot: QtBot) -> None:
    """Ctrl+N, as the nurse presses it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_a_new_visit_starts_with_the_signed_in_users_name(qtbot: QtBot, clinic: Clinic) -> None:
    window = _window(qtbot, clinic)
    _new_visit(qtbot)
    form = window.visit_flow.form
    assert form is not None
    assert form.header.clinician_edit.text() == NURSE
    assert not form.is_dirty()  # the default is not typing: nothing to keep as a draft
    qtbot.keyClicks(form.scores.edits["pain_nrs"], "4")
    window.save_action.trigger()
    keep_not_measured(qtbot, form)  # no lesion measured at this visit: not measured today
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    saved = PatientService(clinic.context()).chart(DEMO_RA_MRN).visits[-1]
    assert (saved.visit_date, saved.clinician) == (TODAY, NURSE)


def test_an_edit_keeps_the_stored_clinician(qtbot: QtBot, clinic: Clinic) -> None:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    earlier = chart.visits[0]
    assert earlier.id is not None and earlier.clinician not in ("", NURSE)
    window = _window(qtbot, clinic)
    window.visit_flow.edit_visit(earlier.id)
    form = window.visit_flow.form
    assert form is not None and form.header.clinician_edit.text() == earlier.clinician


@pytest.mark.parametrize("typed", ["Dr Ana Reis", ""])
def test_a_recovered_draft_keeps_the_clinician_as_typed(
    qtbot: QtBot, clinic: Clinic, typed: str
) -> None:
    first = _window(qtbot, clinic, keep=False)  # it dies without closing
    _new_visit(qtbot)
    form = first.visit_flow.form
    assert form is not None
    edit = form.header.clinician_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClicks(form.notes_edit, "seen with a colleague")
    store, key = first.visit_flow._drafts, form.draft_key
    qtbot.waitUntil(lambda: (store.load(key) or {}).get("notes") == "seen with a colleague")
    shiboken6.delete(first)

    second = _window(qtbot, clinic)
    offer = second.draft_offers.dialog  # her own draft, offered as the chart opens
    assert offer is not None
    offer.recover_button.click()
    recovered = second.visit_flow.form
    assert recovered is not None
    assert recovered.header.clinician_edit.text() == typed
    assert recovered.entry().visit.clinician == typed
