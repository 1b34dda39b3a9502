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
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from calcitrack.domain.sign_off import signed_text
from calcitrack.domain.signed_content import invalid_short
from calcitrack.domain.visit_summary_request import SignOff
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import _, current_language
from calcitrack.i18n.formats import number
from calcitrack.i18n.languages import Language
from calcitrack.reports.summary.pdf_direction import Paragraph, draw_text, isolated, right_to_left
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
from calcitrack.reports.summary.summary_tables import day as printed_day

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
    """ "2026-09-14 15:02 UTC+02:00": a time as printed, with its zone (kept left to right in
    right-to-left text)."""
    zone = moment.tzname() or ""
    if current_language() is Language.ENGLISH:
        return isolated(f"{moment:%Y-%m-%d %H:%M} {zone}".strip())
    # the date in the form every other date on the page has ("14/09/2026", in Arabic its own
    # form with its right-to-left marks, never isolated left to right); the time and zone after
    return f"{formats.day(moment.date())} {isolated(f'{moment:%H:%M} {zone}'.strip())}"


def sign_off_text(sign_off: SignOff) -> str:
    """ "Signed — reviewed and approved by … on …" ("Signed by … on …" for a signature recorded
    without its meaning), "Not signed", then "Amended on … : reason" when amended; led by
    "Signature invalid — …" when the record changed after it was signed."""
    if sign_off.signed_by is not None:
        text = signed_text(sign_off.signed_by, sign_off.meaning)
        if sign_off.signed_at is not None:
            # TRANSLATORS: {signed} is "Signed — reviewed and approved by (name)"; {moment} a time.
            text = _("{signed} on {moment}").format(signed=text, moment=when(sign_off.signed_at))
    else:
        text = _("Not signed")
    if sign_off.amended_on is not None:
        reason = " ".join(sign_off.amendment_reason.split())
        amended = _printed(sign_off.amended_on)
        if reason:
            text = _("{signed}. Amended on {day}: {reason}").format(
                signed=text, day=amended, reason=reason
            )
        else:
            text = _("{signed}. Amended on {day}").format(signed=text, day=amended)
    if sign_off.invalid:
        text = _("{invalid}. {signed}").format(invalid=invalid_short(), signed=text)
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
        _width, height = para.wrap(width, 1000)
        if height <= max_height + 0.1 or size <= 7.5:
            break
        size -= 0.5
    plain = para.getPlainText()
    lines = max(1, int((max_height + 0.1) // style.leading))
    budget = width * lines * 0.95
    while height > max_height + 0.1 and budget > width * 0.3:
        para = Paragraph(esc(_fit(plain, style.fontName, size, budget)), style)
        _width, height = para.wrap(width, 1000)
        budget *= 0.92
    return para


class _HeaderFooter:
    def __init__(self, info: PageInfo) -> None:
        self.info = info
        self.logo = _logo(info.logo)
        s = styles()
        facts = _(
            "MRN <b>{mrn}</b> · born {birth} ({age} y)<br/>Visit of <b>{visit}</b>"
        ).format(
            mrn=isolated(esc(info.mrn)), birth=_printed(info.date_of_birth),
            age=number(info.age_years, 0), visit=printed_day(info.visit_date),
        )
        lines = facts.split("<br/>")
        # right to left, one paragraph a line: ReportLab orders only one-piece paragraphs
        self.facts = [Paragraph(line, s.header_right) for line in lines] if right_to_left() else [
            Paragraph(facts, s.header_right)
        ]
        needed = max(
            stringWidth(info.patient_name, s.header_patient.fontName, s.header_patient.fontSize),
            stringWidth(f"MRN {info.mrn} · born 0000-00-00 (00 y)", BOLD, 8),
            *(stringWidth(re.sub(r"<[^>]*>", "", line), BOLD, 8) for line in lines),
        )  # the facts' lines as translated, so that they need not wrap
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
        self.kind = Paragraph(esc(_("Visit summary")), s.header_line)
        self.patient = _paragraph_fitting(esc(info.patient_name), "header_patient",
                                          right_width, s.header_patient.leading)  # fmt: skip
        self.sign_off = _paragraph_fitting(esc(sign_off_text(info.sign_off)), "footer",
                                           FRAME_WIDTH - PAGE_NUMBER_WIDTH, 2 * 9.0)  # fmt: skip
        self.generated = _(
            "Generated {moment} · CalciTrack {version} · decision support, check against the "
            "full record"
        ).format(moment=when(info.generated_at), version=isolated(info.app_version))

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - HEADER_TOP
        x = MARGIN_X
        if self.logo is not None:
            w, h = self.logo_size
            canvas.drawImage(self.logo, _mirrored(x, w), top - h, w, h, mask="auto")
            x += w + LOGO_GAP
        _width, name_h = self.name.wrap(self.name_width, HEADER_HEIGHT)
        self.name.drawOn(canvas, _mirrored(x, self.name_width), top - name_h)
        _width, kind_h = self.kind.wrap(self.name_width, 20)
        self.kind.drawOn(canvas, _mirrored(x, self.name_width), top - name_h - 2 - kind_h)
        right_x = _mirrored(PAGE_WIDTH - MARGIN_X - self.right_width, self.right_width)
        _width, patient_h = self.patient.wrap(self.right_width, HEADER_HEIGHT)
        self.patient.drawOn(canvas, right_x, top - patient_h)
        y = top - patient_h - 2
        for line in self.facts:
            _width, line_h = line.wrap(self.right_width, HEADER_HEIGHT)
            y -= line_h
            line.drawOn(canvas, right_x, y)
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
        _width, height = self.sign_off.wrap(width, FOOTER_HEIGHT)
        self.sign_off.drawOn(canvas, _mirrored(MARGIN_X, width), rule_y - 3 - height)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        rtl = right_to_left()
        start = PAGE_WIDTH - MARGIN_X if rtl else MARGIN_X
        draw_text(canvas, start, rule_y - 11 - height, _fit(self.generated, REGULAR, 7, width),
                  right=rtl)  # fmt: skip
        canvas.setFont(REGULAR, 8)
        end = MARGIN_X if rtl else PAGE_WIDTH - MARGIN_X
        page_text = _("Page {page} of {pages}").format(page=number(page, 0),
                                                       pages=number(pages, 0))  # fmt: skip
        draw_text(canvas, end, rule_y - 11, page_text, right=not rtl)
        if self.info.chain_anchor:  # machine-read (audit verify --anchor): as it is
            canvas.setFont(REGULAR, 6)
            if rtl:
                canvas.drawString(end, rule_y - 19, self.info.chain_anchor)
            else:
                canvas.drawRightString(end, rule_y - 19, self.info.chain_anchor)


def _printed(value: date) -> str:
    """A date in the header or footer: ISO in English, else as the language writes it (Arabic's
    pattern carries its own direction marks)."""
    return printed_day(value)


def _mirrored(x: float, width: float) -> float:
    """Where a box of ``width`` drawn from ``x`` goes on the page: mirrored across the page
    when the summary runs right to left."""
    return PAGE_WIDTH - x - width if right_to_left() else x


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
        for page, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decor.draw(self, page, total)
            super().showPage()
        super().save()


def canvas_maker(info: PageInfo) -> Callable[..., Canvas]:
    """The ``canvasmaker`` for ``doc.build``: a SummaryCanvas printing ``info``."""
    return partial(SummaryCanvas, page_info=info)
