"""Lesion photographs as stored: descriptions read without their bytes (the image and thumbnail
columns are deferred and loaded only when asked), adding one, deleting one with its reason.

The caller validated everything and owns the transaction; the audit trail records each row (its
bytes left out, their SHA-256 kept: store/audit_trail/audit.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only, undefer

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.store.records import (
    LesionPhotographRecord,
    LesionRecord,
    SiteEventDeletionRecord,
    VisitRecord,
)
from calcitrack.store.stamps import refused_if_saved_meanwhile

KIND = "photograph"

_DESCRIBED = (
    LesionPhotographRecord.id,
    LesionPhotographRecord.patient_id,
    LesionPhotographRecord.lesion_id,
    LesionPhotographRecord.visit_id,
    LesionPhotographRecord.media_type,
    LesionPhotographRecord.captured_on,
    LesionPhotographRecord.width_px,
    LesionPhotographRecord.height_px,
    LesionPhotographRecord.sha256,
    LesionPhotographRecord.caption,
    LesionPhotographRecord.version,
)
DESCRIBED = _DESCRIBED
"""The columns of a photograph's description (everything but its bytes)."""


def photograph(
    record: LesionPhotographRecord,
    label: str,
    visit_date: date,
    *,
    thumbnail: bool = False,
    image: bool = False,
) -> LesionPhotograph:
    """The entity of ``record``; its bytes only when asked (they must have been loaded)."""
    return LesionPhotograph(
        lesion_label=label,
        visit_date=visit_date,
        media_type=record.media_type,
        width_px=record.width_px,
        height_px=record.height_px,
        sha256=record.sha256,
        captured_on=record.captured_on,
        caption=record.caption,
        image=record.image if image else b"",
        thumbnail=record.thumbnail if thumbnail else b"",
        visit_id=record.visit_id,
        patient_id=record.patient_id,
        id=record.id,
        version=record.version,
    )


def of_patient(
    session: Session,
    patient_id: int,
    labels: Mapping[int, str] | None = None,
    *,
    thumbnails: bool = False,
    images: bool = False,
) -> tuple[LesionPhotograph, ...]:
    """The patient's photographs, by visit date then id: descriptions only, and the thumbnails
    or the images (each a second column read) only when asked."""
    if labels is None:
        labels = dict(
            session.execute(
                select(LesionRecord.id, LesionRecord.label).where(
                    LesionRecord.patient_id == patient_id
                )
            )
            .tuples()
            .all()
        )
    options = [load_only(*_DESCRIBED)]
    if thumbnails:
        options.append(undefer(LesionPhotographRecord.thumbnail))
    if images:
        options.append(undefer(LesionPhotographRecord.image))
    rows = session.execute(
        select(LesionPhotographRecord, VisitRecord.visit_date)
        .join(VisitRecord, VisitRecord.id == LesionPhotographRecord.visit_id)
        .where(LesionPhotographRecord.patient_id == patient_id)
        .options(*options)
        .order_by(VisitRecord.visit_date, LesionPhotographRecord.id)
    ).all()
    return tuple(
        photograph(record, labels[record.lesion_id], day, thumbnail=thumbnails, image=images)
        for record, day in rows
    )


def for_update(session: Session, photograph_id: int) -> LesionPhotographRecord | None:
    """The photograph's row (without its bytes), locked for this transaction."""
    return session.get(
        LesionPhotographRecord,
        photograph_id,
        with_for_update=True,
        options=[load_only(*_DESCRIBED)],
    )


def image_of(session: Session, patient_id: int, photograph_id: int) -> bytes | None:
    """The stored image's bytes; None if the patient has no such photograph."""
    return session.scalar(
        select(LesionPhotographRecord.image).where(
            LesionPhotographRecord.id == photograph_id,
            LesionPhotographRecord.patient_id == patient_id,
        )
    )


def add(
    session: Session,
    patient_id: int,
    lesion_id: int,
    visit_id: int,
    photo: LesionPhotograph,
) -> LesionPhotographRecord:
    """Write ``photo`` (its image and thumbnail as prepared) for the lesion at the visit."""
    record = LesionPhotographRecord(
        patient_id=patient_id,
        lesion_id=lesion_id,
        visit_id=visit_id,
        media_type=photo.media_type,
        captured_on=photo.captured_on,
        width_px=photo.width_px,
        height_px=photo.height_px,
        sha256=photo.sha256,
        caption=photo.caption,
        image=photo.image,
        thumbnail=photo.thumbnail,
    )
    session.add(record)
    session.flush()
    return record


def delete(
    session: Session, record: LesionPhotographRecord, visit_date: date, reason: str
) -> None:
    """Delete the photograph, keeping which it was and why (``site_event_deletions``). Raises
    SavedMeanwhileError when it was changed by another transaction since ``record`` was read."""
    with refused_if_saved_meanwhile():
        session.add(
            SiteEventDeletionRecord(
                patient_id=record.patient_id,
                kind=KIND,
                record_id=record.id,
                event_date=visit_date,
                reason=reason,
            )
        )
        session.delete(record)
        session.flush()


def delete_of_visits(session: Session, visit_ids: Iterable[int], reason: str) -> int:
    """Delete every photograph taken at the visits (their visit is deleted), each with the
    reason; how many."""
    ids = list(visit_ids)
    if not ids:
        return 0
    rows = session.execute(
        select(LesionPhotographRecord, VisitRecord.visit_date)
        .join(VisitRecord, VisitRecord.id == LesionPhotographRecord.visit_id)
        .where(LesionPhotographRecord.visit_id.in_(ids))
        .options(load_only(*_DESCRIBED))
        .order_by(LesionPhotographRecord.id)
    ).all()
    for record, day in rows:
        delete(session, record, day, reason)
    return len(rows)
