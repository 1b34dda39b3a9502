"""The day's worklist (due and overdue, seen today, unsigned visits) and the recall list's
output recorded in the audit trail."""

from __future__ import annotations

from datetime import date

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.worklist import Worklist
from calcitrack.services.context import ServiceContext
from calcitrack.store import worklist_repository
from calcitrack.store.audit_trail import audit

RECALL_OUTPUTS = ("csv", "printed")
"""How a recall list leaves CalciTrack: a CSV file or paper."""


class WorklistService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def today_list(self, today: date | None = None) -> Worklist:
        """The worklist of ``today`` (default: the context's today), read in a few queries
        whatever the number of patients."""
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            return worklist_repository.worklist(session, today or self._ctx.today())

    def record_recall_output(self, output: str, patients: int, file_name: str = "") -> None:
        """Record in the audit trail that the recall list of ``patients`` patients was written
        as CSV (``file_name``) or printed."""
        self._ctx.require(Permission.EXPORT_CHARTS)
        if output not in RECALL_OUTPUTS:
            raise ValueError(f"a recall list is written as {' or '.join(RECALL_OUTPUTS)}")
        details: dict[str, object] = {"list": "recall", "format": output, "patients": patients}
        if file_name:
            details["file"] = file_name
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            audit.record_event(session, AuditAction.EXPORT, table_name="patients",
                               details=details)
