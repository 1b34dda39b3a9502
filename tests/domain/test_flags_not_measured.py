"""Flags read "not measured" as not measured, never as absent
(calcitrack.domain.review.review_flags,
safety_flags, latest_records; DOMAIN.md §0.5, §0.6).

Each criterion is judged on the latest visits where what it needs was recorded, skipping the
visits that left it blank, and its trigger names the visits it used. The QA reproduction: DEMO-0002
(the DM case) raises "Reconsider surgery" on 2024-07-15; a visit that recorded nothing, dated
2026-12-06 or 2024-08-01, made it disappear. Every number below is read off the case by hand
(calcitrack.services.demo.demo_cases, the published course in test_assessment_demo_cases.py):

    right hip flexion: 110° at the baseline 2023-01-16, 92° on 2024-07-15 (18° lost; 92/125 =
    73.6 % of the normal 125°), next to R hip, R thigh, R buttock, R posterior thigh;
    ulcerated or extruding on 2024-04-15 and 2024-07-15: L thigh, R buttock, R upper arm;
    infected: 2023-07-17 R buttock, 2024-01-15 R buttock, 2024-04-15 L thigh.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    Laterality,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
)
from calcitrack.domain.entities import (
    Lesion,
    LesionMeasurement,
    Patient,
    PatientChart,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.flags import Flag
from calcitrack.domain.review.assessment import assess
from calcitrack.services.demo.demo_cases import dm_case_chart, med

DEFAULTS = ClinicSettings.defaults()
LAST_DM = date(2024, 7, 15)


def _surgery(chart: PatientChart, on: date) -> Flag | None:
    flags = assess(chart, DEFAULTS, on=on).flags
    return next((f for f in flags if f.code == "reconsider_surgery"), None)


def _dm_with_empty_visit(day: date) -> PatientChart:
    chart = dm_case_chart("DEMO-0002")
    return dataclasses.replace(chart, visits=(*chart.visits, Visit(None, day)))


# ------------------------------------------------------------------ the QA reproduction


@pytest.mark.parametrize("day", [date(2026, 12, 6), date(2024, 8, 1)])
def test_a_visit_that_recorded_nothing_keeps_the_reconsider_surgery_flag(day: date) -> None:
    flag = _surgery(_dm_with_empty_visit(day), day)
    assert flag is not None, "the flag vanished because the latest visit measured nothing"
    rom, ulcers, infections = flag.triggers
    since = f", not measured since (1 later visit: {day})"
    assert rom.startswith(
        f"Right hip flexion 92° on {LAST_DM}{since}: fell 18° from 110° at baseline (2023-01-16"
    )
    assert "74 %\u00a0of the normal 125°" in rom
    assert rom.endswith("next to R hip, R thigh, R buttock, R posterior thigh")
    assert ulcers == (
        "Ulceration or extrusion on the last 2 consecutive visits that recorded it (any lesion): "
        f"2024-04-15 L thigh, R buttock, R upper arm; {LAST_DM} L thigh, R buttock, R upper arm"
        f", not recorded since (1 later visit: {day})"
    )
    # the 12 months end at the latest visit that measured a lesion, 2024-07-15
    assert infections.startswith(
        f"3 visits with an infected lesion within 12 months (2023-07-15 to {LAST_DM}, "
        f"lesions not measured since (1 later visit: {day}); threshold ≥ 2): "
        "2023-07-17 R buttock; 2024-01-15 R buttock; 2024-04-15 L thigh"
    )


def test_the_published_course_is_unchanged_where_the_latest_visit_measured_everything() -> None:
    flag = _surgery(dm_case_chart("DEMO-0002"), date(2026, 11, 21))
    assert flag is not None
    rom, _, _ = flag.triggers
    assert rom.startswith(f"Right hip flexion 92° on {LAST_DM}: fell 18° from 110° at baseline")
    assert "not measured since" not in " ".join(flag.triggers)


# ------------------------------------------------------------------ each criterion, by hand

START, MID, NOW, LATER = date(2025, 1, 6), date(2025, 4, 7), date(2025, 7, 7), date(2025, 10, 6)
PATIENT = Patient("T-3", "Test", "Unmeasured", Sex.FEMALE, date(1960, 2, 2), UnderlyingDisease.SSC)
DILTIAZEM = med("diltiazem", 60, DoseUnit.MG, Frequency.BID, Route.ORAL, START)
FOUR = tuple(Lesion(x, "thigh", Laterality.RIGHT, date(2024, 1, 1)) for x in "ABCD")


def _m(label: str, **states: bool) -> LesionMeasurement:
    return LesionMeasurement(label, 20, 10, **states)


def _all(**states_of: str) -> tuple[LesionMeasurement, ...]:
    return tuple(
        _m(x, **dict.fromkeys(states_of.get(x, "").split(), True)) for x in "ABCD"
    )


def _chart(*visits: Visit, lesions: tuple[Lesion, ...] = FOUR) -> PatientChart:
    return PatientChart(PATIENT, lesions, visits, medications=(DILTIAZEM,))


def _triggers(chart: PatientChart) -> tuple[str, ...]:
    on = max(v.visit_date for v in chart.visits)
    flag = _surgery(chart, on)
    return () if flag is None else flag.triggers


def test_a_visit_that_left_a_lesion_unmeasured_and_saw_no_ulcer_is_skipped() -> None:
    # A ulcerated on START and NOW; MID measured B, C, D (none ulcerated) but not A: MID says
    # nothing about ulceration, so START and NOW are the consecutive visits that recorded it
    skipped = _chart(
        Visit(None, START, lesion_measurements=_all(A="ulcerated")),
        Visit(None, MID, lesion_measurements=_all()[1:]),
        Visit(None, NOW, lesion_measurements=_all(A="ulcerated")),
    )
    assert (
        "Ulceration or extrusion on the last 2 consecutive visits that recorded it (any lesion): "
        f"{START} A; {NOW} A"
    ) in _triggers(skipped)
    # every lesion measured at MID and none ulcerated then: not consecutive
    healed = _chart(
        Visit(None, START, lesion_measurements=_all(A="ulcerated")),
        Visit(None, MID, lesion_measurements=_all()),
        Visit(None, NOW, lesion_measurements=_all(A="ulcerated")),
    )
    assert not any(t.startswith("Ulceration") for t in _triggers(healed))


def test_ulceration_of_any_lesion_on_consecutive_visits_counts() -> None:
    # A on MID, B on NOW: ulcerative disease at both visits, though not the same lesion (the
    # rule's reading: "ulceration or extrusion on consecutive visits", any lesion)
    chart = _chart(
        Visit(None, START, lesion_measurements=_all()),
        Visit(None, MID, lesion_measurements=_all(A="ulcerated")),
        Visit(None, NOW, lesion_measurements=_all(B="ulcerated")),
    )
    assert (
        "Ulceration or extrusion on the last 2 consecutive visits that recorded it (any lesion): "
        f"{MID} A; {NOW} B"
    ) in _triggers(chart)


def test_pain_is_judged_on_the_last_visits_that_recorded_it() -> None:
    chart = _chart(
        Visit(None, START, pain_nrs=7, lesion_measurements=_all()),
        Visit(None, MID, pain_nrs=8, lesion_measurements=_all()),
        Visit(None, NOW, lesion_measurements=_all()),  # pain not recorded
    )
    assert (
        "Pain NRS ≥ 7 on the last 2 visits that recorded it, each on calcinosis-directed "
        f"treatment: {START} 7/10; {MID} 8/10, not recorded since (1 later visit: {NOW})"
    ) in _triggers(chart)


def test_an_old_range_of_motion_is_still_judged_and_dated() -> None:
    # right hip flexion measured only on START (90°: 72 % of the normal 125°), never since
    hip = (RomMeasurement("hip", "flexion", Side.RIGHT, 90),)
    chart = _chart(
        Visit(None, START, rom=hip, lesion_measurements=_all()),
        Visit(None, MID, lesion_measurements=_all()),
        Visit(None, LATER, lesion_measurements=_all()),
    )
    assert (
        f"Right hip flexion 90° on {START}, not measured since (2 later visits, the latest "
        f"{LATER}): 72 %\u00a0of the normal 125° (below 75 %); next to A, B, C, D"
    ) in _triggers(chart)


def test_localised_disease_reads_each_lesion_s_latest_measurement() -> None:
    three = FOUR[:3]
    chart = _chart(
        Visit(None, START, lesion_measurements=_all()[:3]),
        Visit(None, MID, lesion_measurements=(_m("A", tender=True), _m("B"), _m("C"))),
        Visit(None, NOW),  # nothing recorded
        lesions=three,
    )
    assert _triggers(chart) == (
        f"Localised disease: 3 active lesions on {NOW} (≤ 3: A, B, C), symptomatic: "
        f"A tender on {MID}, not measured since (1 later visit: {NOW})",
    )


# ------------------------------------------------------------------ safety: vitals on diltiazem


def test_low_blood_pressure_on_diltiazem_is_not_forgotten_by_a_visit_without_vitals() -> None:
    chart = _chart(
        Visit(None, START, systolic_bp_mmhg=120, heart_rate_bpm=70),
        Visit(None, MID, systolic_bp_mmhg=85, heart_rate_bpm=45),
        Visit(None, NOW),  # no vital signs recorded
    )
    flags = {f.code: f for f in assess(chart, DEFAULTS, on=NOW).flags}
    assert flags["diltiazem_low_sbp"].triggers == (
        f"Systolic BP 85 mmHg on {MID}, not measured since (1 later visit: {NOW}), on diltiazem",
    )
    assert flags["diltiazem_heart_rate"].triggers == (
        f"Heart rate 45/min on {MID}, not measured since (1 later visit: {NOW}), on diltiazem",
    )


def test_a_reading_from_before_diltiazem_says_so() -> None:
    chart = PatientChart(
        PATIENT,
        FOUR,
        (Visit(None, date(2024, 12, 2), systolic_bp_mmhg=85), Visit(None, NOW)),
        medications=(DILTIAZEM,),
    )
    (flag,) = [f for f in assess(chart, DEFAULTS, on=NOW).flags if f.code == "diltiazem_low_sbp"]
    assert flag.triggers == (
        f"Systolic BP 85 mmHg on 2024-12-02, not measured since (1 later visit: {NOW}), before "
        f"diltiazem was started; on diltiazem on {NOW}",
    )
