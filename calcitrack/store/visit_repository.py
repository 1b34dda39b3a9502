"""Writing one visit entry (the visit, its measurements, new and ended lesions, labs, medication
changes) and deleting a visit. The caller validated everything and owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import MedicationPeriod, Visit
from calcitrack.domain.visits.record_changes import ChangeStamp
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.store import mapping, photograph_repository
from calcitrack.store.records import (
    ImagingStudyLesionRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionPhotographRecord,
    LesionRecord,
    MedicationPeriodRecord,
    PatientRecord,
    ProcedureLesionRecord,
    RomMeasurementRecord,
    VisitDeletionRecord,
    VisitRecord,
)
from calcitrack.store.stamps import last_change, refused_if_saved_meanwhile


def mrns_with_visit_on(session: Session, day: date) -> list[str]:
    """The MRN of every patient with a visit on ``day``, in MRN order."""
    rows = session.scalars(
        select(PatientRecord.mrn)
        .join(VisitRecord, VisitRecord.patient_id == PatientRecord.id)
        .where(VisitRecord.visit_date == day)
        .order_by(PatientRecord.mrn)
    )
    return list(rows)


def visit_for_update(session: Session, visit_id: int) -> VisitRecord | None:
    return session.get(VisitRecord, visit_id, with_for_update=True)


def last_saved(session: Session, visit_id: int) -> ChangeStamp | None:
    """Who saved the visit last and when; None if it does not exist."""
    record = session.get(VisitRecord, visit_id)
    return last_change(session, record) if record is not None else None


def write_entry(
    session: Session,
    patient_id: int,
    entry: VisitEntry,
    closed: list[MedicationPeriod],
    opened: list[MedicationPeriod],
    *,
    record: VisitRecord | None = None,
) -> Visit:
    """Insert the visit (``record`` None) or overwrite ``record`` with the entry.

    Raises SavedMeanwhileError when ``record`` was saved by another transaction since it was
    read (its version moved).
    """
    with refused_if_saved_meanwhile():
        return _write_entry(session, patient_id, entry, closed, opened, record)


def _write_entry(
    session: Session,
    patient_id: int,
    entry: VisitEntry,
    closed: list[MedicationPeriod],
    opened: list[MedicationPeriod],
    record: VisitRecord | None,
) -> Visit:
    visit = entry.visit
    lesions = {
        le.label: le
        for le in session.scalars(select(LesionRecord).where(LesionRecord.patient_id == patient_id))
    }
    if record is not None:
        _undo_status_changes(lesions.values(), record.visit_date)
    for new in entry.new_lesions:
        lesion = LesionRecord(patient_id=patient_id, **mapping.lesion_values(new))
        session.add(lesion)
        lesions[new.label] = lesion
    for change in entry.status_changes:
        lesions[change.lesion_label].status = change.status.value
        lesions[change.lesion_label].status_changed_on = visit.visit_date
    session.flush()

    if record is None:
        record = VisitRecord(patient_id=patient_id)
        session.add(record)
    else:
        _delete_labs(session, record.id)
        record.measurements.clear()
        record.rom.clear()
        flag_modified(record, "visit_type")  # a change of children alone still bumps the version
        session.flush()
    for name, value in mapping.visit_values(visit).items():
        setattr(record, name, value)
    record.measurements.extend(
        LesionMeasurementRecord(**mapping.measurement_values(m, lesions[m.lesion_label].id))
        for m in visit.lesion_measurements
    )
    record.rom.extend(RomMeasurementRecord(**mapping.rom_values(r)) for r in visit.rom)
    session.flush()
    for lab in entry.labs:
        session.add(
            LabResultRecord(patient_id=patient_id, visit_id=record.id, **mapping.lab_values(lab))
        )
    for period in closed:
        stored = session.get(MedicationPeriodRecord, period.id)
        assert stored is not None and stored.patient_id == patient_id
        stored.stop_on = period.stop_on
        stored.stop_reason = period.stop_reason
    for period in opened:
        session.add(
            MedicationPeriodRecord(patient_id=patient_id, **mapping.medication_values(period))
        )
    session.flush()
    labels = {le.id: label for label, le in lesions.items()}
    return mapping.visit(record, labels)


def _delete_labs(session: Session, visit_id: int) -> None:
    """Delete the labs recorded at a visit one by one, so that each has its audit entry."""
    for lab in session.scalars(select(LabResultRecord).where(LabResultRecord.visit_id == visit_id)):
        session.delete(lab)


def _undo_status_changes(lesions: Iterable[LesionRecord], day: date) -> None:
    """An edited visit's own resolved/excised marks are re-applied from the entry."""
    for lesion in lesions:
        if lesion.status_changed_on == day and lesion.status != LesionStatus.ACTIVE.value:
            lesion.status = LesionStatus.ACTIVE.value
            lesion.status_changed_on = None


def delete_visit(session: Session, record: VisitRecord, reason: str, snapshot_json: str) -> None:
    """Delete a visit, its measurements, labs and photographs; keep the snapshot and the reason
(each photograph's deletion with the same reason).

    Lesions first seen at this visit and measured nowhere else go with it; lesions resolved or
    excised at this visit are active again. Raises SavedMeanwhileError when ``record`` was saved
    by another transaction since it was read.
    """
    with refused_if_saved_meanwhile():
        _delete_visit(session, record, reason, snapshot_json)


def _delete_visit(session: Session, record: VisitRecord, reason: str, snapshot_json: str) -> None:
    session.add(
        VisitDeletionRecord(
            patient_id=record.patient_id,
            visit_date=record.visit_date,
            reason=reason,
            snapshot_json=snapshot_json,
        )
    )
    lesions = list(
        session.scalars(select(LesionRecord).where(LesionRecord.patient_id == record.patient_id))
    )
    _undo_status_changes(lesions, record.visit_date)
    measured_here = {m.lesion_id for m in record.measurements}
    _delete_labs(session, record.id)
    photograph_repository.delete_of_visits(session, [record.id], reason)
    session.delete(record)
    session.flush()
    for lesion in lesions:
        if lesion.id not in measured_here or lesion.first_seen_on != record.visit_date:
            continue
        if not any(
            session.scalar(select(func.count()).where(table.lesion_id == lesion.id))
            for table in (
                LesionMeasurementRecord,
                ImagingStudyLesionRecord,
                ProcedureLesionRecord,
                LesionPhotographRecord,
            )
        ):
            session.delete(lesion)
    session.flush()


def deletions(session: Session, patient_id: int) -> list[tuple[date, str]]:
    rows = session.execute(
        select(VisitDeletionRecord.visit_date, VisitDeletionRecord.reason)
        .where(VisitDeletionRecord.patient_id == patient_id)
        .order_by(VisitDeletionRecord.id)
    )
    return [(day, reason) for day, reason in rows]
