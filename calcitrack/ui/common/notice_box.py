"""A list shown above a form until the user says she has dealt with it: what a draft could not put
back (``visit_form_losses.LossBox``), what she typed that someone else changed too
(``visit_form_rebase.SetAsideBox``). A framed, selectable text and one button that hides it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

RED = ("#fdecea", "#c62828")
AMBER = ("#fff4d6", "#e0b252")


class NoticeBox(QFrame):
    def __init__(
        self,
        name: str,
        colours: tuple[str, str],
        *,
        accessible_name: str,
        button: str,
        button_tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        background, border = colours
        self.setObjectName(name)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; "
            "border-radius: 3px; }"
        )
        self.text_label = QLabel(wordWrap=True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setAccessibleName(accessible_name)
        self.dismiss_button = QPushButton(button)
        self.dismiss_button.setToolTip(button_tip)
        self.dismiss_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.text_label, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.hide()

    def show_list(self, heading_html: str, items_html: Iterable[str]) -> None:
        """``heading_html`` then the items as a bullet list (both already escaped)."""
        lines = "".join(f"<li>{item}</li>" for item in items_html)
        self.text_label.setText(f"{heading_html}<ul style='margin: 2px'>{lines}</ul>")
        self.show()

    def clear(self) -> None:
        self.text_label.clear()
        self.hide()
