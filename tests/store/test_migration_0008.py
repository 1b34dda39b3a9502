"""Revision 0008 (the audit action ``confirm``) meets a clinic's database at 0007, on a real SQLite
file and a real PostgreSQL server: the audit trail (rebuilt on SQLite) keeps its chain, stays
append-only, and takes ``confirm`` entries, which 0007 refused. A downgrade to 0007 keeps the
entries and the code allowed, and a second upgrade works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from calcitrack.domain.entities import User
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from calcitrack.store import user_repository
from calcitrack.store.audit_trail.audit_chain import NewEntry, append
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import (
    current_revision,
    downgrade,
    head_revision,
    prepare_database,
    upgrade,
)
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.old_rows import STAMPS, advance_sequences

THEN = datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)
CONFIRM = NewEntry(
    1, "confirm", "visits", "1", 1,
    {"confirmed": "Hip flexion, right: 140°", "reason_shown": "15° above the normal reference"},
)


def _old_entries() -> list[NewEntry]:
    """What a 0007 clinic's trail holds: the visit's creation, an account change, a sign-in."""
    return [
        NewEntry(1, "create", "visits", "1", 1, {"visit_date": "2025-02-03", "version": 1}),
        NewEntry(1, "account", "users", "1", None, {"roles": ["admin", "physician"]}),
        NewEntry(1, "login", None, None, None, {}),
    ]


def _clinic_at_0007(url: str) -> None:
    """An admin who is also a physician, a patient with a visit and an audit trail, as 0007
    wrote them; a ``confirm`` entry is refused there."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0007")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO users (id, username, display_name, active, failed_logins) "
                    "VALUES (1, 'dr.chief', 'Dr Chief', :yes, 0)"
                ),
                {"yes": True},
            )
            for role in ("admin", "physician"):
                conn.execute(
                    text("INSERT INTO user_roles (user_id, role) VALUES (1, :role)"),
                    {"role": role},
                )
            conn.execute(
                text(
                    "INSERT INTO patients (id, mrn, family_name, given_name, sex, date_of_birth,"
                    " underlying_disease, calcinosis_type, archived, created_at, updated_at, "
                    "version, created_by_id, updated_by_id) VALUES (1, 'OLD-1', 'Cadório', "
                    "'Ana', 'female', :dob, 'ssc', 'dystrophic', :no, :t, :t, 1, :u, :u)"
                ),
                {"dob": date(1960, 5, 1), "no": False, **STAMPS},
            )
            conn.execute(
                text(
                    "INSERT INTO visits (id, patient_id, visit_date, visit_type, clinician, "
                    "notes, created_at, updated_at, version, created_by_id, updated_by_id) "
                    "VALUES (1, 1, :day, 'baseline', 'Dr. A', 'first visit', :t, :t, 1, :u, :u)"
                ),
                {"day": date(2025, 2, 3), **STAMPS},
            )
            advance_sequences(conn)
            append(conn, _old_entries(), THEN)
        with pytest.raises(IntegrityError), engine.begin() as conn:
            append(conn, [CONFIRM], THEN)
    finally:
        engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    _clinic_at_0007(db_url)
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _chief(uow: UnitOfWork) -> User:
    with uow.read() as session:
        found = user_repository.find_user(session, "dr.chief")
    assert found is not None
    return found


def _verify(uow: UnitOfWork, chief: User | None = None) -> int:
    """The trail checked by ``chief`` (read now if not given: an account read at the head
    revision, since today's accounts have columns that 0007's do not)."""
    result = AuditService(ServiceContext(uow, chief or _chief(uow))).verify()
    assert result.ok, result.reason
    return result.checked


def _append_only(engine: Engine) -> None:
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET changes_json = '{}'"))
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 1"))


def _actions(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.scalars(text("SELECT action FROM audit_log ORDER BY id")))


def test_a_clinic_at_0007_is_upgraded_keeping_its_trail_which_takes_confirm_entries(
    engine: Engine, tmp_path: Path
) -> None:
    opened = prepare_database(engine, backup_dir=tmp_path / "backups")
    assert (opened.action, opened.revision) == ("upgraded", head_revision())
    uow = UnitOfWork(engine)
    assert _verify(uow) == len(_old_entries())
    _append_only(engine)
    with engine.begin() as conn:
        append(conn, [CONFIRM], THEN)
    assert _actions(engine) == ["create", "account", "login", "confirm"]
    entries = AuditService(ServiceContext(uow, _chief(uow))).entries()
    assert entries[-1].changes["confirmed"] == "Hip flexion, right: 140°"
    assert entries[-1].prev_hash == entries[-2].hash
    assert _verify(uow) == 4
    _append_only(engine)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT family_name FROM patients")) == "Cadório"


def test_0008_downgrades_to_0007_keeping_the_confirm_entries_and_upgrades_again(
    engine: Engine,
) -> None:
    upgrade(engine)
    with engine.begin() as conn:
        append(conn, [CONFIRM], THEN)
    uow = UnitOfWork(engine)
    chief = _chief(uow)
    checked = _verify(uow, chief)

    downgrade(engine, "0007")
    with engine.connect() as conn:
        assert current_revision(conn) == "0007"
    assert _actions(engine) == ["create", "account", "login", "confirm"]
    assert _verify(uow, chief) == checked
    _append_only(engine)
    with engine.begin() as conn:  # the code stays allowed over the entries that carry it
        append(conn, [CONFIRM], THEN)

    upgrade(engine)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    assert _verify(uow) == checked + 1
    _append_only(engine)
