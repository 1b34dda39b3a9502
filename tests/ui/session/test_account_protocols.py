"""The protocols the account screens are written against keep the services' shapes: a renamed
method or parameter in a service breaks here, not on a clinic workstation."""

from __future__ import annotations

import inspect

import pytest

from calcitrack.bootstrap import open_clinic
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.account_service import AccountService
from calcitrack.services.accounts.own_settings_service import OwnSettingsService
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.ui.session.account_protocols import AccountRow, Accounts, OwnSettings, UserAdmin
from tests.support.accounts import open_signed_in


def _members(protocol: type) -> list[str]:
    return [
        name for name, value in vars(protocol).items()
        if not name.startswith("_") and (callable(value) or isinstance(value, property))
    ]


def _parameters(function: object) -> list[tuple[str, object]]:
    return [
        (p.name, p.kind) for p in inspect.signature(function).parameters.values()  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(("protocol", "service"), [
    (Accounts, AccountService),
    (UserAdmin, UserAdminService),
    (OwnSettings, OwnSettingsService),
])
def test_each_method_of_the_protocol_is_the_services(protocol: type, service: type) -> None:
    for name in _members(protocol):
        assert hasattr(service, name), f"{service.__name__} has no {name}()"
        assert _parameters(getattr(protocol, name)) == _parameters(getattr(service, name)), name


def test_an_account_of_the_service_has_what_a_row_shows(sqlite_url: str) -> None:
    clinic = open_signed_in(sqlite_url, roles=(Role.ADMIN,))
    try:
        [account] = UserAdminService(clinic.context()).accounts()
    finally:
        clinic.close()
    for name in _members(AccountRow):
        assert hasattr(account, name), name
    assert account.user.username == "dr.test"
    assert account.has_password is True
    assert account.failed_logins == 0
    assert account.locked_until is None


def test_the_clinic_gives_an_account_service(sqlite_url: str) -> None:
    clinic = open_clinic(sqlite_url)
    try:
        service: Accounts = clinic.accounts()
        assert service.needs_first_admin() is True
    finally:
        clinic.close()
