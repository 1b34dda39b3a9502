"""A user's own language preference, on a real SQLite file and a real PostgreSQL server: she
reads and changes her own (an ``account`` audit entry says what changed, and nothing in the log
names her); another account's is refused, even to an administrator; a preference that is not one,
or a language whose translation is not finished, is refused naming the field."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator

import pytest

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.errors import DomainValidationError
from calcitrack.i18n import languages
from calcitrack.i18n.languages import Language
from calcitrack.services.accounts.own_settings_service import (
    NotYourAccountError,
    OwnSettingsService,
)
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from tests.support.accounts import signed_in


@pytest.fixture
def clinic(db_url: str) -> Iterator[Clinic]:
    """A clinic with its administrator (Chief Admin) signed in, and a nurse (Ana Lopes)."""
    opened = open_clinic(db_url)
    signed_in(opened, "chief", "Chief Admin", Role.ADMIN)
    ensure_user(opened.uow, "ana.lopes", "Ana Lopes", Role.NURSE)
    yield opened
    opened.close()


def _as(clinic: Clinic, username: str) -> ServiceContext:
    users = {a.user.username: a.user for a in UserAdminService(clinic.context()).accounts()}
    return ServiceContext(clinic.uow, users[username])


def _language_entries(clinic: Clinic) -> list[dict[str, object]]:
    return [
        e.changes for e in AuditService(clinic.context()).entries()
        if e.action == "account" and "language" in str(e.changes.get("change", ""))
    ]


def test_a_new_account_follows_the_system(clinic: Clinic) -> None:
    assert OwnSettingsService(_as(clinic, "ana.lopes")).language() == "system"


def test_she_changes_her_own_and_it_is_audited_without_her_name_in_the_log(
    clinic: Clinic, caplog: pytest.LogCaptureFixture
) -> None:
    ana = _as(clinic, "ana.lopes")
    with caplog.at_level(logging.INFO):
        assert OwnSettingsService(ana).set_language("ana.lopes", "en") == "en"
    assert OwnSettingsService(ana).language() == "en"
    assert OwnSettingsService(_as(clinic, "chief")).language() == "system"  # hers only
    assert _language_entries(clinic) == [
        {"username": "ana.lopes", "change": "language system → en"}
    ]
    assert [a.language for a in UserAdminService(clinic.context()).accounts()
            if a.user.username == "ana.lopes"] == ["en"]
    assert "changed" in caplog.text
    assert "ana" not in caplog.text.lower() and "Lopes" not in caplog.text
    OwnSettingsService(ana).set_language("ana.lopes", "en")  # no change: nothing recorded
    OwnSettingsService(ana).set_language("ana.lopes", "system")
    assert [e["change"] for e in _language_entries(clinic)] == [
        "language system → en", "language en → system"
    ]


def test_another_account_s_is_refused_even_to_an_administrator(clinic: Clinic) -> None:
    with pytest.raises(NotYourAccountError, match="Chief Admin may not change the settings of"):
        OwnSettingsService(_as(clinic, "chief")).set_language("ana.lopes", "en")
    with pytest.raises(NotYourAccountError):
        OwnSettingsService(_as(clinic, "ana.lopes")).set_language("chief", "en")
    assert OwnSettingsService(_as(clinic, "ana.lopes")).language() == "system"
    assert _language_entries(clinic) == []


def test_a_disabled_account_may_not_change_it(clinic: Clinic) -> None:
    ana = _as(clinic, "ana.lopes")
    UserAdminService(clinic.context()).set_active("ana.lopes", False)
    with pytest.raises(NotYourAccountError, match="account disabled"):
        OwnSettingsService(ana).set_language("ana.lopes", "en")
    assert _language_entries(clinic) == []


def test_an_unknown_language_is_refused_naming_the_field(clinic: Clinic) -> None:
    ana = OwnSettingsService(_as(clinic, "ana.lopes"))
    with pytest.raises(DomainValidationError) as refused:
        ana.set_language("ana.lopes", "klingon")
    assert refused.value.field == "language"
    assert str(refused.value) == (
        "language: must be one of system, en, pt_PT, ar, got 'klingon'"
    )
    assert ana.language() == "system"


@pytest.mark.parametrize("language", [Language.PORTUGUESE, Language.ARABIC])
def test_a_language_not_offered_yet_is_refused(
    clinic: Clinic, language: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether or not the translators have finished it by now: a language not ready is refused,
    a ready one is stored."""
    ana = OwnSettingsService(_as(clinic, "ana.lopes"))
    details = languages._DETAILS[language]
    monkeypatch.setitem(languages._DETAILS, language, dataclasses.replace(details, ready=False))
    with pytest.raises(DomainValidationError) as refused:
        ana.set_language("ana.lopes", language.code)
    assert str(refused.value) == (
        f"language: {language.native_name} is not offered yet: its translation is not finished"
    )
    assert ana.language() == "system"
    monkeypatch.setitem(languages._DETAILS, language, dataclasses.replace(details, ready=True))
    assert ana.set_language("ana.lopes", language.code) == language.code
    assert ana.language() == language.code
