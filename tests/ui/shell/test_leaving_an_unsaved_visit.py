"""Closing the window or switching user with a visit typed and not saved asks: Save / Keep as
draft / Discard / Cancel, and each answer does what it says. Real window, real SQLite clinic, real
sessions for switching user and the lock screen."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.app import WorkstationSession, build_main_window, drafts_dir
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_accounts import DEMO_PASSWORD
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner, Runner
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.visit_form.form import VisitFormView
from tests.ui.account_helpers import open_demo_clinic
from tests.ui.held_runner import HeldRunner
from tests.ui.visit_question import answer, keep_not_measured

TODAY = date(2026, 11, 20)
NOTE = "typed, not saved yet"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_demo_clinic(tmp_path / "demo.sqlite3", TODAY, signed_in=Role.NURSE)
    yield clinic
    clinic.close()


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        if shiboken6.isValid(window) and window.isVisible():
            window.close()
            question = window.leave_guard.question
            if question is not None:
                question.keep_button.click()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def open_window(
    qtbot: QtBot, clinic: Clinic, made: list[MainWindow], runner: Runner | None = None
) -> MainWindow:
    window = build_main_window(clinic, runner or InlineTaskRunner())
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    made.append(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def type_a_visit(qtbot: QtBot, window: MainWindow, pain: str = "6") -> VisitFormView:
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    window.new_visit_action.trigger()
    form = window.visit_flow.form
    assert form is not None
    form.scores.edits["pain_nrs"].setFocus()
    qtbot.keyClicks(form.scores.edits["pain_nrs"], pain)
    form.notes_edit.setFocus()
    qtbot.keyClicks(form.notes_edit, NOTE)
    return form


def draft_files(clinic: Clinic) -> list[Path]:
    return sorted(drafts_dir(clinic).rglob("*.draft.json"))


def visit_count(clinic: Clinic) -> int:
    """The visits stored for DEMO-0001, read as the physician (whoever is signed in, if anyone)."""
    reader = ensure_user(clinic.uow, "physician", "Dr Ben Demo", Role.PHYSICIAN)
    return len(PatientService(ServiceContext(clinic.uow, reader)).chart(DEMO_RA_MRN).visits)


def _close_by_title_bar(qtbot: QtBot, window: MainWindow) -> None:
    window.close()


def _close_by_ctrl_q(qtbot: QtBot, window: MainWindow) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window
    qtbot.keyClick(focused, Qt.Key.Key_Q, CTRL)


def _close_by_file_quit(qtbot: QtBot, window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    next(a for a in menu.actions() if a.text() == "&Quit").trigger()


CLOSERS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "title bar": _close_by_title_bar,
    "Ctrl+Q": _close_by_ctrl_q,
    "File → Quit": _close_by_file_quit,
}


@pytest.mark.parametrize("close", CLOSERS.values(), ids=CLOSERS.keys())
def test_closing_with_a_typed_visit_asks_and_cancel_stays_with_the_form_as_it_was(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow], close: Callable
) -> None:
    window = open_window(qtbot, clinic, windows)
    form = type_a_visit(qtbot, window)
    close(qtbot, window)
    QApplication.processEvents()
    assert window.isVisible(), "closed with no question"
    question = window.leave_guard.question
    assert question is not None and question.isVisible()
    assert "Haddad, Amal" in question.text() and "not saved" in question.text()
    assert {b.text().replace("&", "") for b in question.buttons()} == {
        "Save", "Keep as draft", "Discard", "Cancel"
    }
    question.cancel_button.click()
    assert window.isVisible() and window.visit_flow.form is form
    assert form.notes_edit.toPlainText() == NOTE and window.leave_guard.question is None


def test_keep_as_draft_closes_and_keeps_the_typing_for_its_author(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    window = open_window(qtbot, clinic, windows)
    type_a_visit(qtbot, window)
    window.close()
    window.leave_guard.question.keep_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    [path] = draft_files(clinic)
    envelope = json.loads(path.read_text(encoding="utf-8"))
    assert envelope["payload"]["notes"] == NOTE
    assert envelope["author"]["username"] == "nurse"
    assert visit_count(clinic) == len(demo_charts()[0].visits)


def test_discard_closes_and_deletes_the_draft(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    window = open_window(qtbot, clinic, windows)
    form = type_a_visit(qtbot, window)
    form.keep_draft()
    assert draft_files(clinic)
    window.close()
    window.leave_guard.question.discard_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    assert draft_files(clinic) == []
    assert visit_count(clinic) == len(demo_charts()[0].visits)


def test_save_records_the_visit_then_closes(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    before = visit_count(clinic)
    window = open_window(qtbot, clinic, windows)
    type_a_visit(qtbot, window)
    window.close()
    window.leave_guard.question.save_button.click()
    keep_not_measured(qtbot, window.visit_flow.form, next_question=True)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    assert visit_count(clinic) == before + 1
    assert draft_files(clinic) == []


def test_going_back_from_a_question_before_the_save_calls_the_close_off(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    # Save chosen on closing asks first about the lesions left unmeasured; Esc there goes back
    # to the form: the window stays, and a later save of the visit does not close it
    before = visit_count(clinic)
    window = open_window(qtbot, clinic, windows)
    form = type_a_visit(qtbot, window)
    window.close()
    window.leave_guard.question.save_button.click()
    answer(qtbot, form, Qt.Key.Key_Escape)
    assert window.isVisible() and window.visit_flow.form is form
    assert "stays open" in window.statusBar().currentMessage()
    assert visit_count(clinic) == before
    form.save()
    keep_not_measured(qtbot, form, next_question=True)
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    assert visit_count(clinic) == before + 1
    QApplication.processEvents()
    assert window.isVisible()  # the save was the nurse's own, not the one asked for on closing

def test_save_with_problems_keeps_the_window_open_with_the_problems_listed(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    before = visit_count(clinic)
    window = open_window(qtbot, clinic, windows)
    form = type_a_visit(qtbot, window, pain="12")
    window.close()
    window.leave_guard.question.save_button.click()
    QApplication.processEvents()
    assert window.isVisible() and window.visit_flow.form is form
    listed = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert any("pain" in text.lower() for text in listed)
    assert visit_count(clinic) == before
    assert window.leave_guard.question is None
    window.close()  # asked again, not closed on the strength of the first answer
    assert window.isVisible() and window.leave_guard.question is not None


def test_save_closes_only_once_the_background_save_succeeded(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    runner = HeldRunner()
    window = open_window(qtbot, clinic, windows, runner)
    while runner.tasks:
        runner.take().release()
    window.open_patient(DEMO_RA_MRN)
    runner.take().release()
    before = len(window.workspace.chart.visits)
    window.new_visit_action.trigger()
    form = window.visit_flow.form
    form.notes_edit.setFocus()
    qtbot.keyClicks(form.notes_edit, NOTE)
    window.close()
    window.leave_guard.question.save_button.click()
    keep_not_measured(qtbot, window.visit_flow.form, next_question=True)
    assert window.isVisible()  # the save is still running
    runner.take().release()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    assert visit_count(clinic) == before + 1


def test_a_failed_background_save_calls_the_close_off(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    runner = HeldRunner()
    window = open_window(qtbot, clinic, windows, runner)
    while runner.tasks:
        runner.take().release()
    window.open_patient(DEMO_RA_MRN)
    runner.take().release()
    window.new_visit_action.trigger()
    form = window.visit_flow.form
    form.notes_edit.setFocus()
    qtbot.keyClicks(form.notes_edit, NOTE)
    window.close()
    window.leave_guard.question.save_button.click()
    keep_not_measured(qtbot, window.visit_flow.form, next_question=True)
    task = runner.take()
    task.work()  # meanwhile a visit of hers on the same day is saved from another workstation
    task.release()  # so this save is refused by the service
    QApplication.processEvents()
    assert window.isVisible() and window.visit_flow.form is form
    assert form.notes_edit.toPlainText() == NOTE
    listed = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert any("already has a visit" in text for text in listed), listed
    assert "stays open" in window.statusBar().currentMessage()


def in_question(qtbot: QtBot, question: QWidget) -> None:
    """The keyboard has moved into the question (as it does for a person)."""
    qtbot.waitUntil(lambda: question.isAncestorOf(QApplication.focusWidget()))


def test_enter_keeps_a_draft_and_escape_cancels(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    window = open_window(qtbot, clinic, windows)
    type_a_visit(qtbot, window)
    window.close()
    question = window.leave_guard.question
    in_question(qtbot, question)
    assert question.defaultButton() is question.keep_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.isVisible() and window.leave_guard.question is None
    window.close()
    question = window.leave_guard.question
    in_question(qtbot, question)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    assert json.loads(draft_files(clinic)[0].read_text(encoding="utf-8"))["payload"]["notes"] == (
        NOTE
    )


def test_nothing_typed_closes_without_a_question(
    qtbot: QtBot, clinic: Clinic, windows: list[MainWindow]
) -> None:
    window = open_window(qtbot, clinic, windows)
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    window.new_visit_action.trigger()
    window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    assert draft_files(clinic) == []


# -- switching user ------------------------------------------------------------------------------


@pytest.fixture
def sessions(qtbot: QtBot) -> Iterator[list[WorkstationSession]]:
    made: list[WorkstationSession] = []
    yield made
    for one in made:
        window = one.window
        if window is not None and shiboken6.isValid(window):
            window.close()
            question = window.leave_guard.question
            if question is not None:
                question.keep_button.click()
        if one.dialog is not None and shiboken6.isValid(one.dialog):
            one.dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def sign_in(qtbot: QtBot, session: WorkstationSession, username: str) -> MainWindow:
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog))
    dialog = session.dialog
    dialog.username_edit.setText(username)
    qtbot.keyClicks(dialog.password_edit, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    return session.window


def signed_in_session(
    qtbot: QtBot, clinic: Clinic, made: list[WorkstationSession], username: str
) -> tuple[WorkstationSession, MainWindow]:
    clinic.user = None
    session = WorkstationSession(clinic)
    made.append(session)
    session.start()
    return session, sign_in(qtbot, session, username)


def test_switch_user_asks_cancel_stays_signed_in_and_keep_as_draft_signs_out(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    session, window = signed_in_session(qtbot, clinic, sessions, "nurse")
    type_a_visit(qtbot, window)
    window.switch_user_action.trigger()
    question = window.leave_guard.question
    assert question is not None and question.isVisible()
    assert session.window is window and clinic.user is not None  # not signed out yet
    question.cancel_button.click()
    assert session.window is window and window.isVisible() and clinic.user.username == "nurse"

    window.switch_user_action.trigger()
    window.leave_guard.question.keep_button.click()
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog))
    assert clinic.user is None and session.window is None
    [path] = draft_files(clinic)
    assert json.loads(path.read_text(encoding="utf-8"))["payload"]["notes"] == NOTE


def test_switch_user_with_save_records_the_visit_then_signs_out(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    before = visit_count(clinic)
    session, window = signed_in_session(qtbot, clinic, sessions, "nurse")
    type_a_visit(qtbot, window)
    window.switch_user_action.trigger()
    window.leave_guard.question.save_button.click()
    keep_not_measured(qtbot, window.visit_flow.form, next_question=True)
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog), timeout=10_000)
    assert visit_count(clinic) == before + 1 and draft_files(clinic) == []


def test_switch_user_with_discard_deletes_the_draft(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    session, window = signed_in_session(qtbot, clinic, sessions, "nurse")
    type_a_visit(qtbot, window).keep_draft()
    window.switch_user_action.trigger()
    window.leave_guard.question.discard_button.click()
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog))
    assert draft_files(clinic) == []


def test_switch_user_from_the_lock_screen_keeps_the_draft_for_its_author_only(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    """Whoever is at a locked workstation has not typed a password: the cover says the unsaved
    visit is kept as the author's draft (naming no patient), and switching keeps it; no one but
    the author can save it under her name or throw it away."""
    session, window = signed_in_session(qtbot, clinic, sessions, "nurse")
    type_a_visit(qtbot, window)
    window.lock_action.trigger()
    lock = session.lock_screen
    assert lock is not None and lock.is_locked
    said = lock.unsaved_label.text()
    assert lock.unsaved_label.isVisible() and "Nurse Ana Demo" in said and "draft" in said
    assert DEMO_RA_MRN not in said and "Haddad" not in said
    lock.switch_button.click()
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog))
    assert clinic.user is None
    [path] = draft_files(clinic)
    envelope = json.loads(path.read_text(encoding="utf-8"))
    assert envelope["payload"]["notes"] == NOTE and envelope["author"]["username"] == "nurse"

    physician = sign_in(qtbot, session, "physician")
    physician.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: physician.workspace.chart is not None)
    assert physician.draft_offers.dialog is None
    physician.switch_user_action.trigger()  # nothing typed: no question
    nurse = sign_in(qtbot, session, "nurse")
    qtbot.waitUntil(lambda: nurse.draft_offers.dialog is not None)
    assert DEMO_RA_MRN in nurse.draft_offers.dialog.message_label.text()


def test_the_lock_screen_says_nothing_of_drafts_when_nothing_is_typed(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    session, window = signed_in_session(qtbot, clinic, sessions, "nurse")
    window.lock_action.trigger()
    assert session.lock_screen.is_locked and not session.lock_screen.unsaved_label.isVisible()
