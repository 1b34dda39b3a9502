"""Revision 0006 (accounts and sign-off) meets a clinic's database at 0005, on a real SQLite file
and a real PostgreSQL server: every user keeps its role (now in ``user_roles``) but has no password
yet, so the first start asks for the first administrator; patients and visits stay (unsigned);
the audit trail (rebuilt on SQLite) keeps its chain and stays append-only, and takes the new
``account`` entries. A downgrade to 0005 and a second upgrade work too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.services.accounts.account_service import AccountService, SignInError
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
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
from tests.support.accounts import TEST_PASSWORD, give_test_password
from tests.support.old_rows import insert_user, insert_user_patient_visit

THEN = datetime(2025, 2, 3, 10, 0, tzinfo=timezone.utc)
OLD_USERS = {"dr.old": Role.PHYSICIAN, "nurse.old": Role.NURSE, "admin.old": Role.ADMIN}
ADMIN_PASSWORD = "head of the clinic since 2026"
NO_PASSWORD = "This account has no password yet: an administrator sets one in Tools → Users."


def _old_entries() -> list[NewEntry]:
    """What a 0005 clinic's trail holds: the visit's creation and an edit, a PDF, a sign-in."""
    return [
        NewEntry(1, "create", "visits", "1", 1, {"visit_date": "2025-02-03", "version": 1}),
        NewEntry(2, "update", "visits", "1", 1, {"notes": ["first", "first visit"]}),
        NewEntry(1, "pdf", "visits", "1", 1, {"to": "printed"}),
        NewEntry(None, "login_failed", None, None, None, {"username": "mallory"}),
    ]


def _clinic_at_0005(url: str) -> None:
    """Users of each old single role, a patient with a visit, and an audit trail, as 0005 wrote
    them; an ``account`` entry is refused there."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0005")
        with engine.begin() as conn:
            insert_user_patient_visit(conn, username="dr.old", role="physician")
            insert_user(conn, user_id=2, username="nurse.old", role="nurse")
            insert_user(conn, user_id=3, username="admin.old", role="admin")
            append(conn, _old_entries(), THEN)
        with pytest.raises(IntegrityError), engine.begin() as conn:
            append(conn, [NewEntry(3, "account", "users", "2", None, {})], THEN)
    finally:
        engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    _clinic_at_0005(db_url)
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _user(uow: UnitOfWork, username: str) -> User:
    with uow.read() as session:
        found = user_repository.find_user(session, username)
    assert found is not None
    return found


def _append_only(engine: Engine) -> None:
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET changes_json = '{}'"))
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 1"))


def _verify(uow: UnitOfWork) -> int:
    """Check the chain as the old physician; the number of entries checked."""
    result = AuditService(ServiceContext(uow, _user(uow, "dr.old"))).verify()
    assert result.ok, result.reason
    return result.checked


def test_a_clinic_at_0005_is_upgraded_keeping_roles_data_and_its_audit_trail(
    engine: Engine, tmp_path: Path
) -> None:
    opened = prepare_database(engine, backup_dir=tmp_path / "backups")
    assert (opened.action, opened.revision) == ("upgraded", head_revision())
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert "role" not in {c["name"] for c in inspect(conn).get_columns("users")}
        roles = conn.execute(text("SELECT user_id, role FROM user_roles ORDER BY user_id")).all()
        assert [tuple(r) for r in roles] == [(1, "physician"), (2, "nurse"), (3, "admin")]
        assert conn.execute(text("SELECT signed_by_id, signed_at FROM visits")).all() == [
            (None, None)
        ]
        assert conn.scalar(text("SELECT count(*) FROM visit_amendments")) == 0

    uow = UnitOfWork(engine)
    with uow.read() as session:
        accounts = {a.user.username: a for a in user_repository.list_accounts(session)}
    assert {name: a.user.roles for name, a in accounts.items()} == {
        name: {role} for name, role in OLD_USERS.items()
    }
    assert not any(a.has_password or a.failed_logins or a.locked_until for a in accounts.values())

    service = AccountService(uow)
    assert service.has_accounts() and service.needs_first_admin()
    for username in OLD_USERS:
        with pytest.raises(SignInError) as refused:
            service.sign_in(username, ADMIN_PASSWORD)
        assert str(refused.value) == NO_PASSWORD

    # the old trail still verifies, is still append-only, and goes on with the new entries
    assert _verify(uow) == len(_old_entries()) + len(OLD_USERS)  # with the refused sign-ins
    _append_only(engine)
    chief = service.create_first_admin("chief", "Dr Chief", ADMIN_PASSWORD)
    assert not service.needs_first_admin()
    entries = AuditService(ServiceContext(uow, chief)).entries()
    assert entries[-1].action == "account" and entries[-1].actor_id == chief.id
    assert entries[-1].prev_hash == entries[-2].hash
    assert _verify(uow) == len(entries)
    _append_only(engine)

    # the old physician's visit, unsigned, can now be signed (once she has a password)
    give_test_password(uow, "dr.old")
    physician = ServiceContext(uow, _user(uow, "dr.old"), lambda: date(2026, 11, 20))
    chart = PatientService(physician).chart("OLD-1")
    assert chart.signatures == ()
    signature = VisitService(physician).sign("OLD-1", chart.visits[0], TEST_PASSWORD)
    assert signature.signed_by == "Dr.Old"
    entries = AuditService(physician).entries()
    assert entries[-1].action == "sign" and entries[-1].actor_username == "dr.old"
    assert _verify(uow) == len(entries)


def test_0006_downgrades_to_0005_keeping_a_physician_and_upgrades_again(engine: Engine) -> None:
    upgrade(engine)
    uow = UnitOfWork(engine)
    chief = AccountService(uow).create_first_admin(
        "chief", "Dr Chief", ADMIN_PASSWORD, also=[Role.PHYSICIAN]
    )
    with engine.begin() as conn:  # an admin who is also a nurse, as the users screen allows
        conn.execute(text("INSERT INTO user_roles (user_id, role) VALUES (3, 'nurse')"))
    give_test_password(uow, "dr.old")
    physician = ServiceContext(uow, _user(uow, "dr.old"), lambda: date(2026, 11, 20))
    visit = PatientService(physician).chart("OLD-1").visits[0]
    VisitService(physician).sign("OLD-1", visit, TEST_PASSWORD)
    checked = _verify(uow)

    downgrade(engine, "0005")
    with engine.connect() as conn:
        assert current_revision(conn) == "0005"
        assert "user_roles" not in inspect(conn).get_table_names()
        assert "visit_amendments" not in inspect(conn).get_table_names()
        roles = dict(conn.execute(text("SELECT username, role FROM users")).all())
        assert roles == {
            "dr.old": "physician",
            "nurse.old": "nurse",
            "admin.old": "nurse",  # the clinical role of an admin who is also a nurse
            "chief": "physician",
        }
        assert conn.scalar(text("SELECT family_name FROM patients")) == "Cadório"
        assert conn.scalar(text("SELECT count(*) FROM audit_log")) == checked
    _append_only(engine)

    upgrade(engine)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        roles = conn.execute(text("SELECT user_id, role FROM user_roles ORDER BY user_id")).all()
        assert [tuple(r) for r in roles] == [
            (1, "physician"), (2, "nurse"), (3, "nurse"), (chief.id, "physician")
        ]
    assert AccountService(uow).needs_first_admin()  # the passwords went with the downgrade
    assert _verify(uow) == checked
    _append_only(engine)
