"""Signing in: the application's name and icon, the clinic database in use, username and
password.

The password is checked on the calling thread (argon2 takes about 0.2 s) under the wait cursor.
A refusal (wrong password, locked or disabled account) is shown in red under the fields in the
service's own words; the password is cleared and the cursor put back in it. Enter signs in.

At start-up the dialog is shown before the database is open (``accounts`` None, see
calcitrack.startup): the fields take typing at once, and Sign in pressed before ``attach`` waits
for it, then signs in by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.ui.session.account_form import (
    STYLE,
    busy_cursor,
    fit_height,
    message_label,
    password_edit,
    sentence,
    set_message,
)
from calcitrack.ui.session.account_protocols import Accounts, is_sign_in_refusal, locked_until_of

ICON_SIZE = 48


class SignInDialog(QDialog):
    signed_in = Signal(object)
    """The ``User`` whose password was right (the sign-in is recorded in the audit trail)."""

    def __init__(
        self,
        accounts: Accounts | None,
        parent: QWidget | None = None,
        *,
        database: str,
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._waiting = False
        """Sign in was pressed before the database was open."""
        self.locked = False
        """The last refusal was a locked account."""
        self.setWindowTitle(self.tr("Sign in — CalciTrack"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(420)

        self.icon_label = QLabel()
        icon = self.windowIcon()  # the application's icon, when it has one
        if not icon.isNull():
            self.icon_label.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        self.icon_label.setVisible(not icon.isNull())
        title = QLabel("CalciTrack")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.database_label = QLabel()
        self.database_label.setObjectName("hint")
        self._show_database(database)
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = QFont(self.database_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.database_label.setFont(small)
        heading_text = QVBoxLayout()
        heading_text.setSpacing(2)
        heading_text.addWidget(title)
        heading_text.addWidget(self.database_label)
        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(heading_text, 1)

        self.username_edit = QLineEdit(username)
        self.username_edit.setAccessibleName(self.tr("Username"))
        self.password_edit = password_edit(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            assert label_item is not None and field_item is not None  # each row has both
            label, field = label_item.widget(), field_item.widget()
            assert isinstance(label, QLabel) and field is not None
            label.setBuddy(field)

        self.message_label = message_label()
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self._on_sign_in_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        (self.password_edit if username else self.username_edit).setFocus()

    @property
    def ready(self) -> bool:
        """The clinic's database is open: a password can be checked."""
        return self._accounts is not None

    def attach(self, accounts: Accounts, database: str) -> None:
        """The database is open (start-up): a Sign in pressed meanwhile goes ahead now."""
        self._accounts = accounts
        self._show_database(database)
        if self._waiting:
            self._waiting = False
            self.sign_in_button.setEnabled(True)
            self._on_sign_in_clicked()

    def _show_database(self, database: str) -> None:
        if self._accounts is None:
            self.database_label.setText(
                self.tr("Opening the clinic's database… You are signed in as soon as it is open.")
                if self._waiting
                else self.tr("Opening the clinic's database…")
            )
        else:
            self.database_label.setText(
                self.tr("Clinic database: {database}").format(database=database)
            )

    def show_message(self, text: str) -> None:
        """A line in red under the fields (also used by the caller, e.g. "Signed out")."""
        set_message(self.message_label, text)
        fit_height(self)

    def _on_sign_in_clicked(self) -> None:
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if not username:
            self.show_message(self.tr("Type your username."))
            self.username_edit.setFocus()
            return
        if not password:  # not sent: it would count as a failed sign-in
            self.show_message(self.tr("Type your password."))
            self.password_edit.setFocus()
            return
        self.sign_in_button.setEnabled(False)
        if self._accounts is None:  # attach() signs in
            self._waiting = True
            self._show_database("")
            return
        try:
            with busy_cursor():
                user = self._accounts.sign_in(username, password)
        except Exception as error:
            self._refused(error)
            return
        finally:
            self.sign_in_button.setEnabled(True)
        self.show_message("")
        self.signed_in.emit(user)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.locked = locked_until_of(error) is not None
        if is_sign_in_refusal(error):
            self.show_message(sentence(str(error)))
        else:
            self.show_message(
                self.tr("Could not sign in: {reason}").format(
                    reason=str(error) or type(error).__name__
                )
            )
        self.password_edit.clear()
        self.password_edit.setFocus()
