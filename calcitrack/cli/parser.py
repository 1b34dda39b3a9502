"""The ``calcitrack`` command line's grammar: every command, its options and their help.

Kept apart from the commands themselves so that parsing loads nothing heavy: the window's start
(calcitrack.startup) is timed against a bare PySide6 window, and ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from calcitrack import __version__
from calcitrack.cli.app_role_grammar import add_grant_app_role
from calcitrack.cli.exits import iso_date
from calcitrack.cli.outcomes_grammar import add_outcomes
from calcitrack.cli.users_grammar import add_users
from calcitrack.i18n.catalogue import _

USER_ENV = "CALCITRACK_USER"
PASSWORD_ENV = "CALCITRACK_PASSWORD"


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="PATH_OR_URL",
        help=_("SQLite file or database URL (default: CALCITRACK_DATABASE_URL, "
        "else calcitrack.sqlite3 in the user's data directory)"),
    )
    _add_account(common)
    parser = argparse.ArgumentParser(
        prog="calcitrack",
        parents=[common],
        description=_("CalciTrack: follow-up tracker for calcinosis cutis clinics. "
        "Without a command it opens the window."),
    )
    parser.add_argument(
        "--version", action="version", version=f"CalciTrack {__version__}",
        # argparse's own default, which it does not translate
        help=_("show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", parents=[common], help=_("open the window (the default)"))

    demo = sub.add_parser("demo", parents=[common], help=_("build the demo clinic"))
    demo.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help=_("instead, a synthetic clinic of N made-up patients (benchmarks)"),
    )
    demo.add_argument("--seed", type=int, default=1, help=_("seed of the synthetic clinic"))
    demo.add_argument(
        "--if-missing",
        action="store_true",
        help=_("do nothing if the database already holds patients"),
    )

    imp = sub.add_parser("import", parents=[common], help=_("import patients from a JSON file"))
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--accept-unusual",
        action="store_true",
        help=_("import the unusual values a first try listed (after checking them): each is "
        "recorded in the audit trail as confirmed by you"),
    )

    _add_export(sub, common)

    db = sub.add_parser("db", parents=[common], help=_("database upkeep"))
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", parents=[common], help=_("bring the schema to this version"))
    db_sub.add_parser("check", parents=[common], help=_("check integrity and schema version"))
    bk = db_sub.add_parser("backup", parents=[common], help=_("write a consistent backup"))
    bk.add_argument("path", type=Path)
    _add_db_restore(db_sub, common)
    _add_db_migrate_to(db_sub, common)
    add_grant_app_role(db_sub, common)

    _add_report(sub, common)
    add_outcomes(sub, common)
    _add_audit(sub, common)
    add_users(sub, common)
    return parser


def _add_account(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--account",
        default=argparse.SUPPRESS,  # given before the command, a command's default must not undo it
        metavar="USERNAME",
        help=_("sign in as this account (default: ${user}, else your login name); the password "
               "comes from ${password} or is asked for").format(user=USER_ENV,
                                                                  password=PASSWORD_ENV),
    )


def _add_export(sub: Any, common: argparse.ArgumentParser) -> None:
    exp = sub.add_parser(
        "export",
        parents=[common],
        help=_("export patients as JSON, research CSV tables or a FHIR R4 Bundle"),
        description=_("Export patients: as CalciTrack's interchange JSON (to move charts between "
        "clinics), as analysis-ready CSV tables with a REDCap data dictionary (--format csv "
        "--out-dir DIR), or as a FHIR R4 Bundle (--format fhir -o FILE.json)."),
    )
    who = exp.add_mutually_exclusive_group(required=True)
    who.add_argument("--mrn", action="append", help=_("patient's MRN (repeat for several)"))
    who.add_argument("--all", action="store_true", help=_("every patient"))
    exp.add_argument("--format", choices=["json", "csv", "fhir"], default="json")
    exp.add_argument(
        "-o", "--output", type=Path,
        help=_("file to write, JSON or FHIR (default: standard output)"),
    )
    research = exp.add_argument_group(_("research CSV (--format csv)"))
    research.add_argument(
        "--out-dir", type=Path, metavar="DIR",
        help=_("folder for the tables, the data dictionary and the README (new or empty)"),
    )
    research.add_argument(
        "--pseudonymise",
        action="store_true",
        help=_("replace names and MRNs with study IDs, drop free text, and shift each patient's "
        "dates by one random offset (intervals kept): still personal data, not anonymous"),
    )
    fhir = exp.add_argument_group(_("FHIR R4 (--format fhir)"))
    fhir.add_argument(
        "--with-summaries",
        action="store_true",
        help=_("add each visit's PDF summary as a DocumentReference"),
    )


def _add_report(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report",
        parents=[common],
        help=_("write PDF visit summaries"),
        description=_("Write a visit summary as PDF: one visit of one patient (--mrn), or every "
        "visit of a clinic day (--date)."),
    )
    one = report.add_argument_group(_("one visit"))
    one.add_argument("--mrn", help=_("the patient's MRN"))
    which = one.add_mutually_exclusive_group()
    which.add_argument("--visit", type=iso_date, metavar="YYYY-MM-DD", help=_("the visit's date"))
    which.add_argument("--latest", action="store_true", help=_("the latest visit (the default)"))
    one.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help=_("the PDF to write"))
    one.add_argument(
        "--photos",
        action="store_true",
        help=_("show each lesion's baseline and current photograph side by side"),
    )
    report.add_argument(
        "--language",
        metavar="LANG",
        help=_("the summaries' language: en, pt (Portuguese of Portugal) or ar (Arabic); "
        "default: the system's"),
    )
    report.add_argument(
        "--digits",
        choices=("latn", "arab"),
        default=None,
        help=_("digits of Arabic summaries: latn (0123456789) or arab (Arabic-Indic); "
        "default: the clinic's choice in Clinic settings"),
    )
    day = report.add_argument_group(_("a clinic day"))
    day.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help=_("every visit on this date")
    )
    day.add_argument("--out-dir", type=Path, metavar="DIR", help=_("folder for the PDFs"))
    day.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help=_("worker processes (default: one per CPU core)"),
    )


def _add_audit(sub: Any, common: argparse.ArgumentParser) -> None:
    audit = sub.add_parser(
        "audit",
        parents=[common],
        help=_("check or export the audit trail"),
        description=_("Check the audit trail's hash chain, or export its entries as CSV."),
    )
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        parents=[common],
        help=_("check the hash chain and name the first broken entry"),
    )
    _add_anchor_options(verify)
    export = actions.add_parser(
        "export",
        parents=[common],
        help=_("write entries as CSV (for a spreadsheet)"),
        description=_("Write the audit entries matching every filter given as CSV; cells that a "
        "spreadsheet would run as formulas are written as text."),
    )
    export.add_argument("--csv", type=Path, required=True, metavar="FILE", help=_("file to write"))
    export.add_argument("--mrn", help=_("only entries about this patient"))
    export.add_argument("--user", metavar="USERNAME", help=_("only entries by this user"))
    export.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help=_("from this day"))
    export.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help=_("to this day"))


def _add_db_restore(db_sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``restore`` to the ``db`` command's actions."""
    rs = db_sub.add_parser(
        "restore",
        parents=[common],
        help=_("restore a backup CalciTrack made into the database given by --db"),
        description=_("Restore BACKUP (a backup with its manifest BACKUP.json beside it) into the "
        "database given by --db. An empty target is restored at once; one that holds data only "
        "after you confirm (--yes, or y at the question) and after a backup of it. Each restore "
        "is checked against the manifest and recorded in the restored audit trail. Stop "
        "CalciTrack on every workstation first."),
    )
    rs.add_argument("backup", type=Path, metavar="BACKUP")
    rs.add_argument("--yes", action="store_true", help=_("replace a target that holds data"))


def _add_anchor_options(verify: argparse.ArgumentParser) -> None:
    """``audit verify``'s anchors noted outside the database (cli/audit_verify.py)."""
    verify.description = _(
        "Check the hash chain, replay the trail's changes against every audited row, and check "
        "that the chain still holds every anchor noted outside the database: this "
        "workstation's anchor log, and those given here."
    )
    verify.add_argument(
        "--anchor", action="append", type=_anchor, metavar="ID:HASH",
        help=_("an anchor noted earlier: entry id and hash as audit verify prints them, or as a "
        "PDF summary's footer prints them (\"audit #1234 9f86d081\": its first 8 hex digits)"),
    )  # fmt: skip
    verify.add_argument(
        "--anchor-file", action="append", type=Path, metavar="FILE",
        help=_("an anchor log (another workstation's) or a backup manifest (JSON with chain_head)"),
    )  # fmt: skip


_SHORT_ANCHOR = r"^\s*(?:audit\s*)?#?(\d{1,18})[:\s]\s*([0-9a-f]{8,63})\s*$"
"""A footer's short anchor ("audit #1234 9f86d081", or 1234:9f86d081): the hash's first digits."""


def _anchor(text: str) -> Any:
    import re

    from calcitrack.domain.audit_trail.audit_anchor import AnchorFormatError, ChainAnchor

    try:
        return ChainAnchor.parse(text)
    except AnchorFormatError as exc:
        short = re.match(_SHORT_ANCHOR, text.lower())
        if short is None:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return ChainAnchor(int(short.group(1)), short.group(2))


def _add_db_migrate_to(db_sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``migrate-to`` to the ``db`` command's actions."""
    migrate = db_sub.add_parser(
        "migrate-to",
        parents=[common],
        help=_("copy the whole clinic into an empty database (SQLite ⇄ PostgreSQL)"),
        description=_("Copy the whole clinic from the database given by --db (the source) into the "
        "empty database URL (the target), e.g. from this workstation's SQLite file to the "
        "clinic's PostgreSQL server, or back. The copy is all or nothing and verified before it "
        "is committed. Stop CalciTrack on every workstation first."),
    )
    migrate.add_argument(
        "url",
        metavar="URL",
        help=_("the target: postgresql://user:password@host/database, or a SQLite file"),
    )
