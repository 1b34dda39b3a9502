"""Shared fixtures: a private CALCITRACK_HOME per test, and the clinic on a real SQLite file or the
real PostgreSQL server that the session starts (tests/support/pg_fixtures.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from calcitrack.bootstrap import Clinic
from tests.support.accounts import open_signed_in

pytest_plugins = [
    "tests.support.pg_fixtures",
    "tests.support.import_runs",
    "tests.support.file_modes",
]

# Property tests: on a developer's machine every run explores new examples (and hypothesis keeps
# the failing ones in .hypothesis/ to replay first); in CI the examples are the same on every run
# (derandomize), so a submission passes or fails on its code, not on the draw of the day.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
# `make fuzz`: the long run of the property tests that take hypothesis's default number of
# examples (the import fuzz test, tests/cli/test_import_fuzz.py).
settings.register_profile("fuzz", max_examples=3_000, print_blob=True)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def calcitrack_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CALCITRACK_HOME", str(home))
    monkeypatch.delenv("CALCITRACK_DATABASE_URL", raising=False)
    return home


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'clinic.sqlite3'}"


@pytest.fixture
def clinic(db_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(db_url)
    yield opened
    opened.close()
