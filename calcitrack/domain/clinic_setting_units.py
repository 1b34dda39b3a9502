"""The units of the clinic settings as a reader reads them, in the current language.

A setting's ``unit`` is stored in the definition in English ("minutes", "mg/day", "%"); the
settings dialog, its tooltips and the reasons a value is refused show ``shown_unit``:

* a counted word ("minutes", "days", "visits") takes the form of the number before it, as the
  language counts (``ngettext``: "1 minute", "2 minutes"; Portuguese "1 minuto", "2 minutos";
  Arabic's six forms). A number with decimals takes the form CLDR gives it as written
  (``catalogue.plural_count``): "other" in English and Portuguese ("1.5 months", "1.0 months"),
  in Arabic "other" for 1.5 but "one" for 1.0;
* a unit with words in it ("mg/day", "% per month") is one translated text;
* a symbol ("%", "°", "/min", "mmHg", "×") is the same in every language.
"""

from __future__ import annotations

from calcitrack.i18n.catalogue import N_, _, ngettext, plural_count
from calcitrack.i18n.digits import normalise_digits

__all__ = ["counted", "shown_unit", "unit_forms"]

_WORDED = frozenset({
    N_("% per month"),
    N_("g per dose"),
    N_("g/day"),
    N_("g/kg per 4 weeks"),
    N_("mL/min/1.73 m²"),
    N_("mg per dose"),
    N_("mg/day"),
    N_("mg/kg/day"),
    N_("mg/week"),
})
"""The units with words (or a decimal number) in them, each translated as a whole."""

_OTHER = 100
"""A count that takes the "other" form in every language CalciTrack speaks (English "months",
Portuguese "meses", Arabic's form for 100): a unit shown without its number reads with it."""


def _count(number: str) -> int:
    """The count a number's text reads as ("1" or "١" → 1; "1.5" → other; "1.0" → English's and
    Portuguese's other, Arabic's one)."""
    return plural_count(normalise_digits(number))


def _counted(unit: str, count: int) -> str | None:
    """``unit`` in the form ``count`` takes, if it is a counted word; None otherwise."""
    # Literal texts, one call each, so that the extractor finds them.
    if unit == "months":
        return ngettext("month", "months", count)
    if unit == "visits":
        return ngettext("visit", "visits", count)
    if unit == "infections":
        return ngettext("infection", "infections", count)
    if unit == "lesions":
        return ngettext("lesion", "lesions", count)
    if unit == "minutes":
        return ngettext("minute", "minutes", count)
    if unit == "characters":
        return ngettext("character", "characters", count)
    if unit == "failures":
        return ngettext("failure", "failures", count)
    if unit == "days":
        return ngettext("day", "days", count)
    if unit == "weeks":
        return ngettext("week", "weeks", count)
    return None


def counted(unit: str) -> bool:
    """True for a counted word ("minutes"), whose form depends on the number before it."""
    return _counted(unit, _OTHER) is not None


def shown_unit(unit: str, number: str = "") -> str:
    """``unit`` after the number written ``number`` (ASCII digits, as Python writes it; left out:
    the form of "other" numbers), in the current language."""
    found = _counted(unit, _count(number) if number else _OTHER)
    if found is not None:
        return found
    return _(unit) if unit in _WORDED else unit


def unit_forms(unit: str) -> list[str]:
    """Every form ``unit`` is shown in, in the current language and in English, longest first:
    what a number field takes off the end of the text typed before reading the number."""
    forms = {unit, shown_unit(unit)}
    if counted(unit):
        forms |= {unit[:-1]} | {shown_unit(unit, str(n)) for n in (0, 1, 2, 3, 11, 100, 10**6)}
    return sorted((f for f in forms if f), key=len, reverse=True)
