"""``calcitrack db migrate-to URL``: copy the whole clinic into another, empty database.

    calcitrack db migrate-to postgresql://user:password@server/calcitrack --db clinic.sqlite3
    calcitrack db migrate-to clinic.sqlite3 --db postgresql://user:password@server/calcitrack

``--db`` is the source as for every command (opened, and brought to this version's schema, as
usual); URL is the target: a PostgreSQL URL or a SQLite file. The target is given the same schema
and must hold no clinic data. The copy is one transaction on the target, verified table by table
(row counts and checksums) before it commits. Progress goes to standard error; the per-table counts
and the summary to standard output. A refusal exits 1 and leaves the target without clinic data.
A copy made is recorded in the source's audit trail as an export, with the operating-system
account that ran it (the command needs no sign-in). A SQLite target is created owner-only.
"""

from __future__ import annotations

import argparse

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from calcitrack.bootstrap import Clinic
from calcitrack.cli.exits import EXIT_DATABASE, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError
from calcitrack.cli.progress import ROW, progress_bar
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.errors import DomainValidationError
from calcitrack.i18n.catalogue import _, pgettext
from calcitrack.services.audit_service import os_user, record_by_os_user
from calcitrack.store.clinic_copy import ClinicCopyError, CopyReport, copy_clinic
from calcitrack.store.engine import database_url, describe, make_engine
from calcitrack.store.migrations import SchemaError


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    if clinic.opened.action == "created":
        raise UserError(
            _("there was no clinic at {database} (an empty database was just created there): "
              "give the clinic's database with --db").format(database=clinic.where)
        )
    try:
        target_url = database_url(args.url)
    except DomainValidationError as exc:
        raise UserError(f"{args.url}: {exc.problems[0].reason}", EXIT_USAGE) from None
    if clinic.opened.action == "upgraded":
        if clinic.opened.backup:
            upgraded = _("the source {database} was first upgraded to schema {revision} "
                         "(backup: {file})")
        else:
            upgraded = _("the source {database} was first upgraded to schema {revision} "
                         "(backup: none, a server database)")
        print(upgraded.format(database=clinic.where, revision=clinic.opened.revision,
                              file=clinic.opened.backup))  # fmt: skip
    where = describe(target_url)
    target = make_engine(target_url)  # NetworkShareError for a SQLite file on a share
    try:
        _reach(target, where)
        with progress_bar(pgettext("progress bar", "copy"), ROW) as bar:

            def progress(done: int, total: int) -> None:
                if bar.total != total:
                    bar.total = total
                bar.update(done - bar.n)

            report = copy_clinic(clinic.engine, target, progress=progress)
    except ClinicCopyError as exc:
        raise UserError(str(exc), EXIT_FAILED) from None
    except SchemaError as exc:
        raise UserError(_("the target {database}: {reason}").format(database=where, reason=exc),
                        EXIT_DATABASE) from None  # fmt: skip
    finally:
        target.dispose()
    record_by_os_user(
        clinic.uow, AuditAction.EXPORT, os_user(),
        details={"format": "database", "to": where, "tables": len(report.tables),
                 "rows": report.rows},
    )  # fmt: skip
    _print_report(report)
    return EXIT_OK


def _reach(target: Engine, where: str) -> None:
    try:
        with target.connect():
            pass
    except OperationalError as exc:
        raise UserError(
            _("the target {database} cannot be reached: {reason}").format(
                database=where, reason=str(exc.orig).strip()),
            EXIT_DATABASE,
        ) from None  # fmt: skip


def _print_report(report: CopyReport) -> None:
    width = max(len(t.table) for t in report.tables)
    for copied in report.tables:
        print(f"  {copied.table:<{width}}  {copied.target_rows:>8} rows  checksum ok")
    print(_("copied {tables} tables, {rows} rows from {source} to {target}; counts "
            "verified").format(tables=len(report.tables), rows=report.rows,
                               source=report.source, target=report.target))  # fmt: skip
