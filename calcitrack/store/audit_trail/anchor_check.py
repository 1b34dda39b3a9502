"""The audit chain against anchors noted outside the database (domain/audit_trail/anchor_check.py
says what this finds): the anchored entries' hashes as the trail holds them now."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from calcitrack.domain.audit_trail.anchor_check import (
    AnchorProblem,
    NotedAnchor,
    anchors_to_check,
    check_anchors,
)
from calcitrack.store.records import AuditEntryRecord

AUDIT_LOG = AuditEntryRecord.__table__
BATCH = 500


def stored_hashes(session: Session | Connection, ids: Iterable[int]) -> dict[int, str]:
    """The hashes of the entries among ``ids`` that the trail still holds."""
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        rows = session.execute(
            select(AUDIT_LOG.c.id, AUDIT_LOG.c.hash).where(AUDIT_LOG.c.id.in_(batch))
        )
        found.update({row.id: row.hash for row in rows})
    return found


def check(session: Session | Connection, noted: Iterable[NotedAnchor]) -> list[AnchorProblem]:
    """The noted anchors the trail no longer holds (truncated or rewritten)."""
    anchors = anchors_to_check(noted)
    stored = stored_hashes(session, (n.anchor.entry_id for n in anchors))
    return check_anchors(anchors, stored, last_restore(session))


def last_restore(session: Session | Connection) -> datetime | None:
    """When the database was last restored from a backup (its ``restore`` entry), if ever."""
    return session.execute(
        select(func.max(AUDIT_LOG.c.occurred_at)).where(AUDIT_LOG.c.action == "restore")
    ).scalar()
