"""The summary's charts: the screen's own chart builders (``dashboard.draw_dashboard``,
``lesion_map.draw_lesion_map``) drawn on ``Figure`` objects sized for an A4 page, rendered once
into one vector PDF, and a fixed-size placeholder that records where each chart goes.

* Every figure is as wide as the text frame and placed at scale 1, so no chart text prints
  smaller than the builders' own sizes (7 pt on the dashboard, 6.5 pt on the map).
* The dashboard's panels are split over as many figures as the page height needs; a panel with
  nothing to draw is left out and named in a sentence instead (``skipped_text``).
* All figures go into one PDF (``PdfPages``) with TrueType fonts (``pdf.fonttype`` 42): each font
  subset is made once per summary, and the text stays extractable.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from reportlab.platypus import Flowable

from calcitrack.domain.trajectory.trajectory_types import Trajectories
from calcitrack.i18n.catalogue import _
from calcitrack.reports.charts import chart_style
from calcitrack.reports.charts.burden_panel import has_burden, has_depth
from calcitrack.reports.charts.clinical_panels import das28_rows, has_pain, has_rom
from calcitrack.reports.charts.dashboard import EMPTY_TEXT, PANELS, DashboardOptions, draw_dashboard
from calcitrack.reports.charts.dashboard_layout import (
    BOTTOM_IN,
    SCORES_IN,
    SUB_GAP_IN,
    TITLE_GAP_IN,
    TOP_IN,
    panel_height_in,
)
from calcitrack.reports.charts.dashboard_types import PanelContext
from calcitrack.reports.charts.lab_panels import shown_labs
from calcitrack.reports.charts.lesion_map import MapLesion, draw_lesion_map
from calcitrack.reports.charts.medication_timeline import shown_tracks

MAP_SIZE_IN = (3.5, 4.0)
"""The lesion map at its builder's base size: labels 6.5 pt, legend 7 pt."""


@dataclass(frozen=True)
class Placement:
    page: int
    """1-based page number of the summary."""
    x: float
    y: float
    width: float
    height: float


class ChartSlot(Flowable):
    """A fixed-size space for chart ``index`` of the chart PDF; records where it was drawn."""

    def __init__(self, index: int, width: float, height: float,
                 placements: dict[int, Placement]) -> None:  # fmt: skip
        super().__init__()
        self.index = index
        self.width = width
        self.height = height
        self._placements = placements

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        self._placements[self.index] = Placement(
            canvas.getPageNumber(), x, y, self.width, self.height
        )


@dataclass
class ChartSet:
    """The figures of one summary, in the order of the chart PDF's pages."""

    figures: list[Figure] = field(default_factory=list)
    placements: dict[int, Placement] = field(default_factory=dict)

    def add(self, figure: Figure) -> ChartSlot:
        self.figures.append(figure)
        width, height = figure.get_size_inches()
        return ChartSlot(len(self.figures) - 1, width * 72, height * 72, self.placements)

    def render(self) -> bytes:
        """Every figure as one page of one PDF (fonts embedded once)."""
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Creator": None, "Producer": None, "CreationDate": None}
        with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(
            buffer, metadata=metadata
        ) as pages:
            for figure in self.figures:
                pages.savefig(figure)
        return buffer.getvalue()


# ------------------------------------------------------------------------------- dashboard


def date_range(data: Trajectories, visit_date: date) -> tuple[date, date]:
    """From the first data to the visit, padded like the screen's (2.5 %, at least 10 days)."""
    first = min(data.first_day or visit_date, visit_date)
    span = (visit_date - first).days
    pad = timedelta(days=max(10, round(span * 0.025)))
    return first - pad, visit_date + pad


def _context(data: Trajectories, options: DashboardOptions) -> PanelContext:
    assert options.start is not None and options.end is not None
    figure = Figure()
    return PanelContext(figure, data, options, options.start, options.end,
                        chart_style.date_offset(), [], {})  # fmt: skip


def panel_heights(data: Trajectories, options: DashboardOptions) -> dict[str, float]:
    """Natural height (inches, title included) of every panel with something to draw."""
    ctx = _context(data, options)
    heights: dict[str, float] = {}
    if has_burden(ctx):
        heights["burden"] = TITLE_GAP_IN + panel_height_in("burden")
    if has_depth(ctx):
        heights["depth"] = TITLE_GAP_IN + panel_height_in("depth")
    if has_pain(ctx):
        heights["pain"] = TITLE_GAP_IN + panel_height_in("pain")
    if has_rom(ctx):
        heights["rom"] = TITLE_GAP_IN + panel_height_in("rom")
    rows = das28_rows(ctx)
    if rows:
        heights["das28"] = sum(
            (TITLE_GAP_IN if k == 0 else SUB_GAP_IN)
            + (panel_height_in("das28") if row == "das28" else SCORES_IN)
            for k, row in enumerate(rows)
        )
    labs = len(shown_labs(ctx))
    if labs:
        heights["labs"] = TITLE_GAP_IN + labs * panel_height_in("labs") + (labs - 1) * SUB_GAP_IN
    tracks = len(shown_tracks(ctx))
    if tracks:
        heights["medications"] = TITLE_GAP_IN + panel_height_in("medications", tracks)
    return heights


def pack_panels(heights: dict[str, float], max_height_in: float) -> list[tuple[str, ...]]:
    """The panels in dashboard order, in as few figures as fit ``max_height_in`` each."""
    groups: list[list[str]] = []
    used = 0.0
    for panel in (p for p in PANELS if p in heights):
        if groups and used + heights[panel] <= max_height_in - TOP_IN - BOTTOM_IN:
            groups[-1].append(panel)
            used += heights[panel]
        else:
            groups.append([panel])
            used = heights[panel]
    return [tuple(g) for g in groups]


def skipped_text(heights: dict[str, float]) -> str:
    """The panels not drawn, as one sentence ("" when every panel has data)."""
    missing = [_(EMPTY_TEXT[p]) for p in PANELS if p not in heights]
    if not missing:
        return ""
    words = [m[:1].lower() + m[1:] for m in missing]
    return _("Not charted: {items} up to this visit.").format(items=_("; ").join(words))


def dashboard_figures(
    data: Trajectories, visit_date: date, width_in: float, max_height_in: float
) -> tuple[list[tuple[tuple[str, ...], Figure]], str]:
    """The dashboard over as many figures as needed (each with its panels), ending at the
    visit, and the sentence naming the panels with nothing to draw."""
    start, end = date_range(data, visit_date)
    everything = DashboardOptions(start=start, end=end)
    heights = panel_heights(data, everything)
    figures = []
    for panels in pack_panels(heights, max_height_in):
        height = TOP_IN + BOTTOM_IN + sum(heights[p] for p in panels)
        figure = Figure(figsize=(width_in, min(height, max_height_in)))
        draw_dashboard(figure, data, DashboardOptions(panels=panels, start=start, end=end))
        figures.append((panels, figure))
    return figures, skipped_text(heights)


def lesion_map_figure(lesions: Sequence[MapLesion]) -> Figure:
    figure = Figure(figsize=MAP_SIZE_IN)
    draw_lesion_map(figure, lesions)
    return figure
