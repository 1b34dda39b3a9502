"""The Overview tab on the demo patients: charts, lesion map and response panel agree."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.assessment_types import LesionChange, ResponseCategory
from calcitrack.domain.clinic_settings import RESPONSE_IMPROVED_PCT, ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from calcitrack.ui.overview_panel import OverviewPanel, map_lesions
from calcitrack.ui.task_runner import InlineTaskRunner

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
    return panel.response_panel.response_text


def test_the_ra_patient_reads_improved_with_the_interaction_flag(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart]
) -> None:
    panel.set_chart(stored_demo_charts[DEMO_RA_MRN], TODAY)
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


def test_the_dm_patient_reads_progressed_with_a_surgery_review(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_DM_MRN]
    panel.set_chart(chart, TODAY)
    assert "PROGRESSED" in _text(panel)
    assert "surgery" in panel.response_panel.flags_text.lower()
    assert panel.assessment is not None
    changes = {m.label: m.change for m in map_lesions(chart, panel.assessment)}
    assert changes["L buttock"] is LesionChange.NEW
    assert changes["R buttock"] is LesionChange.LARGER


def test_choosing_another_baseline_reassesses(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart]
) -> None:
    panel.set_chart(stored_demo_charts[DEMO_RA_MRN], TODAY)
    combo = panel.response_panel.baseline_combo
    combo.setCurrentIndex(combo.findText("2026-03-16"))
    assert panel.assessment is not None
    baseline = panel.assessment.response.baseline
    assert baseline is not None and baseline.visit_date == date(2026, 3, 16)
    assert "chosen" in panel.assessment.response.baseline_rule
    combo.setCurrentIndex(0)
    assert panel.assessment.response.baseline.visit_date == date(2025, 3, 10)


def test_clinic_settings_move_the_category(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart]
) -> None:
    panel.set_chart(stored_demo_charts[DEMO_RA_MRN], TODAY)
    strict = dict(ClinicSettings.defaults().values)
    strict[RESPONSE_IMPROVED_PCT] = -60  # the RA burden fell by about 45 %
    panel.set_settings(ClinicSettings.from_stored(strict, version=1))
    assert panel.assessment is not None
    assert panel.assessment.response.category is ResponseCategory.STABLE


def test_a_single_visit_is_not_assessable_and_says_why(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    panel.set_chart(dataclasses.replace(chart, visits=chart.visits[:1], labs=()), TODAY)
    assert "NOT ASSESSABLE" in _text(panel)
    assert panel.trajectory_view.current is not None


def test_clicking_a_lesion_on_the_map_highlights_it_in_the_charts(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    panel.set_chart(stored_demo_charts[DEMO_RA_MRN], TODAY)
    with qtbot.waitSignal(panel.lesion_map.lesion_clicked) as clicked:
        panel.lesion_map.lesion_clicked.emit("R knee")
    assert clicked.args == ["R knee"]
    assert panel.trajectory_view.lesion_combo.currentData() == "R knee"
    assert panel.trajectory_view.options.selected_lesion == "R knee"


def test_hover_shows_a_value_and_export_writes_png_and_svg(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], tmp_path: Path,
    qtbot: QtBot,
) -> None:
    panel.set_chart(stored_demo_charts[DEMO_RA_MRN], TODAY)
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
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart]
) -> None:
    panel.set_chart(stored_demo_charts[DEMO_RA_MRN], TODAY)
    view = panel.trajectory_view
    view.set_panel_visible("labs", False)
    assert view.current is not None
    assert "labs" not in view.current.drawing.axes
    view.set_range("12m")
    assert view.options.start == date(2025, 11, 21)
    view.set_range("regimen")
    assert view.options.start is not None and view.options.start < date(2025, 3, 24)
