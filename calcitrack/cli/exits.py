"""Exit codes of the ``calcitrack`` command (documented in the README) and the user's mistakes."""

from __future__ import annotations

import argparse
from datetime import date

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DATA, EXIT_DATABASE, EXIT_DENIED = 0, 1, 2, 3, 4, 5


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
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
