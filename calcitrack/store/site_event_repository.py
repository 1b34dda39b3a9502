"""Adding, correcting and deleting one imaging study or procedure with the lesions it shows or
treated. The caller validated the change and owns the transaction; every row written goes through
the ORM, so the audit trail records each changed field and each link added or removed
(store/audit_trail)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from calcitrack.domain.entities import ImagingStudy, Procedure
from calcitrack.domain.visits.record_changes import ChangeStamp
from calcitrack.store import mapping
from calcitrack.store.records import (
    ImagingStudyLesionRecord,
    ImagingStudyRecord,
    LesionRecord,
    ProcedureLesionRecord,
    ProcedureRecord,
    SiteEventDeletionRecord,
)
from calcitrack.store.stamps import last_change, refused_if_saved_meanwhile

SiteEvent = ImagingStudy | Procedure
EventRecord = ImagingStudyRecord | ProcedureRecord


@dataclass(frozen=True)
class _Kind:
    record: type[ImagingStudyRecord] | type[ProcedureRecord]
    link: type[ImagingStudyLesionRecord] | type[ProcedureLesionRecord]
    owner_column: str
    date_column: str
    name: str


_IMAGING = _Kind(
    ImagingStudyRecord, ImagingStudyLesionRecord, "imaging_study_id", "study_date", "imaging"
)
_PROCEDURE = _Kind(
    ProcedureRecord, ProcedureLesionRecord, "procedure_id", "procedure_date", "procedure"
)


def _kind(event: SiteEvent | EventRecord) -> _Kind:
    return _IMAGING if isinstance(event, ImagingStudy | ImagingStudyRecord) else _PROCEDURE


def _values(event: SiteEvent) -> dict[str, Any]:
    if isinstance(event, ImagingStudy):
        return mapping.imaging_values(event)
    return mapping.procedure_values(event)


def record_for_update(session: Session, event: SiteEvent) -> EventRecord | None:
    """The stored row of ``event`` (by its id), locked for this transaction."""
    if isinstance(event, ImagingStudy):
        return session.get(ImagingStudyRecord, event.id, with_for_update=True)
    return session.get(ProcedureRecord, event.id, with_for_update=True)


def last_saved(session: Session, event: SiteEvent) -> ChangeStamp | None:
    """Who saved the study or procedure last and when; None if it does not exist."""
    record: EventRecord | None = (
        session.get(ImagingStudyRecord, event.id)
        if isinstance(event, ImagingStudy)
        else session.get(ProcedureRecord, event.id)
    )
    return last_change(session, record) if record is not None else None


def add(session: Session, patient_id: int, event: SiteEvent) -> int:
    """Write a new study or procedure of the patient with its lesion links; its id."""
    kind = _kind(event)
    record = kind.record(patient_id=patient_id, **_values(event))
    session.add(record)
    session.flush()
    _set_links(session, kind, record, event.lesion_labels)
    session.flush()
    return record.id


def correct(session: Session, record: EventRecord, corrected: SiteEvent) -> None:
    """Write the changed columns of ``corrected`` into ``record`` and replace the lesion links
    that changed (a link kept stays the same row).

    Raises SavedMeanwhileError when the row was saved by another transaction since ``record`` was
    read (its version moved)."""
    values = _values(corrected)
    with refused_if_saved_meanwhile():
        changed = [name for name, value in values.items() if getattr(record, name) != value]
        for name in changed:
            setattr(record, name, values[name])
        if _set_links(session, _kind(corrected), record, corrected.lesion_labels) and not changed:
            # its version moves with its links alone too: an edit read before is then stale
            flag_modified(record, "updated_at")
        session.flush()


def delete(session: Session, record: EventRecord, reason: str) -> None:
    """Delete the study or procedure and its links, keeping which it was and why. Raises
    SavedMeanwhileError like ``correct``."""
    kind = _kind(record)
    with refused_if_saved_meanwhile():
        for link in _links(session, kind, record.id):
            session.delete(link)
        session.flush()
        session.add(
            SiteEventDeletionRecord(
                patient_id=record.patient_id,
                kind=kind.name,
                record_id=record.id,
                event_date=getattr(record, kind.date_column),
                reason=reason,
            )
        )
        session.delete(record)
        session.flush()


def _links(session: Session, kind: _Kind, owner_id: int) -> list[Any]:
    owner = getattr(kind.link, kind.owner_column)
    return list(session.scalars(select(kind.link).where(owner == owner_id).order_by(kind.link.id)))


def _set_links(
    session: Session, kind: _Kind, record: EventRecord, labels: tuple[str, ...]
) -> bool:
    """Make the links of ``record`` the lesions ``labels`` (of its patient): remove the links no
    longer named, add the new ones in the order given. Whether any link changed."""
    query = select(LesionRecord.label, LesionRecord.id).where(
        LesionRecord.patient_id == record.patient_id
    )
    ids = {label: lesion_id for label, lesion_id in session.execute(query)}
    wanted = [ids[label] for label in labels]
    have = {link.lesion_id: link for link in _links(session, kind, record.id)}
    gone = [link for lesion_id, link in have.items() if lesion_id not in wanted]
    for link in gone:
        session.delete(link)
    session.flush()
    added = [lesion_id for lesion_id in wanted if lesion_id not in have]
    for lesion_id in added:
        session.add(
            kind.link(
                patient_id=record.patient_id, lesion_id=lesion_id, **{kind.owner_column: record.id}
            )
        )
    return bool(gone or added)
