"""Fixtures of the benchmarks: the large synthetic clinics, cached on disk (large_clinics.py)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from tests.benchmarks import large_clinics
from tests.support.postgres_server import PostgresServer

LARGE = int(os.environ.get("CALCITRACK_BENCH_PATIENTS", "50000"))
"""Patients in the large clinic (CALCITRACK_BENCH_PATIENTS for a quick try with fewer)."""


@pytest.fixture(scope="session")
def large_sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the cached SQLite clinic of ``LARGE`` patients, for this session."""
    return large_clinics.copy_sqlite_clinic(LARGE, tmp_path_factory.mktemp("large"))


@pytest.fixture(scope="session")
def large_postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The cached clinic of ``LARGE`` patients restored into a fresh database of the session's
    PostgreSQL server, dropped at the end of the session."""
    name = f"large_{uuid.uuid4().hex[:8]}"
    url = large_clinics.restore_postgres(LARGE, postgres_server, name)
    try:
        yield url
    finally:
        postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def large_clinic_url(request: pytest.FixtureRequest) -> str:
    """The large clinic on SQLite, then on PostgreSQL."""
    name = "large_sqlite_url" if request.param == "sqlite" else "large_postgres_url"
    return str(request.getfixturevalue(name))
