"""``acting_user`` (one Core statement, read on every service call) gives what ``find_user`` (the
ORM) gives, for accounts with no role, one, several, disabled, and none at all, on a real SQLite
file and a real PostgreSQL server."""

from __future__ import annotations

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.store import user_repository


def test_the_acting_user_is_read_as_the_orm_reads_it(clinic: Clinic) -> None:
    accounts = {
        "none": frozenset(),
        "nurse": frozenset({Role.NURSE}),
        "both": frozenset({Role.PHYSICIAN, Role.ADMIN}),
        "every": frozenset(Role),
    }
    with clinic.uow.begin(actor_id=None) as session:
        for username, roles in accounts.items():
            user_repository.add_user(session, User(username, f"Name {username}", roles))
        user_repository.set_active(session, "nurse", False)
        user_repository.set_roles(session, "every", [Role.PHYSICIAN])
    with clinic.uow.read() as session:
        for username in [*accounts, "nobody"]:
            want = user_repository.find_user(session, username)
            assert user_repository.acting_user(session, username) == want, username
        nurse = user_repository.acting_user(session, "nurse")
    assert nurse is not None and not nurse.active and nurse.roles == {Role.NURSE}
