"""Which way the visit summary runs: left to right, or right to left for Arabic (the language
the summary is written in: ``catalogue.current_language``).

Right to left, every paragraph is shaped and wrapped by ReportLab's right-to-left word wrap
(``rtl_text``), aligned right; tables put their first column on the right; the page's header and
footer are mirrored. Emphasis is bold only: the oblique face has no
Arabic letters, so ``<i>`` is dropped from right-to-left markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal, TypeVar
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as PlatypusParagraph

from calcitrack.i18n.catalogue import current_language
from calcitrack.i18n.digits import DIRECTION_MARKS
from calcitrack.reports.summary.rtl_text import ltr, shaped

T = TypeVar("T")

__all__ = ["Paragraph", "draw_text", "h_align", "isolated", "ordered", "right_to_left"]


def right_to_left() -> bool:
    """The summary being written now runs right to left."""
    return current_language().right_to_left


class Paragraph(PlatypusParagraph):
    """ReportLab's paragraph, with its text shaped first when its style wraps right to left.

    ReportLab 5.1 orders only a paragraph of one piece right to left (its multi-piece path has
    the bidirectional sort switched off): a right-to-left paragraph whose markup makes several
    pieces (``<b>``, ``<font>``, ``<br/>``) is made one piece. Its text is kept, its line breaks
    become spaces, and its emphasis is kept only when the whole paragraph has it (one font and
    colour throughout); tables put each line of a cell in a paragraph of its own
    (``summary_tables``). Text without a right-to-left letter (a note typed in English) is laid
    out left to right, aligned as the right-to-left text around it."""

    def __init__(self, text: str, style: Any, *args: Any, **kwargs: Any) -> None:
        rtl = getattr(style, "wordWrap", None) == "RTL"
        if rtl:
            text = shaped(_isolated_markers(text.replace("<i>", "").replace("</i>", "")))
            bullet = kwargs.pop("bulletText", None)
            if bullet:  # ReportLab puts a bullet on the left: it goes before the text instead
                text = f"{escape(bullet)} {text}"
                style = style.clone(f"{style.name}-rtl-bullet", leftIndent=0,
                                    rightIndent=style.leftIndent)  # fmt: skip
        super().__init__(text, style, *args, **kwargs)
        if not rtl:
            return
        pieces = [f for f in self.frags if not getattr(f, "lineBreak", False)]
        plain = "".join(" " if getattr(f, "lineBreak", False) else f.text for f in self.frags)
        looks = {(f.fontName, f.fontSize, str(f.textColor)) for f in pieces}
        one_piece = len(self.frags) <= 1
        # a date alone ("14‏/09‏/2026") is written right to left, as inside a sentence: its
        # right-to-left marks make it read "2026/09/14" from the left, as every other date
        left_to_right = not any(_is_rtl(char) or char == RLM for char in plain)
        if one_piece and not left_to_right:
            return
        if len(looks) == 1:
            style = style.clone(f"{style.name}-flat", fontName=pieces[0].fontName,
                                fontSize=pieces[0].fontSize, textColor=pieces[0].textColor)
        if left_to_right:  # no bidirectional pass to remove the direction marks: removed here
            style = style.clone(f"{style.name}-ltr", wordWrap=None)
            plain = plain.translate(_NO_MARKS)
        super().__init__(escape(" ".join(plain.split())), style, *args, **kwargs)


_NO_MARKS = {ord(mark): None for mark in DIRECTION_MARKS}
RLM = "\u200f"
_MARKERS = re.compile(r"(?:\[R\d+\])+")
"""Source markers ("[R2]", "[R40][R41]")."""


def _isolated_markers(text: str) -> str:
    """Each source marker kept left to right: inside Arabic, "[R2]" before an Arabic comma read
    "[R2[" turned round (python-bidi does not pair brackets: the closing one took the
    paragraph's direction and was mirrored)."""
    return _MARKERS.sub(lambda found: ltr(found.group()), text)


def _is_rtl(char: str) -> bool:
    return "\u0590" <= char <= "\u08ff" or "\ufb1d" <= char <= "\ufefc"


def ordered(cells: Sequence[T]) -> list[T]:
    """A table row (or its column widths) in the order the columns are drawn: the first on the
    right in right-to-left text."""
    return list(reversed(cells)) if right_to_left() else list(cells)


def h_align() -> Literal["LEFT", "RIGHT"]:
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
        text = shaped(_isolated_markers(text))
        if right:
            canvas.drawRightString(x, y, text, direction="RTL")
        else:
            canvas.drawString(x, y, text, direction="RTL")
    elif right:
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)
