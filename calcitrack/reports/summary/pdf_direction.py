"""Which way the visit summary runs: left to right, or right to left for Arabic (the language
the summary is written in: ``catalogue.current_language``).

Right to left, every paragraph is shaped and wrapped by ReportLab's right-to-left word wrap
(``calcitrack.reports.rtl_text``), aligned right; tables put their first column on the right;
the page's header and footer are mirrored. Emphasis is bold only: the oblique face has no
Arabic letters, so ``<i>`` is dropped from right-to-left markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as PlatypusParagraph

from calcitrack.i18n.catalogue import current_language
from calcitrack.reports.rtl_text import ltr, shaped

T = TypeVar("T")

__all__ = ["Paragraph", "draw_text", "h_align", "isolated", "ordered", "right_to_left"]


def right_to_left() -> bool:
    """The summary being written now runs right to left."""
    return current_language().right_to_left


class Paragraph(PlatypusParagraph):
    """ReportLab's paragraph, with its text shaped first when its style wraps right to left."""

    def __init__(self, text: str, style: Any, *args: Any, **kwargs: Any) -> None:
        if getattr(style, "wordWrap", None) == "RTL":
            text = shaped(text.replace("<i>", "").replace("</i>", ""))
        super().__init__(text, style, *args, **kwargs)


def ordered(cells: Sequence[T]) -> list[T]:
    """A table row (or its column widths) in the order the columns are drawn: the first on the
    right in right-to-left text."""
    return list(reversed(cells)) if right_to_left() else list(cells)


def h_align() -> str:
    """Where a table narrower than the frame sits: at the side the text starts from."""
    return "RIGHT" if right_to_left() else "LEFT"


def isolated(text: str) -> str:
    """``text`` (a value with its unit, a date, an MRN) kept left to right in right-to-left
    text; unchanged in left-to-right text."""
    return ltr(text) if right_to_left() else text


def draw_text(canvas: Canvas, x: float, y: float, text: str, *, right: bool = False) -> None:
    """One line on the canvas from ``x`` (its right end at ``x`` when ``right``), shaped and
    ordered right to left when the summary runs so."""
    if right_to_left():
        text = shaped(text)
        if right:
            canvas.drawRightString(x, y, text, direction="RTL")
        else:
            canvas.drawString(x, y, text, direction="RTL")
    elif right:
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)
