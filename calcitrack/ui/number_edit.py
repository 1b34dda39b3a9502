"""A number typed from the keyboard, or nothing: the input of the visit form's measurement fields.

A line edit rather than a spin box: empty is a real value ("not measured today"), typing digits
then Tab is all it takes, a backspace really clears it, and the mouse wheel never changes a value
while the nurse scrolls the form. A comma is read as a decimal point.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

EMPTY_TEXT = "—"


class NumberEdit(QLineEdit):
    def __init__(
        self,
        *,
        decimals: int = 1,
        negative: bool = False,
        digits: int = 4,
        accessible_name: str = "",
        width: int = 72,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        sign = "-?" if negative else ""
        fraction = rf"([.,]\d{{0,{decimals}}})?" if decimals else ""
        pattern = QRegularExpression(rf"^{sign}\d{{0,{digits}}}{fraction}$")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setPlaceholderText(EMPTY_TEXT)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedWidth(width)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._decimals = decimals

    def value(self) -> float | None:
        """The number typed, or None when empty (or only a sign or a point so far)."""
        text = self.text().strip().replace(",", ".")
        try:
            return float(text)
        except ValueError:
            return None

    def set_value(self, value: float | None) -> None:
        if value is None:
            self.setText("")
        elif self._decimals == 0 or float(value).is_integer():
            self.setText(f"{value:.0f}")
        else:
            self.setText(f"{value:.{self._decimals}f}".rstrip("0").rstrip("."))
