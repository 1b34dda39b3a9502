"""Backups a clinic can rely on: written atomically and privately, checked after writing, described
by a manifest beside them, recorded in the audit trail whichever door made them (an admin in the
window, ``calcitrack db backup`` as the OS user, the automatic daily backup).

Each backup makes two entries in the source's trail, in one transaction: ``backup`` (the file,
its size, its kind, who) and ``backup_check`` (the check's result, the row counts and the chain
head the copy holds). A backup whose check fails is removed and its failed check recorded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from calcitrack import __version__
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.backup_manifest import (
    KIND_AUTOMATIC,
    KIND_MANUAL,
    BackupManifest,
    Verification,
    manifest_path,
)
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.clinic_settings import BACKUP_WARN_AFTER_DAYS, ClinicSettings
from calcitrack.domain.clinic_text_settings import BACKUP_FOLDER
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import _
from calcitrack.private_files import private_folder, write_private
from calcitrack.services.audit_service import os_user
from calcitrack.services.backups.backup_text import (
    days_text,
    patients_text,
    visits_text,
)
from calcitrack.services.context import ServiceContext
from calcitrack.store import settings_repository
from calcitrack.store.audit_trail import audit
from calcitrack.store.backups import backup, backup_files, backup_log
from calcitrack.store.backups.backup import BackupError, Snapshot
from calcitrack.store.backups.backup_check import file_sha256, verify_copy
from calcitrack.store.engine import describe
from calcitrack.store.unit_of_work import UnitOfWork


class BackupCheckFailed(BackupError):
    def __init__(self, target: Path, verification: Verification) -> None:
        super().__init__(
            f"backup file {target}: its check after writing failed, so it was removed: "
            + "; ".join(verification.problems)
        )
        self.verification = verification


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: BackupManifest

    def __str__(self) -> str:
        return str(self.path)

    def summary(self) -> str:
        """One line for people: where, and what the check found (in the current language)."""
        counts = self.manifest.counts
        return _("{file} (verified: {checks}; {patients}, {visits}; {head})").format(
            file=self.path,
            checks=", ".join(self.manifest.verification.checks),
            patients=patients_text(counts.get("patients", 0)),
            visits=visits_text(counts.get("visits", 0)),
            head=self.manifest.chain_head.short(),
        )


@dataclass(frozen=True)
class BackupStatus:
    """Whether the window should warn: no verified backup for too long, or the newest automatic
    backup failed."""

    now: datetime
    last_good: datetime | None
    warn_after_days: float
    automatic_failure: str | None = None

    @property
    def too_old(self) -> bool:
        return self.last_good is None or (
            self.now - self.last_good > timedelta(days=self.warn_after_days)
        )

    def warning(self) -> str | None:
        """What the window's banner says (in the current language), or None."""
        if self.automatic_failure is not None:  # the failure as recorded in the trail
            return _("The last automatic backup failed: {reason}").format(
                reason=self.automatic_failure
            )
        if self.last_good is None:
            return _("No verified backup of this clinic's database yet.")
        if self.too_old:
            return _(
                "The last verified backup is from {when}, more than {days} day(s) ago "
                "(operational setting in the clinic settings)."
            ).format(
                when=formats.moment(self.last_good),
                days=days_text(self.warn_after_days),
            )
        return None


def take_backup(
    uow: UnitOfWork, target: Path, *, kind: str, actor_id: int | None
) -> BackupResult:
    """Write, check, describe and record one backup of ``uow``'s database at ``target``."""
    engine = uow.engine
    target = backup.check_target(target)
    who: dict[str, Any] = {} if actor_id is not None else {"os_user": os_user()}
    checked: list[Verification] = []

    def verify(temp: Path, snapshot: Snapshot) -> None:
        verification = verify_copy(temp, snapshot)
        checked.append(verification)
        if not verification.ok:
            raise BackupCheckFailed(target, verification)

    try:
        snapshot = backup.write_backup(engine, target, verify)
    except BackupCheckFailed as failed:
        _record(uow, actor_id, [(AuditAction.BACKUP_CHECK, {
            "file": str(target), "kind": kind, **failed.verification.to_json(), **who,
        })])
        raise
    manifest = BackupManifest(
        file=target.name,
        kind=kind,
        created_at=snapshot.taken_at,
        engine=snapshot.engine,
        source=describe(engine.url.render_as_string(hide_password=True)),
        schema_revision=snapshot.revision,
        counts=snapshot.counts,
        chain_head=snapshot.chain_head,
        verification=checked[-1],
        app_version=__version__,
        sha256=file_sha256(target),
    )
    try:
        write_private(manifest_path(target), json.dumps(manifest.to_json(), indent=2) + "\n")
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise BackupError(f"backup file {target}: its manifest could not be written "
                          f"({exc.strerror or exc}); the backup was removed") from None
    try:
        _record(uow, actor_id, [
            (AuditAction.BACKUP, {"file": str(target), "bytes": target.stat().st_size,
                                  "kind": kind, **who}),
            (AuditAction.BACKUP_CHECK, {
                "file": str(target), "kind": kind, **manifest.verification.to_json(),
                "counts": dict(snapshot.counts), "chain_head": snapshot.chain_head.text(), **who,
            }),
        ])
    except SQLAlchemyError as exc:  # a read-only or failing database: the good copy is kept
        raise BackupError(
            f"backup file {target}: written and verified, but it could not be recorded in the "
            f"audit trail ({type(exc).__name__}: {getattr(exc, 'orig', exc)})"
        ) from None
    return BackupResult(target, manifest)


def _prepare_folder(folder: Path) -> None:
    """The clinic's backup folder exists and is private (CalciTrack's own folder)."""
    if folder.exists() and not folder.is_dir():
        raise BackupError(f"backup folder {folder}: a file is in the way (it is not a folder)")
    try:
        private_folder(folder)
    except OSError as exc:
        raise BackupError(
            f"backup folder {folder}: cannot be created ({exc.strerror or exc})"
        ) from None


def _prepare_chosen_folder(folder: Path) -> None:
    """The folder the clinic chose can be written from this workstation. An existing one is
    left as it is (its permissions are the admin's); a missing one is created, owner-only, but
    only where its parent exists: a missing parent is a share not reachable from here, and
    creating it would put the backups on this workstation's disk instead."""
    if folder.exists():
        if not folder.is_dir():
            raise BackupError(f"backup folder {folder}: a file is in the way (it is not a folder)")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise BackupError(f"backup folder {folder}: cannot be written from this workstation "
                              "(permission denied)")
        return
    if not folder.parent.is_dir():
        raise BackupError(f"backup folder {folder}: cannot be reached from this workstation "
                          f"(the folder {folder.parent} does not exist here: a network share "
                          "not connected?)")
    try:
        private_folder(folder)
    except OSError as exc:
        raise BackupError(
            f"backup folder {folder}: cannot be created ({exc.strerror or exc})"
        ) from None


def backup_folder(settings: ClinicSettings, default: Path) -> Path:
    """Where the automatic backups go: the clinic's backup folder, or ``default`` (this
    workstation's own data folder) while the clinic has set none."""
    chosen = settings.text(BACKUP_FOLDER)
    return Path(chosen) if chosen else default


def back_up_without_account(uow: UnitOfWork, target: Path) -> BackupResult:
    """``calcitrack db backup``: database upkeep by whoever can open the database; the trail
    names the OS user, no account."""
    return take_backup(uow, target, kind=KIND_MANUAL, actor_id=None)


def _record(
    uow: UnitOfWork, actor_id: int | None, events: list[tuple[AuditAction, Mapping[str, Any]]]
) -> None:
    with uow.begin(actor_id) as session:
        for action, details in events:
            audit.record_event(session, action, details=details, actor_id=actor_id)


class BackupService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def back_up(self, target: Path) -> BackupResult:
        """Write the backup to ``target`` (BackupError says why it failed; nothing is left half
        written), check it, write its manifest beside it and record both in the trail."""
        self._ctx.require(Permission.BACKUP)
        return take_backup(self._ctx.uow, target, kind=KIND_MANUAL, actor_id=self._ctx.actor_id)

    def back_up_automatically(
        self, default_folder: Path, now: datetime | None = None
    ) -> BackupResult | None:
        """The day's automatic backup into the clinic's backup folder (a clinic setting; while
        it is empty, this workstation's ``default_folder``) (None when one was already made
        today), then the folder's automatic backups pruned to the retention the clinic set. Any
        signed-in account starts it (it only ever writes into that folder); a failure (the
        folder unreachable from here too) is recorded in the trail (the window then warns, naming
        the folder and the reason) and raised."""
        moment = now or datetime.now(timezone.utc)
        uow = self._ctx.uow
        if self._made_today(moment):
            return None
        with uow.read() as session:
            settings = settings_repository.load(session)
        folder = backup_folder(settings, default_folder)
        try:
            if folder == default_folder:
                _prepare_folder(folder)
            else:
                _prepare_chosen_folder(folder)
            name = backup_files.automatic_name(moment, uow.engine.dialect.name)
            result = take_backup(uow, folder / name, kind=KIND_AUTOMATIC,
                                 actor_id=self._ctx.actor_id)
        except BackupCheckFailed:
            raise  # already recorded
        except (BackupError, OSError) as exc:
            reason = str(exc)
            _record(uow, self._ctx.actor_id, [(AuditAction.BACKUP_CHECK, {
                "file": str(folder), "kind": KIND_AUTOMATIC, "ok": False,
                "checks": [], "problems": [reason],
            })])
            raise BackupError(reason) from None
        backup_files.prune(folder, settings, result.manifest.source)
        return result

    def status(self, now: datetime | None = None) -> BackupStatus:
        """The newest verified backup and the newest automatic attempt, from the trail."""
        moment = now or datetime.now(timezone.utc)
        with self._ctx.uow.read() as session:
            events = backup_log.recent_events(session)
            warn_after = settings_repository.load(session)[BACKUP_WARN_AFTER_DAYS]
        checks = [e for e in events if e.action == AuditAction.BACKUP_CHECK.value]
        last_good = next((e.occurred_at for e in checks if e.ok), None)
        automatic = next((e for e in checks if e.kind == KIND_AUTOMATIC), None)
        failure = None
        if automatic is not None and not automatic.ok:
            problems = automatic.details.get("problems") or ["unknown reason"]
            failure = str(problems[0])
        return BackupStatus(moment, last_good, warn_after, failure)

    def _made_today(self, now: datetime) -> bool:
        today = now.astimezone().date()
        with self._ctx.uow.read() as session:
            events = backup_log.recent_events(session)
        return any(
            e.action == AuditAction.BACKUP.value and e.kind == KIND_AUTOMATIC
            and e.occurred_at.astimezone().date() == today
            for e in events
        )
