"""A change that needs its reason (deleting a visit, amending a signed one): say what it does, ask
why, and only then allow it."""

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

from calcitrack.ui.common.ctrl_enter import confirm_with_ctrl_enter, hint
from calcitrack.ui.common.typed_text import typed_text


class ReasonDialog(QDialog):
    reason_given = Signal(str)

    def __init__(
        self,
        *,
        title: str,
        explanation: str,
        question: str,
        action: str,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reason_edit = QPlainTextEdit(
            placeholderText=self.tr("Reason (required; {hint})").format(hint=hint())
        )
        self.reason_edit.setAccessibleName(accessible_name)
        self.reason_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        confirm_with_ctrl_enter(self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(explanation, wordWrap=True))
        layout.addWidget(QLabel(question))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(480, 300)

    def reason(self) -> str:
        return typed_text(self.reason_edit).strip()

    def _on_reason_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if not self.reason():
            return
        self.reason_given.emit(self.reason())
        super().accept()
