"""The header and footer of every page of the clinic outcomes PDF: the report's title and what it
covers on top; under a rule at the foot, the observational disclaimer (on every page), when and by
which CalciTrack it was made, and "Page x of y" (the visit summary's two-step canvas). In the
current language; right to left, mirrored as the visit summary's (``pdf_direction``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from calcitrack.i18n.catalogue import _
from calcitrack.i18n.formats import number
from calcitrack.reports.summary.pdf_direction import Paragraph, draw_text, right_to_left
from calcitrack.reports.summary.pdf_fonts import REGULAR
from calcitrack.reports.summary.pdf_styles import (
    BOTTOM_MARGIN,
    FOOTER_HEIGHT,
    FRAME_WIDTH,
    HEADER_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    esc,
    styles,
)

PAGE_NUMBER_WIDTH = 70.0


@dataclass(frozen=True)
class OutcomesPageInfo:
    title: str
    covers: str
    disclaimer: str
    generated: str
    """ "Generated 2026-12-06 19:20 UTC · CalciTrack 1.4"."""


class _Decor:
    def __init__(self, info: OutcomesPageInfo) -> None:
        s = styles()
        self.info = info
        self.title = Paragraph(esc(info.title), s.header_name)
        self.covers = Paragraph(esc(info.covers), s.header_line)
        self.disclaimer = Paragraph(f"<b>{esc(info.disclaimer)}</b>", s.footer)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - HEADER_TOP
        _width, title_h = self.title.wrap(FRAME_WIDTH, 40)
        self.title.drawOn(canvas, MARGIN_X, top - title_h)
        _width, covers_h = self.covers.wrap(FRAME_WIDTH, 30)
        self.covers.drawOn(canvas, MARGIN_X, top - title_h - 2 - covers_h)
        rule_y = top - title_h - covers_h - 8
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        rule_y = BOTTOM_MARGIN - 8
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        width = FRAME_WIDTH - PAGE_NUMBER_WIDTH
        rtl = right_to_left()
        _width, height = self.disclaimer.wrap(width, FOOTER_HEIGHT)
        # right to left, the disclaimer starts from the right and the page number is on the left
        self.disclaimer.drawOn(canvas, MARGIN_X + PAGE_NUMBER_WIDTH if rtl else MARGIN_X,
                               rule_y - 3 - height)  # fmt: skip
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        start = PAGE_WIDTH - MARGIN_X if rtl else MARGIN_X
        draw_text(canvas, start, rule_y - 11 - height, self.info.generated, right=rtl)
        canvas.setFont(REGULAR, 8)
        end = MARGIN_X if rtl else PAGE_WIDTH - MARGIN_X
        page_text = _("Page {page} of {pages}").format(page=number(page, 0),
                                                       pages=number(pages, 0))  # fmt: skip
        draw_text(canvas, end, rule_y - 11, page_text, right=not rtl)
        canvas.restoreState()


class OutcomesCanvas(Canvas):
    """Keeps every page until the end, then draws each page's header and footer."""

    def __init__(self, *args: Any, page_info: OutcomesPageInfo, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", REGULAR)
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decor = _Decor(page_info)

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


def outcomes_canvas(info: OutcomesPageInfo) -> Callable[..., Canvas]:
    return partial(OutcomesCanvas, page_info=info)
