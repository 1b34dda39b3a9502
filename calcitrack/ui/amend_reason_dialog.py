"""Amending a signed visit: say what the amendment does, ask for the reason, only then save."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.sign_off import VisitSignature


class AmendReasonDialog(QDialog):
    reason_given = Signal(str)

    def __init__(
        self, day: str, signature: VisitSignature, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Amend signed visit")
        explanation = QLabel(
            f"The visit of <b>{day}</b> is signed ({signature.describe()}).<br><br>"
            "Saving your change amends it: the visit stays signed, the fields as signed are kept "
            "beside the amended ones, and the PDF summary says it was amended, when and why.",
            wordWrap=True,
        )
        self.reason_edit = QPlainTextEdit(placeholderText="Reason (required)")
        self.reason_edit.setAccessibleName("Reason for the amendment")
        self.reason_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.amend_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.amend_button.setText("Save amendment")
        self.amend_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(QLabel("Why is the signed visit amended?"))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(480, 300)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _on_reason_changed(self) -> None:
        self.amend_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if not self.reason():
            return
        self.reason_given.emit(self.reason())
        super().accept()
