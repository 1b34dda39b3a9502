"""Drafts are personal: a visit typed and not saved is kept for the account that typed it, offered
back to that account only (right after its sign-in, with when it was started), and never shown to
anyone else who signs in on the same workstation. Real sessions (sign-in dialog, argon2, the
window, the lock screen) on a real SQLite clinic; the app "crashes" as kill -9 would: the window is
destroyed with no close event, so only what the draft timer wrote survives."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.app import WorkstationSession, build_main_window, drafts_dir
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.demo.demo_accounts import DEMO_PASSWORD
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView
from tests.ui.account_helpers import open_demo_clinic

TODAY = date(2026, 11, 20)
NOTE = "typed by the nurse, not saved"


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_demo_clinic(tmp_path / "demo.sqlite3", TODAY)
    yield clinic
    clinic.close()


@pytest.fixture
def sessions(qtbot: QtBot) -> Iterator[list[WorkstationSession]]:
    made: list[WorkstationSession] = []
    yield made
    for one in made:
        window = one.window
        if window is not None and shiboken6.isValid(window):
            window.close()
            question = window.leave_guard.question
            if question is not None:  # a form typed in: kept as a draft
                question.keep_button.click()
        if one.dialog is not None and shiboken6.isValid(one.dialog):
            one.dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def start(clinic: Clinic, made: list[WorkstationSession]) -> WorkstationSession:
    session = WorkstationSession(clinic)
    made.append(session)
    session.start()
    return session


def sign_in(qtbot: QtBot, session: WorkstationSession, username: str) -> MainWindow:
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog))
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    dialog.username_edit.setText(username)
    qtbot.keyClicks(dialog.password_edit, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: window.patient_list.model.rowCount() > 0)  # the list has loaded
    return window


def crash(session: WorkstationSession) -> None:
    """kill -9: no close event, no question, nothing written but what is already on disk."""
    window = session.window
    assert window is not None
    if session.idle is not None:
        session.idle.pause()
    session.window, session.lock_screen, session.idle = None, None, None
    session.clinic.user = None
    shiboken6.delete(window)


def open_chart(qtbot: QtBot, window: MainWindow, mrn: str) -> None:
    window.open_patient(mrn)
    qtbot.waitUntil(
        lambda: window.workspace.chart is not None and window.workspace.chart.patient.mrn == mrn
    )


def type_a_visit(qtbot: QtBot, window: MainWindow, mrn: str = DEMO_RA_MRN) -> VisitFormView:
    """A new visit with a pain score and a note, typed until the draft timer has written it."""
    open_chart(qtbot, window, mrn)
    window.new_visit_action.trigger()
    form = window.visit_flow.form
    assert form is not None
    pain = form.scores.edits["pain_nrs"]
    pain.setFocus()
    qtbot.keyClicks(pain, "6")
    form.notes_edit.setFocus()
    qtbot.keyClicks(form.notes_edit, NOTE)
    qtbot.waitUntil(lambda: form.status_label.text().startswith("Draft kept"))
    return form


def texts(widget: QWidget) -> str:
    """Everything a person reads in ``widget``: its labels, a message box's text, list rows."""
    parts = [label.text() for label in widget.findChildren(QLabel)]
    if isinstance(widget, QMessageBox):
        parts.append(widget.text())
    for child in widget.findChildren(QWidget):
        count = getattr(child, "count", None)
        item = getattr(child, "item", None)
        if callable(count) and callable(item):
            parts += [child.item(i).text() for i in range(child.count())]
    return "\n".join(parts)


def draft_offers(window: MainWindow) -> list[QDialog]:
    """The window's dialogs on screen that offer an unsaved visit back, whatever their kind."""
    QApplication.processEvents()
    return [
        dialog
        for dialog in window.findChildren(QDialog)
        if dialog.isVisible() and "unsaved" in texts(dialog).lower()
    ]


def button(dialog: QWidget, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if text in b.text().replace("&", ""))


def started_texts(before: datetime, after: datetime) -> set[str]:
    minute = before.replace(second=0, microsecond=0)
    found = set()
    while minute <= after:
        found.add(f"started {minute:%H:%M}")
        minute += timedelta(minutes=1)
    return found


def test_the_nurses_draft_is_offered_to_her_only_and_never_to_the_physician_signing_in_next(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    nurse = sign_in(qtbot, start(clinic, sessions), "nurse")
    before = datetime.now()
    typed = type_a_visit(qtbot, nurse).entry()
    after = datetime.now()
    crash(sessions[0])

    physician_session = start(clinic, sessions)
    physician = sign_in(qtbot, physician_session, "physician")
    qtbot.wait(50)
    assert draft_offers(physician) == []  # not at sign-in
    open_chart(qtbot, physician, DEMO_RA_MRN)
    assert draft_offers(physician) == []  # not when her patient is opened
    physician.new_visit_action.trigger()
    fresh = physician.visit_flow.form
    assert fresh is not None and draft_offers(physician) == []
    assert fresh.scores.edits["pain_nrs"].text() == "" and fresh.notes_edit.toPlainText() == ""
    crash(physician_session)

    nurse_again = sign_in(qtbot, start(clinic, sessions), "nurse")
    qtbot.waitUntil(lambda: len(draft_offers(nurse_again)) == 1)
    [offer] = draft_offers(nurse_again)
    said = texts(offer)
    assert DEMO_RA_MRN in said and "Haddad, Amal" in said
    assert any(started in said for started in started_texts(before, after)), said
    button(offer, "Recover").click()
    qtbot.waitUntil(lambda: nurse_again.visit_flow.form is not None)
    recovered = nurse_again.visit_flow.form
    assert recovered is not None and recovered.chart.patient.mrn == DEMO_RA_MRN
    assert recovered.entry() == typed
    assert recovered.notes_edit.toPlainText() == NOTE
    assert nurse_again.stack.currentWidget() is recovered


def test_two_accounts_drafts_of_the_same_new_visit_are_kept_apart(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    nurse = sign_in(qtbot, start(clinic, sessions), "nurse")
    type_a_visit(qtbot, nurse)
    crash(sessions[0])
    physician = sign_in(qtbot, start(clinic, sessions), "physician")
    open_chart(qtbot, physician, DEMO_RA_MRN)
    physician.new_visit_action.trigger()
    form = physician.visit_flow.form
    assert form is not None
    form.notes_edit.setFocus()
    qtbot.keyClicks(form.notes_edit, "the physician's own note")
    qtbot.waitUntil(lambda: form.status_label.text().startswith("Draft kept"))
    crash(sessions[1])

    files = sorted(drafts_dir(clinic).rglob("*.draft.json"))
    assert len(files) == 2  # the same visit key, one file per account
    notes = {
        json.loads(f.read_text(encoding="utf-8"))["author"]["username"]: json.loads(
            f.read_text(encoding="utf-8")
        )["payload"]["notes"]
        for f in files
    }
    assert notes == {"nurse": NOTE, "physician": "the physician's own note"}

    nurse_again = sign_in(qtbot, start(clinic, sessions), "nurse")
    qtbot.waitUntil(lambda: len(draft_offers(nurse_again)) == 1)
    [offer] = draft_offers(nurse_again)
    assert "physician" not in texts(offer).lower()
    button(offer, "Recover").click()
    qtbot.waitUntil(lambda: nurse_again.visit_flow.form is not None)
    assert nurse_again.visit_flow.form.notes_edit.toPlainText() == NOTE


def test_several_drafts_are_listed_and_later_leaves_them_for_the_next_sign_in(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    nurse = sign_in(qtbot, start(clinic, sessions), "nurse")
    type_a_visit(qtbot, nurse, DEMO_RA_MRN)
    crash(sessions[0])
    nurse = sign_in(qtbot, start(clinic, sessions), "nurse")
    qtbot.waitUntil(lambda: len(draft_offers(nurse)) == 1)
    button(draft_offers(nurse)[0], "Later").click()
    assert draft_offers(nurse) == []
    type_a_visit(qtbot, nurse, DEMO_DM_MRN)
    crash(sessions[1])

    nurse = sign_in(qtbot, start(clinic, sessions), "nurse")
    qtbot.waitUntil(lambda: len(draft_offers(nurse)) == 1)
    [offer] = draft_offers(nurse)
    said = texts(offer)
    assert DEMO_RA_MRN in said and DEMO_DM_MRN in said
    button(offer, "Discard").click()  # the first listed: the oldest, DEMO-0001's
    said = texts(offer)
    assert DEMO_RA_MRN not in said and DEMO_DM_MRN in said
    button(offer, "Later").click()
    assert [json.loads(p.read_text(encoding="utf-8"))["mrn"] for p in (
        drafts_dir(clinic).rglob("*.draft.json")
    )] == [DEMO_DM_MRN]


# -- drafts left by an earlier version (no author) -----------------------------------------------


def account(clinic: Clinic, role: Role) -> User:
    """The demo account of ``role`` (stored by the fixture)."""
    username = {Role.NURSE: "nurse", Role.PHYSICIAN: "physician", Role.ADMIN: "admin"}[role]
    return ensure_user(clinic.uow, username, username, role)


def earlier_versions_draft(qtbot: QtBot, clinic: Clinic) -> dict:
    """What the previous version kept for a visit typed on DEMO-0001: a file directly in the
    clinic's drafts folder, with no author, written by its unbound store."""
    clinic.user = account(clinic, Role.NURSE)
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    clinic.user = None
    form = VisitFormView(chart, today=TODAY, drafts=DraftStore(drafts_dir(clinic)))
    qtbot.addWidget(form)
    form.notes_edit.setPlainText("typed under the earlier version")
    form.keep_draft()
    [path] = drafts_dir(clinic).glob("*.draft.json")
    envelope = json.loads(path.read_text(encoding="utf-8"))
    old = {k: envelope[k] for k in ("key", "saved_at", "mrn", "visit_id", "visit_date", "payload")}
    path.write_text(json.dumps({"format": 1, **old}), encoding="utf-8")
    return old["payload"]


def window_of(qtbot: QtBot, clinic: Clinic, role: Role) -> MainWindow:
    """The window as built for ``role``'s demo account (no sign-in dialog: argon2 is slow)."""
    clinic.user = account(clinic, role)
    window = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def typed_then_crashed(qtbot: QtBot, clinic: Clinic, *mrns: str) -> None:
    """The nurse types a new visit for each of ``mrns``; each time the app dies (kill -9)."""
    clinic.user = account(clinic, Role.NURSE)
    for mrn in mrns:
        doomed = build_main_window(clinic, InlineTaskRunner())  # not handed to qtbot: it dies
        doomed.show()
        type_a_visit(qtbot, doomed, mrn)
        shiboken6.delete(doomed)


def test_an_earlier_versions_draft_is_not_offered_at_sign_in_but_when_its_patient_opens(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    earlier_versions_draft(qtbot, clinic)
    nurse = sign_in(qtbot, start(clinic, sessions), "nurse")
    qtbot.wait(50)
    assert draft_offers(nurse) == []  # no list of patients to whoever signs in
    open_chart(qtbot, nurse, DEMO_RA_MRN)
    [offer] = draft_offers(nurse)
    said = texts(offer)
    assert "earlier version" in said and "author unknown" in said and "Haddad, Amal" in said
    button(offer, "Recover").click()
    form = nurse.visit_flow.form
    assert form is not None and form.notes_edit.toPlainText() == "typed under the earlier version"
    [path] = drafts_dir(clinic).rglob("*.draft.json")  # moved, not copied: the nurse's now
    envelope = json.loads(path.read_text(encoding="utf-8"))
    assert envelope["author"]["username"] == "nurse" and envelope["kept_by_an_earlier_version"]
    assert path.parent != drafts_dir(clinic)


def test_later_leaves_an_earlier_versions_draft_and_discard_deletes_it(
    qtbot: QtBot, clinic: Clinic
) -> None:
    earlier_versions_draft(qtbot, clinic)
    window = window_of(qtbot, clinic, Role.NURSE)
    open_chart(qtbot, window, DEMO_RA_MRN)
    button(draft_offers(window)[0], "Later").click()
    assert len(list(drafts_dir(clinic).glob("*.draft.json"))) == 1
    open_chart(qtbot, window, DEMO_DM_MRN)
    assert draft_offers(window) == []  # another patient: nothing
    open_chart(qtbot, window, DEMO_RA_MRN)
    button(draft_offers(window)[0], "Discard").click()
    assert list(drafts_dir(clinic).rglob("*.draft.json")) == []


def test_an_earlier_versions_draft_is_not_offered_to_an_account_that_cannot_record_visits(
    qtbot: QtBot, clinic: Clinic
) -> None:
    earlier_versions_draft(qtbot, clinic)
    window = window_of(qtbot, clinic, Role.ADMIN)
    open_chart(qtbot, window, DEMO_RA_MRN)
    assert draft_offers(window) == []
    assert len(list(drafts_dir(clinic).glob("*.draft.json"))) == 1  # kept, untouched


def test_starting_a_visit_over_ones_own_draft_asks_and_escape_does_not_discard_it(
    qtbot: QtBot, clinic: Clinic
) -> None:
    typed_then_crashed(qtbot, clinic, DEMO_RA_MRN)
    window = window_of(qtbot, clinic, Role.NURSE)
    open_chart(qtbot, window, DEMO_RA_MRN)
    button(draft_offers(window)[0], "Later").click()
    window.new_visit_action.trigger()
    question = window.visit_flow.question
    assert question is not None and "started" in question.text()
    qtbot.waitUntil(lambda: question.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.visit_flow.form.notes_edit.toPlainText() == NOTE  # recovered, not thrown away


def test_with_several_drafts_the_keyboard_picks_one_and_enter_recovers_it(
    qtbot: QtBot, clinic: Clinic
) -> None:
    typed_then_crashed(qtbot, clinic, DEMO_RA_MRN, DEMO_DM_MRN)
    window = window_of(qtbot, clinic, Role.NURSE)
    window.draft_offers.offer_at_sign_in()  # as the session does right after sign-in
    offer = window.draft_offers.dialog
    assert offer is not None
    qtbot.waitUntil(lambda: offer.draft_list.hasFocus())
    rows = [offer.draft_list.item(i).text() for i in range(offer.draft_list.count())]
    assert rows[0].startswith(f"{DEMO_RA_MRN} (Haddad, Amal): new visit of")
    assert rows[1].startswith(f"{DEMO_DM_MRN} (")
    qtbot.keyClick(offer.draft_list, Qt.Key.Key_Down)
    qtbot.keyClick(offer.draft_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.visit_flow.form is not None)
    assert window.visit_flow.form.chart.patient.mrn == DEMO_DM_MRN
    assert window.visit_flow.form.notes_edit.toPlainText() == NOTE
    assert window.draft_offers.dialog is None
