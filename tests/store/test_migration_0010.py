"""Revision 0010 (text clinic settings: ``clinic_text_settings``, the backup folder) meets a
clinic's database at 0009, on a real SQLite file and a real PostgreSQL server: the thresholds an
admin saved stay as they were, the folder reads as its default (each workstation's own data
folder) until an admin saves one, a text row takes a key like the numbers do (a blank key is
refused), and the settings load through the application. A downgrade to 0009 drops the table and
keeps the thresholds and the trail; a second upgrade works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from calcitrack.domain.clinic_settings import SAFETY_SBP
from calcitrack.domain.clinic_text_settings import BACKUP_FOLDER
from calcitrack.store import settings_repository
from calcitrack.store.audit_trail.audit_chain import NewEntry, append
from calcitrack.store.audit_trail.audit_repository import verify_chain
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, head_revision, upgrade
from tests.support.old_rows import STAMPS, insert_user

THEN = datetime(2026, 12, 6, 10, 0, tzinfo=timezone.utc)
INSERT_TEXT = (
    "INSERT INTO clinic_text_settings (key, value, created_at, updated_at, version, "
    "created_by_id, updated_by_id) VALUES (:key, :value, :t, :t, 1, :u, :u)"
)


def _clinic_at_0009(url: str) -> None:
    """An admin who saved a systolic threshold (version 1), with its entry in the trail."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0009")
        with engine.begin() as conn:
            insert_user(conn, user_id=1, username="admin", role="admin")
            conn.execute(text(
                "INSERT INTO clinic_settings (key, value, created_at, updated_at, version, "
                "created_by_id, updated_by_id) VALUES (:key, 95, :t, :t, 1, :u, :u)"
            ), {"key": SAFETY_SBP, **STAMPS})
            conn.execute(text(
                "INSERT INTO clinic_settings_revision (id, created_at, updated_at, version, "
                "created_by_id, updated_by_id) VALUES (1, :t, :t, 1, :u, :u)"
            ), STAMPS)
            append(conn, [NewEntry(1, "create", "clinic_settings", SAFETY_SBP, None,
                                   {"value": 95.0, "version": 1})], THEN)
    finally:
        engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    _clinic_at_0009(db_url)
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _settings(engine: Engine) -> tuple[float, str, int]:
    with Session(engine) as session:
        loaded = settings_repository.load(session)
    return loaded[SAFETY_SBP], loaded.text(BACKUP_FOLDER), loaded.version


def test_0010_adds_the_text_settings_keeping_the_thresholds(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    assert _settings(engine) == (95.0, "", 1)  # the folder at its default until saved
    with engine.begin() as conn:
        conn.execute(text(INSERT_TEXT), {"key": BACKUP_FOLDER, "value": "/srv/ct", **STAMPS})
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text(INSERT_TEXT), {"key": "  ", "value": "/srv/ct", **STAMPS})
    with pytest.raises(IntegrityError), engine.begin() as conn:  # one row per key
        conn.execute(text(INSERT_TEXT), {"key": BACKUP_FOLDER, "value": "/x", **STAMPS})
    with pytest.raises(IntegrityError), engine.begin() as conn:  # stamped by a real user
        conn.execute(text(INSERT_TEXT), {"key": "backup/other", "value": "/x", "t": STAMPS["t"],
                                         "u": 99})
    assert _settings(engine) == (95.0, "/srv/ct", 1)


def test_0010_downgrades_to_0009_and_upgrades_again(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text(INSERT_TEXT), {"key": BACKUP_FOLDER, "value": "/srv/ct", **STAMPS})
    downgrade(engine, "0009")
    with engine.connect() as conn:
        assert current_revision(conn) == "0009"
        assert "clinic_text_settings" not in inspect(conn).get_table_names()
        value = conn.execute(text("SELECT value FROM clinic_settings")).scalar_one()
        assert value == 95.0
        assert verify_chain(conn).ok
    upgrade(engine)
    assert _settings(engine) == (95.0, "", 1)
    with engine.connect() as conn:
        assert verify_chain(conn).ok
