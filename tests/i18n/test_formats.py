"""Numbers and dates for a reader, against CLDR's own outputs (as Qt/ICU write them too), and a
round trip: what the PDF writes, a number field reads back to the same value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcitrack.i18n.digits import Digits, normalise_digits
from calcitrack.i18n.formats import DateStyle, format_date, format_number
from calcitrack.i18n.languages import Language

EN, PT, AR = Language.ENGLISH, Language.PORTUGUESE, Language.ARABIC
NBSP = "\u00a0"
RLM = "\u200f"
MARCH_7 = date(2026, 3, 7)


@pytest.mark.parametrize(
    ("value", "decimals", "language", "digits", "expected"),
    [
        # Portuguese (Portugal): decimal comma; thousands grouped by a no-break space, from five
        # integer digits on (CLDR minimumGroupingDigits 2)
        (1234.5, 1, PT, "latn", "1234,5"),
        (12345.5, 1, PT, "latn", f"12{NBSP}345,5"),
        (1234567, 0, PT, "latn", f"1{NBSP}234{NBSP}567"),
        (2.45, 2, PT, "latn", "2,45"),
        (-0.5, 1, PT, "latn", "-0,5"),
        (38.2, 1, PT, "arab", "38,2"),  # the digits choice is Arabic's alone
        # Arabic, Arabic-Indic digits (ar-EG, ar-SD): ٫ and ٬
        (1234.5, 1, AR, "arab", "١٬٢٣٤٫٥"),
        (2.45, 2, AR, "arab", "٢٫٤٥"),
        (120, 0, AR, "arab", "١٢٠"),
        # Arabic, Western digits (ar-AE): point and comma, as in English
        (1234.5, 1, AR, "latn", "1,234.5"),
        (2.45, 2, AR, "latn", "2.45"),
        # English
        (1234.5, 1, EN, "latn", "1,234.5"),
        (1234.5, 0, EN, "latn", "1,234"),  # ties to even, as format(1234.5, ".0f")
        (2.675, 2, EN, "latn", "2.67"),  # the float is 2.67499…, as format() sees it
        (Decimal("2.5"), 3, EN, "latn", "2.500"),
        (7, 1, EN, "latn", "7.0"),
        (-0.04, 1, EN, "latn", "0.0"),  # no "-0.0"
    ],
)
def test_numbers(value: float | Decimal | int, decimals: int, language: Language,
                 digits: Digits, expected: str) -> None:
    assert format_number(value, decimals, language, digits) == expected


def test_grouping_can_be_left_out() -> None:
    assert format_number(12345.5, 1, PT, grouping=False) == "12345,5"
    assert format_number(12345.5, 1, AR, "arab", grouping=False) == "١٢٣٤٥٫٥"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Inf")])
def test_what_is_not_a_number_is_refused(value: float | Decimal) -> None:
    with pytest.raises(ValueError, match="not a number"):
        format_number(value, 1, EN)


def test_negative_decimals_are_refused() -> None:
    with pytest.raises(ValueError, match="decimals"):
        format_number(1, -1, EN)


@pytest.mark.parametrize(
    ("language", "digits", "style", "expected"),
    [
        (PT, "latn", "short", "07/03/26"),
        (PT, "latn", "medium", "07/03/2026"),
        (PT, "latn", "long", "7 de março de 2026"),
        (AR, "arab", "short", f"٧{RLM}/٣{RLM}/٢٠٢٦"),
        (AR, "arab", "long", "٧ مارس ٢٠٢٦"),
        (AR, "latn", "short", f"7{RLM}/3{RLM}/2026"),
        (AR, "latn", "long", "7 مارس 2026"),
        (EN, "latn", "medium", "7 Mar 2026"),
        (EN, "arab", "long", "7 March 2026"),
        (PT, "arab", "medium", "07/03/2026"),
    ],
)
def test_dates(language: Language, digits: Digits, style: DateStyle, expected: str) -> None:
    assert format_date(MARCH_7, language, digits, style) == expected


#: The thousands separators a reader sees; a number field does not read them (never guessed).
GROUP_SEPARATORS = {EN: ",", PT: NBSP, AR: ",٬"}


def _read_back(text: str, language: Language) -> Decimal:
    plain = normalise_digits(text)
    for separator in GROUP_SEPARATORS[language]:
        plain = plain.replace(separator, "")
    if language is PT:
        plain = plain.replace(",", ".")
    return Decimal(plain)


LANGUAGES_AND_DIGITS = st.sampled_from(
    [(EN, "latn"), (PT, "latn"), (AR, "latn"), (AR, "arab")])


@given(
    st.decimals(min_value=-10**12, max_value=10**12, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=4),
    LANGUAGES_AND_DIGITS,
)
def test_a_written_decimal_reads_back_to_its_rounded_value(
    value: Decimal, decimals: int, language_digits: tuple[Language, Digits]
) -> None:
    language, digits = language_digits
    text = format_number(value, decimals, language, digits)
    assert _read_back(text, language) == Decimal(format(value, f".{decimals}f"))
    western = set("0123456789") & set(text)
    assert (not western) if digits == "arab" and language is AR else western


@given(
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    st.integers(min_value=0, max_value=3),
    LANGUAGES_AND_DIGITS,
)
def test_a_written_float_reads_back_to_its_rounded_value(
    value: float, decimals: int, language_digits: tuple[Language, Digits]
) -> None:
    language, digits = language_digits
    text = format_number(value, decimals, language, digits)
    assert _read_back(text, language) == Decimal(format(value, f".{decimals}f"))
    assert text.count("-") == (Decimal(format(value, f".{decimals}f")) < 0)
