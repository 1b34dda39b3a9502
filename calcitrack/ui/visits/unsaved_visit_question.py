"""The question asked before the window closes or the user switches with a visit typed and not
saved: Save / Keep as draft / Discard / Cancel.

Enter keeps a draft (nothing enters the chart unintended, nothing is lost); Escape cancels; Alt
with the underlined letter picks the others. Discard is never a default."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    KEEP = "keep"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedVisitQuestion(QMessageBox):
    answered = Signal(object)
    """The ``Answer`` chosen (closing the box any other way is Cancel)."""

    def __init__(self, leaving: str, visit: str, parent: QWidget | None = None) -> None:
        """``leaving``: what was asked for ("Closing CalciTrack"); ``visit``: which visit."""
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Unsaved visit"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(
            self.tr(
                "{leaving}: the {visit} is not saved.\n\n"
                "Save it now, keep it as your draft (offered to you alone when you next sign in), "
                "or discard what was typed?"
            ).format(leaving=leaving, visit=visit)
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.save_button = self.addButton(QMessageBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(
            self.tr("Save the visit; if it has problems, the form shows them")
        )
        self.keep_button = self.addButton(
            self.tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button.setToolTip(
            self.tr("Keep what was typed on this workstation, for you alone")
        )
        self.discard_button = self.addButton(QMessageBox.StandardButton.Discard)
        self.discard_button.setText(self.tr("&Discard"))
        self.discard_button.setToolTip(
            self.tr("Throw away what was typed (it cannot be recovered)")
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Go back to the form"))
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.cancel_button)
        self._answers = (
            (self.save_button, Answer.SAVE),
            (self.keep_button, Answer.KEEP),
            (self.discard_button, Answer.DISCARD),
            (self.cancel_button, Answer.CANCEL),
        )
        self.finished.connect(self._on_finished)

    def _on_finished(self, _result: int) -> None:
        clicked = self.clickedButton()
        answer = next((a for button, a in self._answers if button is clicked), Answer.CANCEL)
        self.answered.emit(answer)
