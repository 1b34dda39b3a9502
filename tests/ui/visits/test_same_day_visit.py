"""One visit a day per patient, said at once (QA trial: Ctrl+N on a patient seen today let the
nurse type a whole visit, and only Ctrl+S said "already has a visit on 2026-12-06"; after a draft
was recovered the Date field was framed red with the reason only in a hover tooltip).

Ctrl+N on a patient who has a visit on that day asks straight away: open (edit) that visit, or
record a visit of another date. A date problem is said in words on the form, beside the date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView
from tests.support.accounts import open_signed_in

SEEN_ON = date(2026, 9, 14)
"""The latest visit of DEMO-0001 (Amal Haddad) in the demo clinic."""
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    ChartService(opened.context()).add_charts(demo_charts())
    opened.today = lambda: SEEN_ON  # the patient was seen today
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    shown = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: shown.workspace.chart is not None)
    shown.patient_list.view.setFocus()
    return shown


def ctrl_n(qtbot: QtBot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_N, CTRL)


def asked(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    question = window.visit_flow.question
    assert question is not None, "Ctrl+N asked nothing"
    qtbot.waitUntil(question.isVisible)
    assert window.visit_flow.form is None, "no form to type a visit that cannot be saved"
    return question


def date_words(form: VisitFormView) -> str:
    """What the form says about the date in words a nurse sees without hovering."""
    label = form.header.message_label
    return label.text() if label.isVisible() else ""


def test_ctrl_n_on_a_patient_seen_today_asks_at_once_and_opens_that_visit(
    qtbot: QtBot, window: MainWindow
) -> None:
    ctrl_n(qtbot)
    question = asked(qtbot, window)
    assert "already has a visit today" in question.text()
    assert SEEN_ON.isoformat() in question.text()
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default: open that visit
    form = window.visit_flow.form
    assert form is not None
    assert form.editing is not None and form.editing.visit_date == SEEN_ON
    assert window.visit_flow.question is None


def test_or_records_a_visit_of_another_date_told_in_words_to_change_the_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    ctrl_n(qtbot)
    question = asked(qtbot, window)
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, Qt.Key.Key_A, ALT)  # "Another date"
    qtbot.waitUntil(lambda: window.visit_flow.form is not None)
    form = window.visit_flow.form
    assert form is not None and form.editing is None
    window.activateWindow()  # what the window manager does once the question has gone
    qtbot.waitUntil(form.date_edit.hasFocus)  # the date to change
    qtbot.waitUntil(lambda: "already has a visit on 2026-09-14" in date_words(form))
    assert field_marks.is_marked(form.date_edit)
    qtbot.keyClicks(form.date_edit, "2026-09-13")  # the day before, typed late
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: date_words(form) == "")
    assert not field_marks.is_marked(form.date_edit)


def test_escape_leaves_the_chart_as_it_was(qtbot: QtBot, window: MainWindow) -> None:
    ctrl_n(qtbot)
    question = asked(qtbot, window)
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert window.visit_flow.form is None
    assert window.visit_flow.question is None
    assert window.new_visit_action.isEnabled()


def test_ctrl_n_twice_the_second_time_after_saving_the_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A patient not seen today: the first Ctrl+N opens the form; once saved, the next Ctrl+N
    on the same day asks."""
    window.open_patient(DEMO_DM_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart.patient.mrn == DEMO_DM_MRN)
    window.patient_list.view.setFocus()
    ctrl_n(qtbot)
    form = window.visit_flow.form
    assert form is not None and window.visit_flow.question is None
    for row in form.lesions.rows:
        assert row.status_combo is not None
        row.status_combo.setCurrentText("Resolved")
    form.save()
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    qtbot.waitUntil(lambda: SEEN_ON in {v.visit_date for v in window.workspace.chart.visits})
    window.patient_list.view.setFocus()
    ctrl_n(qtbot)
    assert SEEN_ON.isoformat() in asked(qtbot, window).text()


def test_a_recovered_draft_on_a_taken_date_says_so_in_words(
    qtbot: QtBot, tmp_path: Path, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    drafts = DraftStore(tmp_path / "drafts")
    typed = VisitFormView(chart, today=date(2026, 12, 6), drafts=drafts)
    qtbot.addWidget(typed)
    with qtbot.waitActive(typed):
        typed.show()
        typed.activateWindow()
    typed.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(typed.date_edit, SEEN_ON.isoformat())
    qtbot.keyClick(typed.date_edit, Qt.Key.Key_Tab)
    typed.notes_edit.setPlainText("typed, then the app was closed")
    typed.keep_draft()

    form = VisitFormView(chart, today=date(2026, 12, 6), drafts=drafts)
    qtbot.addWidget(form)
    form.show()
    assert form.has_draft()
    form.restore_draft()
    assert form.visit_date() == SEEN_ON
    qtbot.waitUntil(lambda: "already has a visit on 2026-09-14" in date_words(form))
    assert "Visit date" in date_words(form)
