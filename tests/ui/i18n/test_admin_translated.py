"""The administration windows in the pseudo-language: the users dialog and its small dialogs, the
clinic settings (with the clinic's name and logo, the backup folder and the question before
discarding changes), restore, and the backup warning. Every text a person reads came through the
translation, and none is clipped by the longer text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic.accounts import USERNAME_RULE
from calcitrack.domain.clinic.clinic_identity import ClinicIdentity
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog
from calcitrack.ui.admin.daily_backup import BackupWarning
from calcitrack.ui.admin.restore_dialog import RestoreDialog
from calcitrack.ui.admin.user_edit_dialogs import (
    AccountEditDialog,
    AddUserDialog,
    RenameDialog,
    ResetPasswordDialog,
    RolesDialog,
)
from calcitrack.ui.admin.users_dialog import UsersDialog
from calcitrack.ui.common.task_runner import InlineTaskRunner
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import OPEN, assert_translated, shown
from tests.ui.account_helpers import add_account, utc_now

pytestmark = pytest.mark.usefixtures("pseudo_language")

NURSE = "nurse.ana"
DOMAIN_TEXTS = (USERNAME_RULE,)
"""Texts of the domain shown as they are (the username rule). The settings' labels, sources and
the default clinic name go through gettext, pseudo-translated here like the window's texts."""


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(sqlite_url, display_name="Dr Test")
    add_account(opened, NURSE, "Ana Ruiz, RN", [Role.NURSE])
    yield opened
    opened.close()


def _checked(window: QWidget, *data: str) -> None:
    assert_translated(window, *DOMAIN_TEXTS, *data)


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _users(qtbot: QtBot, clinic: Clinic) -> UsersDialog:
    dialog = UsersDialog(
        UserAdminService(clinic.context()), InlineTaskRunner(), now=utc_now,
        policy=clinic.accounts().policy(),
    )  # fmt: skip
    shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    return dialog


def _editor(qtbot: QtBot, dialog: UsersDialog, button: QWidget) -> AccountEditDialog:
    _click(qtbot, button)
    editor = dialog.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def test_users(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _users(qtbot, clinic)
    assert dialog.status_label.text().startswith(OPEN)
    _checked(dialog)


def test_add_user(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _users(qtbot, clinic)
    add = _editor(qtbot, dialog, dialog.add_button)
    assert isinstance(add, AddUserDialog)
    _checked(add)
    _click(qtbot, add.ok_button)  # no role ticked
    assert add.form.marked() == ["roles"]
    _checked(add)
    qtbot.keyClicks(add.username_edit, "nurse.bea")
    qtbot.keyClicks(add.name_edit, "Bea Lima, RN")
    _click(qtbot, add.role_checks.checks[Role.NURSE])
    qtbot.keyClicks(add.password_edit, "one long password")
    qtbot.keyClicks(add.repeat_edit, "another one")
    _click(qtbot, add.ok_button)  # the passwords differ
    assert add.form.marked() == ["repeat password"]
    _checked(add)


def test_roles_rename_and_new_password(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _users(qtbot, clinic)
    dialog.select(NURSE)
    nurse = ("Ana Ruiz, RN", NURSE)
    for button, kind in (
        (dialog.roles_button, RolesDialog),
        (dialog.rename_button, RenameDialog),
        (dialog.password_button, ResetPasswordDialog),
    ):
        editor = _editor(qtbot, dialog, button)
        assert isinstance(editor, kind)
        _checked(editor, *nurse)
        editor.reject()
    roles = _editor(qtbot, dialog, dialog.roles_button)
    assert isinstance(roles, RolesDialog)
    for check in roles.role_checks.checks.values():
        check.setChecked(False)
    _click(qtbot, roles.ok_button)  # no role ticked
    assert roles.form.marked() == ["roles"]
    _checked(roles, *nurse)


def test_a_change_saved_is_said_under_the_table(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _users(qtbot, clinic)
    dialog.select(NURSE)
    with qtbot.waitSignal(dialog.change_saved):
        _click(qtbot, dialog.active_button)  # disabled
    assert dialog.active_button.text().startswith(OPEN)
    _checked(dialog)


def _no_file_dialog(_parent: QWidget) -> str | None:
    raise AssertionError("a test must never open the real file dialog")


def _settings(qtbot: QtBot) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(
        ClinicSettings.defaults(), identity=ClinicIdentity(), choose_logo_file=_no_file_dialog,
        default_backup_folder=Path("/clinic/backups"),
    )  # fmt: skip
    shown(qtbot, dialog)
    return dialog


def test_clinic_settings(qtbot: QtBot) -> None:
    dialog = _settings(qtbot)
    assert dialog.windowTitle().startswith(OPEN)
    _checked(dialog)


def test_clinic_settings_refusing_a_logo(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _settings(qtbot)
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("not a picture", encoding="utf-8")
    assert not dialog.clinic.load_logo(not_an_image)
    assert dialog.message_label.isVisible()
    _checked(dialog)


def test_the_question_before_discarding_changes(qtbot: QtBot) -> None:
    dialog = _settings(qtbot)
    qtbot.keyClicks(dialog.clinic.name_edit, "Clinica do Norte")
    dialog.reject()
    box = dialog.discard_question
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    _checked(box)
    box.button(QMessageBox.StandardButton.Cancel).click()


class _Plan:
    target = "/clinic/clinic.sqlite3"

    def describe_backup(self) -> str:
        return "Made 2026-11-20 on ward-pc"


def _refused(path: Path) -> _Plan:
    raise ValueError(f"{path.name} has no manifest")


def test_restore(qtbot: QtBot) -> None:
    dialog = RestoreDialog(lambda _path: _Plan(), Path("/clinic/backups"))
    shown(qtbot, dialog)
    _checked(dialog)
    dialog.load(Path("/clinic/backups/demo.sqlite3"))
    dialog.confirm_check.setChecked(True)
    assert dialog.restore_button.isEnabled()
    _checked(dialog, "/clinic/backups/demo.sqlite3")


def test_restore_refusing_a_backup(qtbot: QtBot) -> None:
    dialog = RestoreDialog(_refused, Path("/clinic/backups"))
    shown(qtbot, dialog)
    dialog.load(Path("/clinic/backups/other.sqlite3"))
    assert dialog.error_label.isVisible()
    _checked(dialog, "/clinic/backups/other.sqlite3", "other.sqlite3 has no manifest")


def test_backup_warning(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.resize(1280, 800)  # the main window's first size
    warning = BackupWarning()
    window.statusBar().addPermanentWidget(warning)
    shown(qtbot, window)
    warning.show_warning("the last automatic backup failed")  # the service's words
    assert warning.isVisible() and warning.text().startswith(OPEN)
    _checked(window, "the last automatic backup failed")  # the service's words, as its tip
