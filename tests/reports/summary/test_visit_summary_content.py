"""What the PDF visit summary says about the two demo patients, read back from the PDF with pypdf
and checked against values worked out here from the chart data (not by the builder's helpers)."""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import Frequency
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.flags import DECISION_SUPPORT_NOTE
from calcitrack.domain.review.assessment import assess
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.visit_summary_support import (
    Summary,
    ellipse,
    grouped,
    request,
    signed_pct,
    squash,
    summary,
)

RA_VISIT = date(2026, 9, 14)
RA_BASELINE = date(2025, 3, 10)  # the last visit on or before diltiazem's start (2025-03-24)
RA_PREVIOUS = date(2026, 3, 16)
DM_VISIT = date(2024, 7, 15)


@pytest.fixture(scope="module")
def ra_chart() -> PatientChart:
    return ra_case_chart("DEMO-0001")


@pytest.fixture(scope="module")
def dm_chart() -> PatientChart:
    return dm_case_chart("DEMO-0002")


@pytest.fixture(scope="module")
def ra(ra_chart: PatientChart) -> Summary:
    return summary(request(ra_chart, RA_VISIT))


@pytest.fixture(scope="module")
def dm(dm_chart: PatientChart) -> Summary:
    return summary(request(dm_chart, DM_VISIT))


def _visit(chart: PatientChart, day: date) -> Visit:
    return next(v for v in chart.visits if v.visit_date == day)


def test_the_visit_block_gives_date_type_clinician_vitals_weight_and_notes(
    ra: Summary, ra_chart: PatientChart
) -> None:
    visit = _visit(ra_chart, RA_VISIT)
    first = ra.pages[0]
    assert "Follow-up visit of 2026-09-14" in first
    assert visit.clinician in first
    assert f"{visit.weight_kg:.1f} kg" in first
    assert f"{visit.systolic_bp_mmhg}/{visit.diastolic_bp_mmhg} mmHg" in first
    assert f"{visit.heart_rate_bpm}/min" in first
    assert squash(visit.notes) in first
    assert "Previous visit 2026-03-16" in first


def test_every_lesion_has_its_size_depth_ellipse_area_and_changes(
    ra: Summary, ra_chart: PatientChart
) -> None:
    now = {m.lesion_label: m for m in _visit(ra_chart, RA_VISIT).lesion_measurements}
    before = {m.lesion_label: m for m in _visit(ra_chart, RA_PREVIOUS).lesion_measurements}
    first = {m.lesion_label: m for m in _visit(ra_chart, RA_BASELINE).lesion_measurements}
    text = ra.text
    for label, m in now.items():
        area = ellipse(m.longest_mm, m.width_mm)
        row = text[text.index(label, text.index("Lesion Site")):]
        row = row[: row.index(" from ", row.index(" from ") + 1) + 20]
        assert f"{m.longest_mm:g} × {m.width_mm:g}" in row, row
        assert f"{m.depth_mm:g}" in row
        assert grouped(area) in row
        to_previous = (area - ellipse(before[label].longest_mm, before[label].width_mm)) / (
            ellipse(before[label].longest_mm, before[label].width_mm)
        ) * 100
        to_baseline = (area / ellipse(first[label].longest_mm, first[label].width_mm) - 1) * 100
        assert signed_pct(to_previous) in row
        assert signed_pct(to_baseline) in row
    assert "R lateral thigh Right thigh 225 × 85 19 15 021" in text


def test_the_lesion_area_and_counts_are_marked_as_not_validated(ra: Summary) -> None:
    text = ra.text
    assert "Area*" in text
    assert "* Not validated: lesion area is an ellipse estimate (π/4 × longest × width" in text
    assert "lesion counts are commonly used but are not validated outcome measures" in text


def test_the_burden_totals_beside_the_map(ra: Summary, ra_chart: PatientChart) -> None:
    now = _visit(ra_chart, RA_VISIT).lesion_measurements
    burden = sum(ellipse(m.longest_mm, m.width_mm) for m in now)
    baseline = sum(ellipse(m.longest_mm, m.width_mm)
                   for m in _visit(ra_chart, RA_BASELINE).lesion_measurements)  # fmt: skip
    text = ra.text
    assert f"Burden (sum of ellipse areas) {grouped(burden)} mm²" in text
    assert f"Sum of longest diameters {sum(m.longest_mm for m in now):g} mm" in text
    assert f"(2025-03-10) {signed_pct((burden / baseline - 1) * 100)}" in text
    assert "Active lesions 5" in text


def test_pain_globals_and_every_score_with_crp_in_its_own_unit(
    ra: Summary, ra_chart: PatientChart
) -> None:
    visit = _visit(ra_chart, RA_VISIT)
    crp = next(r for r in ra_chart.labs if r.analyte == "crp" and r.collected_on == RA_VISIT)
    esr = next(r for r in ra_chart.labs if r.analyte == "esr" and r.collected_on == RA_VISIT)
    assert crp.unit == "mg/L"
    ptga = visit.patient_global_mm
    assert ptga is not None and visit.evaluator_global_mm is not None
    das28_crp = 0.36 * math.log(crp.value + 1) + 0.014 * ptga + 0.96  # no tender/swollen joints
    das28_esr = 0.70 * math.log(esr.value) + 0.014 * ptga
    cdai = ptga / 10 + visit.evaluator_global_mm / 10
    sdai = cdai + crp.value / 10  # CRP in mg/dL
    text = ra.text
    assert f"Pain NRS {visit.pain_nrs}/10 (baseline 2025-03-10: 3/10)" in text
    assert f"DAS28-CRP {das28_crp:.2f} remission" in text
    assert f"DAS28-ESR {das28_esr:.2f} remission" in text
    assert f"CDAI {cdai:.2f} remission" in text
    assert f"SDAI {sdai:.2f} remission" in text
    assert f"CRP {crp.value:g} mg/L = {crp.value / 10:.3g} mg/dL" in text
    assert "on DAS28-CRP they underestimate activity" in text


def test_range_of_motion_with_its_normal_reference_and_change_from_baseline(
    ra: Summary, ra_chart: PatientChart
) -> None:
    now = {(r.joint, r.movement, r.side.value): r.degrees
           for r in _visit(ra_chart, RA_VISIT).rom}  # fmt: skip
    before = {(r.joint, r.movement, r.side.value): r.degrees
              for r in _visit(ra_chart, RA_BASELINE).rom}  # fmt: skip
    text = ra.text
    right = now[("hip", "flexion", "right")]
    change = right - before[("hip", "flexion", "right")]
    assert f"Hip flexion Right {right:g}° 125° {right / 125 * 100:.0f} %" in text
    assert f"{before[('hip', 'flexion', 'right')]:g}° +{change:g}°" in text
    assert "VA 38 CFR 4.71 Plates I–II [R22]" in text


def test_labs_as_recorded_normalised_with_range_flag_and_derived_values(
    ra: Summary, ra_chart: PatientChart
) -> None:
    labs = {r.analyte: r for r in ra_chart.labs if r.collected_on == RA_VISIT}
    text = ra.text
    calcium, albumin, phosphate = labs["calcium_total"], labs["albumin"], labs["phosphate"]
    assert f"Calcium, total (serum/plasma) {calcium.value:g} mg/dL {calcium.value:g} mg/dL " \
           f"8.5–10.5 mg/dL (reporting lab)" in text
    assert "Erythrocyte sedimentation rate (Westergren) 32 mm/h 32 mm/h ≤ 30 mm/h " \
           "(reporting lab) ↑ high" in text
    corrected = calcium.value + 0.8 * (4.0 - albumin.value)
    assert f"Corrected calcium {corrected:.2f}".rstrip("0").rstrip(".") + " mg/dL" in text
    assert f"Calcium × phosphate {calcium.value * phosphate.value:.1f} mg²/dL²" in text
    creatinine, age = labs["creatinine"].value, 51
    egfr = (142 * min(creatinine / 0.7, 1) ** -0.241 * max(creatinine / 0.7, 1) ** -1.2
            * 0.9938**age * 1.012)  # fmt: skip
    assert f"eGFR (CKD-EPI 2021) {egfr:.0f} mL/min/1.73 m²" in text
    assert "creatinine 1 mg/dL, age 51, female" in text


def test_current_medications_with_mg_per_kg_per_day_and_no_change_at_this_visit(
    ra: Summary, ra_chart: PatientChart
) -> None:
    weight = _visit(ra_chart, RA_VISIT).weight_kg
    assert weight is not None
    text = ra.text
    assert "Medications on 2026-09-14" in text
    assert f"Diltiazem calcinosis-directed 60 mg twice daily Oral 2025-03-24 120 mg " \
           f"{120 / weight:.2f}" in text
    assert "Methotrexate 15 mg once weekly Oral 2020-03-02 — —" in text
    assert f"mg/kg/day uses {weight:.1f} kg: weight of this visit (2026-09-14)" in text
    assert "No medication started, stopped or changed at this visit." in text


def test_the_changes_made_at_a_visit_are_listed_with_their_reason(
    ra_chart: PatientChart,
) -> None:
    day = date(2025, 6, 16)
    diltiazem, colchicine = ra_chart.medications[3], ra_chart.medications[4]
    changed = dataclasses.replace(
        ra_chart,
        medications=(
            *ra_chart.medications[:3],
            dataclasses.replace(diltiazem, stop_on=day, stop_reason="Titration"),
            dataclasses.replace(diltiazem, dose=90, start_on=day,
                                start_reason="Up to 3 mg/kg/day: lesions still firm"),
            dataclasses.replace(colchicine, stop_on=day,
                                stop_reason="Diarrhoea <grade 2> & cramps"),
        ),
    )  # fmt: skip
    text = summary(request(changed, day)).text
    assert ("Diltiazem Dose increased 60 mg twice daily 90 mg twice daily "
            "Up to 3 mg/kg/day: lesions still firm") in text  # fmt: skip
    assert "Colchicine Stopped 0.5 mg once daily — Diarrhoea <grade 2> & cramps" in text
    weight = _visit(ra_chart, day).weight_kg
    assert weight is not None
    assert f"180 mg {180 / weight:.2f}" in text
    dm = summary(request(dm_case_chart("DEMO-0002"), date(2023, 7, 17))).text
    assert "Flucloxacillin Started — 500 mg four times daily Infected calcinosis ulcer" in dm


def test_the_ra_patient_improves_and_has_the_colchicine_diltiazem_interaction_flag(
    ra: Summary, ra_chart: PatientChart
) -> None:
    text = ra.text
    assert "Response assessment IMPROVED" in text
    assessment = assess(ra_chart, ClinicSettings.defaults(), on=RA_VISIT, visit_date=RA_VISIT)
    interaction = next(f for f in assessment.flags if f.code == "colchicine_diltiazem")
    assert f"WARNING · {interaction.title}" in text
    assert squash(interaction.reason) in text
    for trigger in interaction.triggers:
        assert squash(trigger) in text
    assert f"Source: {interaction.source}" in text


def test_methotrexate_recorded_twice_daily_is_flagged_in_the_pdf(ra_chart: PatientChart) -> None:
    daily = tuple(
        dataclasses.replace(m, dose=90, frequency=Frequency.BID) if m.drug == "methotrexate"
        else m
        for m in ra_chart.medications
    )
    chart = dataclasses.replace(ra_chart, medications=daily)
    text = summary(request(chart, RA_VISIT)).text
    flag = next(
        f for f in assess(chart, ClinicSettings.defaults(), on=RA_VISIT, visit_date=RA_VISIT).flags
        if f.code == "methotrexate_not_weekly"
    )
    assert "CONTRAINDICATION · Methotrexate scheduled twice daily, not weekly" in text
    assert squash(flag.reason) in text
    # 90 mg × 2 = 180 mg/day, × 7 = 1260 mg/week
    assert "Methotrexate 90 mg twice daily = 180 mg/day = 1260 mg/week" in text
    assert "Source: [R63]" in text
    assert "WARNING · Methotrexate above the weekly maximum: for prescriber review" in text


def test_the_dm_patient_has_progressed_and_is_flagged_to_reconsider_surgery(
    dm: Summary, dm_chart: PatientChart
) -> None:
    text = dm.text
    assert "Response assessment PROGRESSED" in text
    assert "new lesions since the baseline 2023-01-16: L buttock, R posterior thigh" in text
    assert "REVIEW · Reconsider surgery" in text
    flag = next(
        f for f in assess(dm_chart, ClinicSettings.defaults(), on=DM_VISIT).flags
        if f.code == "reconsider_surgery"
    )
    for trigger in flag.triggers:
        assert squash(trigger) in text
    assert "New since baseline L buttock, R posterior thigh" in text
    assert "L buttock Left buttock 45 × 30 11 1 060 new since baseline" in text


def test_the_decision_support_note_is_printed(ra: Summary, dm: Summary) -> None:
    rest = DECISION_SUPPORT_NOTE.removeprefix("Decision support, ")  # named once, in bold
    for built in (ra, dm):
        assert squash(f"Decision support. {rest[:1].upper()}{rest[1:]}") in built.text


def test_the_charts_are_vector_text_from_the_screens_chart_builders(ra: Summary) -> None:
    charts = ra.page_with("Trajectories up to 2026-09-14")
    text = " ".join(ra.pages[charts:])
    for title in ("Lesion burden", "Lesion depth", "Pain", "Range of motion of the joints near "
                  "the lesions", "Disease activity", "Laboratory", "Medications"):  # fmt: skip
        assert title in text
    assert "Area (ellipse estimate), mm²" in text
    assert "R lateral thigh" in text
    map_page = ra.page_with("Totals and lesion map")
    assert "Front" in ra.pages[map_page] and "Back" in ra.pages[map_page]
    assert "Change since baseline · marker area ∝ lesion area" in ra.pages[map_page]


def test_crp_entered_in_mg_dl_is_converted_for_das28_and_used_as_is_for_sdai(
    ra_chart: PatientChart,
) -> None:
    labs = tuple(
        dataclasses.replace(r, value=r.value / 10, unit="mg/dL", ref_high=0.5)
        if r.analyte == "crp" and r.collected_on == RA_VISIT
        else r
        for r in ra_chart.labs
    )
    text = summary(request(dataclasses.replace(ra_chart, labs=labs), RA_VISIT)).text
    crp_mg_l = 1.5
    das28_crp = 0.36 * math.log(crp_mg_l + 1) + 0.014 * 5 + 0.96
    assert f"DAS28-CRP {das28_crp:.2f} remission" in text
    assert "CRP 0.15 mg/dL = 1.5 mg/L" in text
    assert "CDAI + CRP in mg/dL: CRP 0.15 mg/dL [R16]" in text
    assert "C-reactive protein 0.15 mg/dL 1.5 mg/L ≤ 0.5 mg/dL (reporting lab)" in text


def test_a_baseline_chosen_by_the_clinic_is_the_one_compared_with(
    ra_chart: PatientChart,
) -> None:
    chosen = date(2025, 6, 16)
    text = summary(request(ra_chart, RA_VISIT, baseline_date=chosen)).text
    before = _visit(ra_chart, chosen).lesion_measurements
    now = _visit(ra_chart, RA_VISIT).lesion_measurements
    burden = sum(ellipse(m.longest_mm, m.width_mm) for m in now)
    baseline = sum(ellipse(m.longest_mm, m.width_mm) for m in before)
    assert "chosen by the clinic: 2025-06-16" in text
    assert f"Change from baseline (2025-06-16) {signed_pct((burden / baseline - 1) * 100)}" in text
    assert "vs baseline 2025-06-16" in text
