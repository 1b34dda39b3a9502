"""The audit trail for people: record an event, list entries, check the chain.

Changes of clinical records are audited by the unit of work itself (store/audit_trail/audit.py), in
the transaction of the change; this service records the events that change nothing (a PDF generated,
an export written), each in a unit of work of its own, and reads the trail.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from calcitrack.domain.audit_trail.anchor_check import AnchorReport, NotedAnchor, anchors_to_check
from calcitrack.domain.audit_trail.audit import AuditAction, AuditEntry, VerifyResult
from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.domain.audit_trail.audit_replay import ReplayReport
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.signed_content import SignatureCheck
from calcitrack.i18n.catalogue import _
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import NotFoundError, no_patient
from calcitrack.services.signature_service import SignatureService
from calcitrack.store import chart_repository, user_repository
from calcitrack.store.audit_trail import anchor_check, audit, audit_replay, audit_repository
from calcitrack.store.audit_trail.anchor_log import AnchorLog, read_anchor_file
from calcitrack.store.unit_of_work import UnitOfWork

RECORDED_HERE = frozenset(
    {AuditAction.PDF.value, AuditAction.EXPORT.value, AuditAction.BACKUP.value}
)
"""The events a caller may record: what it did outside the database (a file written). Changes,
sign-offs, amendments, sign-ins and account changes are recorded by the code that makes them, in
their own transaction, so that nobody can record one that did not happen."""


def os_user() -> str:
    """The operating-system login name running this process, for an audit entry made with no
    account signed in (the ``db`` commands, the automatic backup)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a service account without one)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def record_by_os_user(
    uow: UnitOfWork,
    action: AuditAction | str,
    os_user: str,
    *,
    table_name: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Record an event of a command that runs with no account signed in (database upkeep:
    ``db migrate-to``, ``db backup``): no actor, the operating-system account that ran it in
    the entry's changes (``os_user``)."""
    code = AuditAction(action).value
    if code not in RECORDED_HERE:
        raise ValueError(f"{code!r} entries are not recorded on request")
    with uow.begin(None) as session:
        audit.record_event(
            session,
            code,
            table_name=table_name,
            details={**(details or {}), "os_user": os_user},
        )


class AuditService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def record(
        self,
        action: AuditAction | str,
        *,
        table_name: str | None = None,
        record_id: int | str | None = None,
        patient_mrn: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Record one event by the acting user, e.g. ``record(AuditAction.PDF, table_name=
        "visits", record_id=visit.id, patient_mrn=mrn, details={"file": "…"})``."""
        code = AuditAction(action).value
        if code not in RECORDED_HERE:
            raise ValueError(
                f"{code!r} entries are written with the change or the sign-in itself, not recorded "
                "on request"
            )
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            patient_id = None
            if patient_mrn is not None:
                patient_id = chart_repository.patient_id_for_mrn(session, patient_mrn)
                if patient_id is None:
                    raise no_patient(patient_mrn)
            audit.record_event(
                session,
                code,
                table_name=table_name,
                record_id=record_id,
                patient_id=patient_id,
                details=details,
            )

    def entries(
        self,
        patient_mrn: str | None = None,
        user: str | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        *,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        """Entries about one patient (by MRN), by one user (by username), between two days or
        moments; in chain order unless ``newest_first``.

        A day is the workstation's calendar day: ``since`` a day means from its start, ``until`` a
        day means to its end. A moment without a time zone is the workstation's local time.
        """
        self._ctx.require(Permission.READ_AUDIT)
        with self._ctx.uow.read() as session:
            patient_id = actor_id = None
            if patient_mrn is not None:
                patient_id = chart_repository.patient_id_for_mrn(session, patient_mrn)
                if patient_id is None:
                    raise no_patient(patient_mrn)
            if user is not None:
                found = user_repository.find_user(session, user)
                if found is None:
                    raise NotFoundError(_("no user {name}").format(name=repr(user)))
                actor_id = found.id
            return audit_repository.entries(
                session,
                patient_id=patient_id,
                actor_id=actor_id,
                since=_moment(since, end_of_day=False),
                until=_moment(until, end_of_day=True),
                newest_first=newest_first,
                limit=limit,
            )

    def usernames(self) -> list[str]:
        """Every account's username, for the trail's user filter."""
        self._ctx.require(Permission.READ_AUDIT)
        with self._ctx.uow.read() as session:
            return [user.username for user in user_repository.list_users(session)]

    def verify(self) -> VerifyResult:
        """Check the whole chain; the result names the first broken entry."""
        self._ctx.require(Permission.READ_AUDIT)
        with self._ctx.uow.read() as session:
            return audit_repository.verify_chain(session)

    def replay(self) -> ReplayReport:
        """Replay the trail's changes against every audited row (one snapshot of the data): the
        report names each row and field that differs from what the trail says."""
        self._ctx.require(Permission.READ_AUDIT)
        with self._ctx.uow.read() as session:
            return audit_replay.replay_snapshot(session)

    def check_signatures(self) -> SignatureCheck:
        """Every signed visit checked against what was signed (``SignatureService.check``): for
        the audit viewer's Verify, beside the chain, the replay and the anchors."""
        return SignatureService(self._ctx).check()

    def chain_head(self) -> ChainAnchor:
        """The trail's newest entry as an anchor (for a PDF footer or a backup's manifest)."""
        with self._ctx.uow.read() as session:
            return audit_repository.chain_head(session)

    def anchors_in_file(self, path: Path) -> tuple[list[NotedAnchor], list[str]]:
        """The anchors for this database in an anchor log (another workstation's, a copy) or
        a backup manifest, with notes on what was skipped. Raises AnchorFileError."""
        log = self._anchor_log()
        read = read_anchor_file(path, log.database)
        return read.anchors, _skipped(str(path), read.other_databases, read.unreadable_lines)

    def _anchor_log(self) -> AnchorLog:
        """This workstation's anchor log for this database (for a snapshot of a read-only file:
        the file's)."""
        uow = self._ctx.uow
        return uow.anchor_log or AnchorLog.for_engine(uow.engine)

    def check_anchors(self, given: Sequence[NotedAnchor] = ()) -> AnchorReport:
        """Check that the trail still holds every anchor ``given`` and every anchor this
        workstation noted for this database (truncated or rewritten trails are named)."""
        self._ctx.require(Permission.READ_AUDIT)
        log = self._anchor_log()
        own = log.read()
        notes = _skipped(str(log.path), 0, own.unreadable_lines)  # it serves every database
        noted = [*own.anchors, *given]
        with self._ctx.uow.read() as session:
            problems = anchor_check.check(session, noted)
        return AnchorReport(
            len(anchors_to_check(noted)), problems, str(log.path), len(own.anchors), notes
        )


def _skipped(source: str, others: int, unreadable: int) -> list[str]:
    notes = []
    if others:
        notes.append(f"{source}: {others} anchors of other databases left aside")
    if unreadable:
        notes.append(f"{source}: {unreadable} lines that are not anchors skipped")
    return notes


def _moment(value: date | datetime | None, *, end_of_day: bool) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.astimezone()
    day = value + timedelta(days=1) if end_of_day else value
    return datetime.combine(day, time()).astimezone()
