"""The sum of longest diameters gets the treatment the burden gets, and a visit that measured no
lesion never reads as a burden of 0 (calcitrack.domain.review.burden_comparison, response; DOMAIN.md
§0.3, §0.4).

Every expected number is worked out here by hand from the demo cases' sizes (L × W, mm), never
by calling the code under test:

    RA (DEMO-0001)   baseline 2025-03-10            last complete visit 2026-09-14
    R lateral thigh  300 × 120                      225 × 85
    R buttock        150 × 100                      115 × 75
    R knee            60 × 40                        45 × 30
    L lateral thigh  120 × 60                        90 × 45
    R upper chest     10 × 8                          8 × 6
    sum of L         640                            483

    DM (DEMO-0002)   R buttock at the baseline 2023-01-16: 90 × 60 → π/4 · 5400 = 4 241 mm²
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import LesionMeasurement, PatientChart, Visit
from calcitrack.domain.review.assessment import assess
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart

DAY = date(2026, 10, 12)
EMPTY_DAY = date(2026, 12, 6)
DEFAULTS = ClinicSettings.defaults()


def _with_visit(chart: PatientChart, visit: Visit) -> PatientChart:
    return dataclasses.replace(chart, visits=(*chart.visits, visit))


def ra_one_of_five() -> PatientChart:
    """The RA case with a visit on 2026-10-12 that measured R knee only (40 × 28 mm)."""
    chart = ra_case_chart("DEMO-0001")
    visit = dataclasses.replace(
        chart.visits[-1], visit_date=DAY, lesion_measurements=(LesionMeasurement("R knee", 40, 28),)
    )
    return _with_visit(chart, visit)


def with_empty_visit(chart: PatientChart, day: date = EMPTY_DAY) -> PatientChart:
    """``chart`` with a visit on ``day`` that recorded nothing at all."""
    return _with_visit(chart, Visit(patient_id=None, visit_date=day))


def test_sum_of_longest_diameters_compares_only_the_lesions_measured_at_both() -> None:
    response = assess(ra_one_of_five(), DEFAULTS, on=DAY).response
    compared = response.baseline_comparison
    assert compared is not None and compared.measured_both == ("R knee",)
    # R knee: 60 mm at baseline, 40 mm now; never 640 mm (all five) against 40 mm (one)
    assert (compared.longest_before_mm, compared.longest_after_mm) == (60, 40)
    previous = response.previous_comparison
    assert previous is not None
    assert (previous.longest_before_mm, previous.longest_after_mm) == (45, 40)


def test_a_complete_comparison_sums_every_lesion() -> None:
    response = assess(ra_case_chart("DEMO-0001"), DEFAULTS, on=date(2026, 11, 21)).response
    compared = response.baseline_comparison
    assert compared is not None and compared.complete
    assert (compared.longest_before_mm, compared.longest_after_mm) == (640, 483)


def test_a_visit_that_measured_no_lesion_has_no_burden_and_no_change() -> None:
    response = assess(with_empty_visit(ra_case_chart("DEMO-0001")), DEFAULTS, on=EMPTY_DAY).response
    assert response.unmeasured  # five active lesions, none measured
    # unknown, not 0: "47 658 → 0 mm²" and "640 mm → 0 mm" read as a cure
    assert response.burden_current_mm2 is None
    assert response.sum_longest_current_mm is None
    assert response.change_from_baseline_pct is None
    assert response.change_from_previous_pct is None
    assert response.burden_baseline_mm2 == pytest.approx(math.pi / 4 * 60680)


def test_a_lesion_resolved_at_a_visit_that_measured_nothing_gives_no_minus_100_percent() -> None:
    # DM: nothing measured on 2026-12-06 and R buttock marked resolved that day (the QA trial's
    # wheel slip): the old rule compared R buttock alone, 4 241 → 0 mm² (−100.0 %)
    chart = with_empty_visit(dm_case_chart("DEMO-0002"))
    lesions = tuple(
        dataclasses.replace(le, status=LesionStatus.RESOLVED, status_changed_on=EMPTY_DAY)
        if le.label == "R buttock"
        else le
        for le in chart.lesions
    )
    response = assess(dataclasses.replace(chart, lesions=lesions), DEFAULTS, on=EMPTY_DAY).response
    compared = response.baseline_comparison
    assert compared is not None and compared.resolved == ("R buttock",)
    assert compared.change_pct is None
    assert response.change_from_baseline_pct is None
    assert response.burden_current_mm2 is None
    assert "−100" not in response.rule and "4 241" not in response.rule
    assert "→ 0 mm²" not in response.rule
    assert "no lesion measured at both 2023-01-16 and 2026-12-06" in response.rule


def test_every_lesion_resolved_is_still_a_true_zero() -> None:
    # nothing measured because nothing is left: the burden is 0 and the change −100 %
    chart = with_empty_visit(ra_case_chart("DEMO-0001"))
    lesions = tuple(
        dataclasses.replace(le, status=LesionStatus.EXCISED, status_changed_on=EMPTY_DAY)
        for le in chart.lesions
    )
    response = assess(dataclasses.replace(chart, lesions=lesions), DEFAULTS, on=EMPTY_DAY).response
    assert response.unmeasured == ()
    assert response.burden_current_mm2 == 0
    assert response.sum_longest_current_mm == 0
    assert response.change_from_previous_pct == pytest.approx(-100)
