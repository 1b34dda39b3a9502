"""The first administrator of a new clinic, created through the dialog with the real account
service on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.codes import Role
from calcitrack.ui.session.first_admin_dialog import FirstAdminDialog
from tests.ui.account_helpers import ADMIN_PASSWORD, CountingAccounts


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    opened = open_clinic(sqlite_url)
    yield opened
    opened.close()


def _dialog(qtbot: QtBot, accounts: object) -> FirstAdminDialog:
    dialog = FirstAdminDialog(accounts)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: QtBot, dialog: FirstAdminDialog, *, username: str = "ana.ruiz",
          name: str = "Dr Ana Ruiz", password: str = ADMIN_PASSWORD,
          repeat: str | None = None) -> None:
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.repeat_edit, password if repeat is None else repeat)


def test_explains_itself_and_shows_the_clinics_password_rule(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = _dialog(qtbot, clinic.accounts())
    texts = [label.text() for label in dialog.findChildren(type(dialog.message_label))]
    assert any(text.startswith("This clinic has no administrator yet.") for text in texts)
    rule = dialog.password_row.hint_label
    assert rule.isVisible()
    assert f"At least {clinic.accounts().policy().min_password_length} characters" in rule.text()
    assert dialog.nurse_check.text() == "Also a nurse"
    assert dialog.physician_check.text() == "Also a physician"


def test_creates_the_first_admin_who_then_signs_in(qtbot: QtBot, clinic: Clinic) -> None:
    accounts = clinic.accounts()
    assert accounts.needs_first_admin()
    dialog = _dialog(qtbot, accounts)
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.physician_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.admin_created) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    user = created.args[0]
    assert (user.username, user.display_name) == ("ana.ruiz", "Dr Ana Ruiz")
    assert user.roles == {Role.ADMIN, Role.PHYSICIAN}
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert accounts.needs_first_admin() is False
    assert accounts.sign_in("ana.ruiz", ADMIN_PASSWORD).id == user.id


def test_a_short_password_is_named_next_to_its_field(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic.accounts())
    _fill(qtbot, dialog, password="short")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    reason = dialog.password_row.reason_label
    assert reason.isVisible()
    assert reason.text().startswith("Password: must have at least 12 characters, got 5")
    assert dialog.form.marked() == ["password"]
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.password_edit
    assert clinic.accounts().has_accounts() is False


def test_every_problem_goes_to_its_own_field(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic.accounts())
    _fill(qtbot, dialog, username="Ana Ruiz", name="  ", password=ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.form.marked() == ["username", "display name"]
    assert "lower-case letters" in dialog.form.rows["username"].reason_label.text()
    assert dialog.form.rows["display name"].reason_label.text().startswith("Full name: is required")
    assert dialog.focusWidget() is dialog.username_edit
    # corrected, it goes through
    dialog.username_edit.setText("ana.ruiz")
    dialog.name_edit.setText("Dr Ana Ruiz")
    with qtbot.waitSignal(dialog.admin_created):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def test_a_repeat_that_differs_is_named_without_asking_the_service(
    qtbot: QtBot, clinic: Clinic
) -> None:
    counting = CountingAccounts(clinic.accounts())
    dialog = _dialog(qtbot, counting)
    _fill(qtbot, dialog, repeat=ADMIN_PASSWORD + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.form.marked() == ["repeat password"]
    assert "not the same as the password" in dialog.form.rows["repeat password"].reason_label.text()
    assert dialog.repeat_edit.text() == ""
    assert dialog.focusWidget() is dialog.repeat_edit
    assert counting.calls == []
    assert clinic.accounts().has_accounts() is False


def test_an_admin_created_meanwhile_elsewhere_is_said_in_the_dialog(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = _dialog(qtbot, clinic.accounts())
    clinic.accounts().create_first_admin("other.admin", "Other Admin", ADMIN_PASSWORD)
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == "An administrator already exists: sign in instead."
    assert dialog.result() != QDialog.DialogCode.Accepted
