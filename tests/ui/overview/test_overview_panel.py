"""The Overview tab on the demo patients: charts, lesion map and response panel agree."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import RESPONSE_IMPROVED_PCT, ClinicSettings
from calcitrack.domain.codes import Frequency
from calcitrack.domain.entities import LabResult, PatientChart
from calcitrack.domain.review.assessment_types import LesionChange, ResponseCategory
from calcitrack.reports.charts.lesion_map import map_lesions
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.overview.overview_panel import OverviewPanel
from tests.reports.summary.test_mineral_truth import CASES
from tests.reports.summary.test_mineral_truth import _chart as mineral_chart
from tests.ui.held_runner import HeldRunner

TODAY = date(2026, 11, 21)


@pytest.fixture
def panel(qtbot: QtBot) -> OverviewPanel:
    widget = OverviewPanel(InlineTaskRunner())
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _text(panel: OverviewPanel) -> str:
    """The response as written, without the word joiners that keep "mg/kg/day" on one line."""
    return panel.response_panel.response_text.replace("\u2060", "")


def _show(panel: OverviewPanel, qtbot: QtBot, chart: PatientChart) -> None:
    """Give the panel a chart and wait for its assessment and both drawings (a moment later)."""
    panel.set_chart(chart, TODAY)
    qtbot.waitUntil(
        lambda: panel.assessment is not None
        and panel.trajectory_view.current is not None
        and panel.lesion_map.current is not None,
        timeout=5000,
    )


def test_the_ra_patient_reads_improved_with_the_interaction_flag(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    assert panel.assessment is not None
    assert panel.assessment.response.category is ResponseCategory.IMPROVED
    text = _text(panel)
    assert "IMPROVED" in text
    assert "2025-03-10" in text  # the baseline: last visit before diltiazem started
    assert "mg/kg/day" in text
    flags = panel.response_panel.flags_text
    assert "Colchicine" in flags and "[R41]" in flags
    assert "Decision support" in panel.response_panel.browser.toPlainText()
    assert panel.trajectory_view.current is not None  # drawn (inline runner)
    drawn = {m.label for m in panel.lesion_map.lesions()}
    assert drawn == {le.label for le in stored_demo_charts[DEMO_RA_MRN].lesions}


def test_methotrexate_recorded_twice_daily_is_a_safety_flag_in_the_overview(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    ra = stored_demo_charts[DEMO_RA_MRN]
    daily = tuple(
        dataclasses.replace(m, dose=90, frequency=Frequency.BID) if m.drug == "methotrexate"
        else m
        for m in ra.medications
    )
    _show(panel, qtbot, dataclasses.replace(ra, medications=daily))
    flags = panel.response_panel.flags_text.replace("\u00a0", " ").replace("\u2060", "")  # numbers
    # keep their units: no-break spaces, and word joiners after a unit's slash ("mg/day")
    assert "Methotrexate scheduled twice daily, not weekly" in flags
    assert "classic prescribing error" in flags and "[R63]" in flags
    assert "Methotrexate 90 mg twice daily = 180 mg/day = 1260 mg/week" in flags
    assert "Methotrexate above the weekly maximum: for prescriber review" in flags
    text = panel.response_panel.browser.toPlainText()
    assert text.index("CONTRAINDICATION") < text.index("Colchicine with diltiazem")


def test_the_dm_patient_reads_progressed_with_a_surgery_review(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    chart = stored_demo_charts[DEMO_DM_MRN]
    _show(panel, qtbot, chart)
    assert "PROGRESSED" in _text(panel)
    assert "surgery" in panel.response_panel.flags_text.lower()
    assert panel.assessment is not None
    changes = {m.label: m.change for m in map_lesions(chart, panel.assessment)}
    assert changes["L buttock"] is LesionChange.NEW
    assert changes["R buttock"] is LesionChange.LARGER


def test_choosing_another_baseline_reassesses(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    series = panel.trajectory_view.data
    combo = panel.response_panel.baseline_combo
    combo.setCurrentIndex(combo.findText("2026-03-16"))
    assert panel.assessment is not None
    baseline = panel.assessment.response.baseline
    assert baseline is not None and baseline.visit_date == date(2026, 3, 16)
    assert "chosen" in panel.assessment.response.baseline_rule
    combo.setCurrentIndex(0)
    assert panel.assessment.response.baseline.visit_date == date(2025, 3, 10)
    assert panel.trajectory_view.data is series  # the same chart's series, not recomputed


def test_clinic_settings_move_the_category(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    strict = dict(ClinicSettings.defaults().values)
    strict[RESPONSE_IMPROVED_PCT] = -60  # the RA burden fell by about 45 %
    panel.set_settings(ClinicSettings.from_stored(strict, version=1))
    assert panel.assessment is not None
    assert panel.assessment.response.category is ResponseCategory.STABLE


def test_a_single_visit_is_not_assessable_and_says_why(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    _show(panel, qtbot, dataclasses.replace(chart, visits=chart.visits[:1], labs=()))
    assert "NOT ASSESSABLE" in _text(panel)
    assert panel.trajectory_view.current is not None


def test_clicking_a_lesion_on_the_map_highlights_it_in_the_charts(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    with qtbot.waitSignal(panel.lesion_map.lesion_clicked) as clicked:
        panel.lesion_map.lesion_clicked.emit("R knee")
    assert clicked.args == ["R knee"]
    assert panel.trajectory_view.lesion_combo.currentData() == "R knee"
    assert panel.trajectory_view.options.selected_lesion == "R knee"


def test_hover_shows_a_value_and_export_writes_png_and_svg(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], tmp_path: Path,
    qtbot: QtBot,
) -> None:
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    view = panel.trajectory_view
    assert view.current is not None
    point = next(p for p in view.current.drawing.hover_points if p.panel == "burden")
    x, y = point.axes.transData.transform((point.x, point.y))
    ratio = view.current.pixel_ratio
    widget_pos = QPoint(round(x / ratio), round((view.current.height - y) / ratio))
    qtbot.mouseMove(view.image, widget_pos)
    assert view.hover_text == point.text
    qtbot.mouseClick(view.image, Qt.MouseButton.LeftButton, pos=widget_pos)
    png, svg = tmp_path / "charts.png", tmp_path / "charts.svg"
    view.export_to(png)
    view.export_to(svg)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:400]
    with pytest.raises(ValueError, match=r"png or \.svg"):
        view.export_to(tmp_path / "charts.gif")


def test_hiding_a_panel_and_choosing_a_range_redraw(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    view = panel.trajectory_view
    view.set_panel_visible("labs", False)
    assert view.current is not None
    assert "labs" not in view.current.drawing.axes
    view.set_range("12m")
    assert view.options.start == date(2025, 11, 21)
    view.set_range("regimen")
    assert view.options.start is not None and view.options.start < date(2025, 3, 24)


def test_opening_waits_for_the_window_then_assesses_only_the_last_chart(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    panel.set_chart(stored_demo_charts[DEMO_DM_MRN], TODAY)
    # nothing of the previous patient stays on screen, and nothing is assessed yet
    assert panel.assessment is None
    assert panel.trajectory_view.current is None
    assert panel.lesion_map.lesions() == () and panel.lesion_map.current is None
    assert "Assessing" in panel.response_panel.browser.toPlainText()
    ra_again = stored_demo_charts[DEMO_RA_MRN]
    panel.set_chart(ra_again, TODAY)  # another patient before the Overview started: only it
    qtbot.waitUntil(lambda: panel.assessment is not None, timeout=5000)
    assert panel.assessment.response.category is ResponseCategory.IMPROVED
    assert {m.label for m in panel.lesion_map.lesions()} == {le.label for le in ra_again.lesions}


def test_results_for_a_patient_no_longer_shown_are_dropped(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    runner = HeldRunner()
    panel = OverviewPanel(runner, start_delay_ms=0)
    panel.resize(1200, 800)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    ra, dm = stored_demo_charts[DEMO_RA_MRN], stored_demo_charts[DEMO_DM_MRN]
    panel.set_chart(ra, TODAY)
    qtbot.waitUntil(lambda: len(runner.tasks) == 1)
    runner.take().release()  # RA assessed: its dashboard and map are asked for
    qtbot.waitUntil(lambda: len(runner.tasks) == 1)  # one drawing at a time
    ra_dashboard = runner.take()
    panel.set_chart(dm, TODAY)  # the physician moves on while RA is being drawn
    qtbot.waitUntil(lambda: any(t.key and t.key.startswith("overview") for t in runner.tasks))
    ra_dashboard.release()  # RA's charts arrive late: not shown over DM's
    assert panel.trajectory_view.current is None
    qtbot.wait(20)
    while runner.tasks:  # DM's assessment, dashboard and map (RA's map is never drawn)
        runner.take().release()
        qtbot.wait(5)
    assert panel.assessment is not None
    assert panel.assessment.response.category is ResponseCategory.PROGRESSED
    assert panel.trajectory_view.current is not None
    assert set(panel.trajectory_view.current.drawing.axes) >= {"burden"}
    assert {m.label for m in panel.lesion_map.lesions()} == {le.label for le in dm.lesions}
    assert panel.lesion_map.current is not None
    assert set(panel.lesion_map.current.drawing.markers) == {le.label for le in dm.lesions}


def test_nothing_the_overview_shows_resizes_it(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    """A status text or a drawing that changed the layout would resize the charts, which would
    draw them again, and again: the window would never be idle."""
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    view, lesion_map = panel.trajectory_view, panel.lesion_map
    size = view.size()
    view.status.setText("Lesion burden 47 658 mm² on 2025-03-10, visit 7 of 12 " * 6)
    qtbot.wait(50)  # laid out again
    assert view.size() == size
    view.status.setText("Drawing…")
    qtbot.wait(50)
    assert view.size() == size
    panel.resize(1500, 900)
    qtbot.waitUntil(  # both drawn again for their new sizes
        lambda: lesion_map.current is not None
        and lesion_map.current.size == lesion_map.canvas.size()
        and view.current is not None
        and view.current.width_px == view.scroll_area.viewport().width(),
        timeout=5000,
    )
    drawn = (view.current, lesion_map.current)
    qtbot.wait(500)  # settled: nothing draws by itself
    assert (view.current, lesion_map.current) == drawn


# ------------------------------------------------------------------ mineral metabolism: one truth

MINERAL_CASES = CASES


@pytest.mark.parametrize(("labs", "abnormal"), MINERAL_CASES.values(), ids=MINERAL_CASES.keys())
def test_the_overview_flags_mineral_metabolism_exactly_when_its_lab_chart_marks_it(
    panel: OverviewPanel, qtbot: QtBot, labs: tuple[LabResult, ...], abnormal: bool
) -> None:
    """Reproduction: a corrected calcium drawn above the lab's range with no flag beside it."""
    chart = mineral_chart(*labs)
    _show(panel, qtbot, chart)
    flagged = "Abnormal mineral metabolism" in panel.response_panel.flags_text
    assert flagged is abnormal
    assert panel.assessment is not None
    marked = [
        p.text
        for series in panel.trajectory_view.data.labs
        if series.code in ("calcium_corrected", "calcium_total", "phosphate")
        for p in series.series.points
        if "(high" in p.text or "(low" in p.text
    ]
    assert bool(marked) is abnormal, marked
