"""Charts as research tables: one row per observation, one table per grain (``research_columns``).

Values stay typed (numbers, dates, booleans, text; None where nothing was recorded): the writer
turns them into cells. With ``pseudonymise`` every date of a patient moves back by that
patient's offset, the columns marked identifying are left out, and the patients come in the
order of their random study IDs (the order of the charts would otherwise tell the MRN order).
The assessment at each visit is ``assess`` with the clinic's settings, as the window shows it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import DISEASE_SNOMED, Das28Variant, DoseUnit
from calcitrack.domain.entities import LabResult, PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory.lab_loinc import loinc_of
from calcitrack.domain.medications import dosing
from calcitrack.domain.research import pseudonym
from calcitrack.domain.research.pseudonym import Pseudonym
from calcitrack.domain.research.research_columns import (
    ASSESSMENT_FLAGS,
    ASSESSMENTS,
    FORMS,
    IMAGING,
    LABS,
    LESION_MEASUREMENTS,
    MEDICATION_PERIODS,
    PATIENTS,
    PROCEDURES,
    REPEAT_INSTANCE,
    REPEAT_INSTRUMENT,
    ROM,
    STUDY_ID,
    VISITS,
    Form,
)
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.scores import cdai, sdai_from
from calcitrack.domain.trajectory.trajectory_labs import latest
from calcitrack.domain.trajectory.visit_das28 import visit_das28

Cell = str | int | float | bool | date | None
Row = dict[str, Cell]


@dataclass(frozen=True)
class Table:
    form: Form
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class ResearchTables:
    tables: tuple[Table, ...]
    pseudonymised: bool
    patients: int


def research_tables(
    charts: Sequence[PatientChart], settings: ClinicSettings, *, pseudonymise: bool = False
) -> ResearchTables:
    """Every table of ``charts`` (identified, or pseudonymised with fresh random IDs/offsets)."""
    ids = pseudonym.pseudonymised(len(charts)) if pseudonymise else pseudonym.identified(
        len(charts)
    )
    pairs = sorted(zip(ids, charts, strict=True), key=lambda pair: pair[0].study_id)
    found: dict[str, list[tuple[Cell, ...]]] = defaultdict(list)
    decimals = {c.name for form in FORMS for c in form.columns if c.kind == "number"}
    for who, chart in pairs:
        for form, rows in _chart_rows(chart, who, settings, pseudonymise).items():
            header = form.header(pseudonymise)
            for instance, row in enumerate(rows, start=1):
                _as_decimals(row, decimals)
                row[STUDY_ID] = who.study_id
                if form.repeating:
                    row[REPEAT_INSTRUMENT] = form.name
                    row[REPEAT_INSTANCE] = instance
                found[form.name].append(tuple(row.get(name) for name in header))
    tables = tuple(
        Table(form, form.header(pseudonymise), tuple(found[form.name])) for form in FORMS
    )
    return ResearchTables(tables, pseudonymise, len(charts))


def _as_decimals(row: Row, names: set[str]) -> None:
    """A decimal column is written as one whatever the value's type (a chart built in code may
    hold 55 where the store gives back 55.0): the same file from the same data."""
    for name in names & row.keys():
        value = row[name]
        if isinstance(value, int) and not isinstance(value, bool):
            row[name] = float(value)


def lesion_codes(chart: PatientChart) -> dict[str, str]:
    """``L01``, ``L02``… for the patient's lesion labels, in the chart's order (then any label
    only an imaging study or procedure names)."""
    labels = [lesion.label for lesion in chart.lesions]
    labels += [m.lesion_label for v in chart.visits for m in v.lesion_measurements]
    labels += [label for s in chart.imaging for label in s.lesion_labels]
    labels += [label for p in chart.procedures for label in p.lesion_labels]
    unique = list(dict.fromkeys(labels))
    width = max(2, len(str(len(unique))))
    return {label: f"L{n:0{width}d}" for n, label in enumerate(unique, start=1)}


def _chart_rows(
    chart: PatientChart, who: Pseudonym, settings: ClinicSettings, pseudonymise: bool
) -> dict[Form, list[Row]]:
    codes = lesion_codes(chart)
    return {
        PATIENTS: [_patient(chart, who, pseudonymise)],
        VISITS: list(_visits(chart, who)),
        LESION_MEASUREMENTS: list(_lesion_measurements(chart, who, codes)),
        ROM: [
            {"rom_visit_date": who.shifted(v.visit_date), "rom_joint": r.joint,
             "rom_movement": r.movement, "rom_side": r.side.value, "rom_degrees": r.degrees}
            for v in chart.visits for r in v.rom
        ],
        LABS: [_lab(lab, who) for lab in chart.labs],
        MEDICATION_PERIODS: list(_medications(chart, who)),
        IMAGING: [
            {"img_date": who.shifted(s.study_date), "img_modality": s.modality.value,
             "img_body_site": s.body_site, "img_laterality": _code(s.laterality),
             "img_lesion_codes": _joined(codes[label] for label in s.lesion_labels),
             "img_verdict": _code(s.verdict), "img_reader": s.reader,
             "img_findings": s.findings or None}
            for s in chart.imaging
        ],
        PROCEDURES: [
            {"prc_date": who.shifted(p.procedure_date), "prc_type": p.procedure_type.value,
             "prc_body_site": p.body_site, "prc_laterality": _code(p.laterality),
             "prc_lesion_codes": _joined(codes[label] for label in p.lesion_labels),
             "prc_outcome": p.outcome.value, "prc_has_complications": bool(p.complications),
             "prc_operator": p.operator, "prc_complications": p.complications or None,
             "prc_notes": p.notes or None}
            for p in chart.procedures
        ],
        **_assessments(chart, who, settings),
    }


def _code(value: object) -> str | None:
    return None if value is None else str(value)


def _joined(items: Iterator[str]) -> str | None:
    return ";".join(items) or None


def _patient(chart: PatientChart, who: Pseudonym, pseudonymise: bool) -> Row:
    p = chart.patient
    return {
        "mrn": p.mrn, "family_name": p.family_name, "given_name": p.given_name,
        "sex": p.sex.value, "date_of_birth": who.shifted(p.date_of_birth),
        "underlying_disease": p.underlying_disease.value,
        "underlying_disease_snomed": DISEASE_SNOMED.get(p.underlying_disease),
        "disease_diagnosed_on": who.shifted(p.disease_diagnosed_on),
        "calcinosis_type": p.calcinosis_type.value,
        "calcinosis_onset_on": who.shifted(p.calcinosis_onset_on),
        "archived": p.archived, "dates_shifted": pseudonymise,
    }


def _labs_by_day(labs: Sequence[LabResult]) -> Mapping[date, list[LabResult]]:
    found: dict[date, list[LabResult]] = defaultdict(list)
    for lab in labs:
        found[lab.collected_on].append(lab)
    return found


def _visits(chart: PatientChart, who: Pseudonym) -> Iterator[Row]:
    by_day = _labs_by_day(chart.labs)
    for v in chart.visits:
        labs = by_day.get(v.visit_date, [])
        das28 = {d.variant: d.value for d in visit_das28(v, labs) if d.computed}
        cdai_value, sdai_value = _cdai_sdai(v, labs)
        yield {
            "vis_date": who.shifted(v.visit_date), "vis_type": v.visit_type.value,
            "vis_clinician": v.clinician or None, "vis_weight_kg": v.weight_kg,
            "vis_height_cm": v.height_cm, "vis_heart_rate_bpm": v.heart_rate_bpm,
            "vis_systolic_bp_mmhg": v.systolic_bp_mmhg,
            "vis_diastolic_bp_mmhg": v.diastolic_bp_mmhg, "vis_pain_nrs": v.pain_nrs,
            "vis_patient_global_mm": v.patient_global_mm,
            "vis_evaluator_global_mm": v.evaluator_global_mm,
            "vis_tender_joints_28": v.tender_joints_28,
            "vis_swollen_joints_28": v.swollen_joints_28,
            "vis_das28_recorded": v.das28_recorded,
            "vis_das28_recorded_variant": _code(v.das28_recorded_variant),
            "vis_das28_esr": das28.get(Das28Variant.ESR),
            "vis_das28_crp": das28.get(Das28Variant.CRP),
            "vis_cdai": cdai_value, "vis_sdai": sdai_value,
            "vis_next_visit_due_on": who.shifted(v.next_visit_due_on),
            "vis_signed": chart.signature_of(v.id) is not None if v.id is not None else False,
            "vis_notes": v.notes or None,
        }


def _cdai_sdai(v: Visit, labs: Sequence[LabResult]) -> tuple[float | None, float | None]:
    """CDAI and SDAI of the visit as the dashboard computes them (globals in cm; the last CRP of
    the visit day); None when an input is missing or out of range."""
    tjc, sjc = v.tender_joints_28, v.swollen_joints_28
    ptga, evga = v.patient_global_mm, v.evaluator_global_mm
    if tjc is None or sjc is None or ptga is None or evga is None:
        return None, None
    try:
        cdai_value: float | None = cdai(tjc, sjc, ptga / 10, evga / 10)
    except DomainValidationError:
        return None, None
    crp = latest(labs, "crp")
    if crp is None:
        return cdai_value, None
    try:
        return cdai_value, sdai_from(tjc, sjc, ptga / 10, evga / 10, crp.value, crp.unit)
    except DomainValidationError:
        return cdai_value, None


def _lesion_measurements(
    chart: PatientChart, who: Pseudonym, codes: Mapping[str, str]
) -> Iterator[Row]:
    lesions = {lesion.label: lesion for lesion in chart.lesions}
    for v in chart.visits:
        for m in v.lesion_measurements:
            lesion = lesions.get(m.lesion_label)
            yield {
                "les_visit_date": who.shifted(v.visit_date), "les_code": codes[m.lesion_label],
                "les_label": m.lesion_label,
                "les_body_site": lesion.body_site if lesion else None,
                "les_laterality": lesion.laterality.value if lesion else None,
                "les_status": lesion.status.value if lesion else None,
                "les_status_changed_on": who.shifted(lesion.status_changed_on) if lesion else None,
                "les_first_seen_on": who.shifted(lesion.first_seen_on) if lesion else None,
                "les_longest_mm": m.longest_mm, "les_width_mm": m.width_mm,
                "les_depth_mm": m.depth_mm, "les_area_mm2": m.area_mm2,
                "les_method": m.method.value, "les_ulcerated": m.ulcerated,
                "les_extrusion": m.extrusion, "les_infected": m.infected,
                "les_tender": m.tender, "les_inflamed": m.inflamed,
            }


def _lab(lab: LabResult, who: Pseudonym) -> Row:
    return {
        "lab_collected_on": who.shifted(lab.collected_on), "lab_analyte": lab.analyte,
        "lab_loinc": loinc_of(lab), "lab_value": lab.value, "lab_unit": lab.unit,
        "lab_ref_low": lab.ref_low, "lab_ref_high": lab.ref_high,
        "lab_value_normalised": lab.normalised_value,
        "lab_unit_normalised": lab.normalised_unit,
    }


def _medications(chart: PatientChart, who: Pseudonym) -> Iterator[Row]:
    for m in chart.medications:
        per_day = m.frequency.doses_per_day
        daily = (
            dosing.daily_dose_mg(m.dose, per_day)
            if m.frequency.is_daily and m.dose_unit is DoseUnit.MG and per_day is not None
            else None
        )
        yield {
            "med_drug": m.drug, "med_drug_name": m.drug_name, "med_atc": m.atc,
            "med_dose": m.dose, "med_dose_unit": m.dose_unit.value,
            "med_frequency": m.frequency.value, "med_route": m.route.value,
            "med_daily_dose_mg": daily, "med_start_on": who.shifted(m.start_on),
            "med_stop_on": who.shifted(m.stop_on), "med_current": m.stop_on is None,
            "med_start_reason": m.start_reason or None, "med_stop_reason": m.stop_reason or None,
        }


def _assessments(
    chart: PatientChart, who: Pseudonym, settings: ClinicSettings
) -> dict[Form, list[Row]]:
    assessments: list[Row] = []
    flags: list[Row] = []
    for v in chart.visits:
        day = v.visit_date
        found = assess(chart, settings, on=day, visit_date=day)
        r = found.response
        assessments.append({
            "asm_visit_date": who.shifted(day),
            "asm_category": r.category.value.replace(" ", "_"),
            "asm_baseline_date": who.shifted(r.baseline.visit_date) if r.baseline else None,
            "asm_previous_date": who.shifted(r.previous.visit_date) if r.previous else None,
            "asm_burden_mm2": r.burden_current_mm2,
            "asm_burden_baseline_mm2": r.burden_baseline_mm2,
            "asm_burden_previous_mm2": r.burden_previous_mm2,
            "asm_change_from_baseline_pct": r.change_from_baseline_pct,
            "asm_change_from_previous_pct": r.change_from_previous_pct,
            "asm_sum_longest_mm": r.sum_longest_current_mm,
            "asm_sum_longest_baseline_mm": r.sum_longest_baseline_mm,
            "asm_new_lesions_n": len(r.new_lesions),
            "asm_new_ulceration_n": len(r.new_ulceration),
            "asm_regimen": ";".join(r.regimen.drugs) or None,
            "asm_regimen_start_on": who.shifted(r.regimen.start_on),
            "asm_months_on_regimen": r.regimen.months_on(day),
            "asm_settings_version": found.settings_version,
            "asm_rule": r.rule or None,
        })
        flags += [
            {"flg_visit_date": who.shifted(day), "flg_code": f.code, "flg_kind": f.kind.value,
             "flg_severity": f.severity.value, "flg_title": f.title}
            for f in found.flags
        ]
    return {ASSESSMENTS: assessments, ASSESSMENT_FLAGS: flags}
