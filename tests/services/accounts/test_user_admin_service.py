"""Managing users, on a real SQLite file and a real PostgreSQL server: every change (create, roles,
display name, password reset, disable, unlock) is written with an ``account`` audit entry that says
what changed; a duplicate username is refused; the clinic never loses its last administrator who
can sign in; only an administrator may do any of it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, table

from calcitrack.bootstrap import open_clinic
from calcitrack.domain.audit_trail.audit import AuditEntry
from calcitrack.domain.clinic.permissions import PermissionDeniedError
from calcitrack.domain.codes import Role
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.accounts.account_service import AccountService, SignInError
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.store.user_repository import Account
from tests.support.accounts import signed_in

PASSWORD = "ward round at eight"


@pytest.fixture
def admin(db_url: str) -> Iterator[ServiceContext]:
    """A clinic whose only account is its administrator (signs in with the test password)."""
    clinic = open_clinic(db_url)
    signed_in(clinic, "chief", "Chief Admin", Role.ADMIN)
    yield clinic.context()
    clinic.close()


def _accounts(ctx: ServiceContext) -> dict[str, Account]:
    return {a.user.username: a for a in UserAdminService(ctx).accounts()}


def _account_entries(ctx: ServiceContext) -> list[AuditEntry]:
    return [e for e in AuditService(ctx).entries() if e.action == "account"]


def _counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.uow.engine.connect() as conn:
        return {
            name: conn.scalar(select(func.count()).select_from(table(name)))
            for name in ("users", "user_roles", "audit_log")
        }


def test_every_change_is_recorded_with_what_changed(admin: ServiceContext) -> None:
    users = UserAdminService(admin)
    ana = users.create(" ana.lopes ", " Ana ", [Role.NURSE], PASSWORD)
    assert (ana.username, ana.display_name, ana.roles) == ("ana.lopes", "Ana", {Role.NURSE})
    users.set_roles("ana.lopes", [Role.NURSE, Role.PHYSICIAN])
    users.rename("ana.lopes", "Dr Ana Lopes")
    users.reset_password("ana.lopes", PASSWORD + " again")
    users.set_active("ana.lopes", False)
    users.set_active("ana.lopes", True)
    users.unlock("ana.lopes")

    entries = _account_entries(admin)
    assert [e.changes["change"] for e in entries] == [
        "created",
        "roles nurse → nurse+physician",
        "display name 'Ana' → 'Dr Ana Lopes'",
        "password set by an administrator",
        "disabled",
        "enabled",
        "unlocked",
    ]
    assert {(e.actor_id, e.table_name, e.record_id) for e in entries} == {
        (admin.actor.id, "users", str(ana.id))
    }
    assert entries[0].changes == {
        "username": "ana.lopes",
        "display_name": "Ana",
        "roles": ["nurse"],
        "active": True,
        "change": "created",
    }
    assert entries[1].changes["roles"] == ["nurse", "physician"]
    assert entries[4].changes["active"] is False and entries[5].changes["active"] is True
    assert not any(PASSWORD in e.changes_json for e in entries)

    stored = _accounts(admin)["ana.lopes"]
    assert stored.user.roles == {Role.NURSE, Role.PHYSICIAN}
    assert (stored.user.display_name, stored.user.active) == ("Dr Ana Lopes", True)
    assert stored.password_hash is not None and stored.password_hash.startswith("$argon2id$")
    accounts = AccountService(admin.uow)
    with pytest.raises(SignInError):
        accounts.sign_in("ana.lopes", PASSWORD)
    assert accounts.sign_in("ana.lopes", PASSWORD + " again").id == ana.id
    assert AuditService(admin).verify().ok


def test_bad_input_and_a_taken_username_are_refused_and_nothing_is_written(
    admin: ServiceContext,
) -> None:
    users = UserAdminService(admin)
    ensure_user(admin.uow, "ana.lopes", "Ana", Role.NURSE)
    before = _counts(admin)
    with pytest.raises(DomainValidationError) as refused:
        users.create("Ana Lopes", "", [], "short")
    assert {p.field for p in refused.value.problems} == {
        "username", "display name", "roles", "password"
    }
    with pytest.raises(ConflictError, match=r"'ana\.lopes' is taken"):
        users.create("ana.lopes", "Another Ana", [Role.PHYSICIAN], PASSWORD)
    with pytest.raises(DomainValidationError, match="roles"):
        users.set_roles("ana.lopes", [])
    with pytest.raises(DomainValidationError, match="display name"):
        users.rename("ana.lopes", "   ")
    with pytest.raises(DomainValidationError, match="password"):
        users.reset_password("ana.lopes", "short")
    with pytest.raises(NotFoundError, match="no user 'nobody'"):
        users.set_active("nobody", False)
    assert _counts(admin) == before
    assert _accounts(admin)["ana.lopes"].user.roles == {Role.NURSE}


def test_the_last_administrator_who_can_sign_in_is_kept(admin: ServiceContext) -> None:
    users = UserAdminService(admin)
    before = _counts(admin)
    with pytest.raises(ConflictError, match="chief would lose the admin role") as lose:
        users.set_roles("chief", [Role.PHYSICIAN])
    assert "no administrator who can sign in" in str(lose.value)
    with pytest.raises(ConflictError, match="chief would be disabled"):
        users.set_active("chief", False)
    assert _counts(admin) == before
    # an admin who cannot sign in (no password, as after an upgrade; or disabled) does not count
    ensure_user(admin.uow, "old.admin", "Old Admin", Role.ADMIN)
    users.create("off.admin", "Away Admin", [Role.ADMIN], PASSWORD)
    users.set_active("off.admin", False)
    before = _counts(admin)
    with pytest.raises(ConflictError):
        users.set_roles("chief", [Role.PHYSICIAN])
    assert _counts(admin) == before
    chief = _accounts(admin)["chief"].user
    assert (chief.roles, chief.active) == ({Role.ADMIN}, True)

    users.set_active("off.admin", True)  # now there are two
    assert users.set_roles("chief", [Role.PHYSICIAN]).roles == {Role.PHYSICIAN}
    with pytest.raises(PermissionDeniedError):  # chief is no admin from this call on
        users.accounts()
    other = ServiceContext(admin.uow, ensure_user(admin.uow, "off.admin", "", Role.ADMIN))
    with pytest.raises(ConflictError, match=r"off\.admin would be disabled"):
        UserAdminService(other).set_active("off.admin", False)  # now it is the last one
    assert _accounts(other)["off.admin"].user.active


@pytest.mark.parametrize("role", [Role.NURSE, Role.PHYSICIAN])
def test_only_an_administrator_manages_users(admin: ServiceContext, role: Role) -> None:
    other = ensure_user(admin.uow, f"{role.value}.one", "Someone", role)
    ctx = ServiceContext(admin.uow, other)
    users = UserAdminService(ctx)
    before = _counts(admin)
    calls = [
        users.accounts,
        lambda: users.create("new.one", "New", [Role.ADMIN], PASSWORD),
        lambda: users.set_roles(other.username, [Role.ADMIN]),
        lambda: users.rename("chief", "Renamed"),
        lambda: users.reset_password("chief", PASSWORD),
        lambda: users.set_active("chief", False),
        lambda: users.unlock("chief"),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError, match="may not manage users: that needs the "
                                                        "administrator role"):
            call()
    assert _counts(admin) == before
    assert _accounts(admin)[other.username].user.roles == {role}
