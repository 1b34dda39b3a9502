"""``calcitrack db backup PATH`` and ``calcitrack db restore BACKUP``: database upkeep by whoever
can open the database (no account signs in; the trail records the OS user)."""

from __future__ import annotations

import argparse
import sys

from calcitrack.bootstrap import Clinic
from calcitrack.cli.exits import EXIT_OK, EXIT_USAGE, UserError
from calcitrack.services.backups import restore_service
from calcitrack.services.backups.backup_service import back_up_without_account
from calcitrack.store.backups.backup import BackupError
from calcitrack.store.backups.restore import RestoreError
from calcitrack.store.locations import default_database


def run_backup(args: argparse.Namespace, clinic: Clinic) -> int:
    result = back_up_without_account(clinic.uow, args.path)
    print(f"backed up {clinic.where} to {result.summary()}")
    print(f"manifest: {result.path}.json; recorded in the audit trail")
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
            confirmed = _ask(f"{plan.target} holds data. Replace all of it with this backup "
                             "(a backup of it is made first)?")
        result = restore_service.run_restore(plan, confirmed=confirmed)
    except (RestoreError, BackupError) as exc:
        raise UserError(str(exc)) from None
    if result.before_restore is not None:
        print(f"backup of {plan.target} before the restore: {result.before_restore.path}")
    print(f"restored {plan.backup} into {plan.target} (checked: integrity, audit chain, row "
          f"counts, chain head; schema {result.revision}); recorded in its audit trail")
    return EXIT_OK


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        raise UserError(f"{question} Nothing was changed: add --yes to confirm.", EXIT_USAGE)
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise UserError("not restored (not confirmed); nothing was changed")
    return True
