"""``calcitrack db grant-app-role ROLE``: the application role of a PostgreSQL clinic
(store/pg_roles.py says what it may do and why)."""

from __future__ import annotations

import argparse

from calcitrack.bootstrap import Clinic
from calcitrack.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError
from calcitrack.i18n.catalogue import _, ngettext
from calcitrack.store.engine import is_sqlite
from calcitrack.store.pg_roles import AppRoleError, grant_app_role


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    if is_sqlite(clinic.engine):
        raise UserError(
            _("{database} is a SQLite file: application roles are for a PostgreSQL server (a "
              "SQLite file is protected by its owner-only file permissions)").format(
                database=clinic.where),
            EXIT_USAGE,
        )
    try:
        grant = grant_app_role(clinic.engine, args.role)
    except AppRoleError as exc:
        raise UserError(f"{clinic.where}: {exc}", EXIT_FAILED) from None
    print(_("granted {role} on {database} (schema {schema}):").format(
        role=grant.role, database=clinic.where, schema=grant.schema))
    print("  " + ngettext("read and write: {count} table ({tables})",
                          "read and write: {count} tables ({tables})",
                          len(grant.read_write)).format(
        count=len(grant.read_write), tables=", ".join(grant.read_write)))  # fmt: skip
    print("  " + _("read and add only: {tables}").format(tables=", ".join(grant.append_only)))
    print("  " + _("read only: {tables}").format(tables=", ".join(grant.read_only)))
    print("  " + _("use the sequences (new rows' ids)"))
    print(_("{role} cannot update, delete or empty the audit trail, nor alter the schema. Run "
            "this again after each 'calcitrack db upgrade': new tables are not granted until "
            "then.").format(role=grant.role))  # fmt: skip
    return EXIT_OK
