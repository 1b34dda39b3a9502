"""Numbers typed as a Portuguese or an Arabic nurse types them are read as the same number, whatever
the window's language: a decimal comma, Arabic-Indic or Extended (Persian) digits, the Arabic
decimal separator ``٫``, the invisible direction marks Arabic text carries. What is not a number
(the Arabic thousands separator ``٬``) stays on the screen as typed, marked with the field's name
and the reason."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.number_text import NumberFormat, read_number
from tests.ui.keyboard import type_text

ARABIC_INDIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
EXTENDED = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")
RLM, ALM = "\u200f", "\u061c"


def _values(places: int, digits: int) -> st.SearchStrategy[Decimal]:
    top = Decimal(10**digits) - Decimal(1).scaleb(-places)
    return st.decimals(min_value=0, max_value=top, places=places, allow_nan=False)


@given(value=_values(1, 4))
def test_a_decimal_comma_is_the_same_number(value: Decimal) -> None:
    typed = f"{value:f}".replace(".", ",")
    assert read_number(typed, NumberFormat(decimals=1, digits=4)).value == float(value)


@given(value=_values(3, 3))
def test_a_decimal_comma_before_three_decimals_is_never_another_number(value: Decimal) -> None:
    """"1,250" is a thousands separator to some readers: refused as ambiguous, never 1250."""
    reading = read_number(f"{value:f}".replace(".", ","), NumberFormat(decimals=3, digits=3))
    assert reading.value == float(value) or (reading.value is None and reading.problem)


@given(
    value=_values(2, 4),
    digits=st.sampled_from([ARABIC_INDIC, EXTENDED]),
    marks=st.sampled_from(["", RLM, ALM]),
)
def test_arabic_digits_and_decimal_separator_are_the_same_number(
    value: Decimal, digits: dict[int, str], marks: str
) -> None:
    typed = marks + f"{value:f}".translate(digits) + marks
    reading = read_number(typed, NumberFormat(decimals=2, digits=4))
    assert reading.value == float(value) and reading.problem is None


@given(value=_values(1, 3))
def test_an_arabic_negative_is_read_with_its_sign(value: Decimal) -> None:
    typed = "\u061c-" + f"{value:f}".translate(ARABIC_INDIC)  # as Qt's ar_EG writes a minus
    reading = read_number(typed, NumberFormat(decimals=1, digits=3, negative=True))
    assert reading.value == -float(value)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # a new field each time
@given(value=_values(1, 4))
def test_typed_from_an_arabic_keyboard_the_field_keeps_the_text_and_reads_the_number(
    qtbot: QtBot, value: Decimal
) -> None:
    edit = NumberEdit(accessible_name="Width, mm")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    typed = f"{value:f}".translate(ARABIC_INDIC)
    type_text(qtbot, edit, typed)
    assert edit.text() == typed  # shown as typed, not rewritten in Western digits
    assert edit.value() == float(value) and not field_marks.is_marked(edit)
    edit.close()


def test_the_arabic_thousands_separator_shows_and_is_refused_naming_the_field(
    qtbot: QtBot,
) -> None:
    edit = NumberEdit(accessible_name="Weight, kg")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    type_text(qtbot, edit, "١٬٢٠٥")
    assert edit.text() == "١٬٢٠٥"  # the refused keystroke stays on the screen
    assert edit.value() is None
    assert field_marks.is_marked(edit)
    assert edit.toolTip() == "Weight, kg: “١٬٢٠٥” is not a number — “٬” is not allowed"
    assert edit.accessibleDescription() == edit.toolTip()
