"""``--account`` before or after the command names the account either way (before the command it
was undone by the command's own default, and the sign-in fell back to the login name)."""

from __future__ import annotations

import pytest

from calcitrack.cli.parser import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        ["--account", "physician", "report", "--mrn", "DEMO-0001", "-o", "s.pdf"],
        ["report", "--account", "physician", "--mrn", "DEMO-0001", "-o", "s.pdf"],
        ["--db", "c.sqlite3", "--account", "physician", "audit", "verify"],
    ],
)
def test_the_account_is_the_one_named(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).account == "physician"


def test_without_the_option_there_is_no_account_named() -> None:
    assert getattr(build_parser().parse_args(["report", "--mrn", "X", "-o", "s.pdf"]),
                   "account", None) is None
