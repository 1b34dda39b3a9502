"""The demo clinic's charts: valid, deterministic, and telling the two published cases' stories.

Expected numbers are worked out by hand in the comments (sums of L·W products, DAS28-CRP with ln
from a calculator, mg/kg/day), not taken from the code under test.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date, timedelta
from itertools import pairwise

import pytest

from calcitrack.domain import scores
from calcitrack.domain.codes import (
    Das28Variant,
    Frequency,
    ImagingModality,
    LesionStatus,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.entities import MedicationPeriod, PatientChart, Visit
from calcitrack.domain.laboratory import labs
from calcitrack.domain.medications import dosing
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.visits.validation import validate_chart
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts

TODAY = date(2026, 11, 21)
LAST_DEMO_DAY = date(2026, 10, 31)
CHARTS = demo_charts()


def _chart(mrn: str) -> PatientChart:
    (found,) = [c for c in CHARTS if c.patient.mrn == mrn]
    return found


def _burden(visit: Visit) -> float:
    return sum(m.area_mm2 for m in visit.lesion_measurements)


def _lw_sum(visit: Visit) -> float:
    return sum(m.longest_mm * m.width_mm for m in visit.lesion_measurements)


def _only(chart: PatientChart, drug: str) -> MedicationPeriod:
    (found,) = [m for m in chart.medications if m.drug == drug]
    return found


def _dates(chart: PatientChart) -> list[date]:
    """Every date recorded anywhere in the chart, found by walking the dataclasses (a next visit
    due is planned, not recorded: left out)."""
    found: list[date] = []

    def walk(obj: object) -> None:
        if isinstance(obj, date):
            found.append(obj)
        elif dataclasses.is_dataclass(obj):
            for f in dataclasses.fields(obj):
                if f.name != "next_visit_due_on":
                    walk(getattr(obj, f.name))
        elif isinstance(obj, tuple):
            for item in obj:
                walk(item)

    walk(chart)
    return found


# ---------------------------------------------------------------- the whole clinic


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c.patient.mrn)
def test_every_chart_passes_validation(chart: PatientChart) -> None:
    assert validate_chart(chart, today=TODAY) == []


def test_mrns_are_unique_and_the_case_patients_have_their_diseases() -> None:
    mrns = [c.patient.mrn for c in CHARTS]
    assert len(mrns) == len(set(mrns)) == 5
    assert _chart(DEMO_RA_MRN).patient.underlying_disease is UnderlyingDisease.RA
    assert _chart(DEMO_DM_MRN).patient.underlying_disease is UnderlyingDisease.DM
    assert (DEMO_RA_MRN, DEMO_DM_MRN) == ("DEMO-0001", "DEMO-0002")


def test_demo_charts_is_deterministic() -> None:
    assert demo_charts() == demo_charts() == CHARTS
    assert demo_charts() is not demo_charts()


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c.patient.mrn)
def test_every_date_is_fixed_and_not_after_october_2026(chart: PatientChart) -> None:
    days = _dates(chart)
    assert days and max(days) <= LAST_DEMO_DAY


def test_names_include_accented_letters_and_no_case_report_author() -> None:
    names = " ".join(c.patient.display_name for c in CHARTS)
    assert any(not ch.isascii() and ch.isalpha() for ch in names)
    assert {"ø", "ç", "ñ", "é", "Á"} <= set(names)
    authors = (
        "Cadório",
        "Oliveira",
        "Albuquerque",
        "Neto",
        "Esteves",
        "Mendes",
        "Teixeira",
        "Salvador",
    )
    assert not any(a in names for a in authors)


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c.patient.mrn)
def test_visits_run_in_date_order_from_one_baseline(chart: PatientChart) -> None:
    days = [v.visit_date for v in chart.visits]
    assert days == sorted(days)
    types = [v.visit_type for v in chart.visits]
    assert types[0] is VisitType.BASELINE
    assert VisitType.BASELINE not in types[1:]


def test_every_lab_carries_its_value_in_the_canonical_unit() -> None:
    for chart in CHARTS:
        for result in chart.labs:
            canonical = labs.analyte(result.analyte).canonical_unit
            assert result.normalised_unit == canonical
            assert result.normalised_value == labs.normalise(
                result.value, result.unit, result.analyte
            )


def test_si_labs_are_normalised_with_the_domain_factors() -> None:
    ssc = _chart("DEMO-0003")
    first = ssc.visits[0].visit_date
    by_analyte = {r.analyte: r for r in ssc.labs if r.collected_on == first}
    # 68 µmol/L ÷ 88.4 = 0.7692 mg/dL; 2.38 mmol/L ÷ 0.2495 = 9.539 mg/dL; 40 g/L = 4.0 g/dL
    assert by_analyte["creatinine"].unit == "umol/L"
    assert by_analyte["creatinine"].normalised_value == pytest.approx(0.7692, abs=1e-4)
    assert by_analyte["calcium_total"].unit == "mmol/L"
    assert by_analyte["calcium_total"].normalised_value == pytest.approx(9.539, abs=1e-3)
    assert by_analyte["albumin"].normalised_value == pytest.approx(4.0)


def test_medications_are_named_and_coded_from_the_drug_table() -> None:
    for chart in CHARTS:
        for period in chart.medications:
            entry = DRUGS[period.drug]
            assert period.atc == entry.atc
            if period.drug != "other":
                assert period.drug_name == entry.name


# ---------------------------------------------------------------- DEMO-0001: RA


def test_ra_baseline_das28_crp_is_the_reported_1_51() -> None:
    ra = _chart(DEMO_RA_MRN)
    baseline = ra.visits[0]
    (crp,) = [r for r in ra.labs if r.analyte == "crp" and r.collected_on == baseline.visit_date]
    assert (crp.value, crp.unit) == (2.1, "mg/L")
    computed = scores.das28_crp(
        baseline.tender_joints_28,
        baseline.swollen_joints_28,
        crp.normalised_value,
        baseline.patient_global_mm,
    )
    # 0 + 0 + 0.36·ln(3.1) + 0.014·10 + 0.96 = 0.36 × 1.131402 + 0.14 + 0.96 = 1.507305
    assert computed == pytest.approx(1.507305, abs=1e-6)
    assert round(computed, 2) == 1.51 == baseline.das28_recorded
    assert baseline.das28_recorded_variant is Das28Variant.CRP


def test_ra_every_recorded_das28_agrees_with_its_components() -> None:
    ra = _chart(DEMO_RA_MRN)
    recorded = [v for v in ra.visits if v.das28_recorded is not None]
    assert len(recorded) >= 2
    for visit in recorded:
        (crp,) = [r for r in ra.labs if r.analyte == "crp" and r.collected_on == visit.visit_date]
        computed = scores.das28_crp_from(
            visit.tender_joints_28,
            visit.swollen_joints_28,
            crp.value,
            crp.unit,
            visit.patient_global_mm,
        )
        assert not scores.das28_entry_disagrees(visit.das28_recorded, computed)


def test_ra_diltiazem_is_2_mg_per_kg_per_day_on_the_baseline_weight() -> None:
    ra = _chart(DEMO_RA_MRN)
    diltiazem = _only(ra, "diltiazem")
    assert (diltiazem.dose, diltiazem.frequency) == (60, Frequency.BID)
    assert diltiazem.atc == "C08DB01"
    assert "MDT" in diltiazem.start_reason
    weight = ra.visits[0].weight_kg
    assert weight == 60
    # 60 mg × 2 a day / 60 kg = 2.0 mg/kg/day
    assert dosing.mg_per_kg_per_day(
        diltiazem.dose, diltiazem.frequency.doses_per_day, weight
    ) == pytest.approx(2.0)


def test_ra_colchicine_and_diltiazem_overlap() -> None:
    ra = _chart(DEMO_RA_MRN)
    colchicine, diltiazem = _only(ra, "colchicine"), _only(ra, "diltiazem")
    assert colchicine.dose <= 0.6 and colchicine.frequency is Frequency.QD
    start = max(colchicine.start_on, diltiazem.start_on)
    assert colchicine.active_on(start) and diltiazem.active_on(start)


def test_ra_background_drugs_started_before_the_first_visit() -> None:
    ra = _chart(DEMO_RA_MRN)
    first = ra.visits[0].visit_date
    for drug in ("methotrexate", "hydroxychloroquine", "folic_acid"):
        assert _only(ra, drug).active_on(first)
    assert _only(ra, "methotrexate").frequency is Frequency.QW


def test_ra_burden_falls_by_more_than_a_quarter_without_new_lesions_or_ulcers() -> None:
    ra = _chart(DEMO_RA_MRN)
    baseline, last = ra.visits[0], ra.visits[-1]
    # Σ L·W at baseline: 300·120 + 150·100 + 60·40 + 120·60 + 10·8
    #                  = 36000 + 15000 + 2400 + 7200 + 80 = 60680 mm²
    assert _lw_sum(baseline) == 60680
    # at the last visit: 225·85 + 115·75 + 45·30 + 90·45 + 8·6
    #                  = 19125 + 8625 + 1350 + 4050 + 48 = 33198 mm² (54.7 % of baseline)
    assert _lw_sum(last) == 33198
    assert _burden(baseline) == pytest.approx(math.pi / 4 * 60680)
    assert _burden(last) <= 0.75 * _burden(baseline)
    labels = {lesion.label for lesion in ra.lesions}
    assert all(lesion.first_seen_on <= baseline.visit_date for lesion in ra.lesions)
    for visit in ra.visits:
        assert {m.lesion_label for m in visit.lesion_measurements} == labels
        assert not any(m.ulcerated or m.infected for m in visit.lesion_measurements)
    burdens = [_burden(v) for v in ra.visits]
    assert burdens == sorted(burdens, reverse=True)


def test_ra_right_hip_improves_and_diltiazem_is_safe() -> None:
    ra = _chart(DEMO_RA_MRN)
    flexion = [
        next(
            r.degrees for r in v.rom if (r.joint, r.movement, r.side) == ("hip", "flexion", "right")
        )
        for v in ra.visits
    ]
    assert flexion[0] == 100 and flexion[-1] > flexion[0]
    for visit in ra.visits:
        assert visit.heart_rate_bpm >= 60 and visit.systolic_bp_mmhg >= 100


# ---------------------------------------------------------------- DEMO-0002: DM


def test_dm_burden_grows_by_more_than_a_quarter_with_a_new_lesion() -> None:
    dm = _chart(DEMO_DM_MRN)
    baseline, last = dm.visits[0], dm.visits[-1]
    # Σ L·W at baseline: 2400 + 1750 + 3600 + 2800 + 5400 + 1000 + 700 = 17650 mm²
    assert _lw_sum(baseline) == 17650
    # last: 3600 + 2520 + 5225 + 4250 + 7920 + 1440 + 1092 + 1350 + 500 = 27897 mm² (158 %)
    assert _lw_sum(last) == 27897
    assert _burden(last) >= 1.25 * _burden(baseline)
    new = [le for le in dm.lesions if le.first_seen_on > baseline.visit_date]
    assert new
    measured_last = {m.lesion_label for m in last.lesion_measurements}
    assert {le.label for le in new} <= measured_last


def test_dm_ulcerates_on_consecutive_visits_and_is_infected_twice_within_a_year() -> None:
    dm = _chart(DEMO_DM_MRN)
    ulcerated = [any(m.ulcerated for m in v.lesion_measurements) for v in dm.visits]
    assert any(a and b for a, b in pairwise(ulcerated))
    extruding = [any(m.extrusion for m in v.lesion_measurements) for v in dm.visits]
    assert any(a and b for a, b in pairwise(extruding))
    infected = [v.visit_date for v in dm.visits if any(m.infected for m in v.lesion_measurements)]
    assert any(b - a <= timedelta(days=365) for a, b in pairwise(infected))


def test_dm_pain_is_at_least_7_on_the_last_two_visits() -> None:
    dm = _chart(DEMO_DM_MRN)
    assert [v.pain_nrs >= 7 for v in dm.visits[-2:]] == [True, True]


def test_dm_ivig_and_pamidronate_courses() -> None:
    dm = _chart(DEMO_DM_MRN)
    ivig, pamidronate = _only(dm, "ivig"), _only(dm, "pamidronate")
    # 6 cycles every 4 weeks: 2023-02-06 + 6 × 28 days = 2023-07-24, the first day off
    assert ivig.stop_on - ivig.start_on == timedelta(days=6 * 28)
    assert (ivig.dose, ivig.dose_unit, ivig.frequency) == (2, "g/kg", Frequency.Q4W)
    assert "400 mg/kg/day" in ivig.start_reason
    assert (pamidronate.dose, pamidronate.frequency) == (60, Frequency.QMONTH)
    assert (pamidronate.start_on, pamidronate.stop_on) == (date(2023, 2, 6), date(2024, 2, 5))
    assert dm.visits[0].visit_date < ivig.start_on


def test_dm_diagnosis_labs_predate_the_tracker_and_minerals_stay_normal() -> None:
    dm = _chart(DEMO_DM_MRN)
    first = dm.visits[0].visit_date
    (ck,) = [r for r in dm.labs if r.analyte == "creatine_kinase" and r.value == 952]
    assert ck.collected_on == date(2006, 5, 2) < first
    for result in dm.labs:
        if result.analyte in ("calcium_total", "phosphate"):
            assert result.collected_on >= first
            assert labs.out_of_range(result.value, result.ref_low, result.ref_high) is None


def test_dm_x_rays_show_progression_of_hips_thighs_and_arms() -> None:
    dm = _chart(DEMO_DM_MRN)
    xrays = [s for s in dm.imaging if s.modality is ImagingModality.XRAY]
    months = {(s.study_date.year, s.study_date.month) for s in xrays}
    assert {(2023, 1), (2024, 6)} <= months
    late = [s for s in xrays if s.study_date.year == 2024]
    assert {s.body_site for s in late} >= {"hip", "thigh", "upper_arm"}
    assert all("progression" in s.findings for s in late)


# ---------------------------------------------------------------- the three smaller patients


def test_ssc_diltiazem_dose_change_closes_one_period_and_opens_the_next() -> None:
    ssc = _chart("DEMO-0003")
    old, new = sorted(
        (m for m in ssc.medications if m.drug == "diltiazem"), key=lambda m: m.start_on
    )
    assert old.stop_on == new.start_on and old.stop_reason and new.start_reason
    assert new.stop_on is None
    assert dosing.daily_dose_mg(new.dose, new.frequency.doses_per_day) == 240


def test_resolved_and_excised_lesions_are_not_measured_afterwards() -> None:
    closed = [
        (chart, lesion)
        for chart in CHARTS
        for lesion in chart.lesions
        if lesion.status is not LesionStatus.ACTIVE
    ]
    assert {lesion.status for _, lesion in closed} == {LesionStatus.RESOLVED, LesionStatus.EXCISED}
    for chart, lesion in closed:
        assert lesion.status_changed_on is not None
        for visit in chart.visits:
            if visit.visit_date >= lesion.status_changed_on:
                assert lesion.label not in {m.lesion_label for m in visit.lesion_measurements}


def test_the_sle_patient_is_archived_and_the_others_are_not() -> None:
    archived = [c.patient.mrn for c in CHARTS if c.patient.archived]
    assert archived == ["DEMO-0005"]
    assert _chart("DEMO-0005").patient.underlying_disease is UnderlyingDisease.SLE


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c.patient.mrn)
def test_each_visit_planned_the_next_and_the_latest_the_default_interval(
    chart: PatientChart,
) -> None:
    """So that Today lists who is due or overdue in the demo clinic (it was empty)."""
    visits = sorted(chart.visits, key=lambda v: v.visit_date)
    for visit, later in pairwise(visits):
        assert visit.next_visit_due_on == later.visit_date
    latest = visits[-1]
    if chart.patient.archived:
        assert latest.next_visit_due_on is None
    else:
        assert latest.next_visit_due_on == latest.visit_date + timedelta(weeks=12)
