"""A consistent backup of the clinic's database, taken from the window by an administrator and
recorded in the audit trail (the command line's ``db backup`` needs database access instead)."""

from __future__ import annotations

from pathlib import Path

from calcitrack.domain.audit import AuditAction
from calcitrack.domain.permissions import Permission
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from calcitrack.store import backup


class BackupService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def back_up(self, target: Path) -> Path:
        """Write the backup to ``target`` (BackupError says why it failed; nothing is left half
        written); returns the file written."""
        self._ctx.require(Permission.BACKUP)
        written = backup.backup(self._ctx.uow.engine, target)
        AuditService(self._ctx).record(
            AuditAction.BACKUP,
            details={"file": written.name, "bytes": written.stat().st_size},
        )
        return written
