"""An incomplete visit's burden is drawn apart: a hollow marker not joined to the line of the
complete visits, with its own entry in the key (calcitrack.reports.charts.burden_panel), checked by
the artists; a PNG is written for a person to look at (CALCITRACK_CHART_PNG=path)."""

from __future__ import annotations

import dataclasses
import math
import os
from datetime import date

import pytest
from matplotlib.figure import Figure

from calcitrack.domain.entities import LesionMeasurement, PatientChart
from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.reports.charts.chart_key import key_labels
from calcitrack.reports.charts.dashboard import DashboardDrawing, DashboardOptions
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.reports.dashboard_support import day_num, line, render

PARTIAL_DAY = date(2026, 10, 12)
LAST_COMPLETE = date(2026, 9, 14)
RA_START = date(2025, 3, 24)


def _partial_chart() -> PatientChart:
    """DEMO-0001 with a visit that measured R knee alone (40 × 28 mm, 4 of 5 active lesions
    unmeasured)."""
    chart = ra_case_chart("DEMO-0001")
    partial = dataclasses.replace(
        chart.visits[-1],
        visit_date=PARTIAL_DAY,
        lesion_measurements=(LesionMeasurement("R knee", 40, 28, 8),),
    )
    return dataclasses.replace(chart, visits=(*chart.visits, partial))


@pytest.fixture(scope="module")
def drawn() -> tuple[Figure, DashboardDrawing]:
    data = trajectories(_partial_chart(), regimen_start=RA_START)
    return render(data, DashboardOptions(panels=("burden", "depth", "pain")))


def test_the_line_of_totals_ends_at_the_last_complete_visit(
    drawn: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = drawn
    ax = drawing.axes["burden"]
    total = line(ax, "burden")
    assert list(total.get_xdata())[-1] == day_num(LAST_COMPLETE)
    assert day_num(PARTIAL_DAY) not in list(total.get_xdata())
    last = sum(math.pi / 4 * L * W for L, W in ((225, 85), (115, 75), (45, 30), (90, 45), (8, 6)))
    assert total.get_ydata()[-1] == pytest.approx(last)


def test_the_incomplete_total_is_a_hollow_marker_on_its_own(
    drawn: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = drawn
    ax = drawing.axes["burden"]
    partial = line(ax, "burden:incomplete")
    assert list(partial.get_xdata()) == [day_num(PARTIAL_DAY)]
    assert partial.get_ydata() == pytest.approx([math.pi / 4 * 40 * 28])
    assert partial.get_linestyle() == "None"  # not joined to anything
    assert partial.get_marker() == "o"
    assert partial.get_markerfacecolor() == "white"  # hollow
    assert partial.get_markeredgecolor() == line(ax, "burden").get_color()
    twin = drawing.twins[ax][1]
    sld = line(twin, "sum_longest:incomplete")
    assert list(sld.get_ydata()) == [40] and sld.get_linestyle() == "None"
    assert day_num(PARTIAL_DAY) not in list(line(twin, "sum_longest").get_xdata())
    # the knee's own line still reaches the visit: that lesion was measured
    assert list(line(ax, "lesion:R knee").get_xdata())[-1] == day_num(PARTIAL_DAY)


def test_the_key_names_the_incomplete_visit_and_the_hover_says_which(
    drawn: tuple[Figure, DashboardDrawing],
) -> None:
    figure, drawing = drawn
    ax = drawing.axes["burden"]
    assert "Incomplete visit: not every\nactive lesion measured" in key_labels(ax)
    hover = [p for p in drawing.hover_points if p.visit_date == PARTIAL_DAY and "Burden" in p.text]
    assert len(hover) == 1
    unmeasured = "R lateral thigh, R buttock, L lateral thigh, R upper chest"
    assert f"incomplete: {unmeasured} not measured" in hover[0].text
    if path := os.environ.get("CALCITRACK_CHART_PNG"):
        figure.savefig(path, dpi=110)


def test_a_complete_chart_has_no_incomplete_entry() -> None:
    _, drawing = render(
        trajectories(ra_case_chart("DEMO-0001"), regimen_start=RA_START),
        DashboardOptions(panels=("burden",)),
    )
    ax = drawing.axes["burden"]
    assert not [a for a in ax.lines if a.get_gid() == "burden:incomplete"]
    assert not any(label.startswith("Incomplete visit") for label in key_labels(ax))
