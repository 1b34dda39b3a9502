"""``calcitrack report``: one visit summary as a PDF, or one per visit of a clinic day.

    calcitrack report --mrn MRN [--visit YYYY-MM-DD | --latest] [--photos] -o FILE.pdf
    calcitrack report --date YYYY-MM-DD --out-dir DIR

The clinic-day batch writes ``<MRN>_<date>.pdf`` per visit, says which file it wrote or why a
patient failed, carries on past failures, and exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from calcitrack.bootstrap import Clinic
from calcitrack.cli import output_paths
from calcitrack.cli.cli_language import report_language
from calcitrack.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError
from calcitrack.cli.report_batch import run_batch
from calcitrack.i18n.catalogue import _, current_language, ngettext, using
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import Language
from calcitrack.reports.exports.summary_batch import clinic_day_jobs
from calcitrack.reports.exports.summary_writer import SummaryWriter
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.summary_source import SummarySource
from calcitrack.services.visit_service import VisitService


def _clinic_digits(clinic: Clinic) -> Digits:
    """The clinic's choice of digits for Arabic (Clinic settings), the default of ``--digits``."""
    return ClinicSettingsService(clinic.context()).current().arabic_digits


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    language = report_language(getattr(args, "language", None), current_language())
    digits: Digits | None = getattr(args, "digits", None)  # None: the clinic's, once it is read
    if args.date is not None:
        return _clinic_day(args, clinic, language, digits)
    return _one_visit(args, clinic, language, digits)


def _one_visit(
    args: argparse.Namespace, clinic: Clinic, language: Language, digits: Digits | None
) -> int:
    stray = [name for name, value in (("--out-dir", args.out_dir), ("--jobs", args.jobs))
             if value is not None]
    if stray:
        raise UserError(_("{options} go with --date, not --mrn").format(options=", ".join(stray)),
                        EXIT_USAGE)  # fmt: skip
    if not args.mrn:
        raise UserError(_("give --mrn MRN (one visit) or --date YYYY-MM-DD (a clinic day)"),
                        EXIT_USAGE)
    if args.output is None:
        raise UserError(_("-o/--output: say which PDF file to write"), EXIT_USAGE)
    output = _checked_output(args.output)
    writer = SummaryWriter(SummarySource(clinic.context()), photos=args.photos)
    # the summary's language, not the messages'
    with using(language, digits or _clinic_digits(clinic)):
        request = writer.write(args.mrn, args.visit, output)
    print(_("wrote {file} ({mrn}, visit of {day})").format(
        file=output, mrn=args.mrn, day=request.visit_date.isoformat()))  # fmt: skip
    return EXIT_OK


def _clinic_day(
    args: argparse.Namespace, clinic: Clinic, language: Language, digits: Digits | None
) -> int:
    stray = [name for name, value in (("--mrn", args.mrn), ("--visit", args.visit),
                                      ("-o", args.output)) if value] + (
        ["--latest"] if args.latest else []) + (["--photos"] if args.photos else [])
    if stray:
        raise UserError(_("{options} go with --mrn, not --date").format(options=", ".join(stray)),
                        EXIT_USAGE)  # fmt: skip
    if args.out_dir is None:
        raise UserError(_("--out-dir: say which folder the PDFs go to"), EXIT_USAGE)
    if args.jobs is not None and args.jobs < 1:
        raise UserError(_("--jobs needs a positive number of processes"), EXIT_USAGE)
    out_dir = _checked_out_dir(args.out_dir)
    day = args.date
    mrns = VisitService(clinic.context()).mrns_with_visit_on(day)
    if not mrns:
        print(_("no visits on {day}: no summaries written").format(day=day.isoformat()))
        return EXIT_OK
    jobs = clinic_day_jobs(mrns, day, out_dir)
    failed = 0
    processes = 1 if clinic.read_only else args.jobs  # workers would open the file itself
    for outcome in run_batch(clinic, jobs, processes=processes, language=language,
                             digits=digits or _clinic_digits(clinic)):  # fmt: skip
        if outcome.error is None:
            print(_("wrote {file}").format(file=outcome.job.path), flush=True)
        else:
            failed += 1
            print(_("FAILED {mrn}: {reason}").format(mrn=outcome.job.mrn, reason=outcome.error),
                  file=sys.stderr, flush=True)  # fmt: skip
    written = ngettext(
        "{written} of {count} summary for {day} written",
        "{written} of {count} summaries for {day} written",
        len(jobs),
    ).format(written=len(jobs) - failed, count=len(jobs), day=day.isoformat())
    if failed:
        written = _("{written}, {failed} failed").format(written=written, failed=failed)
    print(written)
    return EXIT_FAILED if failed else EXIT_OK


def _checked_output(path: Path) -> Path:
    return output_paths.checked_file("-o", path, "summary.pdf")


def _checked_out_dir(path: Path) -> Path:
    return output_paths.checked_folder("--out-dir", path)
