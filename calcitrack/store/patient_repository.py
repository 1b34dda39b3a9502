"""Patients: the list with its search, and single-patient reads and writes."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from calcitrack.domain.entities import Patient, PatientSummary
from calcitrack.domain.flags import Flag
from calcitrack.domain.text import fold, patient_search_key, search_text
from calcitrack.domain.visits.record_changes import ChangeStamp
from calcitrack.store import flag_repository, mapping
from calcitrack.store.records import (
    LesionRecord,
    MedicationPeriodRecord,
    PatientRecord,
    VisitRecord,
)
from calcitrack.store.stamps import last_change, refused_if_saved_meanwhile

__all__ = ["fold", "get_patient", "list_patients"]


def list_patients(
    session: Session, *, search: str = "", include_archived: bool = False, today: date
) -> list[PatientSummary]:
    """Every patient (not archived unless asked) whose MRN or name contains ``search``.

    ``next_due_on`` is the next visit planned at the patient's latest visit; ``current_drugs``
    the drugs of the regimen on ``today``; the flags are the stored assessment
    (calcitrack.services.flag_cache). Three queries whatever the number of patients.
    """
    visits = (
        select(
            VisitRecord.patient_id,
            func.max(VisitRecord.visit_date).label("last"),
            func.count(VisitRecord.id).label("n"),
        )
        .group_by(VisitRecord.patient_id)
        .subquery()
    )
    # One visit per patient and day (a unique constraint), so the latest visit is one row.
    latest = aliased(VisitRecord)
    lesions = (
        select(LesionRecord.patient_id, func.count(LesionRecord.id).label("active"))
        .where(LesionRecord.status == "active")
        .group_by(LesionRecord.patient_id)
        .subquery()
    )
    query = (
        select(
            visits.c.last,
            visits.c.n,
            lesions.c.active,
            latest.next_visit_due_on,
            *(getattr(PatientRecord, name) for name in mapping.PATIENT_ROW_COLUMNS),
        )
        .outerjoin(visits, visits.c.patient_id == PatientRecord.id)
        .outerjoin(
            latest,
            and_(latest.patient_id == PatientRecord.id, latest.visit_date == visits.c.last),
        )
        .outerjoin(lesions, lesions.c.patient_id == PatientRecord.id)
    )
    if not include_archived:
        query = query.where(PatientRecord.archived.is_(False))
    needle = search_text(search)
    drugs = _current_drugs(session, today, include_archived=include_archived)
    assessed = flag_repository.load_all(session)
    summaries = []
    # Rows are unpacked by position: a Row's attribute access runs Python code per name, which
    # for 5000 rows cost more than building the summaries.
    for last_visit_on, visit_count, active_lesions, next_due_on, *columns in session.execute(
        query
    ).all():
        mrn, family_name, given_name = columns[:3]
        if needle and needle not in patient_search_key(mrn, family_name, given_name):
            continue
        patient = mapping.patient_from_row(columns)
        assert patient.id is not None  # read from its row
        summaries.append(
            PatientSummary(
                patient,
                last_visit_on,
                visit_count or 0,
                active_lesions or 0,
                next_due_on,
                frozenset(drugs.get(patient.id, ())),
                *_flags(assessed.get(patient.id)),
            )
        )
    # Sorted in Python: databases put "Álvarez" after "Zúñiga" (byte order), people do not.
    summaries.sort(
        key=lambda s: (fold(s.patient.family_name), fold(s.patient.given_name), s.patient.mrn)
    )
    return summaries


def _flags(
    stored: flag_repository.StoredFlags | None,
) -> tuple[tuple[Flag, ...], str | None, date | None]:
    """The stored flags, response category and assessment day (nothing when never assessed)."""
    if stored is None:
        return (), None, None
    return stored.flags, stored.response_category, stored.assessed_on


def _current_drugs(session: Session, today: date, *, include_archived: bool) -> dict[int, set[str]]:
    """Patient id → drug codes of the periods active on ``today`` (MedicationPeriod.active_on)."""
    query = select(MedicationPeriodRecord.patient_id, MedicationPeriodRecord.drug).where(
        MedicationPeriodRecord.start_on <= today,
        or_(MedicationPeriodRecord.stop_on.is_(None), MedicationPeriodRecord.stop_on > today),
    )
    if not include_archived:
        query = query.join(PatientRecord, PatientRecord.id == MedicationPeriodRecord.patient_id)
        query = query.where(PatientRecord.archived.is_(False))
    found: dict[int, set[str]] = defaultdict(set)
    for patient_id, drug in session.execute(query):
        found[patient_id].add(drug)
    return found


def patient_for_update(session: Session, patient_id: int) -> PatientRecord | None:
    return session.get(PatientRecord, patient_id, with_for_update=True)


def write_patient(session: Session, record: PatientRecord, patient: Patient) -> Patient:
    """Overwrite ``record`` with ``patient``'s details (validated by the caller).

    Raises SavedMeanwhileError when ``record`` was saved by another transaction since it was
    read (its version moved).
    """
    for name, value in mapping.patient_values(patient).items():
        setattr(record, name, value)
    with refused_if_saved_meanwhile():
        session.flush()
    return mapping.patient(record)


def last_saved(session: Session, patient_id: int) -> tuple[Patient, ChangeStamp] | None:
    """The patient as stored and who saved them last, when; None if they do not exist."""
    record = session.get(PatientRecord, patient_id)
    return (mapping.patient(record), last_change(session, record)) if record else None


def get_patient(session: Session, patient_id: int) -> Patient | None:
    record = session.get(PatientRecord, patient_id)
    return mapping.patient(record) if record else None
