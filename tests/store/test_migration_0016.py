"""Revision 0016 (``clinic_settings_revision.assessed_version``: the settings version at which a
value the assessment reads last changed) meets a clinic at 0015 on a real SQLite file and a real
PostgreSQL server: the saved clinic starts with it equal to its version, so the flags stored with
that version stay current and older ones stay out of date; the CHECK keeps it between 0 and the
version; a clinic never saved reads (0, 0). A downgrade drops the column and keeps the version and
the thresholds; a second upgrade works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from calcitrack.domain.clinic_settings import SAFETY_SBP
from calcitrack.domain.patient_list import PatientListQuery, StatusFilter
from calcitrack.domain.review.assessment import RULES_VERSION
from calcitrack.store import flag_repository, patient_list_repository, settings_repository
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, upgrade
from tests.support.old_rows import STAMPS, insert_user_patient_visit

TODAY = date(2026, 12, 8)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A clinic at 0015: Cadório Ana (OLD-1) with flags stored at settings version 3, the
    version in force (a systolic threshold saved three times)."""
    engine = make_engine(db_url)
    upgrade(engine, "0015")
    with engine.begin() as conn:
        insert_user_patient_visit(conn, username="admin", role="admin")
        conn.execute(text(
            "INSERT INTO clinic_settings (key, value, created_at, updated_at, version, "
            "created_by_id, updated_by_id) VALUES (:key, 95, :t, :t, 3, :u, :u)"
        ), {"key": SAFETY_SBP, **STAMPS})
        conn.execute(text(
            "INSERT INTO clinic_settings_revision (id, created_at, updated_at, version, "
            "created_by_id, updated_by_id) VALUES (1, :t, :t, 3, :u, :u)"
        ), STAMPS)
        conn.execute(text(
            "INSERT INTO patient_flags (patient_id, flags_json, response_category, assessed_on, "
            "settings_version, rules_version, computed_at) VALUES (1, '[]', NULL, :day, 3, "
            ":rules, :t)"
        ), {"day": TODAY, "rules": RULES_VERSION, **STAMPS})
    yield engine
    engine.dispose()


def _columns(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("clinic_settings_revision")}


def _stale(engine: Engine) -> tuple[list[int], bool]:
    """The patients the refresher would redo, and whether the list shows OLD-1 out of date."""
    with Session(engine) as session:
        settings = settings_repository.load(session)
        stale = flag_repository.stale_patient_ids(
            session, settings_version=settings.assessed_version, rules_version=RULES_VERSION
        )
        query = PatientListQuery(status=StatusFilter.ALL)
        page = patient_list_repository.list_page(session, query, offset=0, limit=10, today=TODAY)
    (row,) = page.rows
    return stale, row.flags_stale


def test_the_assessed_version_starts_at_the_version(engine: Engine) -> None:
    assert "assessed_version" not in _columns(engine)
    upgrade(engine, "0016")
    with engine.connect() as conn:
        assert current_revision(conn) == "0016"
        row = conn.execute(text("SELECT version, assessed_version FROM clinic_settings_revision"))
        assert tuple(row.one()) == (3, 3)
    with Session(engine) as session:
        loaded = settings_repository.load(session)
    assert (loaded.version, loaded.assessed_version, loaded[SAFETY_SBP]) == (3, 3, 95.0)
    assert _stale(engine) == ([], False)  # stored with the version in force: still current
    with engine.begin() as conn:
        conn.execute(text("UPDATE patient_flags SET settings_version = 2"))
    assert _stale(engine) == ([1], True)  # stored with an older one: still out of date


@pytest.mark.parametrize("assessed", [-1, 4])
def test_the_assessed_version_is_never_ahead_of_the_version(
    engine: Engine, assessed: int
) -> None:
    upgrade(engine, "0016")
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            text("UPDATE clinic_settings_revision SET assessed_version = :a"), {"a": assessed}
        )
    with engine.begin() as conn:  # behind the version: a save of other settings since
        conn.execute(text("UPDATE clinic_settings_revision SET version = 4"))
    with Session(engine) as session:
        loaded = settings_repository.load(session)
    assert (loaded.version, loaded.assessed_version) == (4, 3)


def test_a_clinic_never_saved_reads_version_and_assessed_version_0(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade(engine, "0016")
        with Session(engine) as session:
            loaded = settings_repository.load(session)
        assert (loaded.version, loaded.assessed_version) == (0, 0)
    finally:
        engine.dispose()


def test_a_downgrade_drops_the_column_and_keeps_the_settings(engine: Engine) -> None:
    upgrade(engine, "0016")
    downgrade(engine, "0015")
    with engine.connect() as conn:
        assert current_revision(conn) == "0015"
        assert conn.execute(text("SELECT version FROM clinic_settings_revision")).scalar() == 3
        assert conn.execute(text("SELECT value FROM clinic_settings")).scalar() == 95.0
    assert "assessed_version" not in _columns(engine)
    upgrade(engine, "0016")
    assert "assessed_version" in _columns(engine)
