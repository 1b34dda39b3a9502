"""Exit codes of the ``calcitrack`` command (documented in the README) and the user's mistakes."""

from __future__ import annotations

import argparse
from datetime import date

from calcitrack.i18n.catalogue import _

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DATA, EXIT_DATABASE, EXIT_DENIED = 0, 1, 2, 3, 4, 5
# EXIT_USAGE also: an output path (-o, --out-dir, --csv) that cannot be written, refused before
#   any work (cli/output_paths.py).
# EXIT_DATA: an input file refused (not UTF-8, not JSON, too large, too deep, NaN/Infinity, a
#   field against the interchange schema or a clinical rule), each problem by JSON path; a
#   malformed --db URL.
# EXIT_DATABASE also: a database file that cannot be written, for a command that writes (a read-
#   only file serves the reading commands); a full database ("disk full").
# EXIT_FAILED also: an output file that could not be written after all (a full disk).


class UserError(Exception):
    """A mistake the user can fix: printed as one line, no traceback."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD: argparse names the option in its error message."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date (YYYY-MM-DD)").format(text=text)
        ) from None
