"""``calcitrack export --format csv``: not built yet."""

from __future__ import annotations

import argparse

from calcitrack.bootstrap import Clinic
from calcitrack.cli.exits import EXIT_USAGE, UserError


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    raise UserError("this command is not built yet", EXIT_USAGE)
