"""Revision 0009 (a signature's content hash; the audit actions ``restore`` and ``backup_check``)
meets a clinic's database at 0008, on a real SQLite file and a real PostgreSQL server: a visit
signed before keeps no hash (nothing was bound when it was signed), a hash is allowed only on a
signed visit, the audit trail (rebuilt on SQLite) keeps its chain, stays append-only and takes the
new codes, which 0008 refused. A downgrade to 0008 keeps the entries, and a second upgrade works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from calcitrack.store.audit_trail.audit_chain import NewEntry, append
from calcitrack.store.audit_trail.audit_repository import verify_chain
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, head_revision, upgrade
from tests.support.old_rows import STAMPS, advance_sequences

THEN = datetime(2026, 12, 6, 10, 0, tzinfo=timezone.utc)
RESTORE = NewEntry(None, "restore", None, None, None, {"from": "backup-2026-12-05.sqlite3"})
CHECKED = NewEntry(None, "backup_check", None, None, None, {"ok": True})
HASH = "ab" * 32


def _clinic_at_0008(url: str) -> None:
    """A physician, a patient with a signed and an unsigned visit, and a trail, as 0008 wrote
    them; a ``restore`` entry is refused there."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0008")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO users (id, username, display_name, active, failed_logins) "
                    "VALUES (1, 'dr.chief', 'Dr Chief', :yes, 0)"
                ),
                {"yes": True},
            )
            conn.execute(text("INSERT INTO user_roles (user_id, role) VALUES (1, 'physician')"))
            conn.execute(
                text(
                    "INSERT INTO patients (id, mrn, family_name, given_name, sex, date_of_birth,"
                    " underlying_disease, calcinosis_type, archived, created_at, updated_at, "
                    "version, created_by_id, updated_by_id) VALUES (1, 'OLD-1', 'Cadório', "
                    "'Ana', 'female', :dob, 'ssc', 'dystrophic', :no, :t, :t, 1, :u, :u)"
                ),
                {"dob": date(1960, 5, 1), "no": False, **STAMPS},
            )
            visits = ((1, date(2025, 2, 3), True), (2, date(2025, 5, 3), False))
            for visit_id, day, signed in visits:
                conn.execute(
                    text(
                        "INSERT INTO visits (id, patient_id, visit_date, visit_type, clinician, "
                        "notes, created_at, updated_at, version, created_by_id, updated_by_id, "
                        "signed_by_id, signed_at, signature_meaning) VALUES (:id, 1, :day, "
                        "'follow_up', 'Dr. A', '', :t, :t, 1, :u, :u, :by, :at, :meaning)"
                    ),
                    {
                        "id": visit_id,
                        "day": day,
                        "by": 1 if signed else None,
                        "at": THEN if signed else None,
                        "meaning": "reviewed and approved" if signed else None,
                        **STAMPS,
                    },
                )
            advance_sequences(conn)
            append(conn, [NewEntry(1, "sign", "visits", "1", 1, {})], THEN)
        with pytest.raises(IntegrityError), engine.begin() as conn:
            append(conn, [RESTORE], THEN)
    finally:
        engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    _clinic_at_0008(db_url)
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _hashes(engine: Engine) -> list[str | None]:
    with engine.connect() as conn:
        return list(conn.scalars(text("SELECT signed_content_hash FROM visits ORDER BY id")))


def _chain_ok(engine: Engine) -> int:
    with engine.connect() as conn:
        result = verify_chain(conn)
    assert result.ok, result.reason
    return result.checked


def _append_only(engine: Engine) -> None:
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET changes_json = '{}'"))
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 1"))


def test_0009_binds_no_content_to_old_signatures_and_takes_the_new_actions(
    engine: Engine,
) -> None:
    upgrade(engine)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    assert _hashes(engine) == [None, None]
    with engine.begin() as conn:
        conn.execute(text("UPDATE visits SET signed_content_hash = :h WHERE id = 1"), {"h": HASH})
    with pytest.raises(IntegrityError), engine.begin() as conn:  # an unsigned visit has none
        conn.execute(text("UPDATE visits SET signed_content_hash = :h WHERE id = 2"), {"h": HASH})
    assert _hashes(engine) == [HASH, None]
    with engine.begin() as conn:
        append(conn, [RESTORE, CHECKED], THEN)
    assert _chain_ok(engine) == 3
    _append_only(engine)


def test_0009_downgrades_to_0008_keeping_the_entries_and_upgrades_again(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as conn:
        append(conn, [RESTORE, CHECKED], THEN)
    downgrade(engine, "0008")
    with engine.connect() as conn:
        assert current_revision(conn) == "0008"
        columns = conn.execute(text("SELECT * FROM visits")).keys()
    assert "signed_content_hash" not in columns
    assert _chain_ok(engine) == 3
    _append_only(engine)
    upgrade(engine)
    assert _hashes(engine) == [None, None]
    assert _chain_ok(engine) == 3
    _append_only(engine)
