"""Partial visits: an active lesion left unmeasured makes the visit incomplete, and a change of
burden is computed only on the lesions measured at both visits, saying so
(calcitrack.domain.visits.visit_completeness, burden_comparison, response; DOMAIN.md §0.3, §0.4).

Every expected number is worked out here by hand as π/4 · L · W, never by calling the code under
test. The four lesions of the reproduction (L × W, mm):

    lesion   2025-01-06 (baseline)   2025-04-07 (previous)   2025-07-07 (now)
    L1       40 × 30  = 1200         40 × 30  = 1200         44 × 24 = 1056
    L2       100 × 50 = 5000         100 × 50 = 5000         not measured
    L3       60 × 40  = 2400         60 × 40  = 2400         not measured
    L4       30 × 20  =  600         30 × 20  =  600         not measured

Total before: 9200 (× π/4). The old code set 1056 against 9200: −88.5 %. Paired on L1, the only
lesion measured at both: (1056 − 1200) / 1200 = −12 %.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    Laterality,
    LesionStatus,
    Route,
    Sex,
    UnderlyingDisease,
)
from calcitrack.domain.entities import Lesion, LesionMeasurement, Patient, PatientChart, Visit
from calcitrack.domain.review.assessment_types import LesionChange, ResponseCategory
from calcitrack.domain.review.burden_comparison import compare_burden
from calcitrack.domain.review.response import assess_response
from calcitrack.domain.visits.visit_completeness import incomplete_text, unmeasured_at
from calcitrack.services.demo.demo_cases import med

BASELINE = date(2025, 1, 6)
PREVIOUS = date(2025, 4, 7)
NOW = date(2025, 7, 7)
ON = date(2025, 8, 1)
QUARTER_PI = math.pi / 4
DEFAULTS = ClinicSettings.defaults()
PATIENT = Patient("T-2", "Test", "Partial", Sex.FEMALE, date(1968, 2, 2), UnderlyingDisease.SSC)
DILTIAZEM = med("diltiazem", 60, DoseUnit.MG, Frequency.BID, Route.ORAL, BASELINE)
ALL_FOUR = {"L1": (40, 30), "L2": (100, 50), "L3": (60, 40), "L4": (30, 20)}


def _lesion(label: str, first: date = date(2024, 6, 1), **kwargs: object) -> Lesion:
    return Lesion(label, "thigh", Laterality.RIGHT, first, **kwargs)  # type: ignore[arg-type]


def _visit(day: date, sizes: dict[str, tuple[float, float]]) -> Visit:
    measured = tuple(LesionMeasurement(k, L, W) for k, (L, W) in sizes.items())
    return Visit(patient_id=None, visit_date=day, lesion_measurements=measured)


FOUR = tuple(_lesion(label) for label in ALL_FOUR)


def _chart(lesions: tuple[Lesion, ...], *visits: Visit) -> PatientChart:
    return PatientChart(PATIENT, lesions, visits, medications=(DILTIAZEM,))


def _reproduction() -> PatientChart:
    return _chart(
        FOUR,
        _visit(BASELINE, ALL_FOUR),
        _visit(PREVIOUS, ALL_FOUR),
        _visit(NOW, {"L1": (44, 24)}),
    )


# ------------------------------------------------------------------- the reproduction


def test_one_of_four_measured_changes_from_the_previous_visit_on_that_one_only() -> None:
    result = assess_response(_reproduction(), DEFAULTS, on=ON)
    assert result.change_from_previous_pct == pytest.approx((1056 - 1200) / 1200 * 100)  # −12 %
    assert result.change_from_previous_pct == pytest.approx(-12.0)
    previous = result.previous_comparison
    assert previous is not None
    assert previous.measured_both == ("L1",)
    assert previous.not_measured_later == ("L2", "L3", "L4")
    assert (previous.before_mm2, previous.after_mm2) == (
        pytest.approx(QUARTER_PI * 1200),
        pytest.approx(QUARTER_PI * 1056),
    )
    assert previous.describe("from previous visit", later_name="today") == (
        "−12 % from previous visit, 1 of 4 lesions measured at both; L2, L3, L4 not measured today"
    )


def test_the_visit_that_measured_one_of_four_is_incomplete() -> None:
    result = assess_response(_reproduction(), DEFAULTS, on=ON)
    assert result.unmeasured == ("L2", "L3", "L4")
    assert incomplete_text(result.unmeasured) == "incomplete: L2, L3, L4 not measured"
    # the burden of the visit is still what was measured, and is reported as such
    assert result.burden_current_mm2 == pytest.approx(QUARTER_PI * 1056)


def test_the_category_from_baseline_is_not_guessed_from_one_lesion() -> None:
    result = assess_response(_reproduction(), DEFAULTS, on=ON)
    assert result.category is ResponseCategory.NOT_ASSESSABLE
    assert result.rule.startswith(
        f"Not assessable: L2, L3, L4 were not measured on {NOW}; the burden cannot be compared"
    )
    # what the one comparable lesion shows is given, for information, and names its basis
    assert "(for information only, on L1 alone: −12.0 % from baseline)." in result.rule
    assert result.change_from_baseline_pct == pytest.approx(-12.0)
    baseline = result.baseline_comparison
    assert baseline is not None and not baseline.complete
    assert [(r.label, r.change) for r in result.lesions] == [
        ("L1", LesionChange.STABLE),  # −12 %, within ±25 %
        ("L2", LesionChange.NOT_MEASURED),
        ("L3", LesionChange.NOT_MEASURED),
        ("L4", LesionChange.NOT_MEASURED),
    ]


# ---------------------------------------------------------------- what counts as measured


def test_a_lesion_resolved_or_excised_at_the_visit_leaves_it_complete() -> None:
    lesions = (
        _lesion("L1"),
        _lesion("L2", status=LesionStatus.RESOLVED, status_changed_on=NOW),
        _lesion("L3", status=LesionStatus.EXCISED, status_changed_on=NOW),
        _lesion("L4", first=date(2025, 8, 1)),  # first seen after the visit: not asked
    )
    visit = _visit(NOW, {"L1": (44, 24)})
    assert unmeasured_at(lesions, visit) == ()
    assert unmeasured_at(FOUR, visit) == ("L2", "L3", "L4")
    assert incomplete_text(()) == ""


def test_resolved_lesions_count_zero_and_the_comparison_is_complete() -> None:
    # L2 excised at this visit: 5000 then, 0 now; L3 and L4 measured unchanged
    lesions = (
        _lesion("L1"),
        _lesion("L2", status=LesionStatus.EXCISED, status_changed_on=NOW),
        _lesion("L3"),
        _lesion("L4"),
    )
    earlier = _visit(PREVIOUS, ALL_FOUR)
    later = _visit(NOW, {"L1": (44, 24), "L3": (60, 40), "L4": (30, 20)})
    found = compare_burden(lesions, earlier, later)
    assert found.complete and found.resolved == ("L2",)
    before, after = 1200 + 5000 + 2400 + 600, 1056 + 2400 + 600
    assert found.change_pct == pytest.approx((after - before) / before * 100)
    assert found.describe("from previous visit") == (
        f"{(after - before) / before * 100:+.0f} % from previous visit".replace("-", "−")
    )


def test_a_new_lesion_counts_zero_before_and_one_there_before_but_unmeasured_is_left_out() -> None:
    lesions = (
        _lesion("L1"),
        _lesion("N", first=date(2025, 5, 1)),  # new since the previous visit
        _lesion("Old"),  # there all along, measured only now
    )
    earlier = _visit(PREVIOUS, {"L1": (40, 30)})
    later = _visit(NOW, {"L1": (40, 30), "N": (10, 10), "Old": (20, 10)})
    found = compare_burden(lesions, earlier, later)
    assert (found.measured_both, found.new, found.not_measured_earlier) == (
        ("L1",),
        ("N",),
        ("Old",),
    )
    assert found.change_pct == pytest.approx((1200 + 100 - 1200) / 1200 * 100)
    assert found.basis() == (
        f"1 of 3 lesions measured at both; N new since (0 before); Old not measured on {PREVIOUS}"
    )


def test_nothing_measured_at_both_gives_no_number() -> None:
    found = compare_burden(FOUR, _visit(PREVIOUS, ALL_FOUR), _visit(NOW, {}))
    assert found.change_pct is None
    assert found.describe("from previous visit", later_name="today") == (
        "no change from previous visit: no lesion measured at both "
        "(0 of 4 lesions measured at both; L1, L2, L3, L4 not measured today)"
    )


# --------------------------------------------------------------------- the category rule


def test_a_new_lesion_still_means_progressed_on_an_incomplete_visit() -> None:
    lesions = (*FOUR, _lesion("N", first=date(2025, 5, 1)))
    chart = _chart(
        lesions,
        _visit(BASELINE, ALL_FOUR),
        _visit(NOW, {"L1": (44, 24), "N": (10, 10)}),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.PROGRESSED
    assert result.new_lesions == ("N",)
    # the burden it quotes for information is the paired one, and says so
    before, after = 1200, 1056 + 100
    assert result.change_from_baseline_pct == pytest.approx((after - before) / before * 100)
    assert "1 of 5 lesions measured at both; N new since (0 before)" in result.rule
    assert f"L2, L3, L4 not measured on {NOW}" in result.rule


def test_a_lesion_there_at_baseline_but_measured_only_now_is_not_new() -> None:
    # B was first seen before the baseline visit, which did not measure it: it is not new (the
    # old rule called it new and the patient progressed); its burden then is unknown
    chart = _chart(
        (_lesion("A"), _lesion("B")),
        _visit(BASELINE, {"A": (100, 40)}),
        _visit(NOW, {"A": (100, 20), "B": (10, 10)}),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.new_lesions == ()
    assert result.category is ResponseCategory.NOT_ASSESSABLE
    assert f"B was not measured at the baseline {BASELINE}" in result.rule
    assert [(r.label, r.change) for r in result.lesions] == [
        ("A", LesionChange.SMALLER),
        ("B", LesionChange.NOT_MEASURED),
    ]


def test_a_complete_visit_keeps_its_category_and_numbers() -> None:
    now = {"L1": (40, 30), "L2": (100, 30), "L3": (60, 40), "L4": (30, 20)}
    chart = _chart(FOUR, _visit(BASELINE, ALL_FOUR), _visit(NOW, now))
    result = assess_response(chart, DEFAULTS, on=ON)
    before, after = 9200, 1200 + 3000 + 2400 + 600  # −21.7 %: stable
    assert result.category is ResponseCategory.STABLE
    assert result.change_from_baseline_pct == pytest.approx((after - before) / before * 100)
    assert result.unmeasured == ()
    assert result.baseline_comparison is not None and result.baseline_comparison.complete
    assert "for information only" not in result.rule
