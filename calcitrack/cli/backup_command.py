"""``calcitrack db backup PATH`` and ``calcitrack db restore BACKUP``: database upkeep by whoever
can open the database (no account signs in; the trail records the OS user)."""

from __future__ import annotations

import argparse

from calcitrack.bootstrap import Clinic
from calcitrack.cli.exits import EXIT_OK
from calcitrack.services.backup_service import back_up_without_account


def run_backup(args: argparse.Namespace, clinic: Clinic) -> int:
    result = back_up_without_account(clinic.uow, args.path)
    print(f"backed up {clinic.where} to {result.summary()}")
    print(f"manifest: {result.path}.json; recorded in the audit trail")
    return EXIT_OK
