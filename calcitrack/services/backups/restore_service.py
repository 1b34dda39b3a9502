"""Restoring a backup: into an empty database at once; over one that holds data only once the
person confirmed it and after a backup of what is there now (the pre-restore backup, itself
checked and recorded in that database's trail). Each restore is checked against the backup's
manifest (integrity, audit chain, row counts, chain head) and recorded as ``restore`` in the
restored database's own trail, by the account (the window) or the OS user (the command line).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.backup_manifest import KIND_BEFORE_RESTORE, BackupManifest
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import User
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import _
from calcitrack.private_files import private_folder
from calcitrack.services.audit_service import os_user
from calcitrack.services.backups.backup_service import BackupResult, take_backup
from calcitrack.services.backups.backup_text import (
    audit_entries_text,
    patients_text,
    visits_text,
)
from calcitrack.services.context import ServiceContext
from calcitrack.store import user_repository
from calcitrack.store.audit_trail import audit
from calcitrack.store.backups import restore
from calcitrack.store.backups.restore import RestoreError
from calcitrack.store.engine import database_url, describe, make_engine
from calcitrack.store.locations import data_dir
from calcitrack.store.migrations import prepare_database
from calcitrack.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class RestorePlan:
    backup: Path
    manifest: BackupManifest
    target_url: str
    target_holds_data: bool

    @property
    def target(self) -> str:
        return describe(self.target_url)

    def describe_backup(self) -> str:
        """The manifest for people (the restore dialog, the command's question)."""
        m = self.manifest
        counts = m.counts
        return "\n".join([
            _("Backup: {file}").format(file=self.backup),
            _("Made: {when} ({kind})").format(when=formats.moment(m.created_at), kind=m.kind),
            _("From: {database} ({engine}, schema {revision})").format(
                database=m.source, engine=m.engine, revision=m.schema_revision
            ),
            _("Holds: {patients}, {visits}, {entries}").format(
                patients=patients_text(counts.get("patients", 0)),
                visits=visits_text(counts.get("visits", 0)),
                entries=audit_entries_text(counts.get("audit_log", 0)),
            ),
            _("Audit trail head: {head}").format(head=m.chain_head.short()),
            (_("Check after writing: passed ({checks})") if m.verification.ok
             else _("Check after writing: FAILED ({checks})")).format(
                checks=", ".join(m.verification.checks)
            ),
        ])


@dataclass(frozen=True)
class RestoreResult:
    plan: RestorePlan
    before_restore: BackupResult | None
    revision: str


def plan_restore(backup: Path, target: str) -> RestorePlan:
    """Read the backup's manifest and look at the target (nothing is changed)."""
    backup = Path(backup).expanduser().absolute()
    manifest = restore.read_manifest(backup)
    url = database_url(target)
    engine = make_engine(url)
    try:
        if manifest.engine != engine.dialect.name:
            raise RestoreError(
                # TRANSLATORS: {engine} and {target} are database engines ("sqlite", "postgresql")
                _("backup {backup}: a {engine} backup cannot be restored into a {target} database")
                .format(backup=backup, engine=manifest.engine, target=engine.dialect.name)
            )
        holds = restore.holds_data(engine)
    finally:
        engine.dispose()
    return RestorePlan(backup, manifest, url, holds)


def run_restore(
    plan: RestorePlan, *, confirmed: bool, account: User | None = None
) -> RestoreResult:
    """Restore ``plan``'s backup into its target. Over a target that holds data only when
    ``confirmed``, after its pre-restore backup. Raises RestoreError (the target unchanged).

    ``account`` is the admin who restores from the window (None: the command line, the OS
    user is recorded); in the restored trail it is the same account if the backup has it."""
    actor_id = account.id if account is not None else None
    if plan.target_holds_data and not confirmed:
        raise RestoreError(
            # TRANSLATORS: --yes is a command-line option and y the answer typed: keep both
            _(
                "{target} holds data: restoring replaces all of it; confirm first (--yes, or "
                "answer y)"
            ).format(target=plan.target)
        )
    checked = restore.check_backup_file(plan.backup, plan.manifest)
    if not checked.ok:
        raise RestoreError(
            _("backup {backup} does not match its manifest, nothing was restored: {problems}")
            .format(backup=plan.backup, problems=_("; ").join(checked.problems))
        )
    engine = make_engine(plan.target_url)
    try:
        before = None
        if plan.target_holds_data:
            prepare_database(engine)  # a CalciTrack database (anything else is refused here)
            before = _before_restore_backup(engine, plan, actor_id)
        restore.restore_into(engine, plan.backup, plan.manifest)
        verification = restore.check_restored(engine, plan.manifest)
        if not verification.ok:
            kept = ""
            if before is not None:
                kept = _(" (the database before the restore is in {path})").format(
                    path=before.path
                )
            raise RestoreError(
                _("the restored database does not match the backup's manifest: {problems}")
                .format(problems=_("; ").join(verification.problems))
                + kept
            )
        opened = prepare_database(engine)  # an older backup's schema brought up to date
        who: dict[str, Any] = {"os_user": os_user()}
        with UnitOfWork(engine).begin(None) as session:
            restored_actor = None
            if account is not None:
                who = {"account": account.username}
                found = user_repository.find_user(session, account.username)
                restored_actor = found.id if found is not None else None
            audit.record_event(session, AuditAction.RESTORE, actor_id=restored_actor, details={
                "backup": str(plan.backup),
                "backup_made_at": plan.manifest.created_at.isoformat(),
                "backup_chain_head": plan.manifest.chain_head.text(),
                "counts": dict(plan.manifest.counts),
                **verification.to_json(),
                "before_restore_backup": str(before.path) if before else None,
                "schema": opened.revision,
                **who,
            })
    finally:
        engine.dispose()
    return RestoreResult(plan, before, opened.revision)


def _before_restore_backup(engine: Any, plan: RestorePlan, actor_id: int | None) -> BackupResult:
    database = engine.url.database or "clinic"
    if engine.dialect.name == "sqlite":
        folder = Path(database).parent / "backups"
        name = f"{Path(database).stem}-before-restore"
    else:
        folder = data_dir() / "backups"
        name = f"{database}-before-restore"
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    suffix = "sqlite3" if engine.dialect.name == "sqlite" else "dump"
    private_folder(folder)
    return take_backup(UnitOfWork(engine), folder / f"{name}-{stamp}.{suffix}",
                       kind=KIND_BEFORE_RESTORE, actor_id=actor_id)


def restore_from_window(context: ServiceContext, plan: RestorePlan) -> RestoreResult:
    """Tools → Restore: an admin, who confirmed in the dialog."""
    context.require(Permission.BACKUP)
    return run_restore(plan, confirmed=True, account=context.actor)
