"""Tools → Users, for an administrator: every account with its roles and whether it can sign in,
and the changes an admin makes (add, roles, rename, new password, disable or enable, unlock).

Reads and writes go through the task runner; the table reloads after each change and keeps the
same account selected. Every refusal (a role that may not manage users, the last administrator,
a username taken, a password too short) is shown in the dialog in the service's words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic.accounts import AccountPolicy
from calcitrack.domain.entities import User
from calcitrack.ui.admin.user_edit_dialogs import (
    AccountEditDialog,
    AddUserDialog,
    RenameDialog,
    ResetPasswordDialog,
    RolesDialog,
)
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.session.account_form import (
    STYLE,
    fit_height,
    message_label,
    sentence,
    set_message,
)
from calcitrack.ui.session.account_protocols import AccountRow, UserAdmin

HEADERS = tuple(
    str(header)
    for header in (
        QT_TRANSLATE_NOOP("UsersDialog", "Username"),
        QT_TRANSLATE_NOOP("UsersDialog", "Name"),
        QT_TRANSLATE_NOOP("UsersDialog", "Roles"),
        QT_TRANSLATE_NOOP("UsersDialog", "Status"),
    )
)
"""The table's column titles, in English (shown translated)."""
STATUS_COLUMN = 3


def can_sign_in(row: AccountRow, now: datetime) -> bool:
    """Active, not locked out, with a password: the row is not greyed."""
    until = row.locked_until
    locked = until is not None and until > now
    return row.user.active and not locked and row.has_password


def status_text(row: AccountRow, now: datetime) -> str:
    """Active, Disabled, Locked until 14:35 (with the day when it is not today), No password."""
    if not row.user.active:
        return QCoreApplication.translate("UsersDialog", "Disabled")
    until = row.locked_until
    if until is not None and until > now:
        local, today = until.astimezone(), now.astimezone().date()
        if local.date() == today:
            return QCoreApplication.translate("UsersDialog", "Locked until {time}").format(
                time=f"{local:%H:%M}"
            )
        return QCoreApplication.translate("UsersDialog", "Locked until {time} ({day})").format(
            time=f"{local:%H:%M}", day=f"{local:%Y-%m-%d}"
        )
    if not row.has_password:
        return QCoreApplication.translate("UsersDialog", "No password")
    return QCoreApplication.translate("UsersDialog", "Active")


class UsersDialog(QDialog):
    accounts_loaded = Signal(int)
    """The table shows this many accounts."""
    change_saved = Signal(str)
    """A change was written (what, in words); the table reloads."""
    failure_shown = Signal(str)
    """A refusal or failure is shown in the dialog (its text)."""

    def __init__(
        self,
        admin: UserAdmin,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime],
        policy: AccountPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self._admin = admin
        self._runner = runner
        self._now = now
        self._min_length = policy.min_password_length if policy is not None else None
        self._rows: list[AccountRow] = []
        self._shown = False
        self._allowed = False
        self._notice = ""  # the last change saved, shown beside the count
        self.editor: AccountEditDialog | None = None
        """The sub-dialog open now (for tests to fill in)."""
        self.setWindowTitle(self.tr("Users"))
        self.setStyleSheet(STYLE)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._on_roles_clicked())

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.roles_button = QPushButton(self.tr("&Roles…"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.active_button = QPushButton(self.tr("&Disable"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.close_button = QPushButton(self.tr("Close"))
        actions = (
            (self.add_button, self._on_add_clicked),
            (self.roles_button, self._on_roles_clicked),
            (self.rename_button, self._on_rename_clicked),
            (self.password_button, self._on_password_clicked),
            (self.active_button, self._on_active_clicked),
            (self.unlock_button, self._on_unlock_clicked),
            (self.close_button, self.reject),
        )
        side = QVBoxLayout()
        for button, slot in actions:
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            if button is self.close_button:
                side.addStretch(1)
            side.addWidget(button)
        self.status_label = QLabel(wordWrap=True)
        self.status_label.setObjectName("hint")
        self.message_label = message_label()
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.status_label)
        self.resize(760, 380)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the first load starts when the dialog is shown
            self._shown = True
            self.reload()

    def reload(self) -> None:
        self.status_label.setText(self.tr("Loading…"))
        self._runner.submit(
            self._admin.accounts,
            on_done=self._alive(self._on_accounts_read),
            on_error=self._alive(self._on_read_failed),
            key=f"users-{id(self)}",
        )

    def _on_accounts_read(self, rows: Sequence[AccountRow]) -> None:
        selected = self.selected_user()
        self._allowed = True
        self._rows = sorted(rows, key=lambda r: r.user.username)
        now = self._now()
        self.table.setRowCount(len(self._rows))
        for number, row in enumerate(self._rows):
            user = row.user
            status = status_text(row, now)
            cells = (user.username, user.display_name, user.roles_text, status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == STATUS_COLUMN and row.failed_logins:
                    item.setToolTip(
                        self.tr("%n failed sign-in(s) in a row", "", row.failed_logins)
                    )
                if not can_sign_in(row, now):
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(number, column, item)
        for column in range(len(HEADERS) - 1):  # the contents and some air; Status stretches
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        count = self.tr("%n account(s)", "", len(self._rows))
        self.status_label.setText(
            self.tr("{count}. {notice}").format(count=count, notice=self._notice)
            if self._notice
            else count
        )
        self.select(selected.username if selected else None)
        self._update_buttons()
        self.accounts_loaded.emit(len(self._rows))

    def _on_read_failed(self, error: BaseException) -> None:
        self._allowed = not isinstance(error, PermissionError)
        self._rows = []
        self.table.setRowCount(0)
        self.status_label.setText("")
        self._update_buttons()
        self._show_failure(error, self.tr("The accounts could not be read"))

    # -- selection ------------------------------------------------------------------------

    def selected_row(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def selected_user(self) -> User | None:
        row = self.selected_row()
        return row.user if row is not None else None

    def select(self, username: str | None) -> None:
        """Select the account (the first one when it is not listed)."""
        names = [r.user.username for r in self._rows]
        if not names:
            return
        self.table.selectRow(names.index(username) if username in names else 0)

    def _on_selection_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        chosen = row is not None and self._allowed
        self.add_button.setEnabled(self._allowed)
        for button in (self.roles_button, self.rename_button, self.password_button):
            button.setEnabled(chosen)
        self.active_button.setEnabled(chosen)
        active = row is None or row.user.active
        self.active_button.setText(self.tr("&Disable") if active else self.tr("&Enable"))
        locked = row is not None and row.locked_until is not None and row.locked_until > self._now()
        self.unlock_button.setEnabled(chosen and locked)

    # -- changes --------------------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        self._edit(AddUserDialog(self._admin, self._runner, self,
                                 min_password_length=self._min_length),
                   lambda result: self.tr("Added {account}").format(account=self._who(result)))

    def _on_roles_clicked(self) -> None:
        user = self.selected_user()
        if user is not None and self.roles_button.isEnabled():
            self._edit(
                RolesDialog(self._admin, self._runner, user, self),
                lambda result: self.tr("Changed the roles of {account}").format(
                    account=self._who(result)
                ),
            )

    def _on_rename_clicked(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._edit(
                RenameDialog(self._admin, self._runner, user, self),
                lambda result: self.tr("Renamed {account}").format(account=self._who(result)),
            )

    def _on_password_clicked(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._edit(ResetPasswordDialog(self._admin, self._runner, user, self,
                                           min_password_length=self._min_length),
                       lambda _result: self.tr("Set a new password for {username}").format(
                           username=user.username))

    def _who(self, result: object) -> str:
        """The account a change saved, as the notice names it ("" for no account)."""
        if not isinstance(result, User):
            return ""
        return self.tr("{username}: {name} ({roles})").format(
            username=result.username, name=result.display_name, roles=result.roles_text
        )

    def _edit(self, dialog: AccountEditDialog, what: Callable[[object], str]) -> None:
        self._show_message("")
        self.editor = dialog
        dialog.saved.connect(lambda result: self._saved(result, what(result).strip()))
        dialog.finished.connect(lambda _result: self._on_editor_finished(dialog))
        dialog.open()

    def _on_editor_finished(self, dialog: AccountEditDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        dialog.deleteLater()

    def _on_active_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        active = not user.active
        said = self.tr("Enabled {username}") if active else self.tr("Disabled {username}")
        self._write(lambda: self._admin.set_active(user.username, active),
                    said.format(username=user.username))

    def _on_unlock_clicked(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._write(lambda: self._admin.unlock(user.username),
                        self.tr("Unlocked {username}").format(username=user.username))

    def _write(self, work: Callable[[], Any], what: str) -> None:
        self._show_message("")
        self._runner.submit(
            work,
            on_done=self._alive(lambda result: self._saved(result, what)),
            on_error=self._alive(lambda error: self._show_failure(error, self.tr("Not saved"))),
            write=True,
        )

    def _saved(self, _result: object, what: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._notice = sentence(what, self._usernames())
        self.reload()
        self.change_saved.emit(self._notice)

    # -- messages -------------------------------------------------------------------------

    def _show_failure(self, error: BaseException, doing: str) -> None:
        known = isinstance(error, (ValueError, LookupError, RuntimeError, PermissionError))
        text = (
            str(error)
            if known
            else self.tr("{doing}: {reason}").format(
                doing=doing, reason=str(error) or type(error).__name__
            )
        )
        text = sentence(text, self._usernames())
        self._show_message(text)
        self.failure_shown.emit(text)

    def _show_message(self, text: str) -> None:
        if text:
            self._notice = ""
        set_message(self.message_label, text)
        fit_height(self)

    def _usernames(self) -> list[str]:
        return [row.user.username for row in self._rows]

    def _alive(self, slot: Callable[[Any], None]) -> Callable[[Any], None]:
        """``slot``, skipped once the dialog is gone (a result arriving after Close)."""

        def call(value: Any) -> None:
            if shiboken6.isValid(self):
                slot(value)

        return call
