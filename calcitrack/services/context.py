"""What every service needs: the unit of work, the acting user and today's date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from calcitrack.domain.entities import User
from calcitrack.domain.permissions import Permission, PermissionDeniedError, permissions_of
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
        return self.actor.active and permission in permissions_of(self.actor.roles)

    def require(self, permission: Permission) -> None:
        """Refuse (PermissionDeniedError, naming the role it needs) unless the acting user's
        roles allow ``permission`` (the table in domain/permissions.py)."""
        if not self.may(permission):
            raise PermissionDeniedError(
                f"{self.actor.display_name} ({self.actor.roles_text})", permission
            )
