"""The ``calcitrack`` command: the GUI by default, and the clinic's command-line tools.

Exit codes: 0 done; 1 failed or problems found; 2 command-line usage; 3 invalid input data;
4 the database cannot be used; 5 sign-in refused, or the account's roles do not allow the command.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError, SQLAlchemyError
from tqdm import tqdm

from calcitrack import __version__
from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.cli import audit_command, db_migrate_command, report_command, sign_in
from calcitrack.cli.exits import (
    EXIT_DATA,
    EXIT_DATABASE,
    EXIT_DENIED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UserError,
)
from calcitrack.domain.codes import Role
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.permissions import PermissionDeniedError
from calcitrack.logging_setup import configure_logging
from calcitrack.services.chart_service import ChartService
from calcitrack.services.demo_accounts import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    create_demo_accounts,
    sign_earlier_visits,
)
from calcitrack.services.demo_clinic import demo_charts
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.services.patient_service import PatientService
from calcitrack.services.synthetic_clinic import build_synthetic_clinic
from calcitrack.store import backup, integrity
from calcitrack.store.backup import BackupError
from calcitrack.store.locations import log_dir
from calcitrack.store.migrations import SchemaError
from calcitrack.store.network_share import NetworkShareError

log = logging.getLogger("calcitrack.cli")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="PATH_OR_URL",
        help="SQLite file or database URL (default: CALCITRACK_DATABASE_URL, "
        "else calcitrack.sqlite3 in the user's data directory)",
    )
    sign_in.add_argument(common)
    parser = argparse.ArgumentParser(
        prog="calcitrack",
        parents=[common],
        description="CalciTrack: follow-up tracker for calcinosis cutis clinics. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"CalciTrack {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", parents=[common], help="open the window (the default)")

    demo = sub.add_parser("demo", parents=[common], help="build the demo clinic")
    demo.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="instead, a synthetic clinic of N made-up patients (benchmarks)",
    )
    demo.add_argument("--seed", type=int, default=1, help="seed of the synthetic clinic")
    demo.add_argument(
        "--if-missing",
        action="store_true",
        help="do nothing if the database already holds patients",
    )

    imp = sub.add_parser("import", parents=[common], help="import patients from a JSON file")
    imp.add_argument("file", type=Path)

    exp = sub.add_parser("export", parents=[common], help="export patients as JSON")
    who = exp.add_mutually_exclusive_group(required=True)
    who.add_argument("--mrn", action="append", help="patient's MRN (repeat for several)")
    who.add_argument("--all", action="store_true", help="every patient")
    exp.add_argument("--format", choices=["json"], default="json")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")

    db = sub.add_parser("db", parents=[common], help="database upkeep")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", parents=[common], help="bring the schema to this version")
    db_sub.add_parser("check", parents=[common], help="check integrity and schema version")
    bk = db_sub.add_parser("backup", parents=[common], help="write a consistent backup")
    bk.add_argument("path", type=Path)
    db_migrate_command.add_parser(db_sub, common)

    report_command.add_parser(sub, common)
    audit_command.add_parser(sub, common)
    return parser


def _progress(total: int, desc: str) -> tqdm:
    return tqdm(total=total, desc=desc, unit="patient", file=sys.stderr, disable=None)


def _cmd_demo(args: argparse.Namespace, clinic: Clinic) -> int:
    fresh = not clinic.accounts().has_accounts()
    if fresh:
        made = create_demo_accounts(clinic.uow)
        clinic.user = made[Role.PHYSICIAN]
    else:
        sign_in.sign_in(args, clinic)
    patients = PatientService(clinic.context())
    if patients.list_patients(include_archived=True):
        if args.if_missing:
            print(f"{clinic.where} already holds patients; left as it is")
            return EXIT_OK
        raise UserError(
            f"{clinic.where} already holds patients: the demo needs an empty database "
            "(choose another with --db)"
        )
    if args.synthetic is not None:
        if args.synthetic < 1:
            raise UserError("--synthetic needs a positive number of patients", EXIT_USAGE)
        with _progress(args.synthetic, "synthetic clinic") as bar:
            n = build_synthetic_clinic(
                clinic.context(), args.synthetic, seed=args.seed, progress=bar.update
            )
        print(f"wrote a synthetic clinic of {n} patients to {clinic.where}")
    else:
        result = ChartService(clinic.context()).add_charts(demo_charts())
        signed = sign_earlier_visits(clinic.context())
        print(
            f"wrote the demo clinic ({result.patients} patients, {result.visits} visits, "
            f"{signed} of them signed) to {clinic.where}"
        )
    if fresh:
        names = ", ".join(username for username, _, _ in DEMO_ACCOUNTS)
        print(f"demo accounts: {names}; password: {DEMO_PASSWORD}")
    return EXIT_OK


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file", EXIT_DATA) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot be read ({exc})", EXIT_DATA) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", EXIT_DATA
        ) from None


def _cmd_import(args: argparse.Namespace, clinic: Clinic) -> int:
    data = _read_json(args.file)
    count = len(data.get("patients", [])) if isinstance(data, dict) else 0
    try:
        with _progress(count, "import") as bar:
            result = ChartService(clinic.context()).import_document(
                data, progress=lambda done, _total: bar.update(1)
            )
    except DomainValidationError as exc:
        lines = [f"{args.file}: {len(exc.problems)} problem(s); nothing was imported:"]
        lines += [f"  {p.field}: {p.reason}" for p in exc.problems]
        raise UserError("\n".join(lines), EXIT_DATA) from None
    print(f"imported {result.patients} patients ({result.visits} visits) from {args.file}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, clinic: Clinic) -> int:
    charts = ChartService(clinic.context())
    mrns = charts.all_mrns() if args.all else args.mrn
    document = charts.export_document(mrns)
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"exported {len(mrns)} patients to {args.output}", file=sys.stderr)
    return EXIT_OK


def _cmd_db(args: argparse.Namespace, clinic: Clinic) -> int:
    if args.db_command == "migrate-to":
        return db_migrate_command.run(args, clinic)
    if args.db_command == "upgrade":
        # open_clinic has already brought the schema to head (with a backup first if needed)
        action = {"created": "created", "upgraded": "upgraded", "current": "already current"}
        print(f"{clinic.where}: schema {clinic.opened.revision} ({action[clinic.opened.action]})")
        if clinic.opened.backup:
            print(f"backup before the upgrade: {clinic.opened.backup}")
        return EXIT_OK
    if args.db_command == "check":
        problems = integrity.check(clinic.engine)
        if problems:
            print(f"{clinic.where}: {len(problems)} problem(s):")
            for problem in problems:
                print(f"  {problem}")
            return EXIT_FAILED
        print(f"{clinic.where}: no problems found (schema {clinic.opened.revision})")
        return EXIT_OK
    target = backup.backup(clinic.engine, args.path)
    print(f"backed up {clinic.where} to {target}")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace, clinic: Clinic) -> int:
    from calcitrack.app import run_gui  # Qt is loaded only when the window is wanted

    return run_gui(clinic)


SIGNED_IN = frozenset({"import", "export", "report", "audit"})
"""Commands that act as an account (``demo`` signs in itself; ``db`` upkeep and the window's own
sign-in need none here)."""

COMMANDS: dict[str | None, Callable[[argparse.Namespace, Clinic], int]] = {
    None: _cmd_gui,
    "gui": _cmd_gui,
    "demo": _cmd_demo,
    "import": _cmd_import,
    "export": _cmd_export,
    "db": _cmd_db,
    "report": report_command.run,
    "audit": audit_command.run,
}


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        configure_logging(log_dir())
    except OSError as exc:
        print(f"warning: no log file ({exc})", file=sys.stderr)
    log.info("calcitrack %s: command %s", __version__, args.command or "gui")
    clinic = None
    try:
        clinic = open_clinic(getattr(args, "db", None))
        if args.command in SIGNED_IN:
            sign_in.sign_in(args, clinic)
        return COMMANDS[args.command](args, clinic)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        explained = _explain(exc)
        if explained is None:
            raise
        message, code = explained
        print(f"error: {message}", file=sys.stderr)
        if args.command in (None, "gui"):
            from calcitrack.ui.startup_error import show_startup_error  # Qt only for the window

            show_startup_error(message)
        return code
    finally:
        if clinic is not None:
            clinic.close()


def _explain(exc: Exception) -> tuple[str, int] | None:
    """The one-line message and exit code of an error a user can act on; None for a bug."""
    if isinstance(exc, UserError):
        return str(exc), exc.code
    if isinstance(exc, DomainValidationError):
        lines = [f"{len(exc.problems)} problem(s):"] + [str(p) for p in exc.problems]
        return "\n  ".join(lines), EXIT_DATA
    if isinstance(exc, PermissionDeniedError):
        return str(exc), EXIT_DENIED
    if isinstance(exc, NotFoundError):
        return str(exc.args[0]), EXIT_FAILED
    if isinstance(exc, ConflictError | BackupError):
        return str(exc), EXIT_FAILED
    if isinstance(exc, SchemaError | NetworkShareError):
        return str(exc), EXIT_DATABASE
    if isinstance(exc, DatabaseError):
        log.exception("database unavailable")
        return f"the database cannot be opened: {exc.orig}", EXIT_DATABASE
    if isinstance(exc, SQLAlchemyError):
        log.exception("database error")
        return f"database error ({type(exc).__name__}); see the log in {log_dir()}", EXIT_DATABASE
    return None


def main() -> None:
    sys.exit(run())
