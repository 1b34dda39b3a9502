"""Signing a visit: what the signature means, then the signer's password again.

What the physician should know before signing is said first (``cautions``): an incomplete visit,
values saved past the clinic's data-quality checks. Keyboard first: the password field has the
focus, Enter signs, Esc cancels. The dialog stays open while the password is checked
(``signing``) and after a refusal (``refused``: the reason in red under the statement, the field
emptied and focused for another try); a lockout leaves only Cancel. The password is handed on
with ``sign_requested`` and not kept here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.sign_off import signing_statement
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.session.account_form import (
    STYLE,
    fit_height,
    message_label,
    password_edit,
    set_message,
)


class SignVisitDialog(QDialog):
    sign_requested = Signal(str)
    """The password typed; answer with ``signed`` or ``refused``."""

    def __init__(
        self,
        *,
        visit_date: date,
        patient: str,
        signer: str,
        cautions: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``cautions``: what the signer should know about this visit, one paragraph each."""
        super().__init__(parent)
        self._busy = False
        self.setWindowTitle(self.tr("Sign visit"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(520)
        heading = QLabel(
            self.tr("<b>Sign the visit of {day}</b> — {patient}").format(
                day=shown_date(visit_date), patient=patient
            )
        )
        self.cautions_label = QLabel("\n\n".join(cautions), wordWrap=True)
        self.cautions_label.setStyleSheet("color: #7f6000; font-weight: 600;")
        self.cautions_label.setAccessibleName(self.tr("Before you sign"))
        self.cautions_label.setVisible(bool(cautions))
        self.statement_label = QLabel(
            signing_statement(visit_date, patient, signer), wordWrap=True
        )
        note = QLabel(
            self.tr(
                "A signed visit is read-only: a later change is an amendment, with its reason, "
                "and the signed values stay readable."
            ),
            wordWrap=True,
        )
        note.setObjectName("hint")
        self.password_edit = password_edit(self.tr("Your password, to sign"))
        form = QFormLayout()
        label = QLabel(self.tr("Your &password:"))
        label.setBuddy(self.password_edit)
        form.addRow(label, self.password_edit)
        self.message_label = message_label()
        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton(
            self.tr("Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self._on_sign_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.cautions_label)
        layout.addWidget(self.statement_label)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()

    @property
    def statement(self) -> str:
        return self.statement_label.text()

    def _on_sign_clicked(self) -> None:
        if self._busy or not self.sign_button.isEnabled():
            return
        password = self.password_edit.text()
        if not password:
            self._say(self.tr("Enter your password to sign."))
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        self._set_busy(True)
        self._say("")
        self.sign_requested.emit(password)

    def signed(self) -> None:
        """The signature is stored: close."""
        self._set_busy(False)
        self.accept()

    def refused(self, message: str, *, locked: bool = False) -> None:
        """Not signed: say why; another try unless the account is ``locked``."""
        self._set_busy(False)
        self._say(message)
        if locked:
            self.password_edit.setEnabled(False)
            self.sign_button.setEnabled(False)
            self.cancel_button.setDefault(True)
            self.cancel_button.setFocus()
        else:
            self.password_edit.setFocus()

    def withdraw(self) -> None:
        """Not signed for a reason the window shows (the visit changed meanwhile…): close."""
        self._set_busy(False)
        self.reject()

    def reject(self) -> None:
        if self._busy:  # the answer is on its way: the dialog waits for it
            return
        super().reject()

    def _say(self, message: str) -> None:
        set_message(self.message_label, message)
        fit_height(self)  # the reason's lines, whole

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.password_edit.setReadOnly(busy)
        self.sign_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.sign_button.setText(self.tr("Signing…") if busy else self.tr("Sign"))
