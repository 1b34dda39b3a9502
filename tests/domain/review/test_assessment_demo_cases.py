"""The two published cases, assessed on 2026-11-21 (calcitrack.domain.review.assessment).

The expected numbers are worked out here by hand from the case sizes (area π/4 · L · W per
lesion), never by calling the code under test.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.review.assessment_types import Assessment, LesionChange, ResponseCategory
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart

ON = date(2026, 11, 21)
QUARTER_PI = math.pi / 4

# RA: (L, W) of each lesion at the first visit (2025-03-10) and the last (2026-09-14)
RA_BASELINE = {
    "R lateral thigh": (300, 120),
    "R buttock": (150, 100),
    "R knee": (60, 40),
    "L lateral thigh": (120, 60),
    "R upper chest": (10, 8),
}
RA_LAST = {
    "R lateral thigh": (225, 85),
    "R buttock": (115, 75),
    "R knee": (45, 30),
    "L lateral thigh": (90, 45),
    "R upper chest": (8, 6),
}
# DM: at the tracker baseline (2023-01-16) and at the last visit (2024-07-15)
DM_BASELINE = {
    "R hip": (60, 40),
    "L hip": (50, 35),
    "R thigh": (80, 45),
    "L thigh": (70, 40),
    "R buttock": (90, 60),
    "R upper arm": (40, 25),
    "L upper arm": (35, 20),
}
DM_LAST = {
    **{
        "R hip": (72, 50),
        "L hip": (60, 42),
        "R thigh": (95, 55),
        "L thigh": (85, 50),
        "R buttock": (110, 72),
        "R upper arm": (48, 30),
        "L upper arm": (42, 26),
    },
    "L buttock": (45, 30),
    "R posterior thigh": (25, 20),
}


def _burden(sizes: dict[str, tuple[int, int]]) -> float:
    return sum(QUARTER_PI * longest * width for longest, width in sizes.values())


@pytest.fixture(scope="module")
def ra() -> Assessment:
    return assess(ra_case_chart("DEMO-0001"), ClinicSettings.defaults(), on=ON)


@pytest.fixture(scope="module")
def dm() -> Assessment:
    return assess(dm_case_chart("DEMO-0002"), ClinicSettings.defaults(), on=ON)


def test_ra_case_improved_on_diltiazem_and_colchicine(ra: Assessment) -> None:
    response = ra.response
    assert response.category is ResponseCategory.IMPROVED
    assert response.baseline is not None and response.baseline.visit_date == date(2025, 3, 10)
    assert response.visit is not None and response.visit.visit_date == date(2026, 9, 14)
    assert response.regimen.drugs == ("Diltiazem", "Colchicine")
    assert response.regimen.start_on == date(2025, 3, 24)
    assert response.regimen.stopped_on is None
    assert response.baseline_rule == (
        "last visit on or before the start of diltiazem and colchicine on 2025-03-24, "
        "the default baseline"
    )
    before, now = _burden(RA_BASELINE), _burden(RA_LAST)  # 60680 and 33198 × π/4
    assert response.burden_baseline_mm2 == pytest.approx(before)
    assert response.burden_current_mm2 == pytest.approx(now)
    assert response.change_from_baseline_pct == pytest.approx((now - before) / before * 100)
    assert response.change_from_baseline_pct == pytest.approx(-45.3, abs=0.05)
    # grouped as the PDF's tables and the dashboard print it: 47 658, not 47658
    assert "burden 47 658 mm² on 2025-03-10 → 26 074 mm² on 2026-09-14" in response.rule
    assert (response.sum_longest_baseline_mm, response.sum_longest_current_mm) == (640, 483)
    assert {r.change for r in response.lesions} == {LesionChange.SMALLER}
    assert response.new_lesions == () and response.new_ulceration == ()
    assert (response.pain_baseline, response.pain_current) == (3, 1)
    assert response.missing == ()


def test_ra_case_diltiazem_dose(ra: Assessment) -> None:
    dose = ra.response.diltiazem
    assert dose is not None
    assert dose.mg_per_day == 120  # 60 mg twice daily
    assert dose.weight_kg == 60.1 and dose.weight_on == date(2026, 9, 14)
    assert dose.mg_per_kg_per_day == pytest.approx(120 / 60.1)
    assert round(dose.mg_per_kg_per_day or 0, 1) == 2.0
    assert dose.note == "weight of this visit (2026-09-14)"


def test_ra_case_flags_the_interaction_only(ra: Assessment) -> None:
    assert [f.code for f in ra.flags] == ["colchicine_diltiazem"]


def test_dm_case_progressed_with_new_lesions_and_ulceration(dm: Assessment) -> None:
    response = dm.response
    assert response.category is ResponseCategory.PROGRESSED
    assert response.baseline is not None and response.baseline.visit_date == date(2023, 1, 16)
    assert response.visit is not None and response.visit.visit_date == date(2024, 7, 15)
    regimen = response.regimen
    assert regimen.drugs == ("Immunoglobulin, normal human (IVIg)", "Pamidronate")
    assert (regimen.start_on, regimen.stopped_on) == (date(2023, 2, 6), date(2024, 2, 5))
    assert "ended 2024-02-05" in regimen.description
    assert response.new_lesions == ("L buttock", "R posterior thigh")
    assert set(response.new_ulceration) == {"R buttock", "L thigh", "R upper arm"}
    assert "new lesions since the baseline 2023-01-16: L buttock, R posterior thigh" in (
        response.rule
    )
    for label in ("R buttock", "L thigh", "R upper arm"):
        assert label in response.rule.split("new ulceration: ")[1]
    before, now = _burden(DM_BASELINE), _burden(DM_LAST)  # 17650 and 27897 × π/4
    assert response.burden_baseline_mm2 == pytest.approx(before)
    assert response.burden_current_mm2 == pytest.approx(now)
    assert response.change_from_baseline_pct == pytest.approx((now - before) / before * 100)
    assert response.diltiazem is None
    assert (response.pain_baseline, response.pain_current) == (5, 8)


def test_dm_case_raises_reconsider_surgery(dm: Assessment) -> None:
    assert [f.code for f in dm.flags] == ["reconsider_surgery"]
    triggers = dm.flags[0].triggers
    assert len(triggers) == 3
    rom, ulcers, infections = triggers
    # right hip flexion 110° → 92°: 18° lost, 92/125 = 73.6 % of normal
    assert rom.startswith("Right hip flexion 92° on 2024-07-15: fell 18° from 110° at baseline")
    assert "74 %\u00a0of the normal 125°" in rom
    assert rom.endswith("next to R hip, R thigh, R buttock, R posterior thigh")
    # lesions ulcerated or extruding at each of the last two visits
    assert ulcers == (
        "Ulceration or extrusion on the last 2 consecutive visits that recorded it (any lesion): "
        "2024-04-15 L thigh, R buttock, R upper arm; 2024-07-15 L thigh, R buttock, R upper arm"
    )
    # infected lesions on 2023-07-17, 2024-01-15 and 2024-04-15, all within 12 months
    assert infections.startswith("3 visits with an infected lesion within 12 months")
    assert "2023-07-17 R buttock; 2024-01-15 R buttock; 2024-04-15 L thigh" in infections
    # pain 7 and 8 on the last two visits, but pamidronate stopped on 2024-02-05: not on therapy
    assert not any(t.startswith("Pain") for t in triggers)
