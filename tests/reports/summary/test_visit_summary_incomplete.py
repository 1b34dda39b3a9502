"""The PDF summary of a visit that measured one lesion of five, read back with pypdf: the visit is
called incomplete with the lesions not measured, the totals are partial, and the changes of burden
are computed on the lesion measured at both visits and say so, the sum of longest diameters too;
a visit that measured no lesion shows no burden and no drop (worked out here by hand)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calcitrack.domain.entities import LesionMeasurement, PatientChart, Visit
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.visit_summary_support import Summary, request, signed_pct, summary

DAY = date(2026, 10, 12)
EMPTY_DAY = date(2026, 12, 6)
UNMEASURED = "R lateral thigh, R buttock, L lateral thigh, R upper chest"


@pytest.fixture(scope="module")
def partial() -> Summary:
    chart: PatientChart = ra_case_chart("DEMO-0001")
    visit = dataclasses.replace(
        chart.visits[-1],
        visit_date=DAY,
        lesion_measurements=(LesionMeasurement("R knee", 40, 28, 8),),
    )
    return summary(request(dataclasses.replace(chart, visits=(*chart.visits, visit)), DAY))


def test_the_summary_says_the_visit_is_incomplete_and_names_the_lesions(partial: Summary) -> None:
    text = partial.text
    assert f"Measured at this visit 1 — incomplete: {UNMEASURED} not measured" in text
    assert f"Incomplete visit: {UNMEASURED} not measured." in text
    assert "Burden (sum of ellipse areas) 880 mm² (partial)" in text


def test_changes_of_burden_compare_only_the_lesion_measured_at_both(partial: Summary) -> None:
    text = partial.text
    # R knee: 45 × 30 mm on 2026-09-14 (previous) and 60 × 40 mm on 2025-03-10 (baseline)
    to_previous = (40 * 28 - 45 * 30) / (45 * 30) * 100  # −17.0 %; the old PDF said −96.6 %
    to_baseline = (40 * 28 - 60 * 40) / (60 * 40) * 100  # −53.3 %
    basis = f"(1 of 5 lesions measured at both; {UNMEASURED} not measured at this visit)"
    assert f"Change from previous (2026-09-14) {signed_pct(to_previous)} {basis}" in text
    assert f"Change from baseline (2025-03-10) {signed_pct(to_baseline)} {basis}" in text
    assert "−96.6 %" not in text
    assert f"Change from previous visit {signed_pct(to_previous)} {basis}" in text


def test_the_response_is_not_assessable_and_says_why(partial: Summary) -> None:
    text = partial.text
    assert (
        f"Response not assessable: {UNMEASURED} were not measured on {DAY}; the burden cannot "
        "be compared"
    ) in text


def test_the_sum_of_longest_diameters_compares_only_the_lesion_measured_at_both(
    partial: Summary,
) -> None:
    page_one = partial.pages[0]
    # R knee: 60 mm at the baseline 2025-03-10, 40 mm now; the old page 1 said "640 mm → 40 mm"
    assert (
        "Sum of longest diameters 60 mm → 40 mm (only the lesions measured at both: 1 of 5 "
        f"lesions measured at both; {UNMEASURED} not measured at this visit)"
    ) in page_one
    assert "640 mm → 40 mm" not in partial.text
    # the visit's own total, on the lesions table, stays marked partial
    assert "Sum of longest diameters 40 mm (partial)" in partial.text


@pytest.fixture(scope="module")
def nothing_measured() -> Summary:
    chart: PatientChart = ra_case_chart("DEMO-0001")
    empty = Visit(patient_id=None, visit_date=EMPTY_DAY)
    return summary(request(dataclasses.replace(chart, visits=(*chart.visits, empty)), EMPTY_DAY))


def test_a_visit_that_measured_no_lesion_shows_no_burden_and_no_drop(
    nothing_measured: Summary,
) -> None:
    text = nothing_measured.text
    everything = "R lateral thigh, R buttock, R knee, L lateral thigh, R upper chest"
    assert (
        "Sum of longest diameters — (no lesion measured at both; 0 of 5 lesions measured at "
        f"both; {everything} not measured at this visit)"
    ) in nothing_measured.pages[0]
    assert "640 mm → 0 mm" not in text and "→ 0 mm" not in text
    assert "Burden (sum of ellipse areas) — (no lesion measured at this visit)" in text
    assert "Sum of longest diameters — (no lesion measured at this visit)" in text
    assert "(partial)" not in text


def test_the_review_flag_of_a_visit_that_recorded_nothing_names_the_visits_it_used() -> None:
    chart = dm_case_chart("DEMO-0002")
    empty = Visit(patient_id=None, visit_date=EMPTY_DAY)
    with_empty = dataclasses.replace(chart, visits=(*chart.visits, empty))
    text = summary(request(with_empty, EMPTY_DAY)).text
    assert "No safety or review flags" not in text
    assert "Safety and review flags (1)" in text
    since = f"not measured since (1 later visit: {EMPTY_DAY})"
    assert f"Right hip flexion 92° on 2024-07-15, {since}: fell 18° from 110° at baseline" in text
