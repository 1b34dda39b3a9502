"""What the audit trail says about backups: the newest verified one, the newest automatic
attempt, whether an automatic backup was already made today. The trail is the record shared by
every workstation of a clinic (a PostgreSQL server's backups are made by whichever workstation
opens the clinic first that day)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.store.audit_trail.audit_repository import AUDIT_LOG

SCAN_LIMIT = 500
"""Backup entries looked at, newest first (a clinic makes a few a day)."""


@dataclass(frozen=True)
class BackupEvent:
    action: str
    occurred_at: datetime
    details: dict[str, Any]

    @property
    def ok(self) -> bool:
        return bool(self.details.get("ok", self.action == AuditAction.BACKUP.value))

    @property
    def kind(self) -> str:
        return str(self.details.get("kind", ""))


def recent_events(session: Session | Connection) -> list[BackupEvent]:
    """The newest backup and backup-check entries, newest first."""
    codes = [AuditAction.BACKUP.value, AuditAction.BACKUP_CHECK.value]
    rows = session.execute(
        select(AUDIT_LOG.c.action, AUDIT_LOG.c.occurred_at, AUDIT_LOG.c.changes_json)
        .where(AUDIT_LOG.c.action.in_(codes))
        .order_by(AUDIT_LOG.c.id.desc())
        .limit(SCAN_LIMIT)
    )
    return [BackupEvent(row.action, _aware(row.occurred_at), _details(row.changes_json))
            for row in rows]


def _details(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
