"""Plausibility of a visit entry: impossible values refused as problems (hard limits), unusual ones
found for the nurse to confirm (soft limits, the clinic's data-quality settings). The expected
numbers are worked out here by hand, not by the code under test."""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest

from calcitrack.domain.clinic_settings import (
    DATA_QUALITY_DEFINITIONS,
    DEFINITIONS,
    DQ_LAB_RANGE_FACTOR,
    DQ_LESION_GREW_PCT,
    DQ_LESION_SHRANK_PCT,
    DQ_ROM_ABOVE_NORMAL_DEG,
    DQ_WEIGHT_CHANGE_PCT,
    DQ_WEIGHT_CHANGE_PCT_PER_MONTH,
    ClinicSettings,
    check_setting,
)
from calcitrack.domain.codes import Laterality, Sex, Side, UnderlyingDisease
from calcitrack.domain.entities import (
    Lesion,
    LesionMeasurement,
    Patient,
    PatientChart,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.domain.sources import SOURCES, cited_keys
from calcitrack.domain.visits.plausibility import (
    SOFT_CHECKS,
    UnconfirmedValuesError,
    chart_unusual_values,
    confirmations,
    to_confirm,
    unusual_values,
)
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.validation import validate_chart
from calcitrack.domain.visits.visit_entry import VisitEntry, validate_visit_entry

TODAY = date(2026, 7, 6)
FIRST, SECOND = date(2026, 1, 5), date(2026, 4, 6)  # SECOND is 91 days before TODAY
PATIENT = Patient("P-1", "Test", "Ana", Sex.FEMALE, date(1970, 1, 1), UnderlyingDisease.DM, id=1)
CHART = PatientChart(
    PATIENT,
    lesions=(Lesion("A", "thigh", Laterality.RIGHT, FIRST, id=1),),
    visits=(
        Visit(1, FIRST, weight_kg=60.0, id=10,
              lesion_measurements=(LesionMeasurement("A", 10.0, 8.0),),
              rom=(RomMeasurement("hip", "flexion", Side.RIGHT, 110.0),)),
        Visit(1, SECOND, weight_kg=61.0, id=11,
              lesion_measurements=(LesionMeasurement("A", 10.0, 8.0),)),
    ),
)
DEFAULTS = ClinicSettings.defaults()


def _settings(**values: float) -> ClinicSettings:
    keys = {
        "rom": DQ_ROM_ABOVE_NORMAL_DEG, "grew": DQ_LESION_GREW_PCT,
        "shrank": DQ_LESION_SHRANK_PCT, "weight": DQ_WEIGHT_CHANGE_PCT,
        "per_month": DQ_WEIGHT_CHANGE_PCT_PER_MONTH, "factor": DQ_LAB_RANGE_FACTOR,
    }
    return ClinicSettings.from_stored({keys[k]: v for k, v in values.items()})


def _visit(**changes: object) -> Visit:
    return dataclasses.replace(Visit(1, TODAY), **changes)  # type: ignore[arg-type]


def _hip(degrees: float) -> Visit:
    return _visit(rom=(RomMeasurement("hip", "flexion", Side.RIGHT, degrees),))


def _found(entry: VisitEntry, settings: ClinicSettings = DEFAULTS) -> list[UnusualValue]:
    return unusual_values(entry, CHART, settings)


# ------------------------------------------------------------------ hard limits


def test_hip_flexion_200_is_impossible_and_refused_naming_the_field() -> None:
    problems = validate_visit_entry(VisitEntry(_hip(200)), CHART, today=TODAY)
    assert [p.field for p in problems] == ["rom[0].degrees"]
    assert problems[0].reason.startswith("200° is impossible")
    assert "180°" in problems[0].reason and "[R21]" in problems[0].reason
    assert "normal reference is 125°" in problems[0].reason


@pytest.mark.parametrize(("degrees", "refused"), [(180, False), (180.5, True), (-90, False)])
def test_the_rom_hard_limit_is_a_half_circle(degrees: float, refused: bool) -> None:
    problems = validate_visit_entry(VisitEntry(_hip(degrees)), CHART, today=TODAY)
    assert bool(problems) is refused


@pytest.mark.parametrize(
    ("analyte", "value", "unit", "refused"),
    [
        ("esr", 200, "mm/h", False),  # the whole 200 mm column
        ("esr", 201, "mm/h", True),
        ("haemoglobin", 40, "g/dL", False),
        ("haemoglobin", 130, "g/dL", True),  # g/L typed as g/dL
        ("haemoglobin", 130, "g/L", False),  # 13 g/dL
        ("haemoglobin", 410, "g/L", True),  # 41 g/dL, in the other unit
        ("calcium_total", -0.1, "mg/dL", True),  # negative, as before
    ],
)
def test_lab_values_no_patient_can_have_are_refused(
    analyte: str, value: float, unit: str, refused: bool
) -> None:
    entry = VisitEntry(_visit(), labs=(entered(analyte, TODAY, value, unit),))
    problems = validate_visit_entry(entry, CHART, today=TODAY)
    assert [p.field for p in problems] == (["labs[0].value"] if refused else [])
    if refused and value > 0:
        assert "impossible" in problems[0].reason
        assert "[R80]" in problems[0].reason or "[R81]" in problems[0].reason


def test_the_import_refuses_an_impossible_value_in_an_earlier_visit_too() -> None:
    bad = dataclasses.replace(CHART.visits[0], rom=(RomMeasurement("knee", "flexion", Side.LEFT,
                                                                   190.0),))
    chart = dataclasses.replace(CHART, visits=(bad, CHART.visits[1]))
    problems = validate_chart(chart, today=TODAY)
    assert [p.field for p in problems] == ["visits[0].rom[0].degrees"]


# ------------------------------------------------------------------ range of motion


def test_hip_flexion_140_is_unusual_above_the_normal_125() -> None:
    [found] = _found(VisitEntry(_hip(140)))
    assert (found.check, found.field, found.label, found.value) == (
        "rom_above_normal", "rom[0].degrees", "Hip flexion, right", "140°"
    )
    assert found.reason == "15° above the normal reference of 125° [R22]"
    assert found.setting == DQ_ROM_ABOVE_NORMAL_DEG
    assert found.limit == "Range of motion: ask when above the normal reference by more than 10°"
    assert found.on == TODAY


@pytest.mark.parametrize(
    ("degrees", "margin", "unusual"),
    [(135, 10, False), (136, 10, True), (126, 0, True), (125, 0, False), (120, 10, False)],
)
def test_the_rom_margin_is_the_clinics(degrees: float, margin: float, unusual: bool) -> None:
    assert bool(_found(VisitEntry(_hip(degrees)), _settings(rom=margin))) is unusual


def test_elbow_hyperextension_within_the_margin_is_not_asked_about() -> None:
    visit = _visit(rom=(RomMeasurement("elbow", "extension", Side.LEFT, 8.0),
                        RomMeasurement("elbow", "extension", Side.RIGHT, 11.0)))
    assert [f.field for f in _found(VisitEntry(visit))] == ["rom[1].degrees"]


# ------------------------------------------------------------------ lesion area


def _lesion(longest: float, width: float) -> VisitEntry:
    return VisitEntry(_visit(lesion_measurements=(LesionMeasurement("A", longest, width),)))


def test_a_lesion_whose_area_more_than_doubled_is_unusual() -> None:
    before = math.pi / 4 * 10 * 8  # 62.83 mm²
    after = math.pi / 4 * 15 * 12  # 141.37 mm², +125 %
    [found] = _found(_lesion(15, 12))
    assert found.field == "lesion_measurements[0].longest_mm"
    assert found.value == "15×12 mm" and found.setting == DQ_LESION_GREW_PCT
    assert found.reason == (
        f"the area grew by 125 % ({before:.0f} → {after:.0f} mm²) since 10×8 mm on 2026-04-06"
    )


def test_a_lesion_whose_area_fell_by_more_than_half_is_unusual() -> None:
    [found] = _found(_lesion(7, 5))  # 35/80 of the area: −56 %
    assert found.setting == DQ_LESION_SHRANK_PCT
    assert found.reason.startswith("the area shrank by 56 % (63 → 27 mm²)")


@pytest.mark.parametrize(
    ("longest", "width", "grew", "shrank", "unusual"),
    [
        (14, 11, 100, 50, False),  # 154/80: +92.5 %
        (14, 11, 90, 50, True),
        (8, 6, 100, 50, False),  # 48/80: −40 %
        (8, 6, 100, 39, True),
        (10, 8, 100, 50, False),
    ],
)
def test_the_area_limits_are_the_clinics(
    longest: float, width: float, grew: float, shrank: float, unusual: bool
) -> None:
    settings = _settings(grew=grew, shrank=shrank)
    assert bool(_found(_lesion(longest, width), settings)) is unusual


def test_a_new_lesion_has_nothing_to_compare_with() -> None:
    visit = _visit(lesion_measurements=(LesionMeasurement("B", 40.0, 30.0),))
    entry = VisitEntry(visit, new_lesions=(Lesion("B", "knee", Laterality.LEFT, TODAY),))
    assert _found(entry) == []


# ------------------------------------------------------------------ weight


@pytest.mark.parametrize(
    ("weight", "unusual"),
    # 91 days after 61 kg: allowed 5 % + 1 % × 91 / 30.4375 = 7.99 %
    [(65.8, False), (65.9, True), (56.2, False), (56.1, True)],
)
def test_weight_change_is_relative_to_the_time_since_the_last_weight(
    weight: float, unusual: bool
) -> None:
    found = _found(VisitEntry(_visit(weight_kg=weight)))
    assert bool(found) is unusual
    if unusual:
        change = (weight - 61) / 61 * 100
        assert found[0].field == "weight_kg" and found[0].value == f"{weight:g} kg"
        assert found[0].reason == (
            f"{change:+.1f} %\u00a0from 61 kg on 2026-04-06, 91 days earlier "
            "(checked: more than 8.0 %\u00a0for that interval)"
        )


def test_weight_settings_without_the_monthly_share() -> None:
    settings = _settings(weight=5, per_month=0)
    assert _found(VisitEntry(_visit(weight_kg=64.1)), settings)  # +5.08 %
    assert not _found(VisitEntry(_visit(weight_kg=64.0)), settings)  # +4.92 %


def test_the_first_weight_has_nothing_to_compare_with() -> None:
    chart = dataclasses.replace(CHART, visits=())
    assert unusual_values(VisitEntry(_visit(weight_kg=150.0)), chart, DEFAULTS) == []


# ------------------------------------------------------------------ labs


def _lab(analyte: str, value: float, unit: str, **ref: float) -> list[UnusualValue]:
    lab = entered(analyte, TODAY, value, unit, ref.get("low"), ref.get("high"))
    return _found(VisitEntry(_visit(), labs=(lab,)))


def test_calcium_in_mmol_l_typed_as_mg_dl_is_unusual_and_the_unit_is_named() -> None:
    [found] = _lab("calcium_total", 2.4, "mg/dL")
    # 8.5 mg/dL ÷ 2 = 4.25; 2.4 mmol/L = 2.4 / 0.2495 = 9.62 mg/dL, typical
    assert found.field == "labs[0].value" and found.value == "2.4 mg/dL"
    assert found.reason == (
        "below 4.25 mg/dL, the bottom ÷ 2 of the typical adult range (8.5–10.5 mg/dL) "
        "[R29][R33]; as 2.4 mmol/L it would be typical (9.62 mg/dL): check the unit"
    )


def test_albumin_in_g_l_typed_as_g_dl_is_unusual() -> None:
    [found] = _lab("albumin", 40, "g/dL")  # 4.7 × 2 = 9.4 g/dL
    assert found.reason.startswith("above 9.4 g/dL, 2 × the top of the typical adult range")
    assert found.reason.endswith("as 40 g/L it would be typical (4 g/dL): check the unit")


@pytest.mark.parametrize(
    ("analyte", "value", "unit", "unusual"),
    [
        ("calcium_total", 9.6, "mg/dL", False),
        ("calcium_total", 21.0, "mg/dL", False),  # 10.5 × 2 exactly
        ("calcium_total", 21.1, "mg/dL", True),
        ("calcium_total", 2.35, "mmol/L", False),
        ("phosphate", 1.2, "mg/dL", True),  # below 2.5 ÷ 2
        ("phosphate", 1.25, "mg/dL", False),
        ("creatinine", 80, "mg/dL", True),  # µmol/L typed as mg/dL
        ("creatinine", 80, "umol/L", False),
        ("crp", 250, "mg/L", False),  # active disease runs many times the range
        ("creatine_kinase", 12000, "U/L", False),
        ("vitamin_d_25oh", 300, "ng/mL", False),  # no typical range, no lab range
    ],
)
def test_lab_values_far_outside_their_range(
    analyte: str, value: float, unit: str, unusual: bool
) -> None:
    assert bool(_lab(analyte, value, unit)) is unusual


def test_without_a_typical_range_the_reporting_labs_range_is_used() -> None:
    [found] = _lab("vitamin_d_25oh", 300, "ng/mL", low=20, high=100)
    assert found.reason.startswith("above 200 ng/mL, 2 × the top of the reporting lab's range")
    assert _lab("vitamin_d_25oh", 190, "ng/mL", low=20, high=100) == []


def test_the_lab_factor_is_the_clinics() -> None:
    lab = entered("calcium_total", TODAY, 16.0, "mg/dL")
    entry = VisitEntry(_visit(), labs=(lab,))
    assert _found(entry) == []
    assert [f.value for f in _found(entry, _settings(factor=1.5))] == ["16 mg/dL"]


# ------------------------------------------------------------------ confirming


def test_an_unconfirmed_unusual_value_is_refused_with_the_field_and_reason() -> None:
    entry = VisitEntry(_hip(140))
    with pytest.raises(UnconfirmedValuesError) as refused:
        confirmations(entry, CHART, DEFAULTS)
    assert [p.field for p in refused.value.problems] == ["rom[0].degrees"]
    assert refused.value.problems[0].reason == (
        "140° is unusual and was not confirmed: 15° above the normal reference of 125° [R22]"
    )
    assert [u.value for u in refused.value.unusual] == ["140°"]


def test_a_confirmed_value_is_returned_as_shown_and_another_value_needs_its_own() -> None:
    shown = _found(VisitEntry(_hip(140)))
    entry = VisitEntry(_hip(140), confirmed=tuple(shown))
    assert confirmations(entry, CHART, DEFAULTS) == shown
    with pytest.raises(UnconfirmedValuesError):
        confirmations(VisitEntry(_hip(150), confirmed=tuple(shown)), CHART, DEFAULTS)


def test_an_edit_asks_only_about_values_it_changes() -> None:
    stored = dataclasses.replace(_hip(140), id=12)
    chart = dataclasses.replace(CHART, visits=(*CHART.visits, stored))
    same = dataclasses.replace(stored, pain_nrs=3)
    assert unusual_values(VisitEntry(same), chart, DEFAULTS)  # still unusual …
    assert to_confirm(VisitEntry(same), chart, DEFAULTS) == []  # … but not asked again
    changed = dataclasses.replace(stored, rom=(RomMeasurement("hip", "flexion", Side.RIGHT,
                                                              145.0),))
    assert [u.value for u in to_confirm(VisitEntry(changed), chart, DEFAULTS)] == ["145°"]


def test_a_whole_chart_is_checked_visit_by_visit_with_paths_in_the_chart() -> None:
    third = Visit(1, TODAY, weight_kg=70.0, id=None,
                  rom=(RomMeasurement("hip", "flexion", Side.LEFT, 150.0),))
    chart = dataclasses.replace(
        CHART,
        visits=(*CHART.visits, third),
        labs=(
            entered("calcium_total", SECOND, 9.5, "mg/dL"),
            entered("albumin", date(2026, 5, 1), 42, "g/dL"),  # no visit that day
            entered("calcium_total", TODAY, 2.3, "mg/dL"),
        ),
    )
    found = chart_unusual_values(chart, DEFAULTS)
    assert [(f.field, f.on) for f in found] == [
        ("labs[1].value", date(2026, 5, 1)),
        ("visits[2].rom[0].degrees", TODAY),
        ("visits[2].weight_kg", TODAY),
        ("labs[2].value", TODAY),
    ]


# ------------------------------------------------------------------ settings and sources


def test_data_quality_settings_are_visible_clinic_policy_and_never_clinical_thresholds() -> None:
    assert {d.key for d in DATA_QUALITY_DEFINITIONS} <= {d.key for d in DEFINITIONS}
    for d in DATA_QUALITY_DEFINITIONS:
        assert d.section == "data_quality" and d.policy and d.data_quality
        assert d.origin_note.startswith(
            "data-quality check (clinic policy), not a clinical threshold: "
        )
        assert check_setting(d.key, d.default) == []
    defaults = {d.key: d.default for d in DATA_QUALITY_DEFINITIONS}
    assert defaults == {
        DQ_ROM_ABOVE_NORMAL_DEG: 10, DQ_LESION_GREW_PCT: 100, DQ_LESION_SHRANK_PCT: 50,
        DQ_WEIGHT_CHANGE_PCT: 5, DQ_WEIGHT_CHANGE_PCT_PER_MONTH: 1, DQ_LAB_RANGE_FACTOR: 2,
    }


def test_every_source_the_checks_cite_can_be_looked_up() -> None:
    texts = [d.source for d in DATA_QUALITY_DEFINITIONS]
    texts += [u.reason for u in _lab("calcium_total", 2.4, "mg/dL") + _found(VisitEntry(_hip(140)))]
    texts += [p.reason for p in validate_visit_entry(
        VisitEntry(_hip(200), labs=(entered("esr", TODAY, 250, "mm/h"),
                                    entered("haemoglobin", TODAY, 130, "g/dL"))),
        CHART, today=TODAY)]
    keys = cited_keys(texts)
    assert {"R21", "R22", "R29", "R80", "R81", "R82"} <= set(keys)
    assert all(key in SOURCES for key in keys)
    assert not any("DOMAIN" in t or "§" in t for t in texts)


def test_adding_a_check_is_one_function_in_the_list() -> None:
    def pain_ten(entry: VisitEntry, _chart: PatientChart, _s: ClinicSettings) -> list[UnusualValue]:
        pain = entry.visit.pain_nrs
        return [UnusualValue("pain", "pain_nrs", "pain", "Pain", f"{pain}/10", "the maximum")
                ] if pain == 10 else []

    entry = VisitEntry(_visit(pain_nrs=10))
    assert unusual_values(entry, CHART, DEFAULTS) == []
    found = unusual_values(entry, CHART, DEFAULTS, (*SOFT_CHECKS, pain_ten))
    assert [f.field for f in found] == ["pain_nrs"]
