"""What each dashboard panel draws, checked by its artists (line data, labels, bands, reference
lines, texts) on the two demo patients; every figure is rendered once offscreen."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from calcitrack.domain.trajectory.trajectories import Trajectories, trajectories
from calcitrack.reports.charts.chart_key import key_labels
from calcitrack.reports.charts.dashboard import PANEL_TITLES, PANELS, DashboardDrawing
from calcitrack.reports.charts.medication_timeline import dose_texts, visible_dose_texts
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.dashboard_support import (
    assert_no_empty_frames,
    by_gid,
    data_axes,
    day_num,
    line,
    render,
)

RA_START = date(2025, 3, 24)
DM_START = date(2023, 2, 6)
RA_DAYS = (
    date(2025, 3, 10),
    date(2025, 4, 21),
    date(2025, 6, 16),
    date(2025, 9, 15),
    date(2025, 12, 15),
    date(2026, 3, 16),
    date(2026, 9, 14),
)
RA_BUTTOCK = ((150, 100), (149, 99), (142, 94), (134, 88), (126, 83), (120, 79), (115, 75))


def ellipse(longest: float, width: float) -> float:
    return math.pi / 4 * longest * width


@pytest.fixture(scope="module")
def ra_data() -> Trajectories:
    return trajectories(ra_case_chart("DEMO-0001"), regimen_start=RA_START)


@pytest.fixture(scope="module")
def ra(ra_data: Trajectories) -> tuple[Figure, DashboardDrawing]:
    return render(ra_data)


@pytest.fixture(scope="module")
def dm() -> tuple[Figure, DashboardDrawing]:
    return render(trajectories(dm_case_chart("DEMO-0002"), regimen_start=DM_START))


def test_every_panel_is_drawn_in_order_with_its_title(ra: tuple[Figure, DashboardDrawing]) -> None:
    figure, drawing = ra
    assert tuple(drawing.axes) == PANELS
    assert drawing.empty_panels == ()
    for panel, ax in drawing.axes.items():
        (title,) = by_gid(ax, f"title:{panel}")
        assert title.get_text() == PANEL_TITLES[panel]
    tops = [drawing.axes[p].get_position().y1 for p in PANELS]
    assert tops == sorted(tops, reverse=True)
    assert_no_empty_frames(figure)


def test_burden_total_and_each_lesion_are_ellipse_areas(
    ra: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = ra
    ax = drawing.axes["burden"]
    buttock = line(ax, "lesion:R buttock")
    assert list(buttock.get_xdata()) == [day_num(d) for d in RA_DAYS]
    assert buttock.get_ydata() == pytest.approx([ellipse(*s) for s in RA_BUTTOCK])
    total = line(ax, "burden")
    first = sum(ellipse(*s) for s in ((300, 120), (150, 100), (60, 40), (120, 60), (10, 8)))
    assert total.get_ydata()[0] == pytest.approx(first)
    assert ax.get_ylabel() == "Area (ellipse estimate), mm²"
    assert ax.get_ylim()[0] == 0


def test_sum_of_longest_diameters_on_a_twin_axis(ra: tuple[Figure, DashboardDrawing]) -> None:
    _, drawing = ra
    main = drawing.axes["burden"]
    twin = drawing.twins[main][1]
    assert twin in drawing.panel_axes["burden"]
    sld = line(twin, "sum_longest")
    assert sld.get_ydata()[0] == 640
    assert twin.get_ylabel() == "Sum of longest diameters, mm"
    assert "Sum of longest diameters\n(right axis)" in key_labels(main)


def test_ulceration_and_infection_marked_with_distinct_markers_in_the_key(
    dm: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = dm
    ax = drawing.axes["burden"]
    ulcerated, infected = line(ax, "mark:ulcerated"), line(ax, "mark:infected")
    assert ulcerated.get_marker() != infected.get_marker()
    assert day_num(date(2023, 7, 17)) in list(ulcerated.get_xdata())
    assert ellipse(97, 64) == pytest.approx(ulcerated.get_ydata()[0])
    assert len(ulcerated.get_xdata()) == 10 and len(infected.get_xdata()) == 3
    assert {"Ulcerated", "Infected"} <= set(key_labels(ax))


def test_depth_of_each_lesion(ra: tuple[Figure, DashboardDrawing]) -> None:
    _, drawing = ra
    ax = drawing.axes["depth"]
    assert list(line(ax, "lesion:R buttock").get_ydata()) == [20, 20, 19, 18, 17, 16, 15]
    assert ax.get_ylabel() == "Depth, mm"
    assert len(ax.lines) == 5
    burden_colour = line(drawing.axes["burden"], "lesion:R knee").get_color()
    assert line(ax, "lesion:R knee").get_color() == burden_colour


def test_pain_on_its_0_to_10_scale(dm: tuple[Figure, DashboardDrawing]) -> None:
    _, drawing = dm
    ax = drawing.axes["pain"]
    assert list(line(ax, "pain").get_ydata()) == [5, 5, 6, 6, 6, 7, 8]
    low, high = ax.get_ylim()
    assert low < 0 and 10 < high < 11
    assert ax.get_ylabel() == "Pain NRS (0–10)"


def test_rom_with_the_normal_reference_as_a_dashed_line(
    ra: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = ra
    ax = drawing.axes["rom"]
    reference = line(ax, "rom_reference:hip:flexion")
    assert list(reference.get_ydata()) == [125, 125]  # VA plates, DOMAIN.md §3
    assert reference.get_linestyle() == "--"
    assert list(line(ax, "rom_reference:hip:internal_rotation").get_ydata()) == [40, 40]
    right = line(ax, "rom:hip:flexion:right")
    assert list(right.get_ydata()) == [100, 100, 104, 109, 112, 116, 118]
    assert right.get_color() == reference.get_color()
    assert "degrees" in ax.get_ylabel()
    assert "Hip flexion R" in key_labels(ax) and "Normal (dashed)" in key_labels(ax)


def test_das28_variants_are_separate_lines_on_the_published_bands(
    ra: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = ra
    ax = drawing.axes["das28"]
    crp, esr = line(ax, "das28:crp"), line(ax, "das28:esr")
    assert crp.get_ydata()[0] == pytest.approx(0.36 * math.log(3.1) + 0.14 + 0.96)
    assert esr.get_ydata()[0] == pytest.approx(0.70 * math.log(50) + 0.14)
    assert "DAS28-CRP" in ax.get_ylabel() and "DAS28-ESR" in ax.get_ylabel()
    assert key_labels(ax) == ["DAS28-CRP", "DAS28-ESR"]
    bands = {
        p.get_gid(): (p.get_y(), p.get_y() + p.get_height())
        for p in ax.patches
        if isinstance(p, Rectangle) and str(p.get_gid()).startswith("das28_band:")
    }
    assert bands["das28_band:remission"] == (0.0, 2.6)
    assert bands["das28_band:low"] == (2.6, 3.2)
    assert bands["das28_band:moderate"] == (3.2, 5.1)
    assert bands["das28_band:high"][0] == 5.1
    (note,) = by_gid(ax, "das28_crp_note")
    assert "underestimate" in note.get_text()
    assert list(ax.get_yticks()) == [0, 2.6, 3.2, 5.1]


def test_cdai_and_sdai_in_a_small_secondary(ra: tuple[Figure, DashboardDrawing]) -> None:
    _, drawing = ra
    main, secondary = drawing.panel_axes["das28"]
    assert secondary.get_position().y1 < main.get_position().y0
    assert line(secondary, "cdai").get_ydata()[0] == pytest.approx(1.6)
    assert line(secondary, "sdai").get_ydata()[0] == pytest.approx(1.81)
    assert "CDAI" in secondary.get_ylabel() and "SDAI" in secondary.get_ylabel()


def test_lab_rows_with_units_reference_bands_and_thresholds(
    ra: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = ra
    rows = {ax.get_ylabel().split("\n")[0]: ax for ax in drawing.panel_axes["labs"]}
    assert list(rows) == ["Corrected Ca", "Phosphate", "Ca × P", "CRP", "ESR", "eGFR"]
    calcium = rows["Corrected Ca"]
    assert calcium.get_ylabel().endswith("mg/dL")
    (band,) = by_gid(calcium, "lab_band:calcium_corrected")
    assert (band.get_y(), band.get_y() + band.get_height()) == (8.5, 10.5)
    assert line(calcium, "lab:calcium_corrected").get_ydata()[0] == pytest.approx(8.1)
    (outside,) = [a for a in calcium.lines if a.get_gid() == "lab:calcium_corrected:outside"]
    assert list(outside.get_ydata()) == pytest.approx([8.1])  # below the lab's range
    product = rows["Ca × P"]
    assert product.get_ylabel().endswith("mg²/dL²")
    assert list(line(product, "lab_threshold:ca_p_product").get_ydata()) == [70, 70]
    assert product.get_ylim()[1] > 70
    (band,) = by_gid(rows["Phosphate"], "lab_band:phosphate")
    assert (band.get_y(), band.get_y() + band.get_height()) == (2.5, 4.5)
    assert rows["eGFR"].get_ylabel().endswith("mL/min/1.73 m²")
    (note,) = by_gid(calcium, "lab_note:calcium_corrected")
    assert note.get_text() == "lab range 8.5–10.5 mg/dL"


def test_medication_bars_with_the_dose_written_on_each_step(
    ra: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = ra
    ax = drawing.axes["medications"]
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == ["Methotrexate", "Hydroxychloroquine", "Folic acid", "Diltiazem", "Colchicine"]
    shown = {t.shown_text for t in visible_dose_texts(ax)}
    assert "60 mg BID" in shown and "0.5 mg QD" in shown
    assert "15 mg weekly (since Mar 2020)" in shown  # runs in from before the first visit
    (starts,) = by_gid(ax, "event:start")
    assert set(starts.get_xdata()) == {day_num(date(2020, 3, 2)), day_num(RA_START)}


def test_dose_changes_starts_and_stops_are_marked(dm: tuple[Figure, DashboardDrawing]) -> None:
    _, drawing = dm
    ax = drawing.axes["medications"]
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == ["Azathioprine", "IVIg", "Pamidronate", "Flucloxacillin"]  # in the dates
    (stops,) = by_gid(ax, "event:stop")
    assert day_num(date(2023, 7, 24)) in list(stops.get_xdata())
    assert {"Start", "Stop"} <= set(key_labels(ax))
    texts = {t.shown_text for t in visible_dose_texts(ax)}
    assert {"2 g/kg IV q4w", "60 mg IV monthly"} <= texts
    assert any(t.shown_text is None for t in dose_texts(ax))  # antibiotic courses: too short


def _marker_days(ax: Axes) -> set[float]:
    found = set()
    for collection in ax.collections:
        if isinstance(collection, LineCollection) and collection.get_gid() == "markers":
            found |= {float(seg[0][0]) for seg in collection.get_segments()}
    return found


def test_regimen_start_and_surgery_marked_on_every_panel(
    dm: tuple[Figure, DashboardDrawing],
) -> None:
    figure, drawing = dm
    axes = data_axes(drawing)
    assert len(axes) == 5 + 5  # every panel but DAS28, the labs in five rows
    for _, ax in axes:
        assert {day_num(DM_START), day_num(date(2023, 7, 20))} <= _marker_days(ax)
    labels = [t.get_text() for t in figure.legends[0].get_texts()]
    assert labels == ["Regimen start", "Surgery (debridement/excision)", "Imaging"]


def test_one_time_axis_dates_under_the_bottom_panel_only(
    ra: tuple[Figure, DashboardDrawing],
) -> None:
    _, drawing = ra
    axes = [ax for _, ax in data_axes(drawing)]
    bottom = drawing.axes["medications"]
    assert axes[-1] is bottom
    shared = bottom.get_shared_x_axes()
    assert all(shared.joined(bottom, ax) for ax in axes)
    assert all(ax.get_xlim() == bottom.get_xlim() for ax in axes)
    labels = [t.get_text() for t in bottom.get_xticklabels() if t.get_visible()]
    assert any(labels) and "2026" in labels
    for ax in axes[:-1]:
        assert not any(t.label1.get_visible() for t in ax.xaxis.get_major_ticks())


def test_no_das28_is_one_muted_line_not_an_empty_frame(dm: tuple[Figure, DashboardDrawing]) -> None:
    figure, drawing = dm
    assert drawing.empty_panels == ("das28",)
    (note_ax,) = drawing.panel_axes["das28"]
    assert not note_ax.axison
    assert [t.get_text() for t in note_ax.texts] == ["No DAS28 recorded"]
    assert note_ax.get_position().height * figure.get_figheight() < 0.3
    assert_no_empty_frames(figure)


def test_hover_points_carry_date_text_and_lesion(ra: tuple[Figure, DashboardDrawing]) -> None:
    _, drawing = ra
    found = [p for p in drawing.hover_points if p.lesion == "R buttock" and p.panel == "burden"]
    assert [p.visit_date for p in found] == list(RA_DAYS)
    assert found[0].text == "R buttock: 11 781 mm² (ellipse) on 2025-03-10"
    assert found[0].x == day_num(RA_DAYS[0])
    assert np.isclose(found[0].y, ellipse(150, 100))
