"""The sign-in, first-administrator, password and lock windows in the pseudo-language: every
text a person reads came through the translation, and none is clipped by the longer text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.clinic.accounts import USERNAME_RULE
from calcitrack.domain.codes import Role
from calcitrack.ui.session.change_password_dialog import ChangePasswordDialog
from calcitrack.ui.session.first_admin_dialog import FirstAdminDialog
from calcitrack.ui.session.lock_screen import LockScreen
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import (
    CLOSE,
    OPEN,
    assert_translated,
    clipped,
    pseudo,
    shown,
    untranslated,
)

pytestmark = pytest.mark.usefixtures("pseudo_language")

DOMAIN_TEXTS = (USERNAME_RULE,)
"""Texts of the domain shown as they are: they go through gettext (calcitrack.i18n), whose
pseudo-catalogue these tests do not install yet."""


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(sqlite_url, roles=(Role.ADMIN, Role.NURSE))
    yield opened
    opened.close()


def test_the_pseudo_language_is_what_the_checks_rely_on(qtbot: QtBot) -> None:
    """The catalogue translates, and the checks see an English text and a clipped button."""
    assert pseudo("Sign in") == f"{OPEN}Šîgñ îñ··{CLOSE}"
    assert pseudo("{count} of &total") == f"{OPEN}{{count}} öf &tötál·····{CLOSE}"
    dialog = SignInDialog(None, database="/clinic.sqlite3")
    assert dialog.sign_in_button.text().startswith(OPEN)
    dialog.quit_button.setText("Leave")
    dialog.sign_in_button.setFixedWidth(10)
    shown(qtbot, dialog)
    assert any("'Leave'" in found for found in untranslated(dialog))
    assert any("QPushButton" in found for found in clipped(dialog))


def test_sign_in(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = SignInDialog(clinic.accounts(), database=clinic.where)
    shown(qtbot, dialog)
    assert_translated(dialog)
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)  # no username
    assert dialog.message_label.isVisible()
    assert_translated(dialog)


def test_sign_in_while_the_database_opens(qtbot: QtBot) -> None:
    dialog = SignInDialog(None, database="")
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.username_edit, "nurse")
    qtbot.keyClicks(dialog.password_edit, "secret")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # waits for the database
    assert_translated(dialog)


def test_first_administrator(qtbot: QtBot, sqlite_url: str) -> None:
    clinic = open_clinic(sqlite_url)
    try:
        dialog = FirstAdminDialog(clinic.accounts())
        shown(qtbot, dialog)
        assert_translated(dialog, *DOMAIN_TEXTS)
        qtbot.keyClicks(dialog.password_edit, "one thing")
        qtbot.keyClicks(dialog.repeat_edit, "another")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.form.marked()
        assert_translated(dialog, *DOMAIN_TEXTS)
    finally:
        clinic.close()


def test_change_password(qtbot: QtBot, clinic: Clinic) -> None:
    user = clinic.context().actor
    dialog = ChangePasswordDialog(clinic.accounts(), user)
    shown(qtbot, dialog)
    assert_translated(dialog, user.display_name, user.username)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)  # no current password
    assert dialog.form.marked()
    assert_translated(dialog)


def test_lock_screen(qtbot: QtBot, clinic: Clinic) -> None:
    user = clinic.context().actor
    window = QMainWindow()
    window.resize(900, 600)
    shown(qtbot, window)
    screen = LockScreen(clinic.accounts(), user, window)
    screen.set_unsaved_visit(True)
    screen.lock()
    qtbot.waitUntil(screen.isVisible)
    assert window.windowTitle().startswith(OPEN)
    assert_translated(screen)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)  # no password
    assert_translated(screen)
