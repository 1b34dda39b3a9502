"""Users: look-up, creation, roles, sign-in state and language preference (the password hash
never leaves here but to the account service that checks it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, false, select, update
from sqlalchemy.orm import Session

from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.store import mapping
from calcitrack.store.records import UserRecord, UserRoleRecord


@dataclass(frozen=True)
class Account:
    """A user with its sign-in state, for the account service and the users screen."""

    user: User
    password_hash: str | None
    failed_logins: int
    locked_until: datetime | None
    password_changed_at: datetime | None
    language: str = "system"
    """The account's language preference (domain/clinic/accounts.py, ``LANGUAGE_PREFERENCES``)."""

    @property
    def has_password(self) -> bool:
        return self.password_hash is not None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def _account(record: UserRecord) -> Account:
    return Account(
        mapping.user(record),
        record.password_hash,
        record.failed_logins,
        record.locked_until,
        record.password_changed_at,
        record.language,
    )


def _record(session: Session, username: str, *, for_update: bool = False) -> UserRecord | None:
    query = select(UserRecord).where(UserRecord.username == username)
    if for_update:
        _take_write_lock(session)
        query = query.with_for_update()
    return session.scalar(query)


def _take_write_lock(session: Session) -> None:
    """SQLite ignores FOR UPDATE: a write statement matching no row takes the database's single
    write lock now, before the row is read, so that two processes counting failed sign-ins of
    one account take turns (read, check, count) instead of both reading the same count.
    PostgreSQL locks the row itself (FOR UPDATE)."""
    if session.get_bind().dialect.name == "sqlite":
        users = UserRecord.__table__
        session.execute(update(users).where(false()).values(id=users.c.id))


def find_user(session: Session, username: str) -> User | None:
    record = _record(session, username)
    return mapping.user(record) if record else None


def acting_user(session: Session, username: str) -> User | None:
    """``find_user`` in one statement, without the ORM: every service call reads its acting
    user afresh (services/context.py), so this is on the path of every keystroke's search."""
    users, roles = UserRecord.__table__, UserRoleRecord.__table__
    rows = session.execute(
        select(users.c.id, users.c.display_name, users.c.active, roles.c.role)
        .outerjoin(roles, roles.c.user_id == users.c.id)
        .where(users.c.username == username)
    ).all()
    if not rows:
        return None
    user_id, display_name, active, _role = rows[0]
    granted = frozenset(Role(row.role) for row in rows if row.role is not None)
    return User(username, display_name, granted, bool(active), user_id)


def find_account(session: Session, username: str, *, for_update: bool = False) -> Account | None:
    """``for_update`` locks the row (PostgreSQL; the whole database's write lock on SQLite) until
    the transaction ends, so that two workstations counting failed sign-ins of one account
    neither lose a count nor check more passwords than the lockout allows."""
    record = _record(session, username, for_update=for_update)
    return _account(record) if record else None


def add_user(
    session: Session,
    user: User,
    *,
    password_hash: str | None = None,
    now: datetime | None = None,
) -> User:
    record = UserRecord(
        username=user.username,
        display_name=user.display_name,
        active=user.active,
        password_hash=password_hash,
        password_changed_at=now if password_hash else None,
        roles=[UserRoleRecord(role=role.value) for role in sorted(user.roles)],
    )
    session.add(record)
    session.flush()
    return mapping.user(record)


def list_users(session: Session) -> list[User]:
    return [
        mapping.user(r) for r in session.scalars(select(UserRecord).order_by(UserRecord.username))
    ]


def list_accounts(session: Session) -> list[Account]:
    return [_account(r) for r in session.scalars(select(UserRecord).order_by(UserRecord.username))]


def has_admin_who_can_sign_in(session: Session) -> bool:
    """An active account with the admin role and a password exists."""
    query = select(
        exists()
        .where(UserRoleRecord.user_id == UserRecord.id)
        .where(UserRoleRecord.role == Role.ADMIN.value)
        .where(UserRecord.active.is_(True))
        .where(UserRecord.password_hash.is_not(None))
    )
    return bool(session.scalar(query))


def set_sign_in_state(
    session: Session,
    username: str,
    *,
    failed_logins: int,
    locked_until: datetime | None,
) -> None:
    record = _required(session, username)
    record.failed_logins = failed_logins
    record.locked_until = locked_until


def set_password_hash(session: Session, username: str, password_hash: str, now: datetime) -> None:
    record = _required(session, username)
    record.password_hash = password_hash
    record.password_changed_at = now
    record.failed_logins = 0
    record.locked_until = None


def set_roles(session: Session, username: str, roles: Iterable[Role]) -> None:
    record = _required(session, username)
    wanted = {role.value for role in roles}
    record.roles = [r for r in record.roles if r.role in wanted] + [
        UserRoleRecord(role=code) for code in sorted(wanted - {r.role for r in record.roles})
    ]


def set_active(session: Session, username: str, active: bool) -> None:
    _required(session, username).active = active


def set_display_name(session: Session, username: str, display_name: str) -> None:
    _required(session, username).display_name = display_name


def language_of(session: Session, username: str) -> str | None:
    """The account's language preference; None if there is no such account."""
    users = UserRecord.__table__
    found = session.scalar(select(users.c.language).where(users.c.username == username))
    return None if found is None else str(found)


def set_language(session: Session, username: str, language: str) -> None:
    _required(session, username).language = language


def _required(session: Session, username: str) -> UserRecord:
    record = _record(session, username, for_update=True)
    if record is None:
        raise LookupError(f"no user {username!r}")
    return record
