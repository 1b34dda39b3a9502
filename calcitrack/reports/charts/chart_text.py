"""Text as the charts draw it: every translated label, title, legend entry and tick label goes
through :func:`shown` before matplotlib gets it.

Arabic must be *shaped* (each letter in its joined form) and put in *display order* (right to
left) before it can be drawn. Whether matplotlib does that itself depends on its build:

- matplotlib 3.11 (the lock on Python 3.11 and later) is built with libraqm
  (``matplotlib.ft2font.__libraqm_version__``), which shapes and orders text itself. Text must
  reach it in logical order, untouched: shaping it first would reverse it a second time and
  break the joins.
- matplotlib 3.10 (the lock on Python 3.10) has no raqm and draws the characters one by one, left
  to right. There the text is shaped with ``arabic-reshaper`` (Presentation Forms-B) and reordered
  with the Unicode bidirectional algorithm (``python-bidi``'s ``get_display``), as the PDF does.

Left-to-right languages (English, Portuguese) are drawn as they are, so English charts are
unchanged. DejaVu Sans, matplotlib's default font, has Arabic glyphs, but its oblique face has
none: italic text is drawn upright in a right-to-left language (:func:`font_style`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from decimal import Decimal, InvalidOperation
from typing import Literal

from arabic_reshaper import reshape  # type: ignore[import-untyped]  # the package ships no hints
from bidi import get_display  # type: ignore[import-untyped]  # the package ships no hints
from matplotlib import ft2font
from matplotlib.ticker import FuncFormatter

from calcitrack.i18n.catalogue import current_digits, current_language, using
from calcitrack.i18n.formats import number
from calcitrack.i18n.languages import Language

RAQM_ATTRIBUTE = "__libraqm_version__"
"""What a matplotlib built with libraqm has in ``matplotlib.ft2font`` (3.11 on this machine)."""


def matplotlib_shapes_text() -> bool:
    """True when this matplotlib shapes and orders complex scripts itself (built with libraqm)."""
    return hasattr(ft2font, RAQM_ATTRIBUTE)


def preshaped(text: str) -> str:
    """``text`` shaped into Arabic presentation forms and in visual (display) order, line by line:
    what a matplotlib without raqm must be given to draw Arabic correctly."""
    return "\n".join(str(get_display(reshape(line), base_dir="R")) for line in text.split("\n"))


def right_to_left() -> bool:
    """True when the current language (``calcitrack.i18n.catalogue``) is written right to left."""
    return current_language().right_to_left


def shown(text: str, *, shapes_itself: bool | None = None) -> str:
    """``text`` (already translated) as it must be handed to matplotlib: as it is in a
    left-to-right language or when matplotlib shapes text itself, else pre-shaped.
    ``shapes_itself`` overrides the check of this matplotlib's build (for tests)."""
    if not text or not right_to_left():
        return text
    if matplotlib_shapes_text() if shapes_itself is None else shapes_itself:
        return text
    return preshaped(text)


def font_style(style: Literal["normal", "italic"]) -> Literal["normal", "italic"]:
    """``style``, except upright in a right-to-left language (DejaVu Sans Oblique has no Arabic)."""
    return "normal" if right_to_left() else style


def number_text(text: str) -> str:
    """A number written the English way (by matplotlib's tick formatters or ``grouped``: "2.6",
    "−1", "+50", "12 345") written again in the current language, with as many decimals, by
    ``calcitrack.i18n.formats`` ("2,6", "٢٫٦", "١٢٬٣٤٥"). The language's own thousands separator
    matters in Arabic: a space between two runs of Arabic-Indic digits is where right-to-left
    text turns the groups round ("٠٠٠ ٥٠"). A text that is not a plain number (an axis offset
    such as "1e3") is left as matplotlib wrote it."""
    if current_language() is Language.ENGLISH:
        return text
    plain = text.translate(_NOT_IN_A_NUMBER).replace("\u2212", "-")
    if "e" in plain.lower():  # an exponent ("1e3"): matplotlib's offset, not a plain number
        return text
    try:
        value = Decimal(plain)
        decimals = max(0, -int(value.as_tuple().exponent))
        written = number(value, decimals)
    except (InvalidOperation, ValueError, TypeError):
        return text
    return ("+" if plain.startswith("+") else "") + written


_NOT_IN_A_NUMBER = str.maketrans("", "", " ,\u2009\u202f\u00a0")
"""Thousands separators matplotlib and ``grouped`` may write."""


def pinned() -> Callable[[], AbstractContextManager[Language]]:
    """The current language and digits, to be put back later: tick labels are written each time
    the figure is drawn (a resize, a save), perhaps outside the ``using`` block the chart was
    built in, and must stay in the language the chart was built in."""
    language, digits = current_language(), current_digits()
    return lambda: using(language, digits)


def pinned_formatter(write: Callable[[float], str]) -> FuncFormatter:
    """A tick formatter that writes with ``write`` in the language current now (see
    :func:`pinned`)."""
    again = pinned()

    def formatted(value: float, _position: int | None = None) -> str:
        with again():
            return write(value)

    return FuncFormatter(formatted)
