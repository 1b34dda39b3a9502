"""The dashboard's dates never collide, however narrow the charts: at 1280 × 800 the Overview's
plots are about 150 px wide and the labels ran together ("Oct2026Apr"). The tick locator asks
for as many dates as the axis has room for. Drawn with Agg and measured on the rendered labels."""

from __future__ import annotations

import itertools

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.reports.charts.dashboard import (
    DashboardOptions,
    dashboard_size_inches,
    draw_dashboard,
)
from calcitrack.reports.charts.date_axis import RoomyDateLocator
from calcitrack.services.demo.demo_clinic import demo_charts
from tests.reports.dashboard_support import large_chart

DPI = 96.0
GAP_PX = 4.0
"""The least room between two date labels for them to read as two."""


def _labels(width_px: int, chart: object) -> list[Text]:
    options = DashboardOptions()
    _, height_in = dashboard_size_inches(options.panels)
    figure = Figure(figsize=(width_px / DPI, height_in), dpi=DPI)
    canvas = FigureCanvasAgg(figure)
    draw_dashboard(figure, trajectories(chart), options)  # type: ignore[arg-type]
    canvas.draw()
    shown = [label for ax in figure.axes for label in ax.get_xticklabels()
             if label.get_visible() and label.get_text()]  # fmt: skip
    bottom = min(t.get_window_extent().y0 for t in shown)  # the dates under the lowest chart
    return [t for t in shown if t.get_window_extent().y0 < bottom + 20]


def _collisions(labels: list[Text]) -> list[str]:
    boxes = sorted(((t.get_window_extent(), t.get_text()) for t in labels),
                   key=lambda found: found[0].x0)  # fmt: skip
    return [
        f"{a_text!r} {a.x1:.0f} / {b_text!r} {b.x0:.0f}"
        for (a, a_text), (b, b_text) in itertools.pairwise(boxes)
        if b.x0 - a.x1 < GAP_PX
    ]


CHARTS = {c.patient.mrn: c for c in demo_charts()[:2]}
CHARTS["ten years"] = large_chart(visits=40, lesions=4, drugs=3, years=10)


@pytest.mark.parametrize("mrn", list(CHARTS))
@pytest.mark.parametrize("width_px", [320, 360, 420, 495, 640, 900])
def test_the_dates_under_the_charts_never_run_together(mrn: str, width_px: int) -> None:
    labels = _labels(width_px, CHARTS[mrn])
    # dated: at the Overview's width at 1280 × 800 (495 px, a plot ~150 px wide) and wider, two
    # dates at least to read a span by; a narrower plot may show one ("2026", "Jul 2025")
    assert len(labels) >= (2 if width_px >= 495 else 1)
    assert all(":" not in t.get_text() for t in labels)  # a lone date is not a time ("00:00")
    assert _collisions(labels) == []


def test_a_wide_chart_still_gets_more_dates_than_a_narrow_one() -> None:
    chart = CHARTS["DEMO-0001"]
    assert len(_labels(900, chart)) > len(_labels(330, chart))



def _bottom_dates(figure: Figure) -> list[str]:
    shown = [label for ax in figure.axes for label in ax.get_xticklabels()
             if label.get_visible() and label.get_text()]  # fmt: skip
    bottom = min(t.get_window_extent().y0 for t in shown)
    return [t.get_text() for t in shown if t.get_window_extent().y0 < bottom + 20]


def test_the_dates_are_placed_once_a_drawing_and_again_when_the_axis_changes() -> None:
    """Every panel shares the time axis and matplotlib asks each for its dates: they are worked
    out once for all the panels, and again after a resize or a zoom, which show other dates."""
    chart = CHARTS["ten years"]
    _, height_in = dashboard_size_inches(DashboardOptions().panels)
    figure = Figure(figsize=(900 / DPI, height_in), dpi=DPI)
    canvas = FigureCanvasAgg(figure)
    drawing = draw_dashboard(figure, trajectories(chart))
    canvas.draw()
    locator = drawing.axes["burden"].xaxis.get_major_locator()
    assert isinstance(locator, RoomyDateLocator)
    assert len([ax for ax in figure.axes if ax.axison]) > 10
    assert locator.placed == 1
    assert _bottom_dates(figure) == [t.get_text() for t in _labels(900, chart)]

    figure.set_size_inches(330 / DPI, height_in)
    canvas.draw()
    assert locator.placed == 2
    assert _bottom_dates(figure) == [t.get_text() for t in _labels(330, chart)]

    low, high = drawing.axes["burden"].get_xlim()
    drawing.axes["burden"].set_xlim(low, low + (high - low) / 8)  # zoomed in: months, not years
    canvas.draw()
    assert locator.placed == 3
    zoomed = _bottom_dates(figure)
    assert zoomed and set(zoomed) != set(_labels(330, chart)[0].get_text())
