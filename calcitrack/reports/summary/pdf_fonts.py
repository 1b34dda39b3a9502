"""The PDF's fonts: DejaVu Sans, embedded as TrueType so that every name prints as typed
("Cadório", "Sørensen", "Nuñez", "Łukasz", "Ðorđe") and stays extractable as text.

The font files ship in ``resources/fonts`` (with their licence), found like the body map and the
translations (``calcitrack.shipped_resources``): inside the package (``calcitrack/resources/fonts``
in the wheel and the frozen app, through pyproject's force-include) or in the repository's
top-level ``resources/`` in a source checkout. ReportLab's
font registry is global to the process: ``register_fonts`` registers once, under a lock.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from calcitrack.shipped_resources import shipped

REGULAR = "CalciTrack-DejaVuSans"
BOLD = "CalciTrack-DejaVuSans-Bold"
ITALIC = "CalciTrack-DejaVuSans-Oblique"
FAMILY = "CalciTrack-DejaVu"
"""The family name paragraphs use: ``<b>`` and ``<i>`` map to the bold and oblique faces (the
summary never sets bold italic: ``<b><i>`` prints bold, so that face is not shipped)."""

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_LOCK = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """The folder holding the DejaVu TrueType files and their licence."""
    return shipped("fonts", FILES[REGULAR]).parent


def register_fonts() -> None:
    """Register the four faces and their family with ReportLab (once per process)."""
    global _registered
    if _registered:
        return
    with _LOCK:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        for family in (FAMILY, REGULAR):  # markup resolves <b>/<i> through the face's name
            pdfmetrics.registerFontFamily(
                family, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
            )
        _registered = True
