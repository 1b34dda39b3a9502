"""Numbers and dates written for a reader, in her language: the PDF and the command line (the window
uses ``QLocale`` built from the same choice). Babel supplies CLDR's symbols and date patterns.

- Portuguese (Portugal): decimal comma, a no-break space between thousands from five integer digits
  on (``1234,5``, ``12 345,5``), dates ``07/03/2026`` and ``7 de março de 2026``.
- Arabic: Western or Arabic-Indic digits, as the clinic chooses (``digits``). Babel's
  ``numbering_system`` changes only the separators (``٫`` ``٬``), not the digits, so the digits are
  mapped here. Babel's Arabic date patterns carry RLM marks (``٧‏/٣‏/٢٠٢٦``), kept: they keep the
  parts in order inside right-to-left text.
- English: ``1,234.5``, dates day first (``7 Mar 2026``).

Rounding is Python's own, ``format(value, ".2f")`` (a float's exact binary value, ties to even), as
the English text of CalciTrack has always rounded; a value that rounds to zero has no minus sign.
Files for other programs (JSON, CSV, FHIR exports) never use this module: they stay ISO and
locale-free.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from calcitrack.i18n.catalogue import current_digits, current_language
from calcitrack.i18n.digits import Digits, with_digits
from calcitrack.i18n.languages import Language

DateStyle = Literal["short", "medium", "long"]


def format_number(
    value: float | Decimal | int,
    decimals: int,
    language: Language,
    digits: Digits = "latn",
    *,
    grouping: bool = True,
) -> str:
    """``value`` with exactly ``decimals`` decimals, in ``language``'s symbols (and, in Arabic, in
    the ``digits`` chosen; other languages always write Western digits). ``grouping=False`` leaves
    out the thousands separator. A NaN or an infinity raises ``ValueError``."""
    if decimals < 0:
        raise ValueError(f"decimals must be 0 or more, not {decimals}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value} is not a number that can be written")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"{value} is not a number that can be written")
    rounded = Decimal(format(value, f".{decimals}f"))
    if rounded.is_zero():
        rounded = abs(rounded)
    details = language.details
    grouped = grouping and abs(rounded) >= 10 ** (2 + details.min_grouping_digits)
    arabic_indic = language is Language.ARABIC and digits == "arab"
    text = format_decimal(
        rounded,
        format="#,##0" + ("." + "0" * decimals if decimals else ""),
        locale=details.babel_locale,
        group_separator=grouped,
        numbering_system="arab" if arabic_indic else "latn",
    )
    return with_digits(text, "arab" if arabic_indic else "latn")


def format_date(
    value: date, language: Language, digits: Digits = "latn", style: DateStyle = "medium"
) -> str:
    """``value`` as ``language`` writes a date in CLDR's ``style`` (and in Arabic, in the
    ``digits`` chosen)."""
    text = babel_format_date(value, format=style, locale=language.details.babel_locale)
    return with_digits(text, digits if language is Language.ARABIC else "latn")


def number(value: float | Decimal | int, decimals: int, *, grouping: bool = True) -> str:
    """``value`` written in the current language and digits (``catalogue.current_language`` and
    ``current_digits``: the process's, or a ``using`` block's): what a rule text, a PDF or the
    command line puts in a ``{placeholder}``."""
    return format_number(
        value, decimals, current_language(), current_digits(), grouping=grouping
    )


def day(value: date, style: DateStyle = "medium") -> str:
    """``value`` as the current language writes a date (in the current digits)."""
    return format_date(value, current_language(), current_digits(), style)


def moment(value: datetime) -> str:
    """``value`` in this workstation's time zone, to the minute, for a sentence: ISO in English
    (``2026-12-07 17:36``, as CalciTrack always wrote it); else the date in the language's form and
    digits and the time after it (``07/12/2026 17:36``). Never ISO in Arabic: an ISO date after
    Arabic words reads turned round (``07-12-2026``), while the locale's form carries the marks
    that keep its parts in order."""
    local = value.astimezone()
    if current_language() is Language.ENGLISH:
        return f"{local:%Y-%m-%d %H:%M}"
    return f"{day(local.date())} {with_digits(f'{local:%H:%M}', current_digits())}"


def sentence_day(value: date) -> str:
    """``value`` as a sentence writes a date: ISO in English (``2026-03-07``, as CalciTrack always
    wrote it), else the language's own form (``07/03/2026``, ``٠٧‏/٠٣‏/٢٠٢٦``), for the reason
    ``moment`` gives."""
    return value.isoformat() if current_language() is Language.ENGLISH else day(value)


def as_written(value: float, english: str) -> str:
    """``value``, which English writes as ``english`` (Python's own text of it: ``f"{x:g}"``,
    ``f"{x:.3g}"``), with as many decimals in the current language: ``english`` itself in English,
    ``2,5`` in Portuguese, ``٢٫٥`` in Arabic-Indic digits. A text in exponent form is kept."""
    if current_language() is Language.ENGLISH or "e" in english:
        return english
    return number(value, len(english.partition(".")[2]), grouping=False)
