"""The PDF summary of a visit that measured one lesion of five, read back with pypdf: the visit is
called incomplete with the lesions not measured, the totals are partial, and the changes of burden
are computed on the lesion measured at both visits and say so (worked out here by hand)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calcitrack.domain.entities import LesionMeasurement, PatientChart
from calcitrack.services.demo_cases import ra_case_chart
from tests.reports.visit_summary_support import Summary, request, signed_pct, summary

DAY = date(2026, 10, 12)
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
