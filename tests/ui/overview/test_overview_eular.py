"""The Overview's response panel states the EULAR response from the baseline's DAS28 to now: the
baseline visit and DAS28 used, the variant and the source; "not assessable" and why when the two
visits' DAS28 are of different variants; and a DAS28 given that its own components contradict."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.overview.overview_panel import OverviewPanel

TODAY = date(2026, 11, 21)
BASELINE, LATEST = "2025-03-10", "2026-09-14"


@pytest.fixture
def panel(qtbot: QtBot) -> OverviewPanel:
    widget = OverviewPanel(InlineTaskRunner())
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _show(panel: OverviewPanel, qtbot: QtBot, chart: PatientChart) -> str:
    """The response panel's text as the physician reads it, once the chart is assessed."""
    panel.set_chart(chart, TODAY)
    qtbot.waitUntil(lambda: panel.assessment is not None, timeout=5000)
    return panel.response_panel.browser.toPlainText()


def _latest_given(chart: PatientChart, variant: Das28Variant, value: float) -> PatientChart:
    """The latest visit with ``value`` as its DAS28 given, of ``variant``."""
    visits = list(chart.visits)
    visits[-1] = dataclasses.replace(
        visits[-1], das28_recorded=value, das28_recorded_variant=variant
    )
    return dataclasses.replace(chart, visits=tuple(visits))


def _without_components(chart: PatientChart, day: str) -> PatientChart:
    """The visit of ``day`` with no joint counts: its DAS28 is the one given, if any."""
    visits = tuple(
        dataclasses.replace(v, tender_joints_28=None, swollen_joints_28=None)
        if v.visit_date.isoformat() == day else v
        for v in chart.visits
    )  # fmt: skip
    return dataclasses.replace(chart, visits=visits)


def test_the_eular_response_names_the_baseline_visit_its_das28_and_the_variant(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    text = _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    assert (
        f"EULAR response (DAS28-CRP): none (no response) — baseline visit {BASELINE}: "
        f"DAS28-CRP 1.51 (computed) → assessed visit {LATEST}: DAS28-CRP 1.36 (computed); "
        "improved by 0.15 [R12]"
    ) in text
    assert f"EULAR response (DAS28-ESR): none (no response) — baseline visit {BASELINE}" in text
    assert "EULAR response" in panel.response_panel.eular_text


def test_another_baseline_chosen_from_the_keyboard_is_the_one_stated(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    _show(panel, qtbot, stored_demo_charts[DEMO_RA_MRN])
    combo = panel.response_panel.baseline_combo
    combo.setFocus()
    index = combo.findData("2025-09-15")
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "baseline visit 2025-09-15: DAS28-CRP" in panel.response_panel
                    .browser.toPlainText(), timeout=5000)  # fmt: skip


def test_two_variants_are_not_assessable_and_say_why(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    chart = _without_components(stored_demo_charts[DEMO_RA_MRN], LATEST)
    chart = _latest_given(_without_components(chart, BASELINE), Das28Variant.ESR, 3.0)
    text = _show(panel, qtbot, chart)
    assert (
        f"EULAR response: not assessable — the baseline visit ({BASELINE}) has DAS28-CRP 1.51 "
        f"and the assessed visit ({LATEST}) DAS28-ESR 3.00: DAS28-ESR and DAS28-CRP are "
        "different scores and are never compared with each other. [R12]"
    ) in text


def test_a_das28_given_that_its_components_contradict_is_said_on_the_overview(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    chart = _latest_given(stored_demo_charts[DEMO_RA_MRN], Das28Variant.CRP, 2.5)
    text = _show(panel, qtbot, chart)
    assert (
        f"the DAS28-CRP given at the assessed visit ({LATEST}), 2.50, differs by more than 0.1 "
        "from the 1.36 its components give (the computed value is used)"
    ) in text


def test_a_patient_without_ra_or_any_das28_has_no_eular_line(
    panel: OverviewPanel, stored_demo_charts: dict[str, PatientChart], qtbot: QtBot
) -> None:
    assert "EULAR" not in _show(panel, qtbot, stored_demo_charts[DEMO_DM_MRN])
