"""Revision 0007 (a signature's meaning) meets a clinic's database at 0006, on a real SQLite file
and a real PostgreSQL server: a visit signed before keeps its signer and time and claims no meaning
(its signer never saw one stated); a visit signed after the upgrade records "reviewed and
approved"; a meaning on an unsigned visit is refused by the database. A downgrade to 0006 keeps
the signatures (the meanings stay in the audit trail's sign entries) and a second upgrade works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import user_repository
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import (
    SCHEMA_HEAD,
    current_revision,
    downgrade,
    prepare_database,
    upgrade,
)
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.accounts import TEST_PASSWORD, give_test_password
from tests.support.old_rows import STAMPS, advance_sequences

SIGNED_AT = datetime(2025, 2, 4, 9, 30, tzinfo=timezone.utc)
FIRST, SECOND = date(2025, 2, 3), date(2025, 5, 5)


def _clinic_at_0006(url: str) -> None:
    """A physician; a patient with two visits, the first signed by her (as 0006 signed)."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0006")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO users (id, username, display_name, active, failed_logins) "
                "VALUES (1, 'dr.old', 'Dr Old', :yes, 0)"
            ), {"yes": True})  # fmt: skip
            conn.execute(text("INSERT INTO user_roles (user_id, role) VALUES (1, 'physician')"))
            conn.execute(text(
                "INSERT INTO patients (id, mrn, family_name, given_name, sex, date_of_birth, "
                "underlying_disease, calcinosis_type, archived, created_at, updated_at, "
                "version, created_by_id, updated_by_id) VALUES (1, 'OLD-1', 'Cadório', 'Ana', "
                "'female', :dob, 'ssc', 'dystrophic', :no, :t, :t, 1, :u, :u)"
            ), {"dob": date(1960, 5, 1), "no": False, **STAMPS})  # fmt: skip
            for visit_id, day, signed in ((1, FIRST, True), (2, SECOND, False)):
                conn.execute(text(
                    "INSERT INTO visits (id, patient_id, visit_date, visit_type, clinician, "
                    "notes, signed_by_id, signed_at, created_at, updated_at, version, "
                    "created_by_id, updated_by_id) VALUES (:id, 1, :day, 'follow_up', 'Dr Old', "
                    "'', :by, :at, :t, :t, 1, :u, :u)"
                ), {"id": visit_id, "day": day, "by": 1 if signed else None,
                    "at": SIGNED_AT if signed else None, **STAMPS})  # fmt: skip
            advance_sequences(conn)
    finally:
        engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    _clinic_at_0006(db_url)
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _physician(uow: UnitOfWork) -> ServiceContext:
    give_test_password(uow, "dr.old")
    with uow.read() as session:
        user = user_repository.find_user(session, "dr.old")
    assert user is not None
    return ServiceContext(uow, user, lambda: date(2026, 11, 20))


def _meanings(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT visit_date, signed_by_id, signature_meaning FROM visits ORDER BY id")
        )
        return [(str(day)[:10], by, meaning) for day, by, meaning in rows]


def test_an_old_signature_claims_no_meaning_and_a_new_one_records_it(
    engine: Engine, tmp_path: Path
) -> None:
    opened = prepare_database(engine, backup_dir=tmp_path / "backups")
    assert (opened.action, opened.revision) == ("upgraded", SCHEMA_HEAD)
    assert _meanings(engine) == [("2025-02-03", 1, None), ("2025-05-05", None, None)]

    physician = _physician(UnitOfWork(engine))
    chart = PatientService(physician).chart("OLD-1")
    [old] = chart.signatures
    assert (old.signed_by, old.signed_at, old.meaning) == ("Dr Old", SIGNED_AT, None)
    assert old.describe().startswith("Signed by Dr Old on ")

    new = VisitService(physician).sign("OLD-1", chart.visits[1], TEST_PASSWORD)
    assert new.meaning == "reviewed and approved"
    assert new.describe().startswith("Signed — reviewed and approved by Dr Old on ")
    assert _meanings(engine)[1] == ("2025-05-05", 1, "reviewed and approved")

    with pytest.raises(IntegrityError), engine.begin() as conn:  # only a signature has a meaning
        conn.execute(text(
            "UPDATE visits SET signed_by_id = NULL, signed_at = NULL WHERE id = 2"
        ))  # fmt: skip


def test_0007_downgrades_keeping_the_signatures_and_upgrades_again(engine: Engine) -> None:
    upgrade(engine)
    physician = _physician(UnitOfWork(engine))
    VisitService(physician).sign("OLD-1", PatientService(physician).chart("OLD-1").visits[1],
                                 TEST_PASSWORD)  # fmt: skip
    downgrade(engine, "0006")
    with engine.connect() as conn:
        assert current_revision(conn) == "0006"
        assert "signature_meaning" not in {c["name"] for c in inspect(conn).get_columns("visits")}
        signed = conn.execute(text("SELECT signed_by_id FROM visits ORDER BY id")).scalars()
        assert list(signed) == [1, 1]
    upgrade(engine)
    assert _meanings(engine) == [("2025-02-03", 1, None), ("2025-05-05", 1, None)]
