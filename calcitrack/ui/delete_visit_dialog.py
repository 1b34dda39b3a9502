"""Deleting a visit: say what will go, ask for the reason, and only then allow it."""

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

from calcitrack.domain.entities import Visit


class DeleteVisitDialog(QDialog):
    delete_confirmed = Signal(object, str)
    """The visit and the reason given."""

    def __init__(self, visit: Visit, patient_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.setWindowTitle("Delete visit")
        day = visit.visit_date.isoformat()
        explanation = QLabel(
            f"Delete the visit of <b>{day}</b> for {patient_name}?<br><br>"
            f"Its {len(visit.lesion_measurements)} lesion measurements, range of motion and the "
            "labs recorded with it go too. Lesions first seen at this visit and measured nowhere "
            "else are removed; lesions marked resolved or excised at it become active again. "
            "A copy of the visit is kept with the reason.",
            wordWrap=True,
        )
        self.reason_edit = QPlainTextEdit(placeholderText="Reason (required)")
        self.reason_edit.setAccessibleName("Reason for deleting")
        self.reason_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.delete_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText("Delete visit")
        self.delete_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(QLabel("Why is it deleted?"))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(480, 300)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _on_reason_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if not self.reason():
            return
        self.delete_confirmed.emit(self.visit, self.reason())
        super().accept()
