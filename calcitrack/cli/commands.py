"""The command-line tools (every command but the window): open the clinic, sign in when the
command acts as an account, run it."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.cli import (
    audit_command,
    backup_command,
    db_migrate_command,
    fhir_export_command,
    outcomes_command,
    output_paths,
    report_command,
    research_export_command,
    sign_in,
)
from calcitrack.cli.app_role_command import run as run_grant_app_role
from calcitrack.cli.exits import (
    EXIT_DATA,
    EXIT_DATABASE,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UserError,
)
from calcitrack.cli.progress import PATIENT, progress_bar
from calcitrack.cli.users_command import run as run_users
from calcitrack.domain.codes import Role
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError
from calcitrack.i18n.catalogue import _, ngettext, pgettext
from calcitrack.private_files import write_private
from calcitrack.services.demo.demo_accounts import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    create_demo_accounts,
    sign_earlier_visits,
)
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.demo.demo_photographs import with_photographs
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.import_export import import_limits, interchange
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.import_export.import_file import read_interchange_file
from calcitrack.services.patient_service import PatientService
from calcitrack.store import integrity
from calcitrack.store.engine import database_url, missing_sqlite_file
from calcitrack.store.locations import default_database


def _cmd_demo(args: argparse.Namespace, clinic: Clinic) -> int:
    fresh = not clinic.accounts().has_accounts()
    if fresh:
        made = create_demo_accounts(clinic.uow)
        clinic.user = made[Role.PHYSICIAN]
        password = DEMO_PASSWORD
    else:
        password = sign_in.sign_in(args, clinic)
    patients = PatientService(clinic.context())
    if patients.list_patients(include_archived=True):
        if args.if_missing:
            print(_("{database} already holds patients; left as it is").format(
                database=clinic.where))  # fmt: skip
            return EXIT_OK
        raise UserError(
            _("{database} already holds patients: the demo needs an empty database "
              "(choose another with --db)").format(database=clinic.where)
        )
    if args.synthetic is not None:
        if args.synthetic < 1:
            raise UserError(_("--synthetic needs a positive number of patients"), EXIT_USAGE)
        label = pgettext("progress bar", "synthetic clinic")
        with progress_bar(label, PATIENT, args.synthetic) as bar:

            def advance(made: int) -> None:
                bar.update(made)

            n = build_synthetic_clinic(
                clinic.context(), args.synthetic, seed=args.seed, progress=advance
            )
        print(ngettext("wrote a synthetic clinic of {count} patient to {database}",
                       "wrote a synthetic clinic of {count} patients to {database}",
                       n).format(count=n, database=clinic.where))  # fmt: skip
    else:
        result = ChartService(clinic.context()).add_charts(with_photographs(demo_charts()))
        signed = sign_earlier_visits(clinic.context(), password)
        print(_("wrote the demo clinic ({patients} patients, {visits} visits, {signed} of them "
                "signed) to {database}").format(patients=result.patients, visits=result.visits,
                                                signed=signed, database=clinic.where))  # fmt: skip
    if fresh:
        names = ", ".join(account[0] for account in DEMO_ACCOUNTS)
        print(_("demo accounts: {names}; password: {password}").format(
            names=names, password=DEMO_PASSWORD))  # fmt: skip
    return EXIT_OK


def _read_json(path: Path) -> Any:
    """The JSON of an interchange file, or a UserError saying why not (nothing read past the
    size limit)."""
    try:
        return read_interchange_file(path)
    except import_limits.ImportFileError as exc:
        raise UserError(str(exc), EXIT_DATA) from None


def _cmd_import(args: argparse.Namespace, clinic: Clinic) -> int:
    data = _read_json(args.file)
    patients = data.get("patients") if isinstance(data, dict) else None
    count = len(patients) if isinstance(patients, list) else 0

    def at(path: str) -> str:
        whose = interchange.where(data, path)
        return f"{path} ({whose})" if whose else path

    try:
        with progress_bar(pgettext("progress bar", "import"), PATIENT, count) as bar:

            def advance(_done: int, _total: int) -> None:
                bar.update(1)

            result = ChartService(clinic.context()).import_document(
                data,
                progress=advance,
                accept_unusual=args.accept_unusual,
                source=args.file.name,
            )
    except UnconfirmedValuesError as exc:
        lines = [ngettext("{file}: {count} unusual value(s); nothing was imported:",
                          "{file}: {count} unusual value(s); nothing was imported:",
                          len(exc.unusual)).format(file=args.file, count=len(exc.unusual))]
        lines += [f"  {at(u.field)}: {u.describe()}" for u in exc.unusual]
        lines.append(
            _("Check each value against its source. If every one is right, import again with "
              "--accept-unusual: each is then recorded in the audit trail as confirmed by you.")
        )
        raise UserError("\n".join(lines), EXIT_DATA) from None
    except DomainValidationError as exc:
        lines = [ngettext("{file}: {count} problem(s); nothing was imported:",
                          "{file}: {count} problem(s); nothing was imported:",
                          len(exc.problems)).format(file=args.file, count=len(exc.problems))]
        lines += [f"  {at(p.field)}: {p.reason}" for p in exc.problems]
        raise UserError("\n".join(lines), EXIT_DATA) from None
    print(ngettext("imported {patients} ({count} visit) from {file}",
                   "imported {patients} ({count} visits) from {file}", result.visits).format(
        patients=_patients(result.patients), count=result.visits, file=args.file))  # fmt: skip
    if result.confirmed:
        who = clinic.user.username if clinic.user else _("you")
        count = len(result.confirmed)
        print(ngettext(
            "accepted {count} unusual value(s), each recorded in the audit trail as confirmed by "
            "{user}:",
            "accepted {count} unusual value(s), each recorded in the audit trail as confirmed by "
            "{user}:", count).format(count=count, user=who))  # fmt: skip
        for u in result.confirmed:
            print(f"  {at(u.field)}: {u.describe()}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, clinic: Clinic) -> int:
    if args.format == "csv":
        return research_export_command.run(args, clinic)
    if args.format == "fhir":
        return fhir_export_command.run(args, clinic)
    stray = [o for o, v in (("--out-dir", args.out_dir), ("--pseudonymise", args.pseudonymise),
                            ("--with-summaries", args.with_summaries)) if v]
    if stray:
        raise UserError(_("{options} do not apply to --format json").format(
            options=", ".join(stray)), EXIT_USAGE)  # fmt: skip
    if args.output is not None:
        output_paths.checked_file("-o", args.output, "export.json")
    charts = ChartService(clinic.context())
    mrns = charts.all_mrns() if args.all else args.mrn
    document = charts.export_document(
        mrns, to=args.output.name if args.output else "standard output"
    )
    unfit = import_limits.structure_problems(document)
    if unfit:  # e.g. an Infinity stored before the import refused it: never write invalid JSON
        lines = [ngettext("{count} value(s) cannot be written as JSON; nothing was exported:",
                          "{count} value(s) cannot be written as JSON; nothing was exported:",
                          len(unfit)).format(count=len(unfit))]
        lines += [f"  {p.field}: {p.reason}" for p in unfit]
        raise UserError("\n".join(lines), EXIT_DATA)
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            write_private(args.output, text)  # 0600, atomic: a failure leaves what was there
        except OSError as exc:
            raise UserError(_("-o {file}: cannot write it ({reason})").format(
                file=args.output, reason=output_paths.os_reason(exc))) from None  # fmt: skip
        print(
            _("exported {patients} to {file} (signatures are not exported: the visits arrive "
              "unsigned, for the receiving clinic to sign)").format(
                patients=_patients(len(mrns)), file=args.output),
            file=sys.stderr,
        )  # fmt: skip
    return EXIT_OK


def _cmd_db(args: argparse.Namespace, clinic: Clinic) -> int:
    if args.db_command == "migrate-to":
        return db_migrate_command.run(args, clinic)
    if args.db_command == "grant-app-role":
        return run_grant_app_role(args, clinic)
    if args.db_command == "upgrade":
        # open_clinic has already brought the schema to head (with a backup first if needed)
        done = {"created": _("{database}: schema {revision} (created)"),
                "upgraded": _("{database}: schema {revision} (upgraded)"),
                "current": _("{database}: schema {revision} (already current)")}
        print(done[clinic.opened.action].format(database=clinic.where,
                                                revision=clinic.opened.revision))  # fmt: skip
        if clinic.opened.backup:
            print(_("backup before the upgrade: {file}").format(file=clinic.opened.backup))
        return EXIT_OK
    if args.db_command == "check":
        problems = integrity.check(clinic.engine)
        if problems:
            print(ngettext("{database}: {count} problem(s):", "{database}: {count} problem(s):",
                           len(problems)).format(database=clinic.where,
                                                 count=len(problems)))  # fmt: skip
            for problem in problems:
                print(f"  {problem}")
            return EXIT_FAILED
        print(_("{database}: no problems found (schema {revision})").format(
            database=clinic.where, revision=clinic.opened.revision))  # fmt: skip
        return EXIT_OK
    return backup_command.run_backup(args, clinic)


SIGNED_IN = frozenset({"import", "export", "report", "audit", "outcomes"})
"""Commands that act as an account (``demo`` signs in itself; ``db`` upkeep and the window's own
sign-in need none here)."""

COMMANDS: dict[str | None, Callable[[argparse.Namespace, Clinic], int]] = {
    "demo": _cmd_demo,
    "import": _cmd_import,
    "export": _cmd_export,
    "db": _cmd_db,
    "report": report_command.run,
    "outcomes": outcomes_command.run,
    "audit": audit_command.run,
    "users": run_users,  # signs in itself (not for a clinic's first administrator)
}


def _reads_only(args: argparse.Namespace) -> bool:
    """A command that can be served by a read-only database (it records, at most, its own
    sign-in and export in the audit trail)."""
    if args.command == "db":
        return args.db_command == "check"
    return args.command in {"export", "report", "audit", "outcomes"}


def _patients(count: int) -> str:
    return ngettext("{count} patient", "{count} patients", count).format(count=count)


def _refuse_missing_database(target: str | None) -> None:
    """A command that only reads would otherwise create an empty clinic at a mistyped path and
    report on it ("no problems found")."""
    missing = missing_sqlite_file(database_url(target or default_database()))
    if missing is not None:
        raise UserError(
            _("--db {path}: there is no clinic database there (nothing was created); check the "
              "path, or create a clinic with `calcitrack db upgrade --db PATH`").format(
                path=missing),
            EXIT_DATABASE,
        )  # fmt: skip


def run_command(args: argparse.Namespace) -> int:
    """Run ``args.command`` (not the window); errors a user can act on are raised for
    calcitrack.cli.main.run to explain."""
    if args.command == "db" and args.db_command == "restore":
        return backup_command.run_restore(args)  # the target is not opened as a clinic first
    if _reads_only(args):
        _refuse_missing_database(getattr(args, "db", None))
    clinic = open_clinic(getattr(args, "db", None), allow_read_only=_reads_only(args))
    if clinic.read_only:
        print(
            _("note: {reason}. Reading from a snapshot of it: this command's sign-in and "
              "exports are not recorded in its audit trail, and nothing can be saved to it.")
            .format(reason=clinic.read_only),
            file=sys.stderr,
        )
    try:
        if args.command in SIGNED_IN:
            sign_in.sign_in(args, clinic)
        return COMMANDS[args.command](args, clinic)
    finally:
        clinic.close()
