"""``calcitrack export --format fhir (--mrn M ... | --all) [-o FILE.json] [--with-summaries]``:
the chosen patients as one FHIR R4 Bundle (type collection), to a file or standard output.

The output file is checked before any work; an unknown MRN is refused before anything is built;
the Bundle is built, validated and written one patient at a time (memory bounded by the largest
patient), into a file written atomically, so a failure leaves nothing half-written (standard
output is streamed: a failure there leaves unfinished JSON and exit status 3). Each patient's
export is recorded in the audit trail once the Bundle is written. Progress, per patient, goes to
standard error when it is a terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from calcitrack.bootstrap import Clinic
from calcitrack.cli import output_paths
from calcitrack.cli.exits import EXIT_DATA, EXIT_OK, EXIT_USAGE, UserError
from calcitrack.cli.progress import PATIENT, progress_bar
from calcitrack.domain.entities import PatientChart
from calcitrack.i18n.catalogue import _, ngettext, pgettext
from calcitrack.reports.exports.fhir_writer import NOTHING_WRITTEN, FhirBundleError, FhirWriter
from calcitrack.reports.exports.summary_writer import SummaryWriter
from calcitrack.services.research.fhir_export_service import FhirExportService
from calcitrack.services.summary_source import SummarySource


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    stray = [o for o, v in (("--out-dir", args.out_dir), ("--pseudonymise", args.pseudonymise))
             if v]  # fmt: skip
    if stray:
        raise UserError(
            _("{options}: not for --format fhir (the research CSV options; a FHIR Bundle is one "
              "file, -o FILE.json, and carries the patients as recorded)").format(
                options=", ".join(stray)),
            EXIT_USAGE,
        )
    path = args.output
    if path is not None:
        output_paths.checked_file("-o", path, "bundle.json")
    service = FhirExportService(clinic.context())
    mrns = service.all_mrns() if args.all else args.mrn
    summaries = SummaryWriter(SummarySource(clinic.context())) if args.with_summaries else None
    writer = FhirWriter(summaries)

    def write(charts: Sequence[PatientChart], record: Callable[[], None]) -> None:
        # as the demo and import commands show theirs: on standard error, when it is a terminal
        label = pgettext("progress bar", "FHIR export")
        with progress_bar(label, PATIENT, len(charts)) as bar:

            def advance(_done: int, _total: int) -> None:
                bar.update(1)

            if path is None:  # streamed as it is built: a failure leaves unfinished JSON
                sys.stdout.flush()
                writer.stream(charts, sys.stdout.buffer, to="standard output", progress=advance)
                sys.stdout.buffer.flush()
                return
            try:
                writer.write(charts, path, advance, before_publish=record)
            except OSError as exc:
                reason = output_paths.os_reason(exc)
                raise UserError(_("-o {file}: cannot write it ({reason})").format(
                    file=path, reason=reason)) from None  # fmt: skip

    try:
        count = service.export(
            mrns, write, to=path.name if path else "standard output",
            with_summaries=args.with_summaries,
        )  # fmt: skip
    except FhirBundleError as exc:
        text = str(exc)
        if path is None:  # the patients before it were streamed out already
            text = text.replace(NOTHING_WRITTEN, "the Bundle on standard output is unfinished")
        raise UserError(text, EXIT_DATA) from None
    if path is not None:
        if args.with_summaries:
            exported = ngettext(
                "exported {count} patient with their visit summaries as a FHIR R4 Bundle to "
                "{file}",
                "exported {count} patients with their visit summaries as a FHIR R4 Bundle to "
                "{file}", count)
        else:
            exported = ngettext("exported {count} patient as a FHIR R4 Bundle to {file}",
                                "exported {count} patients as a FHIR R4 Bundle to {file}", count)
        print(exported.format(count=count, file=path), file=sys.stderr)
    return EXIT_OK
