"""Digits both ways: what a number field reads from an Arabic keyboard."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from calcitrack.i18n.digits import normalise_digits, to_arabic_indic, with_digits


def test_arabic_indic_and_extended_digits_and_the_decimal_separator_become_ascii() -> None:
    assert normalise_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert normalise_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert normalise_digits("٣٨٫٢") == "38.2"
    assert normalise_digits("۳۸٫۲") == "38.2"
    assert normalise_digits("\u061c-٢٫٤٥") == "-2.45"  # the ALM of an Arabic minus sign
    assert normalise_digits("\u202a٢٫٤٥\u00a0mmol/L\u202c") == "2.45\u00a0mmol/L"


def test_everything_else_is_left_as_it_is() -> None:
    assert normalise_digits("38.2") == "38.2"
    assert normalise_digits("38,2") == "38,2"
    assert normalise_digits("١٬٢٠٠") == "1٬200"  # the thousands separator is not guessed at
    assert normalise_digits("الكالسيوم") == "الكالسيوم"
    assert normalise_digits("") == ""


def test_western_digits_written_in_arabic_indic() -> None:
    assert to_arabic_indic("2026-03-07 12.5") == "٢٠٢٦-٠٣-٠٧ ١٢.٥"
    assert with_digits("12", "arab") == "١٢"
    assert with_digits("12", "latn") == "12"


@given(st.text())
def test_normalising_is_total_and_idempotent(text: str) -> None:
    once = normalise_digits(text)
    assert normalise_digits(once) == once
    assert not set(once) & set("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫\u200e\u200f\u061c")


@given(st.text(alphabet=st.characters(codec="ascii")))
def test_ascii_comes_back_unchanged_and_arabic_indic_digits_come_back_ascii(text: str) -> None:
    assert normalise_digits(text) == text
    assert normalise_digits(to_arabic_indic(text)) == text
