"""What every service needs: the unit of work, the acting user and today's date."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy.orm import Session

from calcitrack.domain.clinic.permissions import Permission, PermissionDeniedError, permissions_of
from calcitrack.domain.entities import User
from calcitrack.i18n.catalogue import _
from calcitrack.store import user_repository
from calcitrack.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ServiceContext:
    uow: UnitOfWork
    actor: User
    today: Callable[[], date] = field(default=date.today)

    @property
    def actor_id(self) -> int:
        if self.actor.id is None:
            raise PermissionError("the acting user is not stored")
        return self.actor.id

    def may(self, permission: Permission) -> bool:
        """Whether the actor's roles as signed in allow ``permission`` (for screens)."""
        return self.actor.active and permission in permissions_of(self.actor.roles)

    def require(self, permission: Permission) -> None:
        """Refuse (PermissionDeniedError, naming the role it needs) unless the acting user's
        roles allow ``permission`` (the table in domain/clinic/permissions.py).

        The account is read afresh: a role an admin removed, or an account disabled, is refused
        from the next call on, not only from the next sign-in.
        """
        with self.uow.read() as session:
            self._check(permission, session)

    @contextmanager
    def reading(self, permission: Permission) -> Iterator[Session]:
        """A session for reading, once ``require(permission)`` has passed in it: one session
        where a call would open two (the list's pages, asked on every keystroke)."""
        with self.uow.read() as session:
            self._check(permission, session)
            yield session

    def _check(self, permission: Permission, session: Session) -> None:
        current = self._current_actor(session)
        if not (self.actor.active and current.active):
            raise PermissionDeniedError(
                _("{name} (account disabled)").format(name=current.display_name), permission
            )
        if permission not in permissions_of(current.roles):
            who = f"{current.display_name} ({current.roles_text})"
            raise PermissionDeniedError(who, permission)

    def _current_actor(self, session: Session) -> User:
        if self.actor.id is None:
            return self.actor
        stored = user_repository.acting_user(session, self.actor.username)
        if stored is None or stored.id != self.actor.id:
            return replace(self.actor, active=False)
        return stored
