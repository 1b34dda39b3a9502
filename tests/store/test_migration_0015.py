"""Revision 0015 (the index that puts a search's patients in name order) meets a clinic at 0014
on a real SQLite file and a real PostgreSQL server: the index exists after the upgrade, the
patients are untouched, and a downgrade drops it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, inspect, text

from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, upgrade
from tests.support.old_rows import insert_user_patient_visit

INDEX = "ix_patients_found_in_name_order"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    upgrade(engine, "0014")
    with engine.begin() as conn:
        insert_user_patient_visit(conn, username="nurse", role="nurse")
    yield engine
    engine.dispose()


def _indexes(engine: Engine) -> dict[str, list[str | None]]:
    with engine.connect() as conn:
        return {i["name"] or "": i["column_names"] for i in inspect(conn).get_indexes("patients")}


def _patients(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM patients ORDER BY id"))]


def test_the_index_comes_and_goes(engine: Engine) -> None:
    before = _patients(engine)
    assert INDEX not in _indexes(engine)
    upgrade(engine, "0015")
    with engine.connect() as conn:
        assert current_revision(conn) == "0015"
    assert _indexes(engine)[INDEX] == ["id", "archived", "name_key", "mrn"]
    assert _patients(engine) == before
    downgrade(engine, "0014")
    assert INDEX not in _indexes(engine)
    assert _patients(engine) == before
