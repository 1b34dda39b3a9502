"""Whole patient charts: load one for display or export, add one (import, demo clinic)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from calcitrack.domain.entities import PatientChart
from calcitrack.store import mapping, photograph_repository, sign_off_repository
from calcitrack.store.records import (
    ImagingStudyLesionRecord,
    ImagingStudyRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionRecord,
    MedicationPeriodRecord,
    PatientRecord,
    ProcedureLesionRecord,
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
    shown = linked_lesion_labels(
        session, ImagingStudyLesionRecord, [r.id for r in imaging], labels
    )
    treated = linked_lesion_labels(
        session, ProcedureLesionRecord, [r.id for r in procedures], labels
    )
    return PatientChart(
        patient=mapping.patient(record),
        lesions=tuple(mapping.lesion(le) for le in record.lesions),
        visits=tuple(mapping.visit(v, labels) for v in visits),
        labs=tuple(mapping.lab(r) for r in lab_rows),
        medications=tuple(mapping.medication(r) for r in meds),
        imaging=tuple(mapping.imaging(r, shown.get(r.id, ())) for r in imaging),
        procedures=tuple(mapping.procedure(r, treated.get(r.id, ())) for r in procedures),
        photographs=photograph_repository.of_patient(session, patient_id, labels),
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
        study_record = ImagingStudyRecord(patient_id=patient.id, **mapping.imaging_values(study))
        session.add(study_record)
        session.flush()
        for label in study.lesion_labels:
            session.add(
                ImagingStudyLesionRecord(
                    patient_id=patient.id,
                    imaging_study_id=study_record.id,
                    lesion_id=lesion_ids[label],
                )
            )
    for proc in chart.procedures:
        proc_record = ProcedureRecord(patient_id=patient.id, **mapping.procedure_values(proc))
        session.add(proc_record)
        session.flush()
        for label in proc.lesion_labels:
            session.add(
                ProcedureLesionRecord(
                    patient_id=patient.id, procedure_id=proc_record.id, lesion_id=lesion_ids[label]
                )
            )
    for photo in chart.photographs:  # prepared by the caller (services/photographs)
        photograph_repository.add(
            session,
            patient.id,
            lesion_ids[photo.lesion_label],
            visit_ids[photo.visit_date],
            photo,
        )
    session.flush()
    return patient.id


def linked_lesion_labels(
    session: Session,
    link: type[ImagingStudyLesionRecord] | type[ProcedureLesionRecord],
    owner_ids: Iterable[int],
    labels: dict[int, str],
) -> dict[int, tuple[str, ...]]:
    """Per imaging study (or procedure) id: the labels of the lesions it shows (or treated), in
    the order they were linked."""
    ids = list(owner_ids)
    if not ids:
        return {}
    owner = (
        ImagingStudyLesionRecord.imaging_study_id
        if link is ImagingStudyLesionRecord
        else ProcedureLesionRecord.procedure_id
    )
    found: dict[int, list[str]] = defaultdict(list)
    for owner_id, lesion_id in session.execute(
        select(owner, link.lesion_id).where(owner.in_(ids)).order_by(link.id)
    ):
        found[owner_id].append(labels[lesion_id])
    return {owner_id: tuple(found_labels) for owner_id, found_labels in found.items()}


def all_mrns(session: Session) -> list[str]:
    return list(session.scalars(select(PatientRecord.mrn).order_by(PatientRecord.mrn)))
