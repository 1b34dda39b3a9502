"""The small dialogs of the users screen: add a user, change roles, rename, set a new password.

Each checks what it can without asking (two passwords that differ, no role ticked), then writes
through the task runner and waits: on success it emits ``saved`` with the service's answer and
closes; a refusal is shown next to the field it names (the rest in red under the form) and the
dialog stays open to correct it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic.accounts import username_rule
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.domain.errors import Problem
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.session.account_form import (
    REPEAT,
    STYLE,
    ProblemForm,
    message_label,
    password_edit,
    password_rule,
)
from calcitrack.ui.session.account_protocols import UserAdmin


class RoleChecks(QWidget):
    """One check box per role."""

    def __init__(self, roles: Iterable[Role] = ()) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[Role, QCheckBox] = {}
        for role in Role:
            self.checks[role] = check = QCheckBox(role.label)
            layout.addWidget(check)
        layout.addStretch(1)
        self.set_roles(roles)
        self.setFocusProxy(self.checks[Role.NURSE])

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, check in self.checks.items() if check.isChecked())

    def set_roles(self, roles: Iterable[Role]) -> None:
        wanted = set(roles)
        for role, check in self.checks.items():
            check.setChecked(role in wanted)


class AccountEditDialog(QDialog):
    saved = Signal(object)
    """What the service answered (the ``User`` as stored, or None)."""

    def __init__(
        self, title: str, action: str, runner: Runner, parent: QWidget | None, intro: str = ""
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(500)
        self.message_label = message_label()
        form_layout = QFormLayout()
        self.form = ProblemForm(form_layout, self.message_label)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addLayout(form_layout)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.doing = self.tr("{title}: not saved").format(title=title)

    def work(self) -> Callable[[], Any] | None:
        """What to write, or None when a problem was shown without asking."""
        raise NotImplementedError

    def _on_ok_clicked(self) -> None:
        work = self.work()
        if work is None:
            return
        self.form.clear()
        self.ok_button.setEnabled(False)
        self._runner.submit(
            work, on_done=self._on_write_done, on_error=self._on_write_failed, write=True
        )

    def _on_write_done(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.ok_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _on_write_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.ok_button.setEnabled(True)
        self.form.show_error(error, self.doing)

    def _password_rule(self, min_length: int | None) -> str:
        """The clinic's rule when known, else a general one."""
        if min_length:
            return password_rule(min_length)
        return self.tr("Long enough for the clinic's password rule; not the username.")

    def _no_role(self) -> None:
        self.form.show([Problem("roles", self.tr("tick at least one role"))])

    def _passwords(self, new: QLineEdit, repeat: QLineEdit) -> str | None:
        if new.text() != repeat.text():
            self.form.show([Problem(REPEAT, self.tr("is not the same as the password"))])
            repeat.clear()
            return None
        return new.text()


class AddUserDialog(AccountEditDialog):
    def __init__(
        self, admin: UserAdmin, runner: Runner, parent: QWidget | None = None, *,
        min_password_length: int | None = None,
    ) -> None:
        super().__init__(self.tr("Add user"), self.tr("Add"), runner, parent)
        self._admin = admin
        self.username_edit = QLineEdit()
        self.name_edit = QLineEdit(placeholderText=self.tr("e.g. Ana Ruiz, RN"))
        self.role_checks = RoleChecks()
        self.password_edit = password_edit(self.tr("Password"))
        self.repeat_edit = password_edit(self.tr("Repeat password"))
        self.form.add("username", self.tr("Username"), self.username_edit, username_rule())
        self.form.add("display name", self.tr("Full name"), self.name_edit,
                      self.tr("As shown on records and signatures"))
        self.form.add("roles", self.tr("Roles"), self.role_checks)
        rule = self._password_rule(min_password_length)
        self.form.add("password", self.tr("Password"), self.password_edit, rule)
        self.form.add(REPEAT, self.tr("Repeat password"), self.repeat_edit)
        self.username_edit.setFocus()

    def work(self) -> Callable[[], User] | None:
        roles = self.role_checks.roles()
        if not roles:
            self._no_role()
            return None
        password = self._passwords(self.password_edit, self.repeat_edit)
        if password is None:
            return None
        username, name = self.username_edit.text(), self.name_edit.text()
        return lambda: self._admin.create(username, name, roles, password)


class RolesDialog(AccountEditDialog):
    def __init__(
        self, admin: UserAdmin, runner: Runner, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Roles of {username}").format(username=user.username),
            self.tr("Save"), runner, parent,
            self.tr("What {name} may do. Several roles add up.").format(name=user.display_name),
        )
        self._admin, self._user = admin, user
        self.form.keep.add(user.username)
        self.role_checks = RoleChecks(user.roles)
        self.form.add("roles", self.tr("Roles"), self.role_checks)

    def work(self) -> Callable[[], User] | None:
        roles = self.role_checks.roles()
        if not roles:
            self._no_role()
            return None
        username = self._user.username
        return lambda: self._admin.set_roles(username, roles)


class RenameDialog(AccountEditDialog):
    def __init__(
        self, admin: UserAdmin, runner: Runner, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Rename {username}").format(username=user.username), self.tr("Save"),
            runner, parent,
        )
        self._admin, self._user = admin, user
        self.form.keep.add(user.username)
        self.name_edit = QLineEdit(user.display_name)
        self.form.add("display name", self.tr("Full name"), self.name_edit,
                      self.tr("As shown on records and signatures from now on"))
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def work(self) -> Callable[[], User] | None:
        username, name = self._user.username, self.name_edit.text()
        return lambda: self._admin.rename(username, name)


class ResetPasswordDialog(AccountEditDialog):
    def __init__(
        self, admin: UserAdmin, runner: Runner, user: User, parent: QWidget | None = None, *,
        min_password_length: int | None = None,
    ) -> None:
        super().__init__(
            self.tr("New password for {username}").format(username=user.username),
            self.tr("Set password"), runner, parent,
            self.tr(
                "Give {name} the new password in person. It also lifts a lockout."
            ).format(name=user.display_name),
        )
        self._admin, self._user = admin, user
        self.form.keep.add(user.username)
        self.password_edit = password_edit(self.tr("New password"))
        self.repeat_edit = password_edit(self.tr("Repeat password"))
        rule = self._password_rule(min_password_length)
        self.form.add("password", self.tr("New password"), self.password_edit, rule)
        self.form.add(REPEAT, self.tr("Repeat password"), self.repeat_edit)
        self.password_edit.setFocus()

    def work(self) -> Callable[[], None] | None:
        password = self._passwords(self.password_edit, self.repeat_edit)
        if password is None:
            return None
        username = self._user.username
        return lambda: self._admin.reset_password(username, password)
