"""The "reconsider surgery" review flag (calcitrack.domain.review.review_flags; DOMAIN.md §0.5).

Each criterion is tested at its threshold and one step either side, with the other criteria kept
silent: four lesions (not localised) unless the test is about localised disease, and a weight of
70 kg (diltiazem 120 mg/day = 1.7 mg/kg/day, below the adequate dose) unless the test is about
progression on diltiazem.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from calcitrack.domain.clinic_settings import (
    SURGERY_ADEQUATE_MG_KG_DAY,
    SURGERY_INFECTION_MONTHS,
    SURGERY_INFECTIONS,
    SURGERY_LOCALISED_MAX,
    SURGERY_MIN_MONTHS_DILTIAZEM,
    SURGERY_PAIN_NRS,
    SURGERY_PAIN_VISITS,
    SURGERY_ROM_FRACTION_PCT,
    SURGERY_ROM_LOSS_DEG,
    SURGERY_ULCER_VISITS,
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
from calcitrack.domain.flags import FlagKind, Severity
from calcitrack.domain.review.response import assess_response
from calcitrack.domain.review.review_flags import (
    RECONSIDER_SURGERY,
    months_before,
    reconsider_surgery,
)
from calcitrack.services.demo.demo_cases import med

START = date(2025, 1, 6)
MID = date(2025, 4, 7)
NOW = date(2025, 7, 7)
DEFAULTS = ClinicSettings.defaults()
PATIENT = Patient("T-2", "Test", "Patient", Sex.MALE, date(1960, 2, 2), UnderlyingDisease.DM)
LABELS = ("A", "B", "C", "D")


def _diltiazem(start: date = START, stop: date | None = None) -> MedicationPeriod:
    return med("diltiazem", 60, DoseUnit.MG, Frequency.BID, Route.ORAL, start, stop)


def _lesions(count: int = 4, site: str = "thigh") -> tuple[Lesion, ...]:
    return tuple(
        Lesion(label, site, Laterality.RIGHT, date(2024, 1, 1)) for label in LABELS[:count]
    )


def _measured(count: int = 4, width_a: float = 40, **states: str) -> tuple[LesionMeasurement, ...]:
    """A 100 × ``width_a`` mm, the others 20 × 10 mm; ``states`` maps a label to its flags."""
    return tuple(
        LesionMeasurement(
            label,
            100 if label == "A" else 20,
            width_a if label == "A" else 10,
            **dict.fromkeys(states.get(label, "").split(), True),
        )
        for label in LABELS[:count]
    )


def _visit(
    day: date,
    measured: tuple[LesionMeasurement, ...],
    *,
    weight: float | None = 70.0,
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
    lesions: tuple[Lesion, ...], *visits: Visit, meds: tuple[MedicationPeriod, ...] | None = None
) -> PatientChart:
    return PatientChart(
        PATIENT, lesions, visits, medications=(_diltiazem(),) if meds is None else meds
    )


def _triggers(chart: PatientChart, settings: ClinicSettings = DEFAULTS) -> tuple[str, ...]:
    on = max(v.visit_date for v in chart.visits)
    response = assess_response(chart, settings, on=on)
    flag = reconsider_surgery(chart, response, settings)
    return () if flag is None else flag.triggers


def test_a_quiet_chart_raises_no_flag() -> None:
    chart = _chart(_lesions(), _visit(START, _measured()), _visit(NOW, _measured()))
    assert _triggers(chart) == ()


def test_no_visit_no_flag() -> None:
    chart = _chart(_lesions())
    response = assess_response(chart, DEFAULTS, on=NOW)
    assert reconsider_surgery(chart, response, DEFAULTS) is None


# ------------------------------------------------------------------ (a) progressed on diltiazem


@pytest.mark.parametrize(
    ("days", "weight", "width_now", "stored", "fires"),
    [
        (183, 60.0, 52, {}, True),  # 6.01 months at 120/60 = 2.0 mg/kg/day exactly
        (182, 60.0, 52, {}, False),  # 5.98 months
        (183, 59.9, 52, {}, True),  # 2.003 mg/kg/day
        (183, 60.1, 52, {}, False),  # 1.997 mg/kg/day
        (183, None, 52, {}, False),  # no weight: never guessed
        (183, 60.0, 50, {}, False),  # burden +21.7 %: stable, not progressed
        (487, 60.0, 52, {SURGERY_MIN_MONTHS_DILTIAZEM: 16}, True),  # 487 d = 16 months exactly
        (486, 60.0, 52, {SURGERY_MIN_MONTHS_DILTIAZEM: 16}, False),
        (183, 60.0, 52, {SURGERY_ADEQUATE_MG_KG_DAY: 2.5}, False),
        (183, 48.0, 52, {SURGERY_ADEQUATE_MG_KG_DAY: 2.5}, True),  # 120/48 = 2.5 exactly
    ],
)
def test_progressed_after_months_of_diltiazem_at_an_adequate_dose(
    days: int, weight: float | None, width_now: float, stored: dict[str, float], fires: bool
) -> None:
    # burden A 100×40 + 3 × 20×10 = 4600 (×π/4); A at 100×52 gives 5800: +26.1 %, progressed
    now = START + timedelta(days=days)
    chart = _chart(
        _lesions(),
        _visit(START, _measured(), weight=weight),
        _visit(now, _measured(width_a=width_now), weight=weight),
    )
    triggers = _triggers(chart, ClinicSettings.from_stored(stored))
    assert any(t.startswith(f"Progressed on {now} after ") for t in triggers) is fires
    if fires:
        assert f"of diltiazem (since {START})" in triggers[0]
        assert f"{120 / weight:.2f} mg/kg/day (120 mg/day, {weight:g} kg on {now})" in triggers[0]


# ------------------------------------------------------------------ (b) joint next to a lesion


def _hip(degrees: float, side: Side = Side.RIGHT) -> tuple[RomMeasurement, ...]:
    return (RomMeasurement("hip", "flexion", side, degrees),)


@pytest.mark.parametrize(
    ("before", "now", "stored", "fires"),
    [
        (110, 95, {}, True),  # lost 15° (76 % of 125°)
        (110, 96, {}, False),  # lost 14° (76.8 %)
        (110, 94, {}, True),  # lost 16°
        (100, 93.75, {}, False),  # exactly 75 % of 125°: not below
        (100, 93.7, {}, True),  # 74.96 %
        (110, 95, {SURGERY_ROM_LOSS_DEG: 20}, False),
        (110, 99, {SURGERY_ROM_FRACTION_PCT: 80}, True),  # 79.2 % < 80 %
        (110, 100, {SURGERY_ROM_FRACTION_PCT: 80}, False),  # 80 % exactly
    ],
)
def test_range_of_motion_of_a_joint_next_to_a_lesion(
    before: float, now: float, stored: dict[str, float], fires: bool
) -> None:
    chart = _chart(
        _lesions(),
        _visit(START, _measured(), rom=_hip(before)),
        _visit(NOW, _measured(), rom=_hip(now)),
    )
    triggers = _triggers(chart, ClinicSettings.from_stored(stored))
    assert any(t.startswith(f"Right hip flexion {now:g}° on {NOW}") for t in triggers) is fires
    if fires:
        assert triggers[0].endswith("next to A, B, C, D")


def test_range_of_motion_of_a_joint_without_a_lesion_next_to_it_is_not_a_trigger() -> None:
    left = _chart(
        _lesions(),
        _visit(START, _measured(), rom=_hip(110, Side.LEFT)),
        _visit(NOW, _measured(), rom=_hip(80, Side.LEFT)),
    )
    assert _triggers(left) == ()  # the lesions are on the right
    excised = tuple(
        Lesion(x.label, "thigh", Laterality.RIGHT, x.first_seen_on, LesionStatus.EXCISED, MID)
        for x in _lesions()
    )
    gone = _chart(excised, _visit(START, _measured(), rom=_hip(110)), _visit(NOW, (), rom=_hip(80)))
    assert _triggers(gone) == ()


@pytest.mark.parametrize(("now", "fires"), [(-10, False), (-14, False), (-15, True)])
def test_a_movement_whose_normal_is_zero_counts_only_its_loss(now: float, fires: bool) -> None:
    def elbow(degrees: float) -> tuple[RomMeasurement, ...]:
        return (RomMeasurement("elbow", "extension", Side.RIGHT, degrees),)

    chart = _chart(
        _lesions(site="elbow"),
        _visit(START, _measured(), rom=elbow(0)),
        _visit(NOW, _measured(), rom=elbow(now)),
    )
    triggers = _triggers(chart)
    assert bool(triggers) is fires
    assert all("of the normal" not in t for t in triggers)


# ------------------------------------------------------------------ (c) ulcers and infections


@pytest.mark.parametrize(
    ("states", "stored", "fires"),
    [
        ({MID: {"A": "ulcerated"}, NOW: {"A": "ulcerated"}}, {}, True),
        ({MID: {"A": "ulcerated"}, NOW: {"B": "ulcerated"}}, {}, True),  # any lesion
        ({MID: {"A": "extrusion"}, NOW: {"A": "ulcerated"}}, {}, True),
        ({NOW: {"A": "ulcerated extrusion"}}, {}, False),  # one visit only
        ({MID: {"A": "ulcerated"}}, {}, False),  # healed at the assessed visit
        ({MID: {"A": "ulcerated"}, NOW: {"A": "ulcerated"}}, {SURGERY_ULCER_VISITS: 3}, False),
        (
            {START: {"A": "ulcerated"}, MID: {"A": "ulcerated"}, NOW: {"A": "ulcerated"}},
            {SURGERY_ULCER_VISITS: 3},
            True,
        ),
    ],
)
def test_ulceration_or_extrusion_on_consecutive_visits(
    states: dict[date, dict[str, str]], stored: dict[str, float], fires: bool
) -> None:
    chart = _chart(
        _lesions(), *(_visit(day, _measured(**states.get(day, {}))) for day in (START, MID, NOW))
    )
    triggers = _triggers(chart, ClinicSettings.from_stored(stored))
    wanted = "consecutive visits that recorded it (any lesion): "
    assert any(wanted in t for t in triggers) is fires


@pytest.mark.parametrize(
    ("infected_on", "stored", "fires"),
    [
        ((date(2024, 7, 7), NOW), {}, True),  # the window's first day counts
        ((date(2024, 7, 6), NOW), {}, False),  # one day before the 12-month window
        ((NOW,), {}, False),
        ((date(2024, 7, 7), START, NOW), {SURGERY_INFECTIONS: 3}, True),
        ((date(2024, 7, 7), NOW), {SURGERY_INFECTIONS: 3}, False),
        ((START, NOW), {SURGERY_INFECTION_MONTHS: 6}, False),  # window starts 2025-01-07
        ((date(2025, 1, 7), NOW), {SURGERY_INFECTION_MONTHS: 6}, True),
    ],
)
def test_infections_within_the_window(
    infected_on: tuple[date, ...], stored: dict[str, float], fires: bool
) -> None:
    days = (date(2024, 7, 6), date(2024, 7, 7), START, date(2025, 1, 7), NOW)
    chart = _chart(
        _lesions(),
        *(_visit(day, _measured(A="infected" if day in infected_on else "")) for day in days),
    )
    triggers = _triggers(chart, ClinicSettings.from_stored(stored))
    found = [t for t in triggers if "visits with an infected lesion" in t]
    assert bool(found) is fires
    if fires:
        assert found[0].startswith(f"{len(infected_on)} visits with an infected lesion")
        assert all(f"{day} A" in found[0] for day in infected_on)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 7, 7), 12, date(2024, 7, 7)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 15), 13, date(2023, 12, 15)),
    ],
)
def test_months_before_is_calendar_months(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


# ------------------------------------------------------------------ (d) pain on therapy


@pytest.mark.parametrize(
    ("pains", "meds", "stored", "fires"),
    [
        ((None, 7, 7), None, {}, True),
        ((None, 6, 7), None, {}, False),
        ((None, 7, 6), None, {}, False),
        ((None, 7, None), None, {}, False),
        ((None, 6, 7), None, {SURGERY_PAIN_NRS: 6}, True),
        ((5, 7, 7), None, {SURGERY_PAIN_VISITS: 3}, False),
        ((7, 7, 7), None, {SURGERY_PAIN_VISITS: 3}, True),
        ((None, 7, 7), (_diltiazem(stop=NOW),), {}, False),  # off diltiazem on the last visit
        ((None, 7, 7), (_diltiazem(stop=NOW + timedelta(days=1)),), {}, True),
        (
            (None, 7, 7),
            (med("methotrexate", 15, DoseUnit.MG, Frequency.QW, Route.ORAL, START),),
            {},
            False,
        ),  # a disease drug is not calcinosis-directed therapy
    ],
)
def test_pain_on_consecutive_visits_on_therapy(
    pains: tuple[int | None, ...],
    meds: tuple[MedicationPeriod, ...] | None,
    stored: dict[str, float],
    fires: bool,
) -> None:
    chart = _chart(
        _lesions(),
        *(
            _visit(day, _measured(), pain=pain)
            for day, pain in zip((START, MID, NOW), pains, strict=True)
        ),
        meds=meds,
    )
    triggers = _triggers(chart, ClinicSettings.from_stored(stored))
    assert any(t.startswith("Pain NRS ≥") for t in triggers) is fires


# ------------------------------------------------------------------ (e) localised, symptomatic


@pytest.mark.parametrize(
    ("count", "states", "pain", "stored", "fires"),
    [
        (3, {"A": "tender"}, None, {}, True),
        (4, {"A": "tender"}, None, {}, False),  # 4 active lesions: not localised
        (4, {"A": "tender"}, None, {SURGERY_LOCALISED_MAX: 4}, True),
        (1, {"A": "inflamed"}, None, {}, True),
        (3, {"B": "infected"}, None, {}, True),
        (3, {"C": "ulcerated"}, None, {}, True),
        (3, {"A": "extrusion"}, None, {}, False),  # extrusion alone is not a listed symptom
        (3, {}, 6, {}, False),
        (3, {}, 7, {}, True),  # pain NRS ≥ 7 makes it symptomatic
    ],
)
def test_localised_symptomatic_disease(
    count: int, states: dict[str, str], pain: int | None, stored: dict[str, float], fires: bool
) -> None:
    chart = _chart(
        _lesions(count),
        _visit(START, _measured(count)),
        _visit(NOW, _measured(count, **states), pain=pain),
    )
    triggers = _triggers(chart, ClinicSettings.from_stored(stored))
    assert (
        any(t.startswith(f"Localised disease: {count} active lesions") for t in triggers) is fires
    )


def test_resolved_lesions_do_not_count_towards_localised_disease() -> None:
    lesions = (
        *_lesions(3),
        Lesion("D", "thigh", Laterality.RIGHT, date(2024, 1, 1), LesionStatus.EXCISED, MID),
    )
    chart = _chart(lesions, _visit(START, _measured()), _visit(NOW, _measured(3, A="tender")))
    assert _triggers(chart) == (
        f"Localised disease: 3 active lesions on {NOW} (≤ 3: A, B, C), symptomatic: A tender",
    )


# ------------------------------------------------------------------ the flag itself


def test_one_flag_lists_every_criterion_that_fired() -> None:
    chart = _chart(
        _lesions(2),
        _visit(START, _measured(2), rom=_hip(110)),
        _visit(MID, _measured(2, A="ulcerated infected"), pain=7, rom=_hip(100)),
        _visit(NOW, _measured(2, A="ulcerated", B="infected"), pain=8, rom=_hip(90)),
    )
    response = assess_response(chart, DEFAULTS, on=NOW)
    flag = reconsider_surgery(chart, response, DEFAULTS)
    assert flag is not None
    assert (flag.code, flag.kind, flag.severity) == (
        RECONSIDER_SURGERY,
        FlagKind.REVIEW,
        Severity.REVIEW,
    )
    assert flag.source == (
        "[R50][R36][R51]; clinic-configurable, no published referral threshold"
    )
    assert [t.split(" ")[0] for t in flag.triggers] == [
        "Right",
        "Ulceration",
        "2",
        "Pain",
        "Localised",
    ]
    assert SURGERY_PAIN_NRS in flag.setting_keys and SURGERY_ROM_LOSS_DEG in flag.setting_keys
    assert "ulceration or extrusion on 2 consecutive visits that recorded it (any lesion)" in (
        flag.reason
    )
    assert "pain NRS ≥ 7 on 2 consecutive visits" in flag.reason
    moved = ClinicSettings.from_stored({SURGERY_PAIN_NRS: 8})
    assert "pain NRS ≥ 8 on 2" in reconsider_surgery(chart, response, moved).reason  # type: ignore[union-attr]
