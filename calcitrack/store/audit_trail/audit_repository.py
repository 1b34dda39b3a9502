"""Reading the audit trail: filtered entries for people, and the whole chain for its check.

Works on a Session or a plain Connection (the clinic copy checks the chain of the target it is
writing, inside its own transaction).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, select
from sqlalchemy.orm import Session

from calcitrack.domain.audit_trail.audit import AuditEntry, VerifyResult, check_chain
from calcitrack.domain.audit_trail.audit_anchor import EMPTY_TRAIL, ChainAnchor
from calcitrack.store.records import AuditEntryRecord, PatientRecord, UserRecord

AUDIT_LOG = AuditEntryRecord.__table__
CHAIN_BATCH = 2000


def entries(
    session: Session | Connection,
    *,
    patient_id: int | None = None,
    actor_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[AuditEntry]:
    """Entries matching every filter given (``since`` inclusive, ``until`` exclusive), in chain
    order (or newest first), with the actor's username and the patient's current MRN."""
    users, patients = UserRecord.__table__, PatientRecord.__table__
    query = (
        select(AUDIT_LOG, users.c.username, patients.c.mrn)
        .outerjoin(users, users.c.id == AUDIT_LOG.c.actor_id)
        .outerjoin(patients, patients.c.id == AUDIT_LOG.c.patient_id)
    )
    if patient_id is not None:
        query = query.where(AUDIT_LOG.c.patient_id == patient_id)
    if actor_id is not None:
        query = query.where(AUDIT_LOG.c.actor_id == actor_id)
    if since is not None:
        query = query.where(AUDIT_LOG.c.occurred_at >= since)
    if until is not None:
        query = query.where(AUDIT_LOG.c.occurred_at < until)
    query = query.order_by(AUDIT_LOG.c.id.desc() if newest_first else AUDIT_LOG.c.id)
    if limit is not None:
        query = query.limit(limit)
    return [_entry(row, row.username, row.mrn) for row in session.execute(query)]


def verify_chain(session: Session | Connection) -> VerifyResult:
    """Recompute every hash in id order (read in batches: the trail may be long); the result
    names the first broken entry."""
    query = select(AUDIT_LOG).order_by(AUDIT_LOG.c.id).execution_options(yield_per=CHAIN_BATCH)
    result = session.execute(query)
    try:
        return check_chain(_entry(row) for row in result)
    finally:
        result.close()  # a broken chain stops the reading early


def chain_head(session: Session | Connection) -> ChainAnchor:
    """The trail's newest entry as an anchor (``EMPTY_TRAIL`` for an empty trail)."""
    newest = session.execute(
        select(AUDIT_LOG.c.id, AUDIT_LOG.c.hash).order_by(AUDIT_LOG.c.id.desc()).limit(1)
    ).first()
    return ChainAnchor(newest.id, newest.hash) if newest else EMPTY_TRAIL


def count(session: Session | Connection) -> int:
    return int(session.scalar(select(func.count()).select_from(AUDIT_LOG)) or 0)


def _entry(row: Row[Any], username: str | None = None, mrn: str | None = None) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        occurred_at=row.occurred_at,
        actor_id=row.actor_id,
        action=row.action,
        table_name=row.table_name,
        record_id=row.record_id,
        patient_id=row.patient_id,
        changes_json=row.changes_json,
        prev_hash=row.prev_hash,
        hash=row.hash,
        actor_username=username,
        patient_mrn=mrn,
    )
