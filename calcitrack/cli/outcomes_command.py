"""``calcitrack outcomes``: the clinic outcomes of a regimen as plain text, and as a PDF and a CSV.

    calcitrack outcomes [--regimen diltiazem+colchicine] [--disease CODE] [--as-of YYYY-MM-DD]
                        [--window-days N] [-o FILE.pdf] [--csv FILE.csv]

The regimen and disease codes and the output paths are checked before any work (exit 2 with the
valid codes, nothing written); each file is recorded in the audit trail, one entry per cohort
patient, once it is written and before it is renamed into place: a file never appears unrecorded
(an entry for a file whose rename then failed is the lesser harm), and an export the trail cannot
record leaves no file.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path

from calcitrack.bootstrap import Clinic
from calcitrack.cli import output_paths
from calcitrack.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError
from calcitrack.cli.outcomes_summary import summary_lines
from calcitrack.domain.clinic.permissions import Permission, PermissionDeniedError
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.outcomes.outcomes_types import DEFAULT_WINDOW_DAYS, OutcomesQuery
from calcitrack.domain.outcomes.query_check import check_query
from calcitrack.i18n.catalogue import _
from calcitrack.reports.exports.outcomes_csv_writer import write_outcomes_csv
from calcitrack.services.research.outcomes_service import OutcomesService


def _query(args: argparse.Namespace, clinic: Clinic) -> OutcomesQuery:
    regimen = tuple(code.strip().lower() for code in args.regimen.split("+") if code.strip())
    disease = None if args.disease is None else args.disease.strip().lower()
    window = DEFAULT_WINDOW_DAYS if args.window_days is None else args.window_days
    today = clinic.today()
    if args.as_of is not None and args.as_of > today:
        raise UserError(
            _("--as-of {day}: after today ({today}); the records can only be read up to "
              "today").format(day=args.as_of.isoformat(), today=today.isoformat()),
            EXIT_USAGE,
        )
    query = OutcomesQuery(regimen, disease, args.as_of or today, window)
    try:
        check_query(query)
    except DomainValidationError as exc:
        lines = [f"--{p.field.replace('_', '-')}: {p.reason}" for p in exc.problems]
        raise UserError("\n".join(lines), EXIT_USAGE) from None
    return query


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    query = _query(args, clinic)
    pdf = None if args.output is None else output_paths.checked_file(
        "-o", args.output, "outcomes.pdf"
    )
    table = None if args.csv is None else output_paths.checked_file(
        "--csv", args.csv, "outcomes.csv"
    )
    if pdf is not None and table is not None and pdf.resolve() == table.resolve():
        raise UserError(
            _("--csv and -o name the same file ({file}): give each its own, such as "
              "outcomes.csv and outcomes.pdf").format(file=table),
            EXIT_USAGE,
        )
    context = clinic.context()
    if pdf is not None or table is not None:
        # refused before any work: the CSV holds every cohort patient's MRN
        context.require(Permission.EXPORT_CHARTS)
    service = OutcomesService(context)
    report = service.report(query)
    print("\n".join(summary_lines(report)))
    if table is not None:
        _write(lambda: write_outcomes_csv(
            report, table,
            before_publish=lambda: service.record_export(report, what="outcomes-csv",
                                                         to=table.name),
        ), "--csv", table)
        print(_("wrote {file}").format(file=table))
    if pdf is not None:
        # The PDF writer (reportlab, matplotlib) is loaded for -o only; it is built on the
        # outcomes window's branch (a plain import once the branches are merged).
        writer = importlib.import_module("calcitrack.reports.exports.outcomes_pdf_writer")
        _write(lambda: writer.write_outcomes_pdf(
            report, pdf,
            before_publish=lambda: service.record_export(report, what="outcomes-pdf",
                                                         to=pdf.name),
        ), "-o", pdf)
        print(_("wrote {file}").format(file=pdf))
    return EXIT_OK


def _write(write: Callable[[], object], option: str, path: Path) -> None:
    try:
        write()
    except PermissionDeniedError:
        raise  # a PermissionError, so an OSError: said as the refusal it is
    except OSError as exc:
        reason = output_paths.os_reason(exc)
        raise UserError(_("{option} {file}: could not be written: {reason}").format(
            option=option, file=path, reason=reason), EXIT_FAILED) from None  # fmt: skip
