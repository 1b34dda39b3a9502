"""What the account screens ask of the services, declared here because the ui may not import the
services that reach the store.

- ``Accounts``: ``services.accounts.account_service.AccountService`` (sign in, unlock, first
  admin, own password). Its refusals are ``SignInError`` (a ``PermissionError`` whose message is
  for the person at the screen) and ``AccountLockedError`` (the same, with ``locked_until``).
- ``UserAdmin``: ``services.accounts.user_admin_service.UserAdminService`` (admins only).
- ``OwnSettings``: ``services.accounts.own_settings_service.OwnSettingsService`` (the signed-in
  user's own language preference, Change my settings).
- ``AccountRow``: what the users screen reads of a ``store.user_repository.Account``.

tests/ui/session/test_account_protocols.py checks that the services keep these shapes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from calcitrack.domain.clinic.accounts import AccountPolicy
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User


class Accounts(Protocol):
    def policy(self) -> AccountPolicy: ...

    def has_accounts(self) -> bool: ...

    def needs_first_admin(self) -> bool: ...

    def create_first_admin(
        self, username: str, display_name: str, password: str, also: Iterable[Role] = ()
    ) -> User: ...

    def sign_in(self, username: str, password: str) -> User: ...

    def confirm(self, user: User, password: str) -> User: ...

    def sign_out(self, user: User, *, why: str = ...) -> None: ...

    def change_password(self, user: User, current: str, new: str) -> None: ...


class OwnSettings(Protocol):
    def language(self) -> str: ...

    def set_language(self, username: str, preference: str) -> str: ...


class AccountRow(Protocol):
    """One account as the users screen shows it."""

    @property
    def user(self) -> User: ...

    @property
    def has_password(self) -> bool: ...

    @property
    def failed_logins(self) -> int: ...

    @property
    def locked_until(self) -> datetime | None: ...


class UserAdmin(Protocol):
    def accounts(self) -> Sequence[AccountRow]: ...

    def create(
        self, username: str, display_name: str, roles: Iterable[Role], password: str
    ) -> User: ...

    def set_roles(self, username: str, roles: Iterable[Role]) -> User: ...

    def rename(self, username: str, display_name: str) -> User: ...

    def reset_password(self, username: str, password: str) -> None: ...

    def set_active(self, username: str, active: bool) -> User: ...

    def unlock(self, username: str) -> None: ...


def locked_until_of(error: BaseException) -> datetime | None:
    """When a refused sign-in's account is locked until (an ``AccountLockedError``), else None."""
    until = getattr(error, "locked_until", None)
    return until if isinstance(until, datetime) else None


def is_sign_in_refusal(error: BaseException) -> bool:
    """A refusal whose message is meant for the person at the screen (``SignInError`` and the
    permission refusals are ``PermissionError``s)."""
    return isinstance(error, PermissionError)
