"""The visit summary's look: page geometry, colours, paragraph styles, and the escaping of
recorded text for ReportLab's paragraph markup.

Every size is in points; nothing prints below 7 pt. Colours match the screen's (severity and
response colours of the response panel, Okabe–Ito for changes).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle

from calcitrack.domain.flags import Severity
from calcitrack.domain.review.assessment_types import ResponseCategory
from calcitrack.i18n.catalogue import current_language
from calcitrack.reports.summary.pdf_fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 42.0
HEADER_TOP = 26.0
"""From the top edge of the page to the top of the header."""
HEADER_HEIGHT = 46.0
TOP_MARGIN = HEADER_TOP + HEADER_HEIGHT + 12.0
"""The frame starts below the header and its rule."""
FOOTER_HEIGHT = 38.0
BOTTOM_MARGIN = 20.0 + FOOTER_HEIGHT
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

INK = colors.HexColor("#1F1F1F")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#E6ECF2")
ZEBRA = colors.HexColor("#F6F7F9")
GRID = colors.HexColor("#C9D1D9")
BOX_FILL = colors.HexColor("#F4F6F8")
HIGH = colors.HexColor("#B2182B")
LOW = colors.HexColor("#2C5AA0")

CATEGORY_COLOURS = {
    ResponseCategory.IMPROVED: colors.HexColor("#1B7837"),
    ResponseCategory.STABLE: colors.HexColor("#4D4D4D"),
    ResponseCategory.PROGRESSED: colors.HexColor("#B2182B"),
    ResponseCategory.NOT_ASSESSABLE: colors.HexColor("#7F6000"),
}
SEVERITY_COLOURS = {
    Severity.CONTRAINDICATION: colors.HexColor("#B2182B"),
    Severity.WARNING: colors.HexColor("#B35806"),
    Severity.REVIEW: colors.HexColor("#2C5AA0"),
}

BODY_PT = 8.5
TABLE_PT = 7.6
SMALL_PT = 7.2

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """Recorded text as paragraph markup: ``<``, ``>`` and ``&`` escaped, control characters
    dropped, line breaks kept."""
    clean = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return escape(clean).replace("\n", "<br/>").replace("\t", " ")


def hex_of(colour: colors.Color) -> str:
    """ "#b2182b": a colour for ``<font color=...>`` markup."""
    return "#" + colour.hexval()[2:]


class Styles:
    """The paragraph styles, built once the fonts are registered. Right to left (``rtl``), every
    style wraps right to left, its alignment is mirrored (left ↔ right), and the oblique face
    (no Arabic letters) is replaced by the regular one."""

    def __init__(self, rtl: bool = False) -> None:
        register_fonts()
        self.rtl = rtl

        def style(name: str, **kw: Any) -> ParagraphStyle:  # any style attribute (Any in the stubs)
            base: dict[str, Any] = dict(
                fontName=REGULAR, fontSize=BODY_PT, leading=BODY_PT * 1.28, textColor=INK,
                alignment=TA_LEFT, splitLongWords=1, bulletFontName=REGULAR,
            )  # fmt: skip
            base.update(kw)
            if rtl:
                base["alignment"] = _MIRRORED.get(base["alignment"], base["alignment"])
                base["wordWrap"] = "RTL"
                if base["fontName"] == ITALIC:
                    base["fontName"] = REGULAR
            return ParagraphStyle(name, **base)

        self.body = style("body", spaceAfter=3)
        self.title = style("title", fontName=BOLD, fontSize=14, leading=17, spaceAfter=2)
        self.subtitle = style("subtitle", textColor=MUTED, fontSize=8.5, spaceAfter=6)
        self.h1 = style(
            "h1", fontName=BOLD, fontSize=11, leading=14, spaceBefore=9, spaceAfter=4,
        )  # fmt: skip
        self.h2 = style(
            "h2", fontName=BOLD, fontSize=9, leading=11.5, spaceBefore=5, spaceAfter=2,
        )  # fmt: skip
        self.cell = style("cell", fontSize=TABLE_PT, leading=TABLE_PT * 1.22)
        self.cell_right = style("cell_right", fontSize=TABLE_PT, leading=TABLE_PT * 1.22,
                                alignment=TA_RIGHT)  # fmt: skip
        self.cell_head = style("cell_head", fontName=BOLD, fontSize=TABLE_PT,
                               leading=TABLE_PT * 1.22)  # fmt: skip
        self.cell_head_right = style("cell_head_right", fontName=BOLD, fontSize=TABLE_PT,
                                     leading=TABLE_PT * 1.22, alignment=TA_RIGHT)  # fmt: skip
        self.label = style("label", fontSize=TABLE_PT, leading=TABLE_PT * 1.22, textColor=MUTED)
        self.small = style("small", fontSize=SMALL_PT, leading=SMALL_PT * 1.3, textColor=MUTED)
        self.note = style("note", fontName=ITALIC, fontSize=SMALL_PT, leading=SMALL_PT * 1.3,
                          textColor=MUTED, spaceBefore=2, spaceAfter=4)  # fmt: skip
        self.missing = style("missing", fontName=ITALIC, textColor=MUTED, spaceAfter=4)
        self.bullet = style("bullet", leftIndent=12, bulletIndent=3, spaceAfter=1)
        self.flag_title = style("flag_title", fontName=BOLD, spaceBefore=5, spaceAfter=1,
                                keepWithNext=1)  # fmt: skip
        self.header_name = style("header_name", fontName=BOLD, fontSize=10.5, leading=12.5)
        self.header_line = style("header_line", fontSize=8, leading=10, textColor=MUTED)
        self.header_patient = style("header_patient", fontName=BOLD, fontSize=10.5,
                                    leading=12.5, alignment=TA_RIGHT)  # fmt: skip
        self.header_right = style("header_right", fontSize=8, leading=10, alignment=TA_RIGHT)
        self.footer = style("footer", fontSize=7.5, leading=9, textColor=MUTED)
        self.footer_right = style("footer_right", fontSize=7, leading=8.6, textColor=MUTED,
                                  alignment=TA_RIGHT)  # fmt: skip


_MIRRORED = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}


def styles() -> Styles:
    """The styles of the summary being written now: right to left in Arabic."""
    return _styles(current_language().right_to_left)


@cache
def _styles(rtl: bool) -> Styles:
    return Styles(rtl)
