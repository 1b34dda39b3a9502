"""Numbers as CalciTrack prints them in text: one convention for the screens, charts and PDF."""

from __future__ import annotations

from calcitrack.i18n.catalogue import current_language
from calcitrack.i18n.formats import number
from calcitrack.i18n.languages import Language


def grouped(value: float) -> str:
    """A whole number with its thousands grouped, in the current language (``catalogue``: the
    window's, or a report's ``using`` block): in English with a space between thousands, as
    always (9425.3 → "9 425", 47658 → "47 658"); in Portuguese as Portugal writes it ("9425",
    "47 658" with a no-break space), in Arabic with the clinic's digits ("٤٧٬٦٥٨" or "47,658")."""
    if current_language() is Language.ENGLISH:
        return f"{round(value):,}".replace(",", " ")
    return number(round(value), 0)
