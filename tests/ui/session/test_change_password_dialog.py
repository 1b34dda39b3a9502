"""A user's own new password through the dialog, with the real account service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.services.accounts.account_service import SignInError
from calcitrack.ui.session.change_password_dialog import ChangePasswordDialog
from tests.support.accounts import TEST_PASSWORD, TEST_USERNAME, open_signed_in
from tests.ui.account_helpers import NEW_PASSWORD, CountingAccounts


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(sqlite_url)
    yield opened
    opened.close()


def _dialog(qtbot: QtBot, clinic: Clinic, accounts: object = None) -> ChangePasswordDialog:
    assert clinic.user is not None
    dialog = ChangePasswordDialog(accounts or clinic.accounts(), clinic.user)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: QtBot, dialog: ChangePasswordDialog, current: str, new: str,
          repeat: str | None = None) -> None:
    for edit, text in ((dialog.current_edit, current), (dialog.new_edit, new),
                       (dialog.repeat_edit, new if repeat is None else repeat)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)


def test_changes_the_password(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    assert "12 characters" in dialog.new_row.hint_label.text()
    with qtbot.waitSignal(dialog.password_changed):
        _fill(qtbot, dialog, TEST_PASSWORD, NEW_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert clinic.accounts().sign_in(TEST_USERNAME, NEW_PASSWORD).username == TEST_USERNAME
    with pytest.raises(SignInError):
        clinic.accounts().sign_in(TEST_USERNAME, TEST_PASSWORD)


def test_a_wrong_current_password_is_said_by_that_field(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    with qtbot.assertNotEmitted(dialog.password_changed):
        _fill(qtbot, dialog, "not the password", NEW_PASSWORD)
    assert dialog.form.marked() == ["current password"]
    assert dialog.form.rows["current password"].reason_label.text() == (
        "The current password is wrong; the password was not changed."
    )
    assert dialog.current_edit.text() == ""
    assert dialog.isVisible()
    assert clinic.accounts().sign_in(TEST_USERNAME, TEST_PASSWORD).username == TEST_USERNAME


def test_a_short_new_password_is_said_by_the_new_field(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    _fill(qtbot, dialog, TEST_PASSWORD, "short")
    assert dialog.form.marked() == ["new password"]
    assert dialog.form.rows["new password"].reason_label.text().startswith(
        "New password: must have at least 12 characters"
    )


def test_a_repeat_that_differs_is_said_without_asking(qtbot: QtBot, clinic: Clinic) -> None:
    counting = CountingAccounts(clinic.accounts())
    dialog = _dialog(qtbot, clinic, counting)
    _fill(qtbot, dialog, TEST_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "?")
    assert dialog.form.marked() == ["repeat password"]
    assert counting.calls == []
