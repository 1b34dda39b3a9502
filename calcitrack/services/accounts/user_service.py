"""Users for tests, tools and the demo: an account found or created without a password."""

from __future__ import annotations

from collections.abc import Iterable

from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.store import user_repository
from calcitrack.store.unit_of_work import UnitOfWork


def ensure_user(
    uow: UnitOfWork, username: str, display_name: str, roles: Role | Iterable[Role]
) -> User:
    """The stored user with ``username``, created with ``roles`` if it does not exist yet (no
    password: it cannot sign in until one is set)."""
    wanted = frozenset([roles] if isinstance(roles, Role) else roles)
    with uow.begin(actor_id=None) as session:
        found = user_repository.find_user(session, username)
        if found is not None:
            return found
        return user_repository.add_user(session, User(username, display_name, wanted))
