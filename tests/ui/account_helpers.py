"""Clinics with accounts for the tests of the account screens: the real services on a real
SQLite file, accounts created through the services as an admin would."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.services.accounts.account_service import (
    AccountLockedError,
    AccountService,
    SignInError,
)
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.services.demo.demo_accounts import create_demo_accounts
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService

ADMIN_PASSWORD = "amber lantern quietly"
NURSE_PASSWORD = "seven blue herons"
NEW_PASSWORD = "granite orchard morning"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def add_account(
    clinic: Clinic,
    username: str,
    display_name: str,
    roles: Iterable[Role],
    password: str = NURSE_PASSWORD,
) -> User:
    """An account created by the clinic's signed-in admin."""
    return UserAdminService(clinic.context()).create(username, display_name, roles, password)


def lock_out(accounts: AccountService, username: str) -> None:
    """Wrong passwords until the account is locked (the policy's number of failures)."""
    refused: SignInError | None = None
    for _ in range(accounts.policy().lockout_failures):
        try:
            accounts.sign_in(username, "not the password at all")
        except SignInError as error:
            refused = error
    assert isinstance(refused, AccountLockedError), refused


def account_of(clinic: Clinic, username: str) -> Any:
    """The stored account (sign-in state included), as the admin's service reads it."""
    return next(
        a for a in UserAdminService(clinic.context()).accounts() if a.user.username == username
    )


class CountingAccounts:
    """The real account service, counting the calls that reach it (to show that a problem the
    dialog can see for itself is not sent)."""

    def __init__(self, real: AccountService) -> None:
        self.real = real
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.real, name)
        if not callable(attribute) or name == "policy":
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return attribute(*args, **kwargs)

        return call


def open_demo_clinic(
    path: Path, today: date, *, signed_in: Role | None = None
) -> Clinic:
    """The demo clinic (its patients and its three accounts) in a new SQLite file at ``path``,
    as of ``today``, with the demo account of role ``signed_in`` signed in (None: nobody, as
    before the sign-in dialog). Close it when done."""
    clinic = open_clinic(f"sqlite:///{path}")
    clinic.today = lambda: today
    accounts = create_demo_accounts(clinic.uow)
    clinic.user = accounts[Role.PHYSICIAN]
    ChartService(clinic.context()).add_charts(demo_charts())
    clinic.user = None if signed_in is None else accounts[signed_in]
    return clinic
