"""``calcitrack export --format csv --out-dir DIR (--mrn M ... | --all) [--pseudonymise]``: the
analysis-ready tables, their REDCap data dictionary and a README in a new or empty folder.

The options of the other formats (``-o``, ``--with-summaries``) are refused by name, and the
folder is checked before anything is read (exit 2); an unknown MRN is named and nothing is
written or recorded. What was written goes to standard error, one line per file, after the
temporary folders of killed exports that were removed beside it, if any.
"""

from __future__ import annotations

import argparse
import sys

from calcitrack.bootstrap import Clinic
from calcitrack.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError
from calcitrack.cli.output_paths import checked_new_folder, os_reason
from calcitrack.domain.clinic.permissions import PermissionDeniedError
from calcitrack.i18n.catalogue import _, ngettext
from calcitrack.reports.exports.research_csv import ResearchFolderError, write_research_csv
from calcitrack.services.errors import NotFoundError
from calcitrack.services.research.research_service import ResearchService


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    stray = [option for option, value in (("-o", args.output),
                                          ("--with-summaries", args.with_summaries)) if value]
    if stray:
        raise UserError(
            _("{options}: not for --format csv, which writes a folder of tables (give --out-dir "
              "DIR)").format(options=", ".join(stray)),
            EXIT_USAGE,
        )
    if args.out_dir is None:
        raise UserError(
            _("--format csv needs --out-dir DIR: a new or empty folder for the tables"),
            EXIT_USAGE,
        )
    folder = checked_new_folder("--out-dir", args.out_dir)
    pseudonymise = bool(args.pseudonymise)
    try:
        written = ResearchService(clinic.context()).export_csv(
            None if args.all else args.mrn,
            pseudonymised=pseudonymise,
            to=folder.name,
            write=lambda charts, settings, record: write_research_csv(
                charts, settings, folder, pseudonymise=pseudonymise, made_on=clinic.today(),
                before_publish=record,
            ),
        )
    except NotFoundError as exc:
        raise UserError(_("--mrn: {reason}; nothing was written").format(reason=exc.args[0]),
                        EXIT_USAGE) from None  # fmt: skip
    except ResearchFolderError as exc:
        raise UserError(f"--out-dir {exc}", EXIT_USAGE) from None
    except PermissionDeniedError:
        raise  # a PermissionError, so an OSError: said as the refusal it is (exit 5)
    except OSError as exc:
        raise UserError(
            _("--out-dir {folder}: cannot write it ({reason}); nothing was written").format(
                folder=folder, reason=os_reason(exc)),
            EXIT_FAILED,
        ) from None
    for line in written.removed_lines():
        print(line, file=sys.stderr)
    count = written.patients
    if written.pseudonymised:
        wrote = ngettext("wrote the research tables of {count} patient (pseudonymised) to "
                         "{folder}:",
                         "wrote the research tables of {count} patients (pseudonymised) to "
                         "{folder}:", count)
    else:
        wrote = ngettext("wrote the research tables of {count} patient (identified) to {folder}:",
                         "wrote the research tables of {count} patients (identified) to "
                         "{folder}:", count)
    print(wrote.format(count=count, folder=folder), file=sys.stderr)
    for line in written.lines():
        print(line, file=sys.stderr)
    if written.pseudonymised:
        print(_("pseudonymised: still personal data, not anonymous (see README.txt)"),
              file=sys.stderr)
    return EXIT_OK
