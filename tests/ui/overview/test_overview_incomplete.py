"""The Overview on a visit that measured one lesion of five: the visit is named incomplete with
the lesions not measured, the change from the previous visit and the sum of longest diameters are
computed on the lesion measured at both and say so, and the category is not guessed; a visit that
measured no lesion shows no burden and no drop (calcitrack.ui.overview.assessment_html)."""

from __future__ import annotations

import dataclasses
from datetime import date

from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import LesionMeasurement, PatientChart, Visit
from calcitrack.domain.review.assessment_types import ResponseCategory
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.overview.overview_panel import OverviewPanel
from tests.ui.overview.knee_only import DAY, knee_only_overview

EMPTY_DAY = date(2026, 12, 6)
UNMEASURED = "R lateral thigh, R buttock, L lateral thigh, R upper chest"


def test_the_overview_names_an_incomplete_visit_and_compares_only_what_was_measured(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    panel = knee_only_overview(qtbot, stored_demo_charts[DEMO_RA_MRN])

    assert panel.assessment is not None
    assert panel.assessment.response.category is ResponseCategory.NOT_ASSESSABLE
    text = panel.response_panel.browser.toPlainText()
    assert f"{DAY} — incomplete: {UNMEASURED} not measured" in text
    # R knee, the only lesion measured at both: 45 × 30 mm on 2026-09-14, 40 × 28 mm now
    by_hand = (40 * 28 - 45 * 30) / (45 * 30) * 100  # −17.0 %; the old text said −97 %
    assert round(by_hand) == -17
    assert (  # a true minus sign (U+2212), as the rest of the window writes a fall
        "Change from previous visit −17 % (1 of 5 lesions measured at both; "
        f"{UNMEASURED} not measured on {DAY})"
    ) in " ".join(text.split())
    assert "partial total" in text
    assert f"{UNMEASURED} were not measured on {DAY}; the burden cannot be compared" in text


def _shown(qtbot: QtBot, chart: PatientChart, day: date) -> tuple[OverviewPanel, str]:
    panel = OverviewPanel(InlineTaskRunner())
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_chart(chart, day)
    qtbot.waitUntil(lambda: panel.assessment is not None, timeout=5000)
    return panel, " ".join(panel.response_panel.browser.toPlainText().split())


def test_the_sum_of_longest_diameters_compares_only_the_lesion_measured_at_both(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    partial = dataclasses.replace(
        chart.visits[-1],
        id=None,
        visit_date=DAY,
        lesion_measurements=(LesionMeasurement("R knee", 40, 28),),
    )
    _, text = _shown(qtbot, dataclasses.replace(chart, visits=(*chart.visits, partial)), DAY)
    # R knee: 60 mm at the baseline 2025-03-10, 40 mm now; the old panel said "640 mm → 40 mm"
    assert (
        "Sum of longest diameters 60 mm → 40 mm (only the lesions measured at both: 1 of 5 "
        f"lesions measured at both; {UNMEASURED} not measured on {DAY})"
    ) in text
    assert "640 mm → 40 mm" not in text


def test_a_visit_that_measured_no_lesion_shows_no_burden_and_no_drop(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    empty = Visit(patient_id=chart.patient.id, visit_date=EMPTY_DAY)
    _, text = _shown(qtbot, dataclasses.replace(chart, visits=(*chart.visits, empty)), EMPTY_DAY)
    everything = "R lateral thigh, R buttock, R knee, L lateral thigh, R upper chest"
    # baseline 2025-03-10: 47 658 mm² (π/4 · 60 680) and 640 mm, both by hand
    assert "Burden (ellipse area) 47 658 mm² → — (no lesion measured at this visit)" in text
    assert (
        "Sum of longest diameters — (no lesion measured at both; 0 of 5 lesions measured at "
        f"both; {everything} not measured on {EMPTY_DAY})"
    ) in text
    assert "→ 0 mm" not in text and "−100" not in text


def test_a_visit_that_recorded_nothing_keeps_the_review_flag_and_names_its_visits(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    # the QA trial: Ctrl+N, Ctrl+S on DEMO-0002 on 2026-12-06 and the Overview said "No safety
    # or review flags"; right hip flexion was last measured (92°) on 2024-07-15
    chart = stored_demo_charts[DEMO_DM_MRN]
    empty = Visit(patient_id=chart.patient.id, visit_date=EMPTY_DAY)
    _, text = _shown(qtbot, dataclasses.replace(chart, visits=(*chart.visits, empty)), EMPTY_DAY)
    assert "No safety or review flags" not in text
    assert "REVIEW Reconsider surgery" in text
    since = f"not measured since (1 later visit: {EMPTY_DAY})"
    assert f"Right hip flexion 92° on 2024-07-15, {since}: fell 18° from 110° at baseline" in text
    assert (
        "2024-07-15 L thigh, R buttock, R upper arm, not recorded since (1 later visit: "
        f"{EMPTY_DAY})"
    ) in text
