"""The header and footer of every page of the visit summary, and "Page x of y".

Header: the clinic's logo (when it has one) and name on the left; the patient's name, MRN, date
of birth and the visit date on the right. Footer: whether the visit is signed, when the summary
was generated and by which CalciTrack, "Page x of y", and under it the audit trail's head when
the summary was made ("audit #1234 9f86d081", a chain anchor noted outside the database). The
page count is known only at the end, so the canvas keeps each page's state and draws the header
and footer when it saves (ReportLab's usual two-step canvas).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from calcitrack.domain.sign_off import signed_text
from calcitrack.domain.signed_content import INVALID_SHORT
from calcitrack.domain.visit_summary_request import SignOff
from calcitrack.reports.summary.pdf_fonts import BOLD, REGULAR
from calcitrack.reports.summary.pdf_styles import (
    BOTTOM_MARGIN,
    FOOTER_HEIGHT,
    FRAME_WIDTH,
    HEADER_HEIGHT,
    HEADER_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    esc,
    styles,
)

log = logging.getLogger(__name__)

LOGO_MAX_HEIGHT = 40.0
LOGO_MAX_WIDTH = 120.0
LOGO_GAP = 8.0
RIGHT_MIN, RIGHT_MAX = 0.3, 0.45
"""Shares of the header width the patient's block may take (the clinic gets the rest)."""
PAGE_NUMBER_WIDTH = 70.0


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer print on every page."""

    clinic_name: str
    logo: bytes | None
    patient_name: str
    mrn: str
    date_of_birth: date
    age_years: int
    visit_date: date
    generated_at: datetime
    app_version: str
    sign_off: SignOff
    chain_anchor: str = ""
    """The audit trail's head, short ("audit #1234 9f86d081"); empty for none."""


def when(moment: datetime) -> str:
    """ "2026-09-14 15:02 UTC+02:00": a time as printed, with its zone."""
    zone = moment.tzname() or ""
    return f"{moment:%Y-%m-%d %H:%M} {zone}".strip()


def sign_off_text(sign_off: SignOff) -> str:
    """ "Signed — reviewed and approved by … on …" ("Signed by … on …" for a signature recorded
    without its meaning), "Not signed", then "Amended on … : reason" when amended; led by
    "Signature invalid — …" when the record changed after it was signed."""
    if sign_off.signed_by is not None:
        text = signed_text(sign_off.signed_by, sign_off.meaning)
        if sign_off.signed_at is not None:
            text += f" on {when(sign_off.signed_at)}"
    else:
        text = "Not signed"
    if sign_off.amended_on is not None:
        reason = " ".join(sign_off.amendment_reason.split())
        text += f". Amended on {sign_off.amended_on.isoformat()}"
        text += f": {reason}" if reason else ""
    if sign_off.invalid:
        text = f"{INVALID_SHORT}. {text}"
    return text


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _logo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # a damaged logo must never stop a summary: print the name alone
        log.warning("The clinic logo could not be read; the summary header shows the name only")
        return None
    return reader


def _paragraph_fitting(
    markup: str, style_name: str, width: float, max_height: float
) -> Paragraph:
    """A paragraph no taller than ``max_height``: the font shrinks (down to 7.5 pt) before the
    text is cut with an ellipsis."""
    base = getattr(styles(), style_name)
    size = base.fontSize
    while True:
        style = base.clone(f"{style_name}-{size}", fontSize=size, leading=size * 1.2)
        para = Paragraph(markup, style)
        _, height = para.wrap(width, 1000)
        if height <= max_height + 0.1 or size <= 7.5:
            break
        size -= 0.5
    plain = para.getPlainText()
    lines = max(1, int((max_height + 0.1) // style.leading))
    budget = width * lines * 0.95
    while height > max_height + 0.1 and budget > width * 0.3:
        para = Paragraph(esc(_fit(plain, style.fontName, size, budget)), style)
        _, height = para.wrap(width, 1000)
        budget *= 0.92
    return para


class _HeaderFooter:
    def __init__(self, info: PageInfo) -> None:
        self.info = info
        self.logo = _logo(info.logo)
        s = styles()
        facts = (
            f"MRN <b>{esc(info.mrn)}</b> · born {info.date_of_birth.isoformat()} "
            f"({info.age_years} y)<br/>Visit of <b>{info.visit_date.isoformat()}</b>"
        )
        self.facts = Paragraph(facts, s.header_right)
        needed = max(
            stringWidth(info.patient_name, s.header_patient.fontName, s.header_patient.fontSize),
            stringWidth(f"MRN {info.mrn} · born 0000-00-00 (00 y)", BOLD, 8),
        )
        right_width = min(max(needed + 4, FRAME_WIDTH * RIGHT_MIN), FRAME_WIDTH * RIGHT_MAX)
        self.right_width = right_width
        left_width = FRAME_WIDTH - right_width - 16
        self.logo_size = (0.0, 0.0)
        if self.logo is not None:
            w, h = self.logo.getSize()
            scale = min(LOGO_MAX_HEIGHT / h, LOGO_MAX_WIDTH / w)
            self.logo_size = (w * scale, h * scale)
        name_width = left_width - (self.logo_size[0] + LOGO_GAP if self.logo else 0.0)
        self.name = _paragraph_fitting(esc(info.clinic_name), "header_name", name_width,
                                       HEADER_HEIGHT - 12)  # fmt: skip
        self.name_width = name_width
        self.kind = Paragraph("Visit summary", s.header_line)
        self.patient = _paragraph_fitting(esc(info.patient_name), "header_patient",
                                          right_width, s.header_patient.leading)  # fmt: skip
        self.sign_off = _paragraph_fitting(esc(sign_off_text(info.sign_off)), "footer",
                                           FRAME_WIDTH - PAGE_NUMBER_WIDTH, 2 * 9.0)  # fmt: skip
        self.generated = (
            f"Generated {when(info.generated_at)} · CalciTrack {info.app_version} · "
            "decision support, check against the full record"
        )

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - HEADER_TOP
        x = MARGIN_X
        if self.logo is not None:
            w, h = self.logo_size
            canvas.drawImage(self.logo, x, top - h, w, h, mask="auto")
            x += w + LOGO_GAP
        _, name_h = self.name.wrap(self.name_width, HEADER_HEIGHT)
        self.name.drawOn(canvas, x, top - name_h)
        _, kind_h = self.kind.wrap(self.name_width, 20)
        self.kind.drawOn(canvas, x, top - name_h - 2 - kind_h)
        right_x = PAGE_WIDTH - MARGIN_X - self.right_width
        _, patient_h = self.patient.wrap(self.right_width, HEADER_HEIGHT)
        self.patient.drawOn(canvas, right_x, top - patient_h)
        _, facts_h = self.facts.wrap(self.right_width, HEADER_HEIGHT)
        self.facts.drawOn(canvas, right_x, top - patient_h - 2 - facts_h)
        rule_y = top - HEADER_HEIGHT - 4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        self._footer(canvas, page, pages)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, page: int, pages: int) -> None:
        rule_y = BOTTOM_MARGIN - 8
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        width = FRAME_WIDTH - PAGE_NUMBER_WIDTH
        _, height = self.sign_off.wrap(width, FOOTER_HEIGHT)
        self.sign_off.drawOn(canvas, MARGIN_X, rule_y - 3 - height)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(MARGIN_X, rule_y - 11 - height, _fit(self.generated, REGULAR, 7, width))
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, rule_y - 11, f"Page {page} of {pages}")
        if self.info.chain_anchor:
            canvas.setFont(REGULAR, 6)
            canvas.drawRightString(PAGE_WIDTH - MARGIN_X, rule_y - 19, self.info.chain_anchor)


class SummaryCanvas(Canvas):
    """Keeps every page until the end, then draws each page's header and footer."""

    def __init__(self, *args: Any, page_info: PageInfo, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", REGULAR)
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decor = _HeaderFooter(page_info)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # private Canvas method, not in the stubs

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decor.draw(self, number, total)
            super().showPage()
        super().save()


def canvas_maker(info: PageInfo) -> Callable[..., Canvas]:
    """The ``canvasmaker`` for ``doc.build``: a SummaryCanvas printing ``info``."""
    return partial(SummaryCanvas, page_info=info)
