"""The dashboard's options, little and a lot of data, layout and hover: hidden panels, the date
range, the selected lesion, empty panels, the large patient's texts, fonts, resizing and
``nearest``. Every figure is rendered once offscreen."""

from __future__ import annotations

import dataclasses
import io
import itertools
from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.trajectory.trajectories import Trajectories, trajectories
from calcitrack.reports.charts.chart_key import KEY_GID
from calcitrack.reports.charts.dashboard import (
    PANEL_TITLES,
    PANELS,
    DashboardOptions,
    dashboard_size_inches,
    draw_dashboard,
)
from calcitrack.reports.charts.medication_timeline import dose_texts, visible_dose_texts
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.dashboard_support import (
    REGIMEN_START,
    assert_no_empty_frames,
    by_gid,
    data_axes,
    day_num,
    large_chart,
    line,
    render,
)

RA_START = date(2025, 3, 24)


@pytest.fixture(scope="module")
def ra() -> Trajectories:
    return trajectories(ra_case_chart("DEMO-0001"), regimen_start=RA_START)


@pytest.fixture(scope="module")
def large() -> Trajectories:
    return trajectories(large_chart(), regimen_start=REGIMEN_START)


def _notes(drawing_axes: dict) -> dict[str, str]:
    return {panel: ax.texts[0].get_text() for panel, ax in drawing_axes.items() if not ax.axison}


# ------------------------------------------------------------------------------------ API


def test_panels_titles_and_options() -> None:
    assert PANELS == ("burden", "depth", "pain", "rom", "das28", "labs", "medications")
    assert set(PANEL_TITLES) == set(PANELS)
    with pytest.raises(ValueError, match="unknown panels"):
        DashboardOptions(panels=("burden", "weight"))
    with pytest.raises(ValueError, match="before start"):
        DashboardOptions(start=date(2025, 1, 2), end=date(2025, 1, 1))


def test_default_size_grows_with_the_panels(ra: Trajectories) -> None:
    width, height = dashboard_size_inches(PANELS)
    assert width == 10 and 10 < height < 14
    small = dashboard_size_inches(("pain",))
    assert small[0] == width and small[1] < 2
    assert dashboard_size_inches(("burden", "pain"))[1] > dashboard_size_inches(("burden",))[1]
    figure, drawing = render(ra, DashboardOptions(panels=("pain",)))
    assert tuple(figure.get_size_inches()) == small
    assert drawing.axes["pain"].get_position().height * small[1] > 0.6


def test_hidden_panels_are_absent(ra: Trajectories) -> None:
    figure, drawing = render(ra, DashboardOptions(panels=("medications", "burden")))
    assert list(drawing.axes) == ["burden", "medications"]  # always in PANELS order
    assert len(figure.axes) == 3  # burden, its twin, medications
    titles = [
        t.get_text()
        for ax in figure.axes
        for t in ax.texts
        if t.get_gid() and t.get_gid().startswith("title:")
    ]
    assert titles == ["Lesion burden", "Medications"]
    assert {p.panel for p in drawing.hover_points} == {"burden", "medications"}


def test_the_date_range_sets_the_time_axis(ra: Trajectories) -> None:
    start, end = date(2025, 6, 1), date(2025, 12, 31)
    _, drawing = render(ra, DashboardOptions(start=start, end=end))
    for _, ax in data_axes(drawing):
        assert ax.get_xlim() == (day_num(start), day_num(end))
    # y limits follow the dates shown: the burden of June–December 2025, not the first visit's
    _, everything = render(ra, DashboardOptions(panels=("burden",)))
    assert drawing.axes["burden"].get_ylim()[1] < 0.9 * everything.axes["burden"].get_ylim()[1]


def test_without_a_range_the_axis_spans_the_data_padded(ra: Trajectories) -> None:
    _, drawing = render(ra)
    low, high = drawing.axes["pain"].get_xlim()
    assert day_num(date(2025, 2, 15)) < low < day_num(date(2025, 3, 10))
    assert day_num(date(2026, 9, 14)) < high < day_num(date(2026, 10, 15))


def test_a_range_without_labs_says_so(ra: Trajectories) -> None:
    options = DashboardOptions(start=date(2025, 4, 1), end=date(2025, 8, 31))
    figure, drawing = render(ra, options)
    assert _notes(drawing.axes) == {"labs": "No labs in the dates shown"}
    assert "das28" not in drawing.empty_panels  # CDAI still shown
    assert_no_empty_frames(figure)


def test_the_selected_lesion_is_emphasised_and_the_others_faded(ra: Trajectories) -> None:
    _, drawing = render(ra, DashboardOptions(selected_lesion="R knee"))
    for panel in ("burden", "depth"):
        ax = drawing.axes[panel]
        chosen = line(ax, "lesion:R knee")
        others = [a for a in ax.lines if str(a.get_gid()).startswith("lesion:") and a is not chosen]
        assert len(others) == 4
        assert chosen.get_alpha() in (None, 1.0)
        assert all(o.get_alpha() < 0.5 for o in others)
        assert all(chosen.get_linewidth() > 2 * o.get_linewidth() for o in others)
        assert chosen.get_zorder() > max(o.get_zorder() for o in others)
    _, plain = render(ra, DashboardOptions(panels=("burden",)))
    assert line(plain.axes["burden"], "lesion:R knee").get_alpha() in (None, 1.0)


# --------------------------------------------------------------------------- little data


def _chart_with(**changes: object) -> PatientChart:
    return dataclasses.replace(ra_case_chart("DEMO-0001"), **changes)


def test_one_visit_without_labs_or_medications() -> None:
    chart = ra_case_chart("DEMO-0001")
    one = _chart_with(visits=chart.visits[:1], labs=(), medications=(), imaging=())
    figure, drawing = render(trajectories(one))
    assert _notes(drawing.axes) == {
        "labs": "No labs recorded",
        "medications": "No medications recorded",
    }
    assert line(drawing.axes["burden"], "burden").get_xdata().size == 1
    low, high = drawing.axes["burden"].get_xlim()
    assert high - low >= 20  # a single day is shown with some room either side
    assert_no_empty_frames(figure)


def test_no_medications_and_no_das28(ra: Trajectories) -> None:
    chart = _chart_with(medications=())
    visits = tuple(
        dataclasses.replace(v, tender_joints_28=None, swollen_joints_28=None, das28_recorded=None)
        for v in chart.visits
    )
    figure, drawing = render(trajectories(dataclasses.replace(chart, visits=visits)))
    assert _notes(drawing.axes) == {
        "das28": "No DAS28 recorded",
        "medications": "No medications recorded",
    }
    bottom = data_axes(drawing)[-1][1]
    assert bottom is drawing.panel_axes["labs"][-1]  # the dates move to the last data panel
    assert any(t.get_text() for t in bottom.get_xticklabels())
    assert_no_empty_frames(figure)


def test_an_empty_chart_draws_notes_only() -> None:
    empty = trajectories(PatientChart(ra_case_chart("X").patient))
    figure, drawing = render(empty)
    assert drawing.empty_panels == PANELS
    assert all(not ax.axison for ax in figure.axes)
    assert drawing.hover_points == []
    assert_no_empty_frames(figure)


def test_drawing_again_clears_the_figure(ra: Trajectories) -> None:
    figure, _ = render(ra)
    drawing = draw_dashboard(figure, ra, DashboardOptions(panels=("pain",)))
    figure.canvas.draw()
    assert figure.axes == [drawing.axes["pain"]]
    assert figure.legends and len(figure.legends) == 1


# ---------------------------------------------------------------------------- a lot of data


@pytest.fixture(scope="module")
def large_drawn(large: Trajectories) -> tuple[Figure, object]:
    return render(large)


def test_large_patient_dose_texts_never_overlap_and_short_steps_are_shortened(
    large_drawn: tuple[Figure, object],
) -> None:
    figure, drawing = large_drawn
    ax = drawing.axes["medications"]
    renderer = figure.canvas.get_renderer()
    shown = visible_dose_texts(ax)
    hidden = [t for t in dose_texts(ax) if t.shown_text is None]
    assert len(shown) >= 10 and hidden  # the prednisolone taper's 3-week steps
    shortened = [t for t in shown if t.shown_text != t.candidates[0]]
    assert shortened or hidden
    rows: dict[float, list] = {}
    for text in shown:
        rows.setdefault(text.get_position()[1], []).append(text)
    for texts in rows.values():
        boxes = [t.get_window_extent(renderer) for t in texts]
        for a, b in itertools.combinations(boxes, 2):
            assert not a.overlaps(b)
    for text in shown:  # and each inside its own step
        box = text.get_window_extent(renderer)
        (x0, _), (x1, _) = ax.transData.transform([(text.span[0], 0), (text.span[1], 0)])
        assert max(x0, ax.bbox.x0) <= box.x0 and box.x1 <= min(x1, ax.bbox.x1)


def test_large_patient_keys_sit_outside_the_plots_without_overlap(
    large_drawn: tuple[Figure, object],
) -> None:
    figure, drawing = large_drawn
    renderer = figure.canvas.get_renderer()
    for ax in figure.axes:
        keys = [t for t in ax.texts if t.get_gid() == KEY_GID]
        boxes = [t.get_window_extent(renderer) for t in keys]
        for box in boxes:
            assert box.x0 > ax.bbox.x1  # outside the plot, in the gutter
            assert box.x1 <= figure.bbox.x1  # and on the page
        for a, b in itertools.combinations(boxes, 2):
            assert not a.overlaps(b)
    assert len([t for t in drawing.axes["burden"].texts if t.get_gid() == KEY_GID]) == 14


def test_every_text_is_at_least_7_pt(large_drawn: tuple[Figure, object]) -> None:
    figure, _ = large_drawn
    texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text()]
    assert len(texts) > 100
    assert min(t.get_fontsize() for t in texts) >= 7


def test_large_patient_panels_stack_without_overlap(large_drawn: tuple[Figure, object]) -> None:
    figure, drawing = large_drawn
    boxes = [ax.get_position() for _, ax in data_axes(drawing)]
    for upper, lower in itertools.pairwise(boxes):
        assert lower.y1 < upper.y0
    assert all(b.y0 > 0 and b.y1 < 1 for b in boxes)
    assert_no_empty_frames(figure)


def test_vector_output_for_the_pdf(large: Trajectories) -> None:
    figure = Figure(figsize=dashboard_size_inches(PANELS))
    draw_dashboard(figure, large)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    assert buffer.getvalue().startswith(b"%PDF")


# --------------------------------------------------------------------------- hover, resize


def test_nearest_finds_a_point_by_its_pixels_and_nothing_far_away(ra: Trajectories) -> None:
    _, drawing = render(ra)
    ax = drawing.axes["burden"]
    point = next(p for p in drawing.hover_points if p.lesion == "R buttock")
    x, y = ax.transData.transform((point.x, point.y))
    assert drawing.nearest(ax, x + 3, y - 2) is point
    assert drawing.nearest(ax, x + 30, y + 30) is None
    twin = drawing.twins[ax][1]
    sld = next(p for p in drawing.hover_points if p.axes is twin)
    x, y = twin.transData.transform((sld.x, sld.y))
    assert drawing.nearest(ax, x, y) is sld  # over the twin's point, asking the main axes
    assert sld.text.startswith("Sum of longest diameters: 640 mm")


def test_medication_hover_has_no_visit_date(ra: Trajectories) -> None:
    _, drawing = render(ra, DashboardOptions(panels=("medications",)))
    points = [p for p in drawing.hover_points if p.panel == "medications"]
    assert points and all(p.visit_date is None for p in points)
    assert any(p.text.startswith("Diltiazem started 60 mg BID on 2025-03-24") for p in points)


def test_margins_stay_fixed_in_inches_when_the_canvas_is_resized(ra: Trajectories) -> None:
    figure, drawing = render(ra)
    ax = drawing.axes["pain"]
    left_in = ax.get_position().x0 * figure.get_figwidth()
    right_in = (1 - ax.get_position().x1) * figure.get_figwidth()
    figure.set_size_inches(14, 16)
    FigureCanvasAgg(figure).draw()
    assert ax.get_position().x0 * 14 == pytest.approx(left_in)
    assert (1 - ax.get_position().x1) * 14 == pytest.approx(right_in)
    point = next(p for p in drawing.hover_points if p.panel == "pain")
    x, y = ax.transData.transform((point.x, point.y))
    assert drawing.nearest(ax, x, y) is point


def test_dm_patient_draws_with_notes_where_nothing_is_recorded() -> None:
    figure, drawing = render(trajectories(dm_case_chart("DEMO-0002")))
    assert drawing.empty_panels == ("das28",)
    assert by_gid(drawing.axes["burden"], "mark:infected")
    assert_no_empty_frames(figure)


def test_a_range_outside_the_data_and_no_panels_at_all(ra: Trajectories) -> None:
    figure, drawing = render(ra, DashboardOptions(end=date(2024, 1, 1)))  # before the 1st visit
    assert drawing.empty_panels == PANELS[:-1]  # only the drugs started in 2020 are there
    assert drawing.axes["medications"].get_xlim()[1] == day_num(date(2024, 1, 1))
    assert drawing.axes["labs"].texts[0].get_text() == "No labs in the dates shown"
    assert_no_empty_frames(figure)
    figure, drawing = render(ra, DashboardOptions(start=date(2027, 1, 1)))  # after the last
    assert drawing.axes["medications"].axison  # the drugs are still taken
    assert drawing.axes["burden"].texts[0].get_text() == "No lesion measurements in the dates shown"
    figure, drawing = render(ra, DashboardOptions(panels=()))
    assert figure.axes == [] and drawing.hover_points == []
