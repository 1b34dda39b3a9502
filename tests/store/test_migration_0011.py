"""Revision 0011 (``medication_period_deletions``: a period deleted as entered in error, with the
reason) meets a clinic's database at 0010, on a real SQLite file and a real PostgreSQL server:
the periods and the trail stay as they were, a deletion row takes a reason (a blank one is
refused) and a real user's stamps. A downgrade to 0010 drops the table and keeps the trail; a
second upgrade works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from calcitrack.store.audit_trail.audit_chain import NewEntry, append
from calcitrack.store.audit_trail.audit_repository import verify_chain
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, upgrade
from tests.support.old_rows import STAMPS, insert_user_patient_visit

THEN = datetime(2026, 12, 6, 10, 0, tzinfo=timezone.utc)
INSERT_DELETION = (
    "INSERT INTO medication_period_deletions (patient_id, period_id, drug_name, start_on, "
    "reason, created_at, updated_at, version, created_by_id, updated_by_id) "
    "VALUES (1, 7, 'Diltiazem', '2025-03-24', :reason, :t, :t, 1, :u, :u)"
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A clinic at 0010: a nurse, a patient and her visit, an entry in the trail."""
    engine = make_engine(db_url)
    upgrade(engine, "0010")
    with engine.begin() as conn:
        insert_user_patient_visit(conn, username="nurse", role="nurse")
        append(conn, [NewEntry(1, "create", "patients", "1", 1, {"mrn": "OLD-1"})], THEN)
    yield engine
    engine.dispose()


def test_0011_adds_the_deletions_table(engine: Engine) -> None:
    upgrade(engine, "0011")
    with engine.connect() as conn:
        assert current_revision(conn) == "0011"
    with engine.begin() as conn:
        conn.execute(text(INSERT_DELETION), {"reason": "entered twice", **STAMPS})
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text(INSERT_DELETION), {"reason": "  ", **STAMPS})
    with pytest.raises(IntegrityError), engine.begin() as conn:  # stamped by a real user
        conn.execute(text(INSERT_DELETION), {"reason": "x", "t": STAMPS["t"], "u": 99})
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT reason FROM medication_period_deletions")).all()
        assert [r[0] for r in rows] == ["entered twice"]
        assert verify_chain(conn).ok


def test_0011_downgrades_to_0010_and_upgrades_again(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text(INSERT_DELETION), {"reason": "entered twice", **STAMPS})
    downgrade(engine, "0010")
    with engine.connect() as conn:
        assert current_revision(conn) == "0010"
        assert "medication_period_deletions" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT mrn FROM patients")).scalar_one() == "OLD-1"
        assert verify_chain(conn).ok
    upgrade(engine)
    with engine.connect() as conn:
        assert "medication_period_deletions" in inspect(conn).get_table_names()
