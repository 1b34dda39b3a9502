"""``calcitrack outcomes``: its options and their help (parsing loads nothing heavy)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from calcitrack.cli.exits import iso_date
from calcitrack.i18n.catalogue import _

DEFAULT_REGIMEN = "diltiazem+colchicine"


def add_outcomes(sub: Any, common: argparse.ArgumentParser) -> None:
    outcomes = sub.add_parser(
        "outcomes",
        parents=[common],
        help=_("what the clinic's records show for the patients who started a regimen"),
        description=_("Clinic outcomes for the patients who started a regimen: how many, for how "
        "long, their response at about 6 and 12 months, burden change, time to the first "
        "improved assessment and drug survival (Kaplan-Meier), and the safety flags. An "
        "observational summary of this clinic's records, not evidence of efficacy."),
    )
    outcomes.add_argument(
        "--regimen",
        default=DEFAULT_REGIMEN,
        metavar="DRUG+DRUG",
        help=_("drug codes joined by + (default: {regimen})").format(regimen=DEFAULT_REGIMEN),
    )
    outcomes.add_argument(
        "--disease", metavar="CODE", help=_("only patients with this underlying disease (e.g. ra)")
    )
    outcomes.add_argument(
        "--as-of", type=iso_date, metavar="YYYY-MM-DD", help=_("count follow-up up to this day "
        "(default: today)")
    )
    outcomes.add_argument(
        "--window-days",
        type=int,
        metavar="N",
        help=_("half-width of the 6- and 12-month windows, in days (default: 42)"),
    )
    outcomes.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help=_("write the PDF"))
    outcomes.add_argument(
        "--csv", type=Path, metavar="FILE.csv", help=_("write the numbers as CSV")
    )
