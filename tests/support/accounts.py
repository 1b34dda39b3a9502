"""Signed-in clinics for tests: a test account with the roles a test needs.

Its password (``TEST_PASSWORD``) is hashed once per test session, so that command-line tests can
sign in with it without paying argon2's cost in every test; the sign-in itself is tested in
tests/services/accounts/test_account_service.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.services.accounts.passwords import hash_password
from calcitrack.store import user_repository
from calcitrack.store.unit_of_work import UnitOfWork, utc_now

EVERY_ROLE = (Role.PHYSICIAN, Role.ADMIN)
"""The default test account: a physician who is also admin may do everything."""
TEST_USERNAME = "dr.test"
TEST_PASSWORD = "correct horse battery"
TEST_ENV = {"CALCITRACK_USER": TEST_USERNAME, "CALCITRACK_PASSWORD": TEST_PASSWORD}
"""The environment a command-line test signs in with."""


@cache
def _test_hash() -> str:
    return hash_password(TEST_PASSWORD)


def signed_in(
    clinic: Clinic,
    username: str = TEST_USERNAME,
    display_name: str = "Dr Test",
    roles: Role | Iterable[Role] = EVERY_ROLE,
) -> Clinic:
    """``clinic`` with ``username`` signed in (created with ``roles`` and the test password if it
    does not exist)."""
    wanted = frozenset([roles] if isinstance(roles, Role) else roles)
    with clinic.uow.begin(actor_id=None) as session:
        user = user_repository.find_user(session, username)
        if user is None:
            user = user_repository.add_user(
                session, User(username, display_name, wanted), password_hash=_test_hash()
            )
    clinic.user = user
    return clinic


def open_signed_in(
    target: str | None,
    username: str = TEST_USERNAME,
    display_name: str = "Dr Test",
    roles: Role | Iterable[Role] = EVERY_ROLE,
) -> Clinic:
    """``open_clinic`` with the test account signed in."""
    clinic = open_clinic(target)
    try:
        return signed_in(clinic, username, display_name, roles)
    except BaseException:
        clinic.close()
        raise


def give_test_password(uow: UnitOfWork, username: str) -> None:
    """Give the existing account ``username`` the test password (``TEST_PASSWORD``), as an
    administrator's reset would: for tests whose accounts must sign visits."""
    with uow.begin(actor_id=None) as session:
        user_repository.set_password_hash(session, username, _test_hash(), utc_now())
