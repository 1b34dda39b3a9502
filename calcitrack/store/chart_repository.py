"""Whole patient charts: load one for display or export, add one (import, demo clinic)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from calcitrack.domain.entities import PatientChart
from calcitrack.store import mapping, sign_off_repository
from calcitrack.store.records import (
    ImagingStudyRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionRecord,
    MedicationPeriodRecord,
    PatientRecord,
    ProcedureRecord,
    RomMeasurementRecord,
    VisitRecord,
)


def load_chart(session: Session, patient_id: int) -> PatientChart | None:
    record = session.get(PatientRecord, patient_id, options=[selectinload(PatientRecord.lesions)])
    if record is None:
        return None
    labels = {le.id: le.label for le in record.lesions}
    visits = session.scalars(
        select(VisitRecord)
        .where(VisitRecord.patient_id == patient_id)
        .options(selectinload(VisitRecord.measurements), selectinload(VisitRecord.rom))
        .order_by(VisitRecord.visit_date)
    ).all()
    lab_rows = session.scalars(
        select(LabResultRecord)
        .where(LabResultRecord.patient_id == patient_id)
        .order_by(LabResultRecord.collected_on, LabResultRecord.id)
    ).all()
    meds = session.scalars(
        select(MedicationPeriodRecord)
        .where(MedicationPeriodRecord.patient_id == patient_id)
        .order_by(MedicationPeriodRecord.start_on, MedicationPeriodRecord.id)
    ).all()
    imaging = session.scalars(
        select(ImagingStudyRecord)
        .where(ImagingStudyRecord.patient_id == patient_id)
        .order_by(ImagingStudyRecord.study_date, ImagingStudyRecord.id)
    ).all()
    procedures = session.scalars(
        select(ProcedureRecord)
        .where(ProcedureRecord.patient_id == patient_id)
        .order_by(ProcedureRecord.procedure_date, ProcedureRecord.id)
    ).all()
    return PatientChart(
        patient=mapping.patient(record),
        lesions=tuple(mapping.lesion(le) for le in record.lesions),
        visits=tuple(mapping.visit(v, labels) for v in visits),
        labs=tuple(mapping.lab(r) for r in lab_rows),
        medications=tuple(mapping.medication(r) for r in meds),
        imaging=tuple(mapping.imaging(r, labels) for r in imaging),
        procedures=tuple(mapping.procedure(r, labels) for r in procedures),
        signatures=sign_off_repository.signatures(session, [v.id for v in visits]),
    )


def patient_id_for_mrn(session: Session, mrn: str) -> int | None:
    return session.scalar(select(PatientRecord.id).where(PatientRecord.mrn == mrn))


def existing_mrns(session: Session, mrns: list[str]) -> set[str]:
    if not mrns:
        return set()
    return set(session.scalars(select(PatientRecord.mrn).where(PatientRecord.mrn.in_(mrns))))


def add_chart(session: Session, chart: PatientChart) -> int:
    """Write a new patient with everything in the chart; the caller validated it and commits."""
    patient = PatientRecord(**mapping.patient_values(chart.patient))
    patient.lesions = [LesionRecord(**mapping.lesion_values(le)) for le in chart.lesions]
    session.add(patient)
    session.flush()
    lesion_ids = {le.label: le.id for le in patient.lesions}
    visit_ids: dict[object, int] = {}
    for v in chart.visits:
        record = VisitRecord(patient_id=patient.id, **mapping.visit_values(v))
        record.measurements = [
            LesionMeasurementRecord(**mapping.measurement_values(m, lesion_ids[m.lesion_label]))
            for m in v.lesion_measurements
        ]
        record.rom = [RomMeasurementRecord(**mapping.rom_values(r)) for r in v.rom]
        session.add(record)
        session.flush()
        visit_ids[v.visit_date] = record.id
    for lab in chart.labs:
        session.add(
            LabResultRecord(
                patient_id=patient.id,
                visit_id=visit_ids.get(lab.collected_on),
                **mapping.lab_values(lab),
            )
        )
    for med in chart.medications:
        session.add(MedicationPeriodRecord(patient_id=patient.id, **mapping.medication_values(med)))
    for study in chart.imaging:
        session.add(
            ImagingStudyRecord(
                patient_id=patient.id,
                lesion_id=lesion_ids.get(study.lesion_label or ""),
                study_date=study.study_date,
                modality=study.modality.value,
                body_site=study.body_site,
                laterality=study.laterality.value if study.laterality else None,
                findings=study.findings,
            )
        )
    for proc in chart.procedures:
        session.add(
            ProcedureRecord(
                patient_id=patient.id,
                lesion_id=lesion_ids.get(proc.lesion_label or ""),
                procedure_date=proc.procedure_date,
                procedure_type=proc.procedure_type.value,
                body_site=proc.body_site,
                laterality=proc.laterality.value if proc.laterality else None,
                outcome=proc.outcome.value,
                notes=proc.notes,
            )
        )
    session.flush()
    return patient.id


def all_mrns(session: Session) -> list[str]:
    return list(session.scalars(select(PatientRecord.mrn).order_by(PatientRecord.mrn)))
