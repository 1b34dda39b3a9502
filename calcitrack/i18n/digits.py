"""Digits: Western (``0123456789``) and Arabic-Indic (``٠١٢٣٤٥٦٧٨٩``), both ways.

Arabic text may use either; which one is the clinic's choice (``Digits``), since the region does
not tell (Egypt and Sudan write Arabic-Indic digits, the Gulf and the Maghreb Western ones).

:func:`normalise_digits` is what a number field applies before reading a number, so that a nurse
typing on an Arabic keyboard is understood: Arabic-Indic (U+0660–0669) and Extended Arabic-Indic
(Persian/Urdu, U+06F0–06F9) digits become ASCII digits, the Arabic decimal separator ``٫``
(U+066B) becomes ``.``, and the invisible direction marks that Arabic text carries (LRM, RLM, ALM,
embeddings and isolates) are dropped. The Arabic thousands separator ``٬`` (U+066C) is left as it
is, like every other character: grouping is never guessed in a clinical value (a field that reads
a separator as a decimal mark, or the reverse, turns 1.2 into 12), so the field refuses it.
"""

from __future__ import annotations

from typing import Final, Literal

Digits = Literal["latn", "arab"]
"""The clinic's choice of digits for Arabic, by their CLDR names: Western or Arabic-Indic."""

WESTERN: Final = "0123456789"
ARABIC_INDIC: Final = "٠١٢٣٤٥٦٧٨٩"
EXTENDED_ARABIC_INDIC: Final = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DECIMAL_SEPARATOR: Final = "\u066b"
ARABIC_THOUSANDS_SEPARATOR: Final = "\u066c"

DIRECTION_MARKS: Final = (
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
)

_TO_ARABIC_INDIC = str.maketrans(WESTERN, ARABIC_INDIC)
_TO_ASCII: dict[int, str | None] = {
    **{ord(d): str(i) for i, d in enumerate(ARABIC_INDIC)},
    **{ord(d): str(i) for i, d in enumerate(EXTENDED_ARABIC_INDIC)},
    ord(ARABIC_DECIMAL_SEPARATOR): ".",
    **{ord(mark): None for mark in DIRECTION_MARKS},
}


def to_arabic_indic(text: str) -> str:
    """``text`` with every ASCII digit written as its Arabic-Indic digit; nothing else changes."""
    return text.translate(_TO_ARABIC_INDIC)


def with_digits(text: str, digits: Digits) -> str:
    """``text`` (written with ASCII digits) in the digits chosen."""
    return to_arabic_indic(text) if digits == "arab" else text


def normalise_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Extended Arabic-Indic digits as ASCII digits, ``٫`` as
    ``.`` and direction marks removed; every other character unchanged. Defined for every string
    (pure, total); ASCII text comes back as it is."""
    return text.translate(_TO_ASCII)
