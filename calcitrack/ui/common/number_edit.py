"""A number typed from the keyboard, or nothing: the input of the visit form's measurement fields.

A line edit rather than a spin box: empty is a real value ("not measured today"), typing digits
then Tab is all it takes, a backspace really clears it, and the mouse wheel never changes a value
while the nurse scrolls the form. A comma is read as a decimal point, and what an Arabic keyboard
types (Arabic-Indic digits, the decimal separator ``٫``) is read as the same number.

Nothing typed is dropped or changed: no validator filters keystrokes, pastes or drops, so "1l0"
stays "1l0" on the screen (never a silent "10"). Text that is not a number the field takes
(``number_text.read_number``) has no ``value()``; ``problem()`` says why, and the field marks
itself at once (red frame, the reason as its tooltip and accessible description, named by its
accessible name). The sections put the reason in their message line and the form refuses to
save while it stands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_text import NumberFormat, Reading, editable_text, read_number

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
        self.number_format = NumberFormat(decimals=decimals, digits=digits, negative=negative)
        self._reading = Reading(None)
        self._marked_here = False
        self.setPlaceholderText(EMPTY_TEXT)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedWidth(width)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.textChanged.connect(self._on_text_changed)

    def value(self) -> float | None:
        """The number typed, or None when empty or not a number this field takes."""
        return self._reading.value

    def problem(self) -> str | None:
        """Why the text is not a number this field takes (“1l0” is not a number — letters are
        not allowed), or None when it is one or the field is empty."""
        return self._reading.problem

    def set_value(self, value: float | None) -> None:
        """Show ``value`` in full, never rounded to the field's decimals: a stored 0.125 in a
        field of two decimals shows "0.125", marked, rather than a silent "0.12" that saving
        would then store. In Arabic-Indic digits when the window writes them (``١٢٫٥``)."""
        self.setText("" if value is None else editable_text(value))

    def _on_text_changed(self, text: str) -> None:
        """Read the text again; mark the field while it is not a number, and clear only a mark
        set here (a section's mark for a range problem stays until the section clears it)."""
        self._reading = read_number(text, self.number_format)
        problem = self._reading.problem
        if problem is not None:
            name = self.accessibleName()
            field_marks.mark(
                self,
                self.tr("{field}: {reason}").format(field=name, reason=problem)
                if name
                else problem,
            )
            self._marked_here = True
        elif self._marked_here:
            field_marks.clear(self)
            self._marked_here = False
