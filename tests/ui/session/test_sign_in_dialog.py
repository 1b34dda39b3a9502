"""Signing in through the dialog with the real account service on a real SQLite file: the right
user, the refusals in the service's words, the lockout after the policy's number of failures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.account_service import WRONG
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from tests.support.accounts import open_signed_in
from tests.ui.account_helpers import NURSE_PASSWORD, account_of, add_account

NURSE = "nurse.ana"


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    """A clinic with an admin (signed in, to set things up) and a nurse."""
    opened = open_signed_in(sqlite_url, roles=(Role.ADMIN,))
    add_account(opened, NURSE, "Ana Ruiz, RN", [Role.NURSE])
    yield opened
    opened.close()


def _dialog(qtbot: QtBot, clinic: Clinic, username: str = "") -> SignInDialog:
    dialog = SignInDialog(clinic.accounts(), database=clinic.where, username=username)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _attempt(qtbot: QtBot, dialog: SignInDialog, password: str) -> None:
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_shows_the_database_in_use_and_starts_in_the_username(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = _dialog(qtbot, clinic)
    assert dialog.database_label.text() == f"Clinic database: {clinic.where}"
    assert dialog.sign_in_button.isDefault()
    assert QApplication.focusWidget() is dialog.username_edit
    assert not dialog.message_label.isVisible()


def test_a_username_given_puts_the_cursor_in_the_password(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic, username=NURSE)
    assert dialog.username_edit.text() == NURSE
    assert QApplication.focusWidget() is dialog.password_edit


def test_enter_in_the_password_signs_in_the_right_user(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    qtbot.keyClicks(dialog.username_edit, NURSE)
    with qtbot.waitSignal(dialog.signed_in) as signed_in:
        _attempt(qtbot, dialog, NURSE_PASSWORD)
    user = signed_in.args[0]
    assert (user.username, user.display_name, user.roles) == (NURSE, "Ana Ruiz, RN", {Role.NURSE})
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_wrong_password_is_said_and_the_password_cleared_for_another_try(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = _dialog(qtbot, clinic, username=NURSE)
    with qtbot.assertNotEmitted(dialog.signed_in):
        _attempt(qtbot, dialog, "not her password")
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == WRONG
    assert dialog.password_edit.text() == ""
    assert QApplication.focusWidget() is dialog.password_edit
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.signed_in):
        _attempt(qtbot, dialog, NURSE_PASSWORD)


def test_an_empty_password_is_not_counted_as_a_failure(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic, username=NURSE)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.message_label.text() == "Type your password."
    assert account_of(clinic, NURSE).failed_logins == 0


def test_the_policys_number_of_failures_locks_the_account(qtbot: QtBot, clinic: Clinic) -> None:
    failures = clinic.accounts().policy().lockout_failures
    assert failures == 5  # the default policy
    dialog = _dialog(qtbot, clinic, username=NURSE)
    for _ in range(failures - 1):
        _attempt(qtbot, dialog, "guessing again")
        assert dialog.message_label.text() == WRONG
        assert not dialog.locked
    _attempt(qtbot, dialog, "guessing again")
    locked_until = account_of(clinic, NURSE).locked_until
    assert locked_until is not None
    text = dialog.message_label.text()
    assert text.startswith("5 failed sign-ins in a row. The account is locked until ")
    assert f"{locked_until.astimezone():%H:%M}" in text
    assert dialog.locked
    # even the right password is refused until then
    with qtbot.assertNotEmitted(dialog.signed_in):
        _attempt(qtbot, dialog, NURSE_PASSWORD)
    assert dialog.message_label.text().startswith("The account is locked until ")
    assert dialog.isVisible()


def test_quit_rejects(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)


def test_typing_before_the_database_is_open_signs_in_once_it_is(
    qtbot: QtBot, clinic: Clinic
) -> None:
    """At start-up the dialog is shown before the database is open (calcitrack.startup): she
    can type and press Enter at once; the dialog says it waits, then signs her in by itself."""
    dialog = SignInDialog(None, database="")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.ready
    assert dialog.database_label.text() == "Opening the clinic's database…"
    qtbot.keyClicks(dialog.username_edit, NURSE)
    with qtbot.assertNotEmitted(dialog.signed_in):
        _attempt(qtbot, dialog, NURSE_PASSWORD)
    assert dialog.database_label.text() == (
        "Opening the clinic's database… You are signed in as soon as it is open."
    )
    assert not dialog.sign_in_button.isEnabled() and dialog.isVisible()
    with qtbot.waitSignal(dialog.signed_in) as signed_in:
        dialog.attach(clinic.accounts(), clinic.where)
    assert signed_in.args[0].username == NURSE
    assert dialog.ready and dialog.database_label.text() == f"Clinic database: {clinic.where}"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_wrong_password_typed_before_the_database_is_open_is_refused_once_it_is(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = SignInDialog(None, database="", username=NURSE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _attempt(qtbot, dialog, "not her password")
    with qtbot.assertNotEmitted(dialog.signed_in):
        dialog.attach(clinic.accounts(), clinic.where)
    assert dialog.message_label.text() == WRONG
    assert dialog.sign_in_button.isEnabled() and dialog.password_edit.text() == ""
    with qtbot.waitSignal(dialog.signed_in):
        _attempt(qtbot, dialog, NURSE_PASSWORD)


def test_attached_without_a_pending_sign_in_does_nothing_but_say_the_database(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = SignInDialog(None, database="")
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.signed_in):
        dialog.attach(clinic.accounts(), clinic.where)
    assert dialog.database_label.text() == f"Clinic database: {clinic.where}"
    assert not dialog.message_label.text() and dialog.sign_in_button.isEnabled()
