"""Managing users (admins only): create, roles, display name, password reset, disable, unlock.

Every change is validated first, then written with an ``account`` audit entry in one
transaction. The clinic always keeps one active administrator who can sign in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.accounts import (
    AccountPolicy,
    check_display_name,
    check_new_account,
    check_password,
    check_roles,
)
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.domain.visits.validation import raise_if
from calcitrack.services.accounts.account_service import account_details
from calcitrack.services.accounts.passwords import hash_password
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.store import settings_repository, user_repository
from calcitrack.store.audit_trail import audit
from calcitrack.store.unit_of_work import utc_now
from calcitrack.store.user_repository import Account

__all__ = ["Account", "UserAdminService"]


class UserAdminService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def accounts(self) -> list[Account]:
        self._ctx.require(Permission.MANAGE_USERS)
        with self._ctx.uow.read() as session:
            return user_repository.list_accounts(session)

    def create(
        self, username: str, display_name: str, roles: Iterable[Role], password: str
    ) -> User:
        self._ctx.require(Permission.MANAGE_USERS)
        username, roles = username.strip(), frozenset(roles)
        raise_if(check_new_account(username, display_name, roles, password, self._policy()))
        password_hash = hash_password(password)
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            if user_repository.find_user(session, username) is not None:
                raise ConflictError(f"username: {username!r} is taken")
            user = user_repository.add_user(
                session, User(username, display_name.strip(), roles),
                password_hash=password_hash, now=utc_now(),
            )
            self._record(session, user, "created")
            return user

    def set_roles(self, username: str, roles: Iterable[Role]) -> User:
        self._ctx.require(Permission.MANAGE_USERS)
        roles = frozenset(roles)
        raise_if(check_roles(roles))
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            before = self._user(session, username)
            user_repository.set_roles(session, username, roles)
            session.flush()
            self._keep_an_admin(session, f"{username} would lose the admin role")
            after = self._user(session, username)
            self._record(
                session, after,
                f"roles {_roles(before.roles)} → {_roles(after.roles)}",
            )
            return after

    def rename(self, username: str, display_name: str) -> User:
        self._ctx.require(Permission.MANAGE_USERS)
        raise_if(check_display_name(display_name))
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            before = self._user(session, username)
            user_repository.set_display_name(session, username, display_name.strip())
            after = self._user(session, username)
            self._record(session, after, f"display name {before.display_name!r} → "
                                          f"{after.display_name!r}")
            return after

    def reset_password(self, username: str, password: str) -> None:
        """A new password set by an admin; it also lifts a lockout."""
        self._ctx.require(Permission.MANAGE_USERS)
        raise_if(check_password(password, username, self._policy()))
        password_hash = hash_password(password)
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            user = self._user(session, username)
            user_repository.set_password_hash(session, username, password_hash, utc_now())
            self._record(session, user, "password set by an administrator")

    def set_active(self, username: str, active: bool) -> User:
        self._ctx.require(Permission.MANAGE_USERS)
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            self._user(session, username)
            user_repository.set_active(session, username, active)
            session.flush()
            if not active:
                self._keep_an_admin(session, f"{username} would be disabled")
            user = self._user(session, username)
            self._record(session, user, "enabled" if active else "disabled")
            return user

    def unlock(self, username: str) -> None:
        self._ctx.require(Permission.MANAGE_USERS)
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            user = self._user(session, username)
            user_repository.set_sign_in_state(
                session, username, failed_logins=0, locked_until=None
            )
            self._record(session, user, "unlocked")

    def _policy(self) -> AccountPolicy:
        with self._ctx.uow.read() as session:
            return AccountPolicy.from_settings(settings_repository.load(session))

    @staticmethod
    def _user(session: Any, username: str) -> User:
        found = user_repository.find_user(session, username)
        if found is None:
            raise NotFoundError(f"no user {username!r}")
        return found

    @staticmethod
    def _keep_an_admin(session: Any, what: str) -> None:
        if not user_repository.has_admin_who_can_sign_in(session):
            raise ConflictError(
                f"{what}, and the clinic would have no administrator who can sign in: "
                "give another account the admin role first"
            )

    @staticmethod
    def _record(session: Any, user: User, change: str) -> None:
        audit.record_event(
            session, AuditAction.ACCOUNT,
            table_name="users",
            record_id=user.id,
            details=account_details(user, change),
        )


def _roles(roles: frozenset[Role]) -> str:
    return "+".join(role.value for role in Role if role in roles) or "none"
