"""The grammar of ``calcitrack db grant-app-role`` (kept apart from the command so that parsing
loads nothing heavy)."""

from __future__ import annotations

import argparse
from typing import Any

from calcitrack.i18n.catalogue import _


def add_grant_app_role(db_sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``grant-app-role`` to the ``db`` command's actions."""
    grant = db_sub.add_parser(
        "grant-app-role",
        parents=[common],
        help=_("let a PostgreSQL role use the clinic, without changing the audit trail or schema"),
        description=_("Run as the owner of CalciTrack's tables (--db naming the owner): give ROLE "
        "what the workstations need (read and write the clinical tables, add to the audit "
        "trail, read the schema version) and nothing else; it cannot update, delete or empty "
        "the audit trail nor alter the schema. Create the role first (CREATE ROLE ROLE LOGIN "
        "PASSWORD '…'). Run it again after each 'calcitrack db upgrade'."),
    )
    grant.add_argument("role", metavar="ROLE", help=_("the PostgreSQL role the workstations use"))
