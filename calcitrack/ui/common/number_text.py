"""Reading a number as a person typed it, or saying in words why the text is not one.

The number fields of the window keep the text exactly as typed (``number_edit.py``); this module
decides what it means. A text is read as a number only when there is no doubt what number the
person meant: the digits 0 to 9, at most one decimal mark (a point or a comma: a comma is a
decimal point), a sign in front (the hyphen-minus or the Unicode minus "−", where negatives make
sense), spaces around it. Everything else gets a reason and no value, so that "1l0" never
becomes 10, "7O" never 7, "−5" never 5 and "1,000" never 1.

What an Arabic keyboard types is read too, whatever language the window speaks: Arabic-Indic
(``١٢٫٥``) and Extended Arabic-Indic (``۱۲``) digits, the Arabic decimal separator ``٫``, and the
invisible direction marks Arabic text carries (``calcitrack.i18n.digits.normalise_digits``). The
Arabic thousands separator ``٬`` is refused like any other grouping. The window's locale is never
used to read a number (a Maghreb Arabic locale reads "38.2" as 382).

Numbers the window SHOWS are written the other way round, in the window's locale
(``window_locale``: ``QLocale()``, set when the language is chosen): ``shown_number`` and
``in_window_digits``. In English they are exactly the text Python writes (``12.5``, ``-3``); in
Portuguese the decimal mark is a comma (``12,5``); in Arabic the digits and decimal mark are the
clinic's choice (``١٢٫٥`` or ``12.5``). No thousands separator: a clinical value is written as it
is typed.

No widgets: it is tested on its own and on any text. The reasons are the window's, in its
language (Qt's translation, which needs no application object).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from calcitrack.i18n.digits import normalise_digits
from calcitrack.ui.common.window_locale import is_english

MINUS_SIGNS = "-−"
"""The hyphen-minus of every keyboard and the Unicode minus sign (U+2212)."""
_SIGNS = MINUS_SIGNS + "+"
_MARKS = ".,"
_DIGITS = "0123456789"
_NUMBER = re.compile(r"^(?P<sign>[+\-−]?)(?P<int>[0-9]*)(?:[.,](?P<frac>[0-9]*))?$")
_UNIT_AFTER = re.compile(r"^[+\-−]?[0-9][0-9.,]*\s*[^\s0-9.,+\-−]+\.?$")
_LOOK_ALIKES = {"l": "1", "I": "1", "O": "0", "o": "0"}


@dataclass(frozen=True)
class NumberFormat:
    """What a field takes: how many decimals, how many digits before the decimal mark, and
    whether a negative number makes sense there."""

    decimals: int = 1
    digits: int = 4
    negative: bool = False


@dataclass(frozen=True)
class Reading:
    """The number read from a text, or the reason it is not one; both None for an empty text."""

    value: float | None
    problem: str | None = None


def read_number(text: str, number_format: NumberFormat) -> Reading:
    """``text`` read as ``number_format`` allows, or the reason it is refused (quoting ``text``
    as typed)."""
    typed = text.strip()
    stripped = normalise_digits(typed).strip()
    if not stripped:
        return Reading(None)
    quoted = _quoted(typed)
    match = _NUMBER.match(stripped)
    if match is None or not (match["int"] or match["frac"]):
        return Reading(
            None,
            QCoreApplication.translate("NumberText", "{typed} is not a number — {why}").format(
                typed=quoted, why=_why_not(stripped)
            ),
        )
    whole, fraction = match["int"], match["frac"] or ""
    negative = match["sign"] in MINUS_SIGNS and match["sign"] != ""
    if _thousands_or_decimals(stripped, whole, fraction):
        number = f"{match['sign']}{whole}"
        return Reading(
            None,
            QCoreApplication.translate(
                "NumberText",
                "{typed} is ambiguous — a comma is read as a decimal point: type "
                "{decimal}, or {whole} without the comma",
            ).format(typed=quoted, decimal=f"{number}.{fraction}", whole=f"{number}{fraction}"),
        )
    significant = fraction.rstrip("0")
    if len(whole.lstrip("0")) > number_format.digits:
        return Reading(
            None,
            QCoreApplication.translate(
                "NumberText",
                "{typed} has too many digits — at most {digits} before the decimal point",
            ).format(typed=quoted, digits=number_format.digits),
        )
    if len(significant) > number_format.decimals:
        if number_format.decimals == 0:
            return Reading(
                None,
                QCoreApplication.translate("NumberText", "{typed} must be a whole number").format(
                    typed=quoted
                ),
            )
        return Reading(
            None,
            QCoreApplication.translate(
                "NumberText", "{typed} has too many decimals — at most {places}"
            ).format(typed=quoted, places=number_format.decimals),
        )
    if negative and not number_format.negative:
        return Reading(
            None,
            QCoreApplication.translate("NumberText", "must not be negative (typed {typed})").format(
                typed=quoted
            ),
        )
    value = float(f"{whole or '0'}.{fraction or '0'}")
    return Reading(-value if negative else value)


def _quoted(text: str) -> str:
    """``text`` between the language's quotation marks: “1l0”."""
    return QCoreApplication.translate("NumberText", "“{text}”").format(text=text)


def exact_text(value: float) -> str:
    """``value`` written out in full, with no exponent and no rounding: the shortest text that
    reads back as exactly this float ("0.125", "12", "0.00001")."""
    if value == 0:
        return "0"
    text = format(Decimal(repr(float(value))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def in_window_digits(text: str) -> str:
    """``text``, a number as Python writes it (ASCII digits, a point, a hyphen-minus: ``f"{x:g}"``,
    ``f"{x:.2f}"``), in the window locale's digits, decimal mark and minus sign; unchanged in
    English. Only for a number's text: every point becomes the decimal mark."""
    locale = QLocale()
    if is_english(locale):
        return text
    zero = ord(locale.zeroDigit())
    table = {ord(str(i)): chr(zero + i) for i in range(10)}
    table[ord(".")] = locale.decimalPoint()
    table[ord("-")] = locale.negativeSign()
    return text.translate(table)


def shown_number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals as the window shows it: ``12.5`` in English (Python's
    ``f"{value:.1f}"``, as always), ``12,5`` in Portuguese, ``١٢٫٥`` or ``12.5`` in Arabic."""
    return in_window_digits(f"{value:.{decimals}f}")


def grouped_number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals and its thousands grouped as the window's locale
    groups them, for a measurement shown in a sentence or a cell (never in a field a person
    edits): "47 658" in English (a no-break space, as the window always wrote it), "47 658" in
    Portuguese (a no-break space, none under five digits: "4241"), "47,658" or "٤٧٬٦٥٨" in
    Arabic, the same text ``calcitrack.i18n.formats`` writes for the rule texts and the PDF.
    A negative value gets a true minus sign (U+2212) in front."""
    locale = QLocale()
    minus = "−" if value < 0 and round(abs(value), decimals) != 0 else ""
    if is_english(locale):
        return minus + f"{abs(value):,.{decimals}f}".replace(",", "\u00a0")
    rounded = float(f"{abs(value):.{decimals}f}")  # Python's rounding, as ``formats`` rounds
    return minus + locale.toString(rounded, "f", decimals)


def grouped_count(count: int) -> str:
    """A count with its thousands grouped as the window's language groups them: "12,345" in
    English (Python's ``f"{count:,}"``, as always), "12 345" in Portuguese (a comma there is the
    decimal mark), "١٢٬٣٤٥" in Arabic with Arabic-Indic digits."""
    return f"{count:,}" if is_english() else QLocale().toString(count)


def editable_text(value: float) -> str:
    """``value`` in full (``exact_text``) as a number field shows it for editing: in the window's
    digits when they are Arabic-Indic (``١٢٫٥``, which ``read_number`` reads back as the same
    number), else with a decimal point. A decimal comma is not written back into a field: "1,125"
    reads as a thousands separator to some, and the field refuses it as ambiguous."""
    text = exact_text(value)
    locale = QLocale()
    return in_window_digits(text) if locale.zeroDigit() != "0" else text


def _thousands_or_decimals(text: str, whole: str, fraction: str) -> bool:
    """A comma before exactly three digits after a number that does not start with 0 ("1,000",
    "12,500"): a thousands separator to one reader, a decimal comma to another."""
    return "," in text and len(fraction) == 3 and whole.lstrip("0") != "" and len(whole) <= 3


def _why_not(text: str) -> str:
    """Why ``text`` (stripped, not empty) does not match the number pattern at all."""
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    if letters:
        if all(c in _LOOK_ALIKES for c in letters):
            alike = letters[0]
            return QCoreApplication.translate(
                "NumberText",
                "letters are not allowed ({letter} is a letter, not the digit {digit})",
            ).format(letter=_quoted(alike), digit=_LOOK_ALIKES[alike])
        if _UNIT_AFTER.match(text):
            return QCoreApplication.translate(
                "NumberText", "letters are not allowed; type the number without its unit"
            )
        return QCoreApplication.translate("NumberText", "letters are not allowed")
    if any(unicodedata.category(c).startswith("N") and c not in _DIGITS for c in text):
        return QCoreApplication.translate("NumberText", "use the digits 0 to 9")
    if any(c.isspace() for c in text):
        return QCoreApplication.translate("NumberText", "no spaces inside a number")
    others = [c for c in text if c not in _DIGITS + _MARKS + _SIGNS]
    if others:
        shown = "".join(dict.fromkeys(others))
        if _UNIT_AFTER.match(text):
            reason = (
                QCoreApplication.translate(
                    "NumberText", "{typed} is not allowed; type the number without its unit"
                )
                if len(shown) == 1
                else QCoreApplication.translate(
                    "NumberText", "{typed} are not allowed; type the number without its unit"
                )
            )
        else:
            reason = (
                QCoreApplication.translate("NumberText", "{typed} is not allowed")
                if len(shown) == 1
                else QCoreApplication.translate("NumberText", "{typed} are not allowed")
            )
        return reason.format(typed=_quoted(shown))
    if sum(text.count(mark) for mark in _MARKS) > 1:
        return QCoreApplication.translate(
            "NumberText",
            "only one decimal mark is allowed (a comma counts as a decimal point, so do not "
            "group thousands)",
        )
    if any(c in _SIGNS for c in text[1:]) or sum(text.count(s) for s in _SIGNS) > 1:
        return QCoreApplication.translate("NumberText", "a plus or minus sign goes only in front")
    return QCoreApplication.translate("NumberText", "it has no digits")
