"""The response assessment (calcitrack.domain.review.response; DOMAIN.md §0.3, §0.4).

Areas are worked out here as π/4 · L · W from the sizes in each table, never by calling the code
under test. A lesion of 100 × 40 mm at baseline makes the percentages easy: a width of W mm now is
a change of (W − 40) / 40 × 100 %.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from calcitrack.domain.clinic_settings import (
    RESPONSE_IMPROVED_PCT,
    RESPONSE_PROGRESSED_PCT,
    ClinicSettings,
)
from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    Laterality,
    LesionStatus,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
)
from calcitrack.domain.entities import (
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.review.assessment_types import LesionChange, ResponseCategory
from calcitrack.domain.review.response import assess_response
from calcitrack.services.demo.demo_cases import med

START = date(2025, 1, 6)  # diltiazem starts; the baseline visit is on this day
NOW = date(2025, 7, 7)  # the assessed visit
ON = date(2025, 8, 1)  # the day the assessment is made
DEFAULTS = ClinicSettings.defaults()
PATIENT = Patient("T-1", "Test", "Patient", Sex.FEMALE, date(1970, 5, 1), UnderlyingDisease.SSC)
DILTIAZEM = med("diltiazem", 60, DoseUnit.MG, Frequency.BID, Route.ORAL, START)
R, L = Laterality.RIGHT, Laterality.LEFT


def _area(longest: float, width: float) -> float:
    return math.pi / 4 * longest * width


def _lesion(
    label: str,
    site: str = "thigh",
    side: Laterality = R,
    first: date = date(2024, 1, 1),
    status: LesionStatus = LesionStatus.ACTIVE,
    changed: date | None = None,
) -> Lesion:
    return Lesion(label, site, side, first, status, changed)


def _m(label: str, longest: float, width: float, **states: bool) -> LesionMeasurement:
    return LesionMeasurement(label, longest, width, **states)


def _visit(
    day: date,
    *measured: LesionMeasurement,
    weight: float | None = 60.0,
    pain: int | None = None,
    rom: tuple[RomMeasurement, ...] = (),
) -> Visit:
    return Visit(
        patient_id=None,
        visit_date=day,
        weight_kg=weight,
        pain_nrs=pain,
        lesion_measurements=measured,
        rom=rom,
    )


def _chart(
    lesions: tuple[Lesion, ...], *visits: Visit, meds: tuple[MedicationPeriod, ...] = (DILTIAZEM,)
) -> PatientChart:
    return PatientChart(PATIENT, lesions, visits, medications=meds)


def _one_lesion(width_now: float) -> PatientChart:
    return _chart(
        (_lesion("A"),), _visit(START, _m("A", 100, 40)), _visit(NOW, _m("A", 100, width_now))
    )


@pytest.mark.parametrize(
    ("width_now", "category", "change"),
    [
        (29.96, ResponseCategory.IMPROVED, LesionChange.SMALLER),  # −25.1 %
        (30.0, ResponseCategory.IMPROVED, LesionChange.SMALLER),  # −25 % exactly
        (30.04, ResponseCategory.STABLE, LesionChange.STABLE),  # −24.9 %
        (40.0, ResponseCategory.STABLE, LesionChange.STABLE),  # 0 %
        (49.96, ResponseCategory.STABLE, LesionChange.STABLE),  # +24.9 %
        (50.0, ResponseCategory.PROGRESSED, LesionChange.LARGER),  # +25 % exactly
        (50.04, ResponseCategory.PROGRESSED, LesionChange.LARGER),  # +25.1 %
    ],
)
def test_burden_thresholds_at_and_either_side_of_the_edges(
    width_now: float, category: ResponseCategory, change: LesionChange
) -> None:
    result = assess_response(_one_lesion(width_now), DEFAULTS, on=ON)
    expected_pct = (width_now - 40) / 40 * 100
    assert result.category is category
    assert result.change_from_baseline_pct == pytest.approx(expected_pct)
    assert result.burden_baseline_mm2 == pytest.approx(_area(100, 40))
    assert result.burden_current_mm2 == pytest.approx(_area(100, width_now))
    assert [lesion.change for lesion in result.lesions] == [change]
    assert "SCTC" in result.rule and "[R2]" in result.rule
    assert "≤ −25 % improved, ≥ +25 % progressed" in result.rule


def test_the_rule_quotes_the_numbers() -> None:
    result = assess_response(_one_lesion(30.0), DEFAULTS, on=ON)
    assert result.rule.startswith(
        f"Improved: burden 3 142 mm² on {START} → 2 356 mm² on {NOW} (−25.0 %)"
    )
    assert (round(_area(100, 40)), round(_area(100, 30))) == (3142, 2356)


@pytest.mark.parametrize(
    ("stored", "width_now", "category"),
    [
        ({}, 36.0, ResponseCategory.STABLE),  # −10 %: stable by default
        ({RESPONSE_IMPROVED_PCT: -10}, 36.0, ResponseCategory.IMPROVED),  # at the moved edge
        ({RESPONSE_IMPROVED_PCT: -10}, 36.04, ResponseCategory.STABLE),  # −9.9 %
        ({RESPONSE_PROGRESSED_PCT: 50}, 50.0, ResponseCategory.STABLE),  # +25 %
        ({RESPONSE_PROGRESSED_PCT: 50}, 60.0, ResponseCategory.PROGRESSED),  # +50 % exactly
        ({RESPONSE_PROGRESSED_PCT: 50}, 59.96, ResponseCategory.STABLE),  # +49.9 %
    ],
)
def test_clinic_settings_move_the_edges(
    stored: dict[str, float], width_now: float, category: ResponseCategory
) -> None:
    settings = ClinicSettings.from_stored(stored)
    result = assess_response(_one_lesion(width_now), settings, on=ON)
    assert result.category is category
    assert (
        result.lesions[0].change.value
        == {
            ResponseCategory.IMPROVED: "smaller",
            ResponseCategory.STABLE: "stable",
            ResponseCategory.PROGRESSED: "larger",
        }[category]
    )


def test_each_lesion_is_judged_on_its_own_area() -> None:
    # A: 100×40 → 100×20 (−50 %); B: 50×40 → 50×52 (+30 %); burden 6000 → 4600 (×π/4): −23.3 %
    chart = _chart(
        (_lesion("A"), _lesion("B")),
        _visit(START, _m("A", 100, 40), _m("B", 50, 40)),
        _visit(NOW, _m("A", 100, 20), _m("B", 50, 52)),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.STABLE
    assert result.change_from_baseline_pct == pytest.approx((4600 - 6000) / 6000 * 100)
    assert [(r.label, r.change) for r in result.lesions] == [
        ("A", LesionChange.SMALLER),
        ("B", LesionChange.LARGER),
    ]
    assert [r.change_pct for r in result.lesions] == [pytest.approx(-50), pytest.approx(30)]


@pytest.mark.parametrize(
    ("lesions", "now", "new"),
    [
        # B first seen after the baseline and measured now: new, even though A halved. (A lesion
        # measured now and not at baseline used to be new whatever its first-seen date; one
        # already there at baseline and not measured then is "not measured at baseline" now,
        # tests/domain/test_partial_visits.py)
        (
            (_lesion("A"), _lesion("B", first=date(2025, 3, 1))),
            (_m("A", 100, 20), _m("B", 10, 10)),
            ("B",),
        ),
        # B first seen after the baseline and still active, not measured today: still new
        ((_lesion("A"), _lesion("B", first=date(2025, 3, 1))), (_m("A", 100, 20),), ("B",)),
    ],
)
def test_a_new_lesion_means_progressed_whatever_the_burden_says(
    lesions: tuple[Lesion, ...], now: tuple[LesionMeasurement, ...], new: tuple[str, ...]
) -> None:
    chart = _chart(lesions, _visit(START, _m("A", 100, 40)), _visit(NOW, *now))
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.PROGRESSED
    assert result.new_lesions == new
    assert f"new lesions since the baseline {START}: B" in result.rule
    assert result.change_from_baseline_pct is not None and result.change_from_baseline_pct < -25
    assert [r.change for r in result.lesions if r.label == "B"] == [LesionChange.NEW]


def test_a_lesion_that_appeared_and_resolved_since_baseline_is_not_new() -> None:
    lesions = (
        _lesion("A"),
        _lesion(
            "B", first=date(2025, 3, 1), status=LesionStatus.RESOLVED, changed=date(2025, 5, 1)
        ),
    )
    chart = _chart(lesions, _visit(START, _m("A", 100, 40)), _visit(NOW, _m("A", 100, 20)))
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.IMPROVED
    assert result.new_lesions == ()
    assert result.resolved_lesions == ("B",)


@pytest.mark.parametrize(
    ("ulcerated_before", "category"),
    [(False, ResponseCategory.PROGRESSED), (True, ResponseCategory.IMPROVED)],
)
def test_a_new_ulceration_means_progressed(
    ulcerated_before: bool, category: ResponseCategory
) -> None:
    chart = _chart(
        (_lesion("A"),),
        _visit(START, _m("A", 100, 40, ulcerated=ulcerated_before)),
        _visit(NOW, _m("A", 100, 20, ulcerated=True)),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is category
    assert result.ulcerated_lesions == ("A",)
    assert result.new_ulceration == (() if ulcerated_before else ("A",))
    assert ("new ulceration: A" in result.rule) is not ulcerated_before


def test_an_excised_lesion_counts_zero_and_is_resolved() -> None:
    # A 100×40 and B 100×40 at baseline; B excised, A unchanged: burden halves
    lesions = (_lesion("A"), _lesion("B", status=LesionStatus.EXCISED, changed=date(2025, 3, 3)))
    chart = _chart(
        lesions, _visit(START, _m("A", 100, 40), _m("B", 100, 40)), _visit(NOW, _m("A", 100, 40))
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.IMPROVED
    assert result.change_from_baseline_pct == pytest.approx(-50)
    assert result.resolved_lesions == ("B",)
    assert [(r.label, r.change) for r in result.lesions] == [
        ("A", LesionChange.STABLE),
        ("B", LesionChange.RESOLVED),
    ]


def test_no_burden_at_baseline_nor_now_is_stable() -> None:
    chart = _chart((), _visit(START), _visit(NOW))
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.STABLE
    assert (result.burden_baseline_mm2, result.burden_current_mm2) == (0, 0)
    assert result.change_from_baseline_pct is None


def test_change_from_the_previous_visit_and_sums_of_longest_diameters() -> None:
    chart = _chart(
        (_lesion("A"), _lesion("B")),
        _visit(START, _m("A", 100, 40), _m("B", 30, 20)),
        _visit(date(2025, 4, 7), _m("A", 90, 30), _m("B", 30, 20)),
        _visit(NOW, _m("A", 80, 30), _m("B", 25, 20)),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    before, prior, now = 4000 + 600, 2700 + 600, 2400 + 500  # L × W, all × π/4
    assert result.previous is not None and result.previous.visit_date == date(2025, 4, 7)
    assert result.burden_previous_mm2 == pytest.approx(math.pi / 4 * prior)
    assert result.change_from_baseline_pct == pytest.approx((now - before) / before * 100)
    assert result.change_from_previous_pct == pytest.approx((now - prior) / prior * 100)
    assert (result.sum_longest_baseline_mm, result.sum_longest_current_mm) == (130, 105)


def test_default_baseline_is_the_last_visit_on_or_before_the_regimen_start() -> None:
    chart = _chart(
        (_lesion("A"),),
        _visit(date(2024, 12, 1), _m("A", 100, 45)),
        _visit(START, _m("A", 100, 40)),
        _visit(date(2025, 3, 3), _m("A", 100, 35)),
        _visit(NOW, _m("A", 100, 30)),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.baseline is not None and result.baseline.visit_date == START
    assert result.baseline_rule == (
        f"last visit on or before the start of diltiazem on {START}, the default baseline"
    )
    assert "))" not in f"({result.baseline_rule})"  # the Overview and the PDF bracket it
    assert result.visit is not None and result.visit.visit_date == NOW
    assert result.regimen.description == f"diltiazem since {START}"


def test_the_clinic_may_choose_the_baseline_and_the_assessed_visit() -> None:
    chart = _chart(
        (_lesion("A"),),
        _visit(date(2024, 12, 1), _m("A", 100, 40)),
        _visit(START, _m("A", 100, 40)),
        _visit(date(2025, 3, 3), _m("A", 100, 30)),
        _visit(NOW, _m("A", 100, 50)),
        meds=(med("methotrexate", 15, DoseUnit.MG, Frequency.QW, Route.ORAL, START),),
    )
    result = assess_response(
        chart, DEFAULTS, on=ON, visit_date=date(2025, 3, 3), baseline_date=date(2024, 12, 1)
    )
    assert result.category is ResponseCategory.IMPROVED  # 40 → 30: −25 %
    assert result.baseline_rule == "chosen by the clinic: 2024-12-01"
    assert result.regimen.drugs == ()


_UNMEASURED = (_lesion("A"), _lesion("B"))


@pytest.mark.parametrize(
    ("chart", "kwargs", "reason"),
    [
        (_chart(()), {}, "no visits recorded"),
        (
            _chart((_lesion("A"),), _visit(date(2024, 12, 1), _m("A", 100, 40))),
            {},
            "the baseline is the assessed visit itself (2024-12-01)",
        ),
        (
            _chart(
                (_lesion("A"),),
                _visit(START, _m("A", 100, 40)),
                _visit(NOW, _m("A", 90, 40)),
                meds=(),
            ),
            {},
            "no calcinosis-directed treatment recorded and no baseline chosen",
        ),
        (
            _chart(
                (_lesion("A"),),
                _visit(date(2025, 2, 1), _m("A", 100, 40)),
                _visit(NOW, _m("A", 90, 40)),
            ),
            {},
            f"no visit on or before the start of diltiazem on {START}",
        ),
        (
            _chart(
                _UNMEASURED,
                _visit(START, _m("A", 100, 40), _m("B", 50, 40)),
                _visit(NOW, _m("A", 100, 40)),
            ),
            {},
            f"B was not measured on {NOW}; the burden cannot be compared",
        ),
        (
            _one_lesion(30),
            {"baseline_date": date(2025, 1, 7)},
            "no visit on 2025-01-07 (the baseline chosen by the clinic)",
        ),
        (_one_lesion(30), {"visit_date": date(2025, 7, 8)}, "no visit on 2025-07-08"),
        (
            _one_lesion(30),
            {"visit_date": START, "baseline_date": NOW},
            f"the baseline {NOW} is not earlier than the assessed visit {START}",
        ),
    ],
    ids=[
        "no visits",
        "one visit",
        "no regimen",
        "no visit before start",
        "unmeasured lesion",
        "chosen baseline missing",
        "chosen visit missing",
        "baseline after visit",
    ],
)
def test_not_assessable_says_why(chart: PatientChart, kwargs: dict[str, date], reason: str) -> None:
    result = assess_response(chart, DEFAULTS, on=ON, **kwargs)
    assert result.category is ResponseCategory.NOT_ASSESSABLE
    assert reason in result.rule
    assert any(reason in item for item in result.missing)


def test_not_assessable_still_reports_what_the_visit_shows() -> None:
    chart = _chart(
        _UNMEASURED,
        _visit(START, _m("A", 100, 40), _m("B", 50, 40)),
        _visit(NOW, _m("A", 100, 30), pain=4),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.NOT_ASSESSABLE
    assert result.pain_current == 4
    assert result.burden_current_mm2 == pytest.approx(_area(100, 30))
    assert [(r.label, r.change) for r in result.lesions] == [
        ("A", LesionChange.SMALLER),
        ("B", LesionChange.NOT_MEASURED),
    ]


def test_a_missing_weight_does_not_block_the_category_but_says_why() -> None:
    chart = _chart(
        (_lesion("A"),),
        _visit(START, _m("A", 100, 40), weight=None),
        _visit(NOW, _m("A", 100, 30), weight=None),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.IMPROVED
    assert result.diltiazem is not None
    assert (result.diltiazem.mg_per_day, result.diltiazem.mg_per_kg_per_day) == (120, None)
    assert result.diltiazem.note == f"no weight recorded on or before {NOW}"
    assert f"diltiazem mg/kg/day: no weight recorded on or before {NOW}" in result.missing


def _rom(joint: str, movement: str, side: Side, degrees: float) -> RomMeasurement:
    return RomMeasurement(joint, movement, side, degrees)


def test_range_of_motion_with_normal_reference_and_lesions_on_the_same_side() -> None:
    lesions = (
        _lesion("R thigh"),
        _lesion("L knee", "knee", L),
        _lesion("Sacral", "buttock", Laterality.MIDLINE),
        _lesion("R arm", "upper_arm"),
        _lesion("R hip old", "hip", status=LesionStatus.RESOLVED, changed=date(2025, 2, 1)),
    )
    right, left = Side.RIGHT, Side.LEFT
    chart = _chart(
        lesions,
        _visit(START, rom=(_rom("hip", "flexion", right, 110), _rom("knee", "flexion", left, 120))),
        _visit(NOW, rom=(_rom("hip", "flexion", right, 100), _rom("hip", "flexion", left, 118))),
    )
    result = assess_response(chart, DEFAULTS, on=ON)
    found = {(r.joint, r.movement, r.side): r for r in result.rom}
    assert list(found) == [
        ("hip", "flexion", right),
        ("hip", "flexion", left),
        ("knee", "flexion", left),
    ]
    hip_right = found[("hip", "flexion", right)]
    assert (hip_right.baseline_deg, hip_right.current_deg, hip_right.normal_deg) == (110, 100, 125)
    assert hip_right.change_deg == -10
    assert hip_right.near_lesions == ("R thigh", "Sacral")  # not the resolved R hip lesion
    assert found[("hip", "flexion", left)].near_lesions == ("Sacral",)
    knee = found[("knee", "flexion", left)]
    assert (knee.baseline_deg, knee.current_deg, knee.normal_deg) == (120, None, 140)
    assert knee.near_lesions == ("L knee",)
