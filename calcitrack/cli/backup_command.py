"""``calcitrack db backup PATH`` and ``calcitrack db restore BACKUP``: database upkeep by whoever
can open the database (no account signs in; the trail records the OS user)."""

from __future__ import annotations

import argparse
import sys

from calcitrack.bootstrap import Clinic
from calcitrack.cli.exits import EXIT_OK, EXIT_USAGE, UserError
from calcitrack.i18n.catalogue import _
from calcitrack.services.backups import restore_service
from calcitrack.services.backups.backup_service import back_up_without_account
from calcitrack.store.backups.backup import BackupError
from calcitrack.store.backups.restore import RestoreError
from calcitrack.store.locations import default_database


def run_backup(args: argparse.Namespace, clinic: Clinic) -> int:
    result = back_up_without_account(clinic.uow, args.path)
    print(_("backed up {database} to {backup}").format(database=clinic.where,
                                                       backup=result.summary()))  # fmt: skip
    print(_("manifest: {file}; recorded in the audit trail").format(file=f"{result.path}.json"))
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Restore BACKUP into --db (not opened as a clinic first: an empty target stays empty until
    the restore fills it)."""
    target = getattr(args, "db", None) or default_database()
    try:
        plan = restore_service.plan_restore(args.backup, target)
        print(plan.describe_backup())
        confirmed = args.yes
        if plan.target_holds_data and not confirmed:
            confirmed = _ask(_("{database} holds data. Replace all of it with this backup (a "
                               "backup of it is made first)?").format(database=plan.target))
        result = restore_service.run_restore(plan, confirmed=confirmed)
    except (RestoreError, BackupError) as exc:
        raise UserError(str(exc)) from None
    if result.before_restore is not None:
        print(_("backup of {database} before the restore: {file}").format(
            database=plan.target, file=result.before_restore.path))  # fmt: skip
    print(_("restored {backup} into {database} (checked: integrity, audit chain, row counts, "
            "chain head; schema {revision}); recorded in its audit trail").format(
        backup=plan.backup, database=plan.target, revision=result.revision))  # fmt: skip
    return EXIT_OK


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        raise UserError(_("{question} Nothing was changed: add --yes to confirm.").format(
            question=question), EXIT_USAGE)  # fmt: skip
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise UserError(_("not restored (not confirmed); nothing was changed"))
    return True
