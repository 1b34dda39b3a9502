"""The workstation session end to end: the first administrator on an empty database, sign-in, the
window for that user's roles, the lock (Ctrl+L and idle) keeping an open form, switch user, and
the tools each role may open. Real SQLite file, real services, real argon2, real event loop."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from calcitrack import __version__
from calcitrack.app import WorkstationSession
from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.clinic_settings import ACCOUNTS_IDLE_LOCK_MINUTES
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_accounts import DEMO_PASSWORD
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.ui.admin.users_dialog import UsersDialog
from calcitrack.ui.audit.audit_viewer_dialog import AuditViewerDialog
from calcitrack.ui.session.first_admin_dialog import FirstAdminDialog
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from calcitrack.ui.shell.main_window import MainWindow
from tests.ui.account_helpers import open_demo_clinic

TODAY = date(2026, 11, 20)


@pytest.fixture
def empty_clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_clinic(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    clinic.today = lambda: TODAY
    yield clinic
    clinic.close()


@pytest.fixture
def demo_clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_demo_clinic(tmp_path / "demo.sqlite3", TODAY)
    yield clinic
    clinic.close()


@pytest.fixture
def session(qtbot: QtBot) -> Iterator[list[WorkstationSession]]:
    made: list[WorkstationSession] = []
    yield made
    for one in made:
        if one.window is not None:
            one.window.close()
            question = one.window.leave_guard.question if one.window is not None else None
            if question is not None:  # a visit typed and not saved: kept as a draft
                question.keep_button.click()
        if one.dialog is not None:
            one.dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # here, on the GUI thread, as the application's GuiThreadCollector does


def _start(clinic: Clinic, made: list[WorkstationSession]) -> WorkstationSession:
    session = WorkstationSession(clinic)
    made.append(session)
    session.start()
    return session


def _sign_in(qtbot: QtBot, session: WorkstationSession, username: str, password: str) -> MainWindow:
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    dialog.username_edit.setText(username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    window = session.window
    assert window is not None
    return window


def _actions(clinic: Clinic) -> list[str]:
    """The trail's actions, read by an auditor account of the test's own."""
    auditor = ensure_user(clinic.uow, "auditor", "Auditor", Role.ADMIN)
    return [e.action for e in AuditService(ServiceContext(clinic.uow, auditor)).entries()]


def test_an_empty_database_asks_for_the_first_admin_who_then_signs_in(
    qtbot: QtBot, empty_clinic: Clinic, session: list[WorkstationSession]
) -> None:
    running = _start(empty_clinic, session)
    dialog = running.dialog
    assert isinstance(dialog, FirstAdminDialog)
    dialog.username_edit.setText("cleo.admin")
    dialog.name_edit.setText("Cleo Admin")
    dialog.password_edit.setText("a long enough passphrase")
    dialog.repeat_edit.setText("a long enough passphrase")
    dialog.physician_check.setChecked(True)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: isinstance(running.dialog, SignInDialog))
    assert running.dialog.username_edit.text() == "cleo.admin"
    window = _sign_in(qtbot, running, "cleo.admin", "a long enough passphrase")
    assert "Cleo Admin" in window.user_label.text()
    assert window.users_action.isEnabled() and window.clinic_settings_action.isEnabled()
    assert window.new_patient_action.isEnabled()  # also a physician


def test_an_admin_without_a_clinical_role_gets_a_read_only_window(
    qtbot: QtBot, demo_clinic: Clinic, session: list[WorkstationSession]
) -> None:
    window = _sign_in(qtbot, _start(demo_clinic, session), "admin", DEMO_PASSWORD)
    assert not window.new_patient_action.isEnabled()
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    assert not window.new_visit_action.isEnabled() and not window.sign_action.isEnabled()
    assert not window.export_pdf_action.isEnabled()
    assert window.users_action.isEnabled() and window.audit_action.isEnabled()


def test_ctrl_l_locks_and_the_password_unlocks_with_the_open_form_untouched(
    qtbot: QtBot, demo_clinic: Clinic, session: list[WorkstationSession]
) -> None:
    running = _start(demo_clinic, session)
    window = _sign_in(qtbot, running, "nurse", DEMO_PASSWORD)
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    window.new_visit_action.trigger()
    form = window.visit_flow.form
    assert form is not None
    pain = form.scores.edits["pain_nrs"]
    qtbot.keyClicks(pain, "6")
    window.lock_action.trigger()
    lock = running.lock_screen
    assert lock is not None and lock.is_locked
    assert running.idle is not None and running.idle.is_paused
    assert not pain.isEnabled()  # covered and out of reach
    qtbot.keyClicks(lock.password_edit, "wrong password!")
    lock.unlock_button.click()
    assert lock.is_locked
    lock.password_edit.clear()
    qtbot.keyClicks(lock.password_edit, DEMO_PASSWORD)
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: not lock.is_locked)
    assert window.visit_flow.form is form and not running.idle.is_paused
    assert pain.text() == "6" and pain.isEnabled()
    actions = _actions(demo_clinic)
    assert actions.count("login") == 2 and "login_failed" in actions  # sign-in, then unlock


def test_the_window_locks_itself_after_the_idle_time(
    qtbot: QtBot, demo_clinic: Clinic, session: list[WorkstationSession]
) -> None:
    running = _start(demo_clinic, session)
    window = _sign_in(qtbot, running, "physician", DEMO_PASSWORD)
    assert running.idle is not None
    assert running.idle.interval_ms == 10 * 60 * 1000  # the clinic setting's default
    with qtbot.waitSignal(window.settings_flow.settings_changed, timeout=10_000):
        window.settings_flow.load()  # the window's own reading of the settings is done
    running.idle.set_interval_ms(80)
    qtbot.waitUntil(lambda: running.lock_screen is not None and running.lock_screen.is_locked)


def test_a_new_idle_time_saved_in_the_settings_counts_at_once(
    qtbot: QtBot, demo_clinic: Clinic, session: list[WorkstationSession]
) -> None:
    running = _start(demo_clinic, session)
    window = _sign_in(qtbot, running, "admin", DEMO_PASSWORD)
    assert running.idle is not None and running.idle.interval_ms == 10 * 60 * 1000
    settings = ClinicSettingsService(demo_clinic.context())
    current = settings.current()
    settings.save(
        {**current.values, ACCOUNTS_IDLE_LOCK_MINUTES: 1}, based_on_version=current.version
    )  # as from Tools > Clinic settings, here or at another desk
    with qtbot.waitSignal(window.settings_flow.settings_changed, timeout=10_000):
        window.settings_flow.load()  # what the window does after a save
    assert running.idle.interval_ms == 60 * 1000  # not at the next sign-in


def test_switch_user_signs_out_and_the_next_user_gets_a_window_of_their_own(
    qtbot: QtBot, demo_clinic: Clinic, session: list[WorkstationSession]
) -> None:
    running = _start(demo_clinic, session)
    nurse_window = _sign_in(qtbot, running, "nurse", DEMO_PASSWORD)
    assert not nurse_window.sign_action.isEnabled()
    running.lock()
    assert running.lock_screen is not None
    running.lock_screen.switch_button.click()
    qtbot.waitUntil(lambda: isinstance(running.dialog, SignInDialog))
    assert not nurse_window.isVisible() and demo_clinic.user is None
    assert "logout" in _actions(demo_clinic)
    physician_window = _sign_in(qtbot, running, "physician", DEMO_PASSWORD)
    assert physician_window is not nurse_window
    assert "Dr Ben Demo" in physician_window.user_label.text()
    physician_window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: physician_window.workspace.chart is not None)
    assert physician_window.sign_action.isEnabled()


def test_tools_open_for_the_roles_that_may_use_them(
    qtbot: QtBot, demo_clinic: Clinic, session: list[WorkstationSession]
) -> None:
    running = _start(demo_clinic, session)
    window = _sign_in(qtbot, running, "physician", DEMO_PASSWORD)
    with qtbot.waitSignal(window.audit_trail_requested):
        window.audit_action.trigger()
    assert isinstance(running.tool, AuditViewerDialog)
    qtbot.waitSignal(running.tool.entries_loaded).wait()
    window.lock_action.trigger()  # the trail names patients: locking closes it
    qtbot.waitUntil(lambda: running.tool is None)
    running.lock_screen.password_edit.setText(DEMO_PASSWORD)
    running.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not running.lock_screen.is_locked)
    assert not window.users_action.isEnabled()

    running.switch_user()
    admin_window = _sign_in(qtbot, running, "admin", DEMO_PASSWORD)
    admin_window.users_action.trigger()
    assert isinstance(running.tool, UsersDialog)
    assert QApplication.instance() is not None


def test_an_admin_backs_up_the_database_from_the_window(
    qtbot: QtBot, demo_clinic: Clinic, session: list[WorkstationSession], tmp_path: Path
) -> None:
    running = _start(demo_clinic, session)
    window = _sign_in(qtbot, running, "admin", DEMO_PASSWORD)
    target = tmp_path / "backups" / "clinic-copy.sqlite3"
    running.choose_backup_file = lambda suggested: str(target)  # type: ignore[method-assign]
    assert window.backup_action.isEnabled()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "message_box", None) is not None)
    assert str(target) in window.message_box.text()
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT count(*) FROM patients").fetchone() == (len(demo_charts()),)
    finally:
        copy.close()
    assert "backup" in _actions(demo_clinic)
    running.switch_user()
    nurse_window = _sign_in(qtbot, running, "nurse", DEMO_PASSWORD)
    assert not nurse_window.backup_action.isEnabled()


def test_about_names_the_version_the_database_and_who_is_signed_in(
    qtbot: QtBot, demo_clinic: Clinic, session: list[WorkstationSession]
) -> None:
    window = _sign_in(qtbot, _start(demo_clinic, session), "nurse", DEMO_PASSWORD)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in menu.actions() if "About" in a.text()).trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "About CalciTrack")
    assert f"CalciTrack {__version__}" in box.text()
    assert demo_clinic.where in box.text() and "Nurse Ana Demo (Nurse)" in box.text()
