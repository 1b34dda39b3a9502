"""The header and footer of every page of the clinic outcomes PDF: the report's title and what it
covers on top; under a rule at the foot, the observational disclaimer (on every page), when and by
which CalciTrack it was made, and "Page x of y" (the visit summary's two-step canvas)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

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
        _, title_h = self.title.wrap(FRAME_WIDTH, 40)
        self.title.drawOn(canvas, MARGIN_X, top - title_h)
        _, covers_h = self.covers.wrap(FRAME_WIDTH, 30)
        self.covers.drawOn(canvas, MARGIN_X, top - title_h - 2 - covers_h)
        rule_y = top - title_h - covers_h - 8
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        rule_y = BOTTOM_MARGIN - 8
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        width = FRAME_WIDTH - PAGE_NUMBER_WIDTH
        _, height = self.disclaimer.wrap(width, FOOTER_HEIGHT)
        self.disclaimer.drawOn(canvas, MARGIN_X, rule_y - 3 - height)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(MARGIN_X, rule_y - 11 - height, self.info.generated)
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, rule_y - 11, f"Page {page} of {pages}")
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
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decor.draw(self, number, total)
            super().showPage()
        super().save()


def outcomes_canvas(info: OutcomesPageInfo) -> Callable[..., Canvas]:
    return partial(OutcomesCanvas, page_info=info)
