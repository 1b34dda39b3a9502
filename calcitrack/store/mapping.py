"""Records to domain entities and back. Nothing else in the store knows both shapes."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Any, TypeVar, cast

from calcitrack.domain.codes import (
    CalcinosisType,
    Das28Variant,
    DoseUnit,
    Frequency,
    ImagingModality,
    ImagingVerdict,
    Laterality,
    LesionStatus,
    MeasurementMethod,
    ProcedureOutcome,
    ProcedureType,
    Role,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.entities import (
    ImagingStudy,
    LabResult,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    Procedure,
    RomMeasurement,
    User,
    Visit,
)
from calcitrack.domain.laboratory import labs
from calcitrack.domain.text import fold, patient_search_key
from calcitrack.store.records import (
    ImagingStudyRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionRecord,
    MedicationPeriodRecord,
    PatientRecord,
    ProcedureRecord,
    RomMeasurementRecord,
    UserRecord,
    VisitRecord,
)

E = TypeVar("E", bound=Enum)

PATIENT_FIELDS = (
    "mrn",
    "family_name",
    "given_name",
    "date_of_birth",
    "disease_diagnosed_on",
    "calcinosis_onset_on",
    "archived",
)
VISIT_FIELDS = (
    "visit_date",
    "clinician",
    "weight_kg",
    "height_cm",
    "heart_rate_bpm",
    "systolic_bp_mmhg",
    "diastolic_bp_mmhg",
    "pain_nrs",
    "patient_global_mm",
    "evaluator_global_mm",
    "tender_joints_28",
    "swollen_joints_28",
    "das28_recorded",
    "notes",
    "next_visit_due_on",
)


def user(r: UserRecord) -> User:
    return User(
        r.username, r.display_name, frozenset(Role(x.role) for x in r.roles), r.active, r.id
    )


def patient(r: PatientRecord) -> Patient:
    return Patient(
        mrn=r.mrn,
        family_name=r.family_name,
        given_name=r.given_name,
        sex=Sex(r.sex),
        date_of_birth=r.date_of_birth,
        underlying_disease=UnderlyingDisease(r.underlying_disease),
        disease_diagnosed_on=r.disease_diagnosed_on,
        calcinosis_type=CalcinosisType(r.calcinosis_type),
        calcinosis_onset_on=r.calcinosis_onset_on,
        archived=r.archived,
        id=r.id,
        version=r.version,
    )


#: The columns ``patient_from_row`` reads, in its order (the order of Patient's fields).
PATIENT_ROW_COLUMNS = (
    "mrn",
    "family_name",
    "given_name",
    "sex",
    "date_of_birth",
    "underlying_disease",
    "disease_diagnosed_on",
    "calcinosis_type",
    "calcinosis_onset_on",
    "archived",
    "id",
    "version",
)


def patient_from_row(row: Sequence[Any]) -> Patient:
    """``patient`` for a result row of the ``PATIENT_ROW_COLUMNS`` (the patient list's 5000).

    Read by position and with dictionary look-ups for the codes: a Row's attribute access runs
    Python code per name and an Enum call is several Python calls, together most of the time
    of ``patient`` on a row.
    """
    mrn, family, given, sex, born, disease, diagnosed, kind, onset, archived, id_, version = row
    return Patient(
        mrn=mrn,
        family_name=family,
        given_name=given,
        sex=coded(Sex, sex),
        date_of_birth=born,
        underlying_disease=coded(UnderlyingDisease, disease),
        disease_diagnosed_on=diagnosed,
        calcinosis_type=coded(CalcinosisType, kind),
        calcinosis_onset_on=onset,
        archived=archived,
        id=id_,
        version=version,
    )


#: Enum type → its members by code, filled on first use by ``coded``.
_MEMBERS: dict[type[Enum], dict[str, Enum]] = {}


def coded(kind: type[E], code: object) -> E:
    """``kind(code)``: the same member, or the same ValueError for a code it does not know.

    A dictionary look-up instead of Enum's call machinery (several Python calls, about a
    microsecond), which adds up over the thousands of rows the patient list maps.
    """
    members = _MEMBERS.get(kind)
    if members is None:  # two threads may both build it: the same dictionary either way
        members = _MEMBERS[kind] = {m.value: m for m in kind}
    member = members.get(code) if isinstance(code, str) else None  # a list is not hashable
    return kind(code) if member is None else cast(E, member)


def patient_values(p: Patient) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(p, name) for name in PATIENT_FIELDS}
    values |= {
        "sex": p.sex.value,
        "underlying_disease": p.underlying_disease.value,
        "calcinosis_type": p.calcinosis_type.value,
    }
    return values | patient_list_keys(p.mrn, p.family_name, p.given_name)


def patient_list_keys(mrn: str, family_name: str, given_name: str) -> dict[str, str]:
    """The patient list's derived columns (migration 0013): the search key, the folded name and
    the case-folded MRN the list searches and sorts in the database."""
    return {
        "search_key": patient_search_key(mrn, family_name, given_name),
        "name_key": f"{fold(family_name)}\x1f{fold(given_name)}",
        "mrn_key": mrn.casefold(),
    }


def lesion(r: LesionRecord) -> Lesion:
    return Lesion(
        label=r.label,
        body_site=r.body_site,
        laterality=Laterality(r.laterality),
        first_seen_on=r.first_seen_on,
        status=LesionStatus(r.status),
        status_changed_on=r.status_changed_on,
        notes=r.notes,
        patient_id=r.patient_id,
        id=r.id,
        version=r.version,
    )


def lesion_values(le: Lesion) -> dict[str, object]:
    return {
        "label": le.label,
        "body_site": le.body_site,
        "laterality": le.laterality.value,
        "first_seen_on": le.first_seen_on,
        "status": le.status.value,
        "status_changed_on": le.status_changed_on,
        "notes": le.notes,
    }


def measurement(r: LesionMeasurementRecord, label: str) -> LesionMeasurement:
    return LesionMeasurement(
        lesion_label=label,
        longest_mm=r.longest_mm,
        width_mm=r.width_mm,
        depth_mm=r.depth_mm,
        method=MeasurementMethod(r.method),
        ulcerated=r.ulcerated,
        extrusion=r.extrusion,
        infected=r.infected,
        tender=r.tender,
        inflamed=r.inflamed,
        lesion_id=r.lesion_id,
        id=r.id,
    )


def measurement_values(m: LesionMeasurement, lesion_id: int) -> dict[str, object]:
    return {
        "lesion_id": lesion_id,
        "longest_mm": m.longest_mm,
        "width_mm": m.width_mm,
        "depth_mm": m.depth_mm,
        "method": m.method.value,
        "ulcerated": m.ulcerated,
        "extrusion": m.extrusion,
        "infected": m.infected,
        "tender": m.tender,
        "inflamed": m.inflamed,
    }


def rom(r: RomMeasurementRecord) -> RomMeasurement:
    return RomMeasurement(r.joint, r.movement, Side(r.side), r.degrees, r.id)


def rom_values(m: RomMeasurement) -> dict[str, object]:
    return {"joint": m.joint, "movement": m.movement, "side": m.side.value, "degrees": m.degrees}


def visit(r: VisitRecord, labels: dict[int, str]) -> Visit:
    return Visit(
        patient_id=r.patient_id,
        visit_type=VisitType(r.visit_type),
        das28_recorded_variant=(
            Das28Variant(r.das28_recorded_variant) if r.das28_recorded_variant else None
        ),
        lesion_measurements=tuple(measurement(m, labels[m.lesion_id]) for m in r.measurements),
        rom=tuple(rom(m) for m in r.rom),
        id=r.id,
        version=r.version,
        **{name: getattr(r, name) for name in VISIT_FIELDS},
    )


def visit_values(v: Visit) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(v, name) for name in VISIT_FIELDS}
    values["visit_type"] = v.visit_type.value
    values["das28_recorded_variant"] = (
        v.das28_recorded_variant.value if v.das28_recorded_variant else None
    )
    return values


def lab(r: LabResultRecord) -> LabResult:
    return LabResult(
        analyte=r.analyte,
        collected_on=r.collected_on,
        value=r.value,
        unit=r.unit,
        normalised_value=r.normalised_value,
        normalised_unit=r.normalised_unit,
        ref_low=r.ref_low,
        ref_high=r.ref_high,
        patient_id=r.patient_id,
        visit_id=r.visit_id,
        id=r.id,
        version=r.version,
    )


def lab_values(lab: LabResult) -> dict[str, object]:
    return {
        "analyte": lab.analyte,
        "loinc": labs.analyte(lab.analyte).loinc,
        "collected_on": lab.collected_on,
        "value": lab.value,
        "unit": lab.unit,
        "normalised_value": lab.normalised_value,
        "normalised_unit": lab.normalised_unit,
        "ref_low": lab.ref_low,
        "ref_high": lab.ref_high,
    }


def medication(r: MedicationPeriodRecord) -> MedicationPeriod:
    return MedicationPeriod(
        drug=r.drug,
        drug_name=r.drug_name,
        dose=r.dose,
        dose_unit=DoseUnit(r.dose_unit),
        frequency=Frequency(r.frequency),
        route=Route(r.route),
        start_on=r.start_on,
        stop_on=r.stop_on,
        start_reason=r.start_reason,
        stop_reason=r.stop_reason,
        atc=r.atc,
        patient_id=r.patient_id,
        id=r.id,
        version=r.version,
    )


def medication_values(m: MedicationPeriod) -> dict[str, object]:
    return {
        "drug": m.drug,
        "drug_name": m.drug_name,
        "atc": m.atc,
        "dose": m.dose,
        "dose_unit": m.dose_unit.value,
        "frequency": m.frequency.value,
        "route": m.route.value,
        "start_on": m.start_on,
        "stop_on": m.stop_on,
        "start_reason": m.start_reason,
        "stop_reason": m.stop_reason,
    }


def imaging(r: ImagingStudyRecord, lesion_labels: tuple[str, ...]) -> ImagingStudy:
    return ImagingStudy(
        study_date=r.study_date,
        modality=ImagingModality(r.modality),
        body_site=r.body_site,
        laterality=Laterality(r.laterality) if r.laterality else None,
        lesion_labels=lesion_labels,
        findings=r.findings,
        reader=r.reader,
        verdict=ImagingVerdict(r.verdict) if r.verdict else None,
        patient_id=r.patient_id,
        id=r.id,
        version=r.version,
    )


def procedure(r: ProcedureRecord, lesion_labels: tuple[str, ...]) -> Procedure:
    return Procedure(
        procedure_date=r.procedure_date,
        procedure_type=ProcedureType(r.procedure_type),
        body_site=r.body_site,
        laterality=Laterality(r.laterality) if r.laterality else None,
        lesion_labels=lesion_labels,
        outcome=ProcedureOutcome(r.outcome),
        notes=r.notes,
        operator=r.operator,
        complications=r.complications,
        patient_id=r.patient_id,
        id=r.id,
        version=r.version,
    )


def imaging_values(study: ImagingStudy) -> dict[str, Any]:
    """An imaging study's own columns (its lesions are rows of ``imaging_study_lesions``)."""
    return {
        "study_date": study.study_date,
        "modality": study.modality.value,
        "body_site": study.body_site,
        "laterality": study.laterality.value if study.laterality else None,
        "findings": study.findings,
        "reader": study.reader or None,
        "verdict": study.verdict.value if study.verdict else None,
    }


def procedure_values(proc: Procedure) -> dict[str, Any]:
    """A procedure's own columns (its lesions are rows of ``procedure_lesions``)."""
    return {
        "procedure_date": proc.procedure_date,
        "procedure_type": proc.procedure_type.value,
        "body_site": proc.body_site,
        "laterality": proc.laterality.value if proc.laterality else None,
        "outcome": proc.outcome.value,
        "notes": proc.notes,
        "operator": proc.operator or None,
        "complications": proc.complications or None,
    }
