"""``calcitrack outcomes``: its options and their help (parsing loads nothing heavy)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from calcitrack.cli.exits import iso_date

DEFAULT_REGIMEN = "diltiazem+colchicine"


def add_outcomes(sub: Any, common: argparse.ArgumentParser) -> None:
    outcomes = sub.add_parser(
        "outcomes",
        parents=[common],
        help="what the clinic's records show for the patients who started a regimen",
        description="Clinic outcomes for the patients who started a regimen: how many, for how "
        "long, their response at about 6 and 12 months, burden change, time to the first "
        "improved assessment and drug survival (Kaplan-Meier), and the safety flags. An "
        "observational summary of this clinic's records, not evidence of efficacy.",
    )
    outcomes.add_argument(
        "--regimen",
        default=DEFAULT_REGIMEN,
        metavar="DRUG+DRUG",
        help=f"drug codes joined by + (default: {DEFAULT_REGIMEN})",
    )
    outcomes.add_argument(
        "--disease", metavar="CODE", help="only patients with this underlying disease (e.g. ra)"
    )
    outcomes.add_argument(
        "--as-of", type=iso_date, metavar="YYYY-MM-DD", help="count follow-up up to this day "
        "(default: today)"
    )
    outcomes.add_argument(
        "--window-days",
        type=int,
        metavar="N",
        help="half-width of the 6- and 12-month windows, in days (default: 42)",
    )
    outcomes.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="write the PDF")
    outcomes.add_argument("--csv", type=Path, metavar="FILE.csv", help="write the numbers as CSV")
