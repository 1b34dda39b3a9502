"""Above the visit form after a draft was put back (recovered, or carried over on a reload): what
could not be put back as typed, in words, until the nurse says she has checked it.

Nothing of a draft is ever replaced by something else without a word here: a medication change
whose period is no longer taken is kept without a drug, a lab in a unit CalciTrack does not know
is kept without a unit, a part of the file that cannot be read is named. While the list is not
acknowledged, Save is refused (``VisitFormView.save``): what she is about to save is not what she
typed, and one click is a small price for her knowing it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class LossBox(QFrame):
    """What a draft put back could not restore; shown until dismissed (or the visit saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_losses")
        self.setStyleSheet(
            "QFrame#draft_losses { background: #fdecea; border: 1px solid #c62828; "
            "border-radius: 3px; }"
        )
        self.losses: tuple[str, ...] = ()
        self.text_label = QLabel(wordWrap=True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setAccessibleName("What could not be put back from the unsaved visit")
        self.dismiss_button = QPushButton("I have checked these")
        self.dismiss_button.setToolTip(
            "Hide this list: you have checked the form and typed again what was missing. "
            "The visit can be saved once you have."
        )
        self.dismiss_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.text_label, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.hide()

    def show_losses(self, losses: Sequence[str]) -> None:
        self.losses = tuple(dict.fromkeys(losses))
        if not self.losses:
            self.clear()
            return
        lines = "".join(f"<li>{html.escape(loss)}</li>" for loss in self.losses)
        self.text_label.setText(
            "<b>Not everything in the unsaved visit could be put back as it was typed.</b> "
            "Nothing else was put in its place. Check these, then press “I have checked these” "
            f"to save:<ul style='margin: 2px'>{lines}</ul>"
        )
        self.show()

    def pending(self) -> bool:
        """Losses not yet acknowledged: Save waits."""
        return bool(self.losses)

    def summary(self) -> str:
        """For the status line: "2 parts of the unsaved visit could not be put back"."""
        count = len(self.losses)
        parts = "1 part" if count == 1 else f"{count} parts"
        return f"{parts} of the unsaved visit could not be put back (see above the form)"

    def clear(self) -> None:
        self.losses = ()
        self.text_label.clear()
        self.hide()

    def state(self) -> list[str]:
        """Kept in the draft, so that a crash before she reads them does not lose them."""
        return list(self.losses)
