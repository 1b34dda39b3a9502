"""The number field of the visit form, typed into and pasted into as a person would: whatever is
typed stays on the field exactly as typed, and it is either the number a person means by it or
marked invalid with the reason. Nothing is dropped, nothing becomes a different number."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_edit import NumberEdit
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def width(qtbot: QtBot) -> NumberEdit:
    """A lesion's width: one decimal, four digits, never negative."""
    edit = NumberEdit(accessible_name="Width, mm")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def typed(qtbot: QtBot, edit: NumberEdit, text: str) -> NumberEdit:
    edit.clear()
    edit.setFocus()
    type_text(qtbot, edit, text)
    return edit


def pasted(qtbot: QtBot, edit: NumberEdit, text: str) -> NumberEdit:
    edit.clear()
    edit.setFocus()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    return edit


def assert_refused(edit: NumberEdit, text: str, reason: str) -> None:
    """Kept as typed, no value, and marked with the reason on the field itself."""
    assert edit.text() == text
    assert edit.value() is None
    problem = edit.problem()
    assert problem is not None and reason in problem, problem
    assert field_marks.is_marked(edit)
    assert edit.toolTip() == f"Width, mm: {problem}"
    assert edit.accessibleDescription() == edit.toolTip()


# ------------------------------------------------------------------ the reproduction


def test_a_letter_l_typed_for_a_one_is_kept_and_refused_not_read_as_ten(
    qtbot: QtBot, width: NumberEdit
) -> None:
    typed(qtbot, width, "1l0")
    assert_refused(width, "1l0", "“1l0” is not a number — letters are not allowed")
    assert "“l” is a letter, not the digit 1" in str(width.problem())


def test_a_letter_o_typed_for_a_zero_is_kept_and_refused_not_read_as_seven(
    qtbot: QtBot, width: NumberEdit
) -> None:
    typed(qtbot, width, "7O")
    assert_refused(width, "7O", "letters are not allowed (“O” is a letter, not the digit 0)")


@pytest.mark.parametrize("minus", ["-", "−"])
def test_a_minus_sign_where_negatives_make_no_sense_is_kept_and_refused(
    qtbot: QtBot, width: NumberEdit, minus: str
) -> None:
    typed(qtbot, width, f"{minus}12")
    assert_refused(width, f"{minus}12", f"must not be negative (typed “{minus}12”)")


def test_letters_alone_are_kept_and_refused_not_left_blank(qtbot: QtBot) -> None:
    esr = NumberEdit(decimals=0, digits=3, accessible_name="ESR")
    qtbot.addWidget(esr)
    typed(qtbot, esr, "abc")
    assert esr.text() == "abc"
    assert esr.value() is None
    assert esr.problem() == "“abc” is not a number — letters are not allowed"
    assert field_marks.is_marked(esr)
    assert esr.toolTip() == "ESR: “abc” is not a number — letters are not allowed"


# ------------------------------------------------------------- what else is refused


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12345", "“12345” has too many digits — at most 4 before the decimal point"),
        ("1.25", "“1.25” has too many decimals — at most 1"),
        ("1 2", "“1 2” is not a number — no spaces inside a number"),
        ("1,234.5", "only one decimal mark is allowed"),
        ("1.2.3", "only one decimal mark is allowed"),
        ("1,234", "“1,234” is ambiguous — a comma is read as a decimal point"),
        ("5-3", "a plus or minus sign goes only in front"),
        (".", "“.” is not a number"),
        ("12%", "“%” is not allowed"),
        ("45°", "type the number without its unit"),
        ("१२", "use the digits 0 to 9"),  # Devanagari; Arabic-Indic digits are read
        ("١٢٬٥", "“٬” is not allowed"),  # the Arabic thousands separator is never guessed
        ("1e3", "letters are not allowed"),
    ],
)
def test_text_that_is_not_an_allowed_number_is_kept_and_says_why(
    qtbot: QtBot, width: NumberEdit, text: str, reason: str
) -> None:
    typed(qtbot, width, text)
    assert_refused(width, text, reason)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12 mm", "“12 mm” is not a number — letters are not allowed; type the number without its"),
        ("1,234.5", "“1,234.5” is not a number — only one decimal mark is allowed"),
    ],
)
def test_a_paste_is_kept_as_pasted_and_refused_with_the_reason(
    qtbot: QtBot, width: NumberEdit, text: str, reason: str
) -> None:
    pasted(qtbot, width, text)
    assert_refused(width, text, reason)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12.0),
        ("12,5", 12.5),  # a comma is a decimal point
        ("12.5", 12.5),
        (",5", 0.5),
        ("12.", 12.0),
        ("12.50", 12.5),  # a trailing zero is not a decimal more
        (" 12 ", 12.0),  # spaces around the number are not part of it
        ("0,125", None),  # one decimal allowed here: refused (below, a lab value takes it)
    ],
)
def test_a_number_as_people_write_it_is_read_as_they_mean_it(
    qtbot: QtBot, width: NumberEdit, text: str, value: float | None
) -> None:
    typed(qtbot, width, text)
    assert width.text() == text
    assert width.value() == value
    assert field_marks.is_marked(width) is (value is None)


def test_a_lab_value_takes_a_comma_before_three_decimals_when_it_cannot_be_thousands(
    qtbot: QtBot,
) -> None:
    value = NumberEdit(decimals=3, digits=5, accessible_name="Value")
    qtbot.addWidget(value)
    assert typed(qtbot, value, "0,125").value() == 0.125
    assert typed(qtbot, value, "2,375").problem() == (
        "“2,375” is ambiguous — a comma is read as a decimal point: type 2.375, or 2375 "
        "without the comma"
    )


@pytest.mark.parametrize(("text", "value"), [("-15", -15.0), ("−15", -15.0), ("+15", 15.0)])
def test_where_negatives_make_sense_both_minus_signs_are_read(
    qtbot: QtBot, text: str, value: float
) -> None:
    rom = NumberEdit(decimals=0, negative=True, digits=3, accessible_name="Right extension")
    qtbot.addWidget(rom)
    typed(qtbot, rom, text)
    assert (rom.text(), rom.value(), rom.problem()) == (text, value, None)
    assert typed(qtbot, rom, "7.5").problem() == "“7.5” must be a whole number"


def test_fixing_the_text_clears_the_mark_and_empty_is_no_problem(
    qtbot: QtBot, width: NumberEdit
) -> None:
    typed(qtbot, width, "1l0")
    assert field_marks.is_marked(width)
    width.setCursorPosition(2)
    qtbot.keyClick(width, Qt.Key.Key_Backspace)
    qtbot.keyClicks(width, "1")
    assert (width.text(), width.value(), width.problem()) == ("110", 110.0, None)
    assert not field_marks.is_marked(width)
    width.clear()
    assert (width.value(), width.problem(), field_marks.is_marked(width)) == (None, None, False)


def test_a_value_set_by_the_program_reads_back_unchanged(qtbot: QtBot) -> None:
    lab = NumberEdit(decimals=3, digits=5, accessible_name="Value")
    qtbot.addWidget(lab)
    for number in (2.375, 1234.5, 0.001, 12.0):
        lab.set_value(number)
        assert (lab.value(), lab.problem()) == (number, None)


# ------------------------------------------------------------------ property-based

_MEANT = re.compile(r"^[+\-−]?(?P<int>[0-9]*)(?:[.,](?P<frac>[0-9]*))?$")
_ARABIC_KEYBOARD = {
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian, Urdu) digits
    "\u066b": ".",  # the Arabic decimal separator
}
_DIRECTION_MARKS = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def meant(text: str) -> float | None:
    """The number a person means by ``text``: digits 0-9 (or an Arabic keyboard's digits) with at
    most one point, comma or Arabic decimal separator (a comma is a decimal point), a sign in
    front, spaces around it; None for anything else. Direction marks are invisible: not read."""
    seen = "".join(_ARABIC_KEYBOARD.get(c, c) for c in text if c not in _DIRECTION_MARKS)
    stripped = seen.strip()
    match = _MEANT.match(stripped)
    if match is None or not (match["int"] or match["frac"]):
        return None
    number = float(f"{match['int'] or '0'}.{match['frac'] or '0'}")
    return -number if stripped[0] in "-−" else number


def typable(character: str) -> bool:
    """A character a keyboard types into a line edit (no control, format or separator)."""
    category = unicodedata.category(character)
    return category[0] != "C" and category not in ("Zl", "Zp")


NUMBERISH = st.text(alphabet="0123456789.,-−+ lIOoe", max_size=9)
ARABIC_NUMBERISH = st.text(alphabet="٠١٢٣٤٥٦٧٨٩۰۴۵٫٬.,-− \u200f\u200e\u061c5", max_size=9)
"""What an Arabic keyboard types into a number (its digits, separators and direction marks)."""
ANYTHING = st.text(
    alphabet=st.characters(max_codepoint=0xFFFF).filter(typable), min_size=1, max_size=6
)
FIELDS = st.sampled_from(
    [
        {"decimals": 1, "digits": 4},  # lesion sizes
        {"decimals": 0, "digits": 3},  # joint counts, ESR, heart rate
        {"decimals": 3, "digits": 5},  # lab values
        {"decimals": 0, "digits": 3, "negative": True},  # range of motion
    ]
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.one_of(NUMBERISH, ARABIC_NUMBERISH, ANYTHING), field=FIELDS)
def test_whatever_is_typed_is_shown_as_typed_and_is_the_meant_number_or_marked(
    qtbot: QtBot, text: str, field: dict[str, int]
) -> None:
    edit = NumberEdit(accessible_name="Typed", **field)  # type: ignore[arg-type]
    edit.show()
    typed(qtbot, edit, text)
    assert edit.text() == text
    value = edit.value()
    if value is not None:
        assert value == meant(text)
        assert edit.problem() is None and not field_marks.is_marked(edit)
    elif "".join(c for c in text if c not in _DIRECTION_MARKS).strip():
        problem = edit.problem()
        assert problem, f"{text!r} gave no value and no reason"
        assert field_marks.is_marked(edit)
        assert edit.toolTip() == f"Typed: {problem}"
    else:
        assert edit.problem() is None and not field_marks.is_marked(edit)
    edit.close()
    edit.deleteLater()


def test_a_stored_value_with_more_decimals_than_the_field_is_shown_in_full_and_marked(
    qtbot: QtBot,
) -> None:
    crp = NumberEdit(decimals=2, digits=3, accessible_name="CRP value")
    qtbot.addWidget(crp)
    crp.set_value(0.125)  # an imported CRP: rounding it to "0.12" would store 0.12 on the next save
    assert crp.text() == "0.125"
    assert crp.value() is None
    assert crp.problem() == "“0.125” has too many decimals — at most 2"
    assert field_marks.is_marked(crp)


@settings(max_examples=500, deadline=None)
@given(
    value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    field=FIELDS,
)
def test_a_value_the_program_shows_is_read_back_exactly_or_marked(
    value: float, field: dict[str, int]
) -> None:
    """What ``set_value`` shows (loading a stored visit) is never a rounded neighbour."""
    edit = NumberEdit(accessible_name="Loaded", **field)  # type: ignore[arg-type]
    edit.set_value(value)
    shown = edit.value()
    assert shown == value or (shown is None and edit.problem())
    assert meant(edit.text()) == value
    edit.deleteLater()
