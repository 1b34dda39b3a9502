"""The day's worklist read in three queries whatever the number of patients: due and overdue
(the latest visit's next due date), seen today, and unsigned visits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from calcitrack.domain.worklist import Worklist, WorklistRow
from calcitrack.store.records import PatientRecord, VisitRecord

__all__ = ["worklist"]

_PATIENT = (PatientRecord.mrn, PatientRecord.family_name, PatientRecord.given_name)


def worklist(session: Session, today: date) -> Worklist:
    """The worklist of ``today`` over the patients not archived."""
    return Worklist(today, _due(session, today), _seen(session, today), _unsigned(session))


def _due(session: Session, today: date) -> tuple[WorklistRow, ...]:
    last = (
        select(VisitRecord.patient_id, func.max(VisitRecord.visit_date).label("last"))
        .group_by(VisitRecord.patient_id)
        .subquery()
    )
    latest = aliased(VisitRecord)  # one visit per patient and day: the latest is one row
    query = (
        select(*_PATIENT, latest.next_visit_due_on)
        .join(last, last.c.patient_id == PatientRecord.id)
        .join(latest, and_(latest.patient_id == PatientRecord.id,
                           latest.visit_date == last.c.last))
        .where(PatientRecord.archived.is_(False), latest.next_visit_due_on <= today)
        .order_by(latest.next_visit_due_on, PatientRecord.mrn)
    )
    return tuple(WorklistRow(*row) for row in session.execute(query).all())


def _seen(session: Session, today: date) -> tuple[WorklistRow, ...]:
    query = (
        select(*_PATIENT, VisitRecord.visit_date)
        .join(VisitRecord, VisitRecord.patient_id == PatientRecord.id)
        .where(PatientRecord.archived.is_(False), VisitRecord.visit_date == today)
        .order_by(PatientRecord.mrn)
    )
    return tuple(WorklistRow(*row) for row in session.execute(query).all())


def _unsigned(session: Session) -> tuple[WorklistRow, ...]:
    oldest = func.min(VisitRecord.visit_date)
    query = (
        select(*_PATIENT, oldest, func.count(VisitRecord.id))
        .join(VisitRecord, VisitRecord.patient_id == PatientRecord.id)
        .where(PatientRecord.archived.is_(False), VisitRecord.signed_by_id.is_(None))
        .group_by(PatientRecord.id, *_PATIENT)
        .order_by(oldest, PatientRecord.mrn)
    )
    return tuple(WorklistRow(*row) for row in session.execute(query).all())
