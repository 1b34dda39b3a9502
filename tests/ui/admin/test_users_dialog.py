"""Tools → Users on a real SQLite clinic with the real services: the table, each change an admin
makes (checked by signing in with the real account service), and every refusal shown in words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.account_service import SignInError
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.ui.admin.user_edit_dialogs import (
    AccountEditDialog,
    AddUserDialog,
    RenameDialog,
    ResetPasswordDialog,
    RolesDialog,
)
from calcitrack.ui.admin.users_dialog import UsersDialog
from calcitrack.ui.common.task_runner import InlineTaskRunner, Runner, TaskRunner
from tests.support.accounts import TEST_USERNAME, open_signed_in
from tests.ui.account_helpers import (
    NEW_PASSWORD,
    NURSE_PASSWORD,
    add_account,
    lock_out,
    utc_now,
)

NURSE = "nurse.ana"


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    """Signed in as dr.test, physician and the only administrator."""
    opened = open_signed_in(sqlite_url, display_name="Dr Test")
    yield opened
    opened.close()


def _dialog(qtbot: QtBot, clinic: Clinic, runner: Runner | None = None) -> UsersDialog:
    dialog = UsersDialog(
        UserAdminService(clinic.context()), runner or InlineTaskRunner(), now=utc_now,
        policy=clinic.accounts().policy(),
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _table(dialog: UsersDialog) -> dict[str, list[str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): [table.item(row, c).text() for c in range(1, 4)]
        for row in range(table.rowCount())
    }


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _editor(dialog: UsersDialog, kind: type[AccountEditDialog]) -> AccountEditDialog:
    assert isinstance(dialog.editor, kind)
    assert dialog.editor.isVisible()
    return dialog.editor


def _add_nurse(qtbot: QtBot, dialog: UsersDialog, password: str = NURSE_PASSWORD,
               repeat: str | None = None, username: str = NURSE) -> AddUserDialog:
    _click(qtbot, dialog.add_button)
    add = _editor(dialog, AddUserDialog)
    assert isinstance(add, AddUserDialog)
    qtbot.keyClicks(add.username_edit, username)
    qtbot.keyClicks(add.name_edit, "Ana Ruiz, RN")
    _click(qtbot, add.role_checks.checks[Role.NURSE])
    qtbot.keyClicks(add.password_edit, password)
    qtbot.keyClicks(add.repeat_edit, password if repeat is None else repeat)
    _click(qtbot, add.ok_button)
    return add


def test_lists_every_account_with_its_roles_and_state(qtbot: QtBot, clinic: Clinic) -> None:
    add_account(clinic, NURSE, "Ana Ruiz, RN", [Role.NURSE])
    dialog = _dialog(qtbot, clinic)
    assert _table(dialog) == {
        TEST_USERNAME: ["Dr Test", "Physician, Administrator", "Active"],
        NURSE: ["Ana Ruiz, RN", "Nurse", "Active"],
    }
    assert dialog.status_label.text() == "2 accounts"
    assert dialog.selected_user() is not None  # the first is selected
    for button in (dialog.add_button, dialog.roles_button, dialog.rename_button,
                   dialog.password_button, dialog.active_button):
        assert button.isEnabled()
    assert not dialog.unlock_button.isEnabled()  # nobody is locked


def test_adds_a_nurse_who_then_signs_in(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    with qtbot.waitSignal(dialog.change_saved) as saved:
        add = _add_nurse(qtbot, dialog)
    assert not add.isVisible()
    assert saved.args[0] == "Added nurse.ana: Ana Ruiz, RN (Nurse)."
    assert _table(dialog)[NURSE] == ["Ana Ruiz, RN", "Nurse", "Active"]
    assert clinic.accounts().sign_in(NURSE, NURSE_PASSWORD).roles == {Role.NURSE}


def test_an_add_refused_stays_open_with_the_reason_by_its_field(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = _dialog(qtbot, clinic)
    add = _add_nurse(qtbot, dialog, password="short")
    assert add.isVisible()
    reason = add.form.rows["password"].reason_label
    assert reason.isVisible()
    assert reason.text().startswith("Password: must have at least 12 characters, got 5")
    assert "12 characters" in add.form.rows["password"].hint_label.text()  # the clinic's rule
    assert NURSE not in _table(dialog)
    # a repeat that differs is caught here
    add.password_edit.setText(NURSE_PASSWORD)
    add.repeat_edit.setText(NURSE_PASSWORD + "!")
    _click(qtbot, add.ok_button)
    assert add.form.marked() == ["repeat password"]
    # a username taken is said by the username
    add.username_edit.setText(TEST_USERNAME)
    add.repeat_edit.setText(NURSE_PASSWORD)
    _click(qtbot, add.ok_button)
    assert add.form.marked() == ["username"]
    assert add.form.rows["username"].reason_label.text() == "Username: 'dr.test' is taken."
    assert add.isVisible()


def test_changes_roles(qtbot: QtBot, clinic: Clinic) -> None:
    add_account(clinic, NURSE, "Ana Ruiz, RN", [Role.NURSE])
    dialog = _dialog(qtbot, clinic)
    dialog.select(NURSE)
    _click(qtbot, dialog.roles_button)
    roles = _editor(dialog, RolesDialog)
    assert isinstance(roles, RolesDialog)
    assert roles.role_checks.roles() == {Role.NURSE}
    _click(qtbot, roles.role_checks.checks[Role.PHYSICIAN])
    with qtbot.waitSignal(dialog.change_saved):
        _click(qtbot, roles.ok_button)
    assert _table(dialog)[NURSE][1] == "Nurse, Physician"
    assert dialog.selected_user().username == NURSE  # type: ignore[union-attr]
    assert clinic.accounts().sign_in(NURSE, NURSE_PASSWORD).roles == {Role.NURSE, Role.PHYSICIAN}


def test_the_last_administrator_cannot_lose_the_role(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    dialog.select(TEST_USERNAME)
    _click(qtbot, dialog.roles_button)
    roles = _editor(dialog, RolesDialog)
    assert isinstance(roles, RolesDialog)
    _click(qtbot, roles.role_checks.checks[Role.ADMIN])
    with qtbot.assertNotEmitted(dialog.change_saved):
        _click(qtbot, roles.ok_button)
    assert roles.isVisible()
    assert roles.message_label.isVisible()
    assert "dr.test would lose the admin role" in roles.message_label.text()
    assert "give another account the admin role first" in roles.message_label.text()
    assert _table(dialog)[TEST_USERNAME][1] == "Physician, Administrator"
    # no role at all is caught without asking
    _click(qtbot, roles.role_checks.checks[Role.PHYSICIAN])
    _click(qtbot, roles.ok_button)
    assert roles.form.marked() == ["roles"]


def test_the_last_administrator_cannot_be_disabled(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    dialog.select(TEST_USERNAME)
    with qtbot.waitSignal(dialog.failure_shown) as shown:
        _click(qtbot, dialog.active_button)
    assert dialog.message_label.isVisible()
    assert shown.args[0] == dialog.message_label.text()
    assert "dr.test would be disabled" in shown.args[0]
    assert _table(dialog)[TEST_USERNAME][2] == "Active"


def test_renames(qtbot: QtBot, clinic: Clinic) -> None:
    add_account(clinic, NURSE, "Ana Ruiz, RN", [Role.NURSE])
    dialog = _dialog(qtbot, clinic)
    dialog.select(NURSE)
    _click(qtbot, dialog.rename_button)
    rename = _editor(dialog, RenameDialog)
    assert isinstance(rename, RenameDialog)
    assert rename.name_edit.text() == "Ana Ruiz, RN"
    rename.name_edit.setText("   ")
    _click(qtbot, rename.ok_button)
    assert rename.form.marked() == ["display name"]
    rename.name_edit.setText("Ana Ruiz-Gómez, RN")
    with qtbot.waitSignal(dialog.change_saved):
        _click(qtbot, rename.ok_button)
    assert _table(dialog)[NURSE][0] == "Ana Ruiz-Gómez, RN"


def test_a_new_password_signs_in_and_the_old_one_no_longer(qtbot: QtBot, clinic: Clinic) -> None:
    add_account(clinic, NURSE, "Ana Ruiz, RN", [Role.NURSE])
    dialog = _dialog(qtbot, clinic)
    dialog.select(NURSE)
    _click(qtbot, dialog.password_button)
    reset = _editor(dialog, ResetPasswordDialog)
    assert isinstance(reset, ResetPasswordDialog)
    qtbot.keyClicks(reset.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(reset.repeat_edit, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.change_saved) as saved:
        qtbot.keyClick(reset.repeat_edit, Qt.Key.Key_Return)
    assert saved.args[0] == "Set a new password for nurse.ana."
    assert clinic.accounts().sign_in(NURSE, NEW_PASSWORD).username == NURSE
    with pytest.raises(SignInError):
        clinic.accounts().sign_in(NURSE, NURSE_PASSWORD)


def test_a_disabled_account_cannot_sign_in_until_enabled(qtbot: QtBot, clinic: Clinic) -> None:
    add_account(clinic, NURSE, "Ana Ruiz, RN", [Role.NURSE])
    dialog = _dialog(qtbot, clinic)
    dialog.select(NURSE)
    assert dialog.active_button.text() == "&Disable"
    with qtbot.waitSignal(dialog.change_saved):
        _click(qtbot, dialog.active_button)
    assert _table(dialog)[NURSE][2] == "Disabled"
    with pytest.raises(SignInError, match="disabled"):
        clinic.accounts().sign_in(NURSE, NURSE_PASSWORD)
    assert dialog.active_button.text() == "&Enable"
    with qtbot.waitSignal(dialog.change_saved):
        _click(qtbot, dialog.active_button)
    assert _table(dialog)[NURSE][2] == "Active"
    assert clinic.accounts().sign_in(NURSE, NURSE_PASSWORD).username == NURSE


def test_unlocks_a_locked_account(qtbot: QtBot, clinic: Clinic) -> None:
    add_account(clinic, NURSE, "Ana Ruiz, RN", [Role.NURSE])
    lock_out(clinic.accounts(), NURSE)
    dialog = _dialog(qtbot, clinic)
    dialog.select(NURSE)
    status = _table(dialog)[NURSE][2]
    assert status.startswith("Locked until ")
    assert dialog.unlock_button.isEnabled()
    dialog.select(TEST_USERNAME)
    assert not dialog.unlock_button.isEnabled()
    dialog.select(NURSE)
    with qtbot.waitSignal(dialog.change_saved):
        _click(qtbot, dialog.unlock_button)
    assert _table(dialog)[NURSE][2] == "Active"
    assert not dialog.unlock_button.isEnabled()
    assert clinic.accounts().sign_in(NURSE, NURSE_PASSWORD).username == NURSE


def test_a_nurse_is_told_she_may_not_manage_users(
    qtbot: QtBot, clinic: Clinic, sqlite_url: str
) -> None:
    nurse = open_signed_in(sqlite_url, NURSE, "Ana Ruiz, RN", roles=(Role.NURSE,))
    try:
        dialog = _dialog(qtbot, nurse)
    finally:
        nurse.close()
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == (
        "Ana Ruiz, RN (Nurse) may not manage users: that needs the administrator role."
    )
    assert dialog.table.rowCount() == 0
    for button in (dialog.add_button, dialog.roles_button, dialog.active_button,
                   dialog.unlock_button):
        assert not button.isEnabled()
    assert dialog.close_button.isEnabled()


def test_with_the_real_task_runner(qtbot: QtBot, clinic: Clinic) -> None:
    """Reads and writes on worker threads, results delivered on the GUI thread."""
    runner = TaskRunner()
    try:
        dialog = UsersDialog(UserAdminService(clinic.context()), runner, now=utc_now)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.accounts_loaded, timeout=5000):
            dialog.open()
        assert dialog.status_label.text() == "1 account"
        with qtbot.waitSignal(dialog.change_saved, timeout=10_000):
            _add_nurse(qtbot, dialog)
        qtbot.waitUntil(lambda: NURSE in _table(dialog), timeout=5000)
        assert _table(dialog)[NURSE] == ["Ana Ruiz, RN", "Nurse", "Active"]
    finally:
        runner.shutdown()
