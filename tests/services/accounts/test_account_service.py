"""Signing in, on a real SQLite file and a real PostgreSQL server: the first administrator of a new
clinic, sign-in and its refusals (the same words for a wrong password and an unknown name), the
lockout after repeated failures with the time it ends, unlocking, disabled accounts, accounts
without a password (an upgraded clinic's), changing one's own password, argon2id hashes, and every
sign-in, failure and lockout in an audit trail whose chain still verifies.

The passwords are hashed for real (argon2id, about a fifth of a second each), so the number of
sign-ins per test is kept small."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, table

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.audit_trail.audit import AuditEntry
from calcitrack.domain.clinic.accounts import AccountPolicy, check_new_account
from calcitrack.domain.clinic_settings import ACCOUNTS_LOCKOUT_FAILURES
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.accounts.account_service import (
    WRONG,
    AccountLockedError,
    AccountService,
    SignInError,
)
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError
from calcitrack.store import user_repository
from calcitrack.store.schema import metadata
from calcitrack.store.user_repository import Account
from tests.support.accounts import TEST_PASSWORD, signed_in

START = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)
ADMIN_PASSWORD = "head of the clinic since 2026"


class Clock:
    """The account service's time, moved on by the test."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def empty(db_url: str) -> Iterator[Clinic]:
    """A new clinic: no account at all."""
    clinic = open_clinic(db_url)
    yield clinic
    clinic.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(empty: Clinic, clock: Clock) -> AccountService:
    return AccountService(empty.uow, clock=clock)


def _admin(clinic: Clinic) -> ServiceContext:
    """An administrator (the test password) to read the trail and manage the others."""
    signed_in(clinic, "it.admin", "IT Admin", Role.ADMIN)
    assert clinic.user is not None
    return ServiceContext(clinic.uow, clinic.user)


def _nurse(clinic: Clinic) -> User:
    """A nurse who signs in with ``TEST_PASSWORD``."""
    signed_in(clinic, "nurse.ana", "Ana Lopes", Role.NURSE)
    assert clinic.user is not None
    return clinic.user


def _account(clinic: Clinic, username: str) -> Account:
    with clinic.uow.read() as session:
        found = user_repository.find_account(session, username)
    assert found is not None
    return found


def _entries(clinic: Clinic, since_id: int = 0) -> list[AuditEntry]:
    return [e for e in AuditService(_admin(clinic)).entries() if e.id > since_id]


def _counts(clinic: Clinic) -> dict[str, int]:
    with clinic.engine.connect() as conn:
        return {
            name: conn.scalar(select(func.count()).select_from(table(name)))
            for name in ("users", "user_roles", "audit_log")
        }


def _verified(clinic: Clinic) -> None:
    result = AuditService(_admin(clinic)).verify()
    assert result.ok, result.reason


# ------------------------------------------------------------------ the first administrator


def test_a_new_clinic_asks_for_its_first_administrator_once(
    empty: Clinic, service: AccountService
) -> None:
    assert service.needs_first_admin() and not service.has_accounts()
    with pytest.raises(DomainValidationError) as refused:
        service.create_first_admin("Chief Admin", "  ", "short")
    problems = {p.field: p.reason for p in refused.value.problems}
    assert set(problems) == {"username", "display name", "password"}
    assert "lower-case letters" in problems["username"]
    assert problems["password"] == "must have at least 12 characters, got 5"
    with pytest.raises(DomainValidationError, match="password: must not contain the username"):
        service.create_first_admin("chief", "Dr Chief", "chief-password-1234")
    assert _counts(empty) == {"users": 0, "user_roles": 0, "audit_log": 0}
    assert service.needs_first_admin()

    chief = service.create_first_admin(
        " chief ", " Dr Chief ", ADMIN_PASSWORD, also=[Role.PHYSICIAN]
    )
    assert (chief.username, chief.display_name) == ("chief", "Dr Chief")
    assert chief.roles == {Role.ADMIN, Role.PHYSICIAN}
    assert not service.needs_first_admin() and service.has_accounts()
    counts = _counts(empty)
    assert (counts["users"], counts["user_roles"]) == (1, 2)

    with pytest.raises(ConflictError, match="an administrator already exists"):
        service.create_first_admin("second", "Second Admin", "another long password")
    assert _counts(empty) == counts

    [created] = [e for e in _entries(empty) if e.action == "account"]
    assert (created.actor_id, created.record_id) == (chief.id, str(chief.id))
    assert created.changes["change"] == "created as the first administrator"
    assert created.changes["roles"] == ["admin", "physician"]
    assert service.sign_in("chief", ADMIN_PASSWORD) == chief


def test_a_role_is_needed_for_any_account() -> None:
    # the first administrator always has the admin role; the rule is the one every account meets
    problems = check_new_account("ana", "Ana", [], "long enough password", AccountPolicy())
    assert [(p.field, p.reason) for p in problems] == [
        ("roles", "give the account at least one role")
    ]


# ------------------------------------------------------------------ signing in


def test_signing_in_is_recorded_and_a_refusal_never_says_whether_the_name_exists(
    empty: Clinic, service: AccountService
) -> None:
    nurse = _nurse(empty)
    mark = len(_entries(empty))

    assert service.sign_in(" nurse.ana ", TEST_PASSWORD) == nurse
    with pytest.raises(SignInError) as wrong_password:
        service.sign_in("nurse.ana", TEST_PASSWORD + "!")
    with pytest.raises(SignInError) as unknown:
        service.sign_in("nurse.nobody", TEST_PASSWORD)
    assert type(wrong_password.value) is type(unknown.value) is SignInError
    assert str(wrong_password.value) == str(unknown.value) == WRONG == (
        "Wrong username or password."
    )
    service.sign_out(nurse)

    entries = [e for e in _entries(empty, mark) if e.actor_username != "it.admin"]
    assert [(e.action, e.actor_id) for e in entries] == [
        ("login", nurse.id),
        ("login_failed", nurse.id),
        ("login_failed", None),
        ("logout", nurse.id),
    ]
    assert entries[1].changes == {
        "username": "nurse.ana", "why": "wrong password", "how": "sign-in"
    }
    assert entries[2].changes == {
        "username": "nurse.nobody", "why": "no such account", "how": "sign-in"
    }
    assert _account(empty, "nurse.ana").failed_logins == 1
    _verified(empty)


def test_five_failures_lock_the_account_until_a_time_it_names(
    empty: Clinic, service: AccountService, clock: Clock
) -> None:
    _nurse(empty)
    policy = service.policy()
    assert (policy.lockout_failures, policy.lockout_minutes) == (5, 15)
    for _ in range(4):
        with pytest.raises(SignInError) as refused:
            service.sign_in("nurse.ana", "not the password")
        assert not isinstance(refused.value, AccountLockedError)
        clock.advance(seconds=10)
    with pytest.raises(AccountLockedError) as locked:
        service.sign_in("nurse.ana", "not the password")
    until = clock.now + timedelta(minutes=15)
    assert locked.value.locked_until == until
    local = until.astimezone()
    assert str(locked.value).startswith(
        f"5 failed sign-ins in a row. The account is locked until {local:%H:%M} "
        f"({local:%Y-%m-%d})."
    )
    [lockout] = [e for e in _entries(empty) if e.action == "lockout"]
    assert lockout.changes == {
        "username": "nurse.ana", "failures": 5, "locked_until": until.isoformat()
    }

    clock.advance(minutes=14)
    with pytest.raises(AccountLockedError, match=f"locked until {local:%H:%M}"):
        service.sign_in("nurse.ana", TEST_PASSWORD)  # even the right password, while locked
    assert _entries(empty)[-1].changes["why"] == "account locked"

    clock.advance(minutes=1, seconds=1)
    assert service.sign_in("nurse.ana", TEST_PASSWORD).username == "nurse.ana"
    account = _account(empty, "nurse.ana")
    assert (account.failed_logins, account.locked_at(clock.now)) == (0, False)
    # the count starts again: one more failure does not lock
    with pytest.raises(SignInError) as again:
        service.sign_in("nurse.ana", "not the password")
    assert not isinstance(again.value, AccountLockedError)
    _verified(empty)


def test_an_administrator_unlocks_a_locked_account(
    empty: Clinic, service: AccountService, clock: Clock
) -> None:
    admin = _admin(empty)
    settings = ClinicSettingsService(admin)
    settings.save({ACCOUNTS_LOCKOUT_FAILURES: 3}, based_on_version=settings.current().version)
    _nurse(empty)
    for _ in range(3):
        with pytest.raises(SignInError):
            service.sign_in("nurse.ana", "not the password")
    assert _account(empty, "nurse.ana").locked_at(clock.now)
    with pytest.raises(AccountLockedError):
        service.confirm(_account(empty, "nurse.ana").user, TEST_PASSWORD)

    UserAdminService(admin).unlock("nurse.ana")
    assert not _account(empty, "nurse.ana").locked_at(clock.now)
    nurse = service.confirm(_account(empty, "nurse.ana").user, TEST_PASSWORD)
    assert _entries(empty)[-1].action == "login" and _entries(empty)[-1].actor_id == nurse.id
    assert _entries(empty)[-1].changes == {"how": "unlock"}
    _verified(empty)


def test_a_disabled_account_and_one_without_a_password_cannot_sign_in(
    empty: Clinic, service: AccountService
) -> None:
    admin = _admin(empty)
    _nurse(empty)
    UserAdminService(admin).set_active("nurse.ana", False)
    with pytest.raises(SignInError, match="This account is disabled"):
        service.sign_in("nurse.ana", TEST_PASSWORD)
    with pytest.raises(SignInError) as wrong:
        service.sign_in("nurse.ana", "not the password")
    assert str(wrong.value) == WRONG  # the state is told only to who knows the password

    old = ensure_user(empty.uow, "dr.before", "Dr Before", Role.PHYSICIAN)  # an upgraded clinic's
    with pytest.raises(SignInError) as no_password:
        service.sign_in("dr.before", "")
    assert str(no_password.value) == (
        "This account has no password yet: an administrator sets one in Tools → Users."
    )
    assert _account(empty, "dr.before").failed_logins == 0
    failures = [e for e in _entries(empty) if e.action == "login_failed"]
    reasons = [(e.actor_id, e.changes["why"]) for e in failures]
    assert reasons[-1] == (old.id, "no password set")
    assert "account disabled" in {why for _, why in reasons}
    _verified(empty)


# ------------------------------------------------------------------ passwords


def test_changing_one_s_password_needs_the_current_one(
    empty: Clinic, service: AccountService
) -> None:
    nurse = _nurse(empty)
    new = "a new and longer passphrase"
    with pytest.raises(DomainValidationError) as short:
        service.change_password(nurse, TEST_PASSWORD, "short")
    assert short.value.field == "new password"
    before = _counts(empty)
    with pytest.raises(SignInError, match="The current password is wrong"):
        service.change_password(nurse, "not the password", new)
    # nothing changed but the failure, recorded and counted towards the lockout like a sign-in's
    assert _counts(empty) == {**before, "audit_log": before["audit_log"] + 1}
    failed = _entries(empty)[-1]
    assert (failed.action, failed.changes["how"]) == ("login_failed", "password change")
    assert service.sign_in("nurse.ana", TEST_PASSWORD) == nurse

    service.change_password(nurse, TEST_PASSWORD, new)
    with pytest.raises(SignInError):
        service.sign_in("nurse.ana", TEST_PASSWORD)
    assert service.sign_in("nurse.ana", new) == nurse
    changed = [e for e in _entries(empty) if e.action == "account"][-1]
    assert (changed.actor_id, changed.changes["change"]) == (nurse.id, "changed own password")
    _verified(empty)


def test_the_stored_password_is_an_argon2id_hash_and_the_text_is_nowhere(
    empty: Clinic, service: AccountService
) -> None:
    chief = service.create_first_admin("chief", "Dr Chief", ADMIN_PASSWORD)
    with pytest.raises(SignInError):
        service.sign_in("chief", ADMIN_PASSWORD + " typo")
    service.sign_in("chief", ADMIN_PASSWORD)
    stored = _account(empty, "chief")
    assert stored.password_hash is not None
    assert stored.password_hash.startswith("$argon2id$")
    assert stored.password_changed_at == START
    with empty.engine.connect() as conn:
        everything = " ".join(
            repr(tuple(row)) for t in metadata.sorted_tables for row in conn.execute(select(t))
        )
    assert ADMIN_PASSWORD not in everything and "typo" not in everything
    assert chief.username in everything
    _verified(empty)
