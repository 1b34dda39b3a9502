"""A user's own new password: the current one, the new one twice.

Two new passwords that differ are named without asking; the service checks the current password
and the clinic's rule, and each refusal is shown under the field it concerns.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from calcitrack.domain.entities import User
from calcitrack.domain.errors import Problem
from calcitrack.ui.session.account_form import (
    REPEAT,
    AccountDialogFrame,
    busy_cursor,
    password_edit,
    password_rule,
)
from calcitrack.ui.session.account_protocols import Accounts, is_sign_in_refusal

CURRENT, NEW = "current password", "new password"
"""The fields as the service names them."""


class ChangePasswordDialog(QDialog):
    password_changed = Signal()
    """The new password is stored; the old one no longer signs in."""

    def __init__(self, accounts: Accounts, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._user = user
        frame = AccountDialogFrame(
            self,
            title=self.tr("Change password"),
            intro=self.tr("The password of {name} ({username}).").format(
                name=user.display_name, username=user.username
            ),
            width=500,
        )
        self.current_edit = password_edit(self.tr("Current password"))
        self.new_edit = password_edit(self.tr("New password"))
        self.repeat_edit = password_edit(self.tr("Repeat new password"))
        self.message_label, self.form, self.buttons = frame.message_label, frame.form, frame.buttons
        self.form.add(CURRENT, self.tr("Current password"), self.current_edit)
        self.new_row = self.form.add(NEW, self.tr("New password"), self.new_edit)
        self.form.add(REPEAT, self.tr("Repeat new password"), self.repeat_edit)
        self.change_button = self.buttons.addButton(
            self.tr("Change password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.change_button.setDefault(True)
        self.buttons.accepted.connect(self._on_change_clicked)
        with contextlib.suppress(Exception):  # a hint: the service checks the rule anyway
            self.new_row.set_hint(password_rule(accounts.policy().min_password_length))
        self.current_edit.setFocus()

    def _on_change_clicked(self) -> None:
        if not self.current_edit.text():
            self.form.show([Problem(CURRENT, self.tr("is required"))])
            return
        if self.new_edit.text() != self.repeat_edit.text():
            self.form.show([Problem(REPEAT, self.tr("is not the same as the new password"))])
            self.repeat_edit.clear()
            return
        try:
            with busy_cursor():
                self._accounts.change_password(
                    self._user, self.current_edit.text(), self.new_edit.text()
                )
        except Exception as error:
            if is_sign_in_refusal(error):  # the current password is wrong
                self.current_edit.clear()
                self.form.show_text(CURRENT, str(error))
            else:
                self.form.show_error(error, self.tr("The password was not changed"))
            return
        self.form.clear()
        self.password_changed.emit()
        self.accept()
