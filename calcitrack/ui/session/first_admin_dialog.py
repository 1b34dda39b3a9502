"""The first account of a clinic: shown on a database with no administrator who can sign in.

Create checks that the two passwords match without asking anyone, then asks the account service
(which validates everything before writing); each problem is shown under the field it names.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from calcitrack.domain.clinic.accounts import username_rule
from calcitrack.domain.codes import Role
from calcitrack.domain.errors import Problem
from calcitrack.ui.session.account_form import (
    REPEAT,
    AccountDialogFrame,
    busy_cursor,
    password_edit,
    password_rule,
)
from calcitrack.ui.session.account_protocols import Accounts


class FirstAdminDialog(QDialog):
    admin_created = Signal(object)
    """The ``User`` created (an administrator, maybe also nurse or physician)."""

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        frame = AccountDialogFrame(
            self,
            title=self.tr("CalciTrack — first administrator"),
            intro=self.tr(
                "This clinic has no administrator yet. Create the first account: it manages "
                "users and settings; give it a clinical role too if this person also records "
                "or signs visits."
            ),
            width=480,
        )
        frame.layout.insertSpacing(1, 6)
        self.username_edit = QLineEdit()
        self.name_edit = QLineEdit(placeholderText=self.tr("e.g. Dr Ana Ruiz"))
        self.password_edit = password_edit(self.tr("Password"))
        self.repeat_edit = password_edit(self.tr("Repeat password"))
        self.nurse_check = QCheckBox(self.tr("Also a nurse"))
        self.physician_check = QCheckBox(self.tr("Also a physician"))
        roles = QWidget()
        roles_layout = QHBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.addWidget(self.nurse_check)
        roles_layout.addWidget(self.physician_check)
        roles_layout.addStretch(1)

        self.message_label, self.form, self.buttons = frame.message_label, frame.form, frame.buttons
        self.form.add("username", self.tr("Username"), self.username_edit, username_rule())
        self.form.add(
            "display name",
            self.tr("Full name"),
            self.name_edit,
            self.tr("As shown on records and signatures"),
        )
        self.password_row = self.form.add("password", self.tr("Password"), self.password_edit)
        self.form.add(REPEAT, self.tr("Repeat password"), self.repeat_edit)
        frame.form_layout.addRow(self.tr("Clinical role:"), roles)

        self.create_button = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._on_create_clicked)
        self._show_rule()
        self.username_edit.setFocus()

    def _show_rule(self) -> None:
        try:
            policy = self._accounts.policy()
        except Exception:  # the rule is a hint; the service checks the password anyway
            return
        self.password_row.set_hint(password_rule(policy.min_password_length))

    def also(self) -> tuple[Role, ...]:
        """The clinical roles ticked."""
        checks = ((self.nurse_check, Role.NURSE), (self.physician_check, Role.PHYSICIAN))
        return tuple(role for check, role in checks if check.isChecked())

    def _on_create_clicked(self) -> None:
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.form.show([Problem(REPEAT, self.tr("is not the same as the password"))])
            self.repeat_edit.clear()
            return
        try:
            with busy_cursor():
                user = self._accounts.create_first_admin(
                    self.username_edit.text(), self.name_edit.text(), password, self.also()
                )
        except Exception as error:
            self.form.show_error(error, self.tr("The account was not created"))
            return
        self.form.clear()
        self.admin_created.emit(user)
        self.accept()
