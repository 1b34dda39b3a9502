"""Deleting a photograph: say which, ask why, and only then allow it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.common.ctrl_enter import confirm_with_ctrl_enter, hint
from calcitrack.ui.common.typed_text import typed_text
from calcitrack.ui.photographs.photo_pixmaps import title_text


class DeletePhotographDialog(QDialog):
    delete_confirmed = Signal(object, str)
    """The photograph and the reason given."""

    def __init__(self, photograph: LesionPhotograph, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photograph = photograph
        self.setWindowTitle(self.tr("Delete photograph"))
        self.reason_label = QLabel(self.tr("&Why is it deleted?"))
        self.reason_edit = QPlainTextEdit(
            placeholderText=self.tr("Reason (required; {hint})").format(hint=hint())
        )
        self.reason_edit.setAccessibleName(self.tr("Reason for deleting"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.delete_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText(self.tr("&Delete photograph"))
        self.delete_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda: self.delete_button.setEnabled(bool(self.reason()))
        )
        confirm_with_ctrl_enter(self, self.accept)
        self.explanation_label = QLabel(
            self.tr(
                "Delete the photograph <b>{photograph}</b>?<br><br>"
                "It is no longer shown or compared. Which photograph it was, its checksum and "
                "the reason are kept in the audit trail."
            ).format(photograph=escape(title_text(photograph))),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(460, 280)

    def reason(self) -> str:
        return typed_text(self.reason_edit).strip()

    def accept(self) -> None:
        if not self.reason():
            return
        self.delete_confirmed.emit(self.photograph, self.reason())
        super().accept()
