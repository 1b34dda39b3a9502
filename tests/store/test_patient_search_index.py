"""The PostgreSQL trigram index is an optimisation: where the account running the upgrade may not
create the pg_trgm extension, the index is left out with a logged note and the transaction goes
on (the search scans the key instead: same answers)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from calcitrack.store.engine import make_engine
from calcitrack.store.records.patient_search import create_trigram_index


@pytest.mark.postgres
def test_without_the_right_to_create_the_extension_the_index_is_left_out(
    postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine = make_engine(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP ROLE IF EXISTS no_extensions"))
            conn.execute(text("CREATE ROLE no_extensions"))
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SET LOCAL ROLE no_extensions"))
            with caplog.at_level(logging.WARNING):
                assert create_trigram_index(conn) is False
            assert conn.execute(text("SELECT 1")).scalar_one() == 1  # the transaction goes on
        assert "pg_trgm extension cannot be created" in caplog.text
        assert "gin_trgm_ops" in caplog.text  # what a superuser can run
        with engine.connect() as conn:
            found = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"))
            assert found.first() is None
        with engine.begin() as conn:
            conn.execute(text("DROP ROLE no_extensions"))
    finally:
        engine.dispose()
