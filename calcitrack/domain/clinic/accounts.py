"""Account rules: usernames, passwords, the lockout after failed sign-ins, the idle lock, the
account's language.

The numbers are clinic settings (domain/clinic_settings.py, section "accounts") with visible
defaults; this module turns them into decisions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from calcitrack.domain.clinic_settings import (
    ACCOUNTS_IDLE_LOCK_MINUTES,
    ACCOUNTS_LOCKOUT_FAILURES,
    ACCOUNTS_LOCKOUT_MINUTES,
    ACCOUNTS_MIN_PASSWORD_LENGTH,
    ClinicSettings,
)
from calcitrack.domain.codes import Role
from calcitrack.domain.errors import Problem
from calcitrack.i18n.catalogue import N_, _
from calcitrack.i18n.formats import number
from calcitrack.i18n.languages import PREFERENCES, SYSTEM, Language, offered

USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{1,59}")
USERNAME_RULE = N_("2–60 characters: lower-case letters, digits, dot, dash or underscore")
"""English: translated with ``_`` where shown (``username_rule()``)."""


def username_rule() -> str:
    """``USERNAME_RULE`` in the current language (a username field's hint)."""
    return _(USERNAME_RULE)

LANGUAGE_PREFERENCES: tuple[str, ...] = PREFERENCES
"""What an account's language may be: ``system`` (the operating system's languages, the default)
or a language's code (``en``, ``pt_PT``, ``ar``)."""
DEFAULT_LANGUAGE = SYSTEM


@dataclass(frozen=True)
class AccountPolicy:
    min_password_length: int = 12
    lockout_failures: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 10

    @classmethod
    def from_settings(cls, settings: ClinicSettings) -> AccountPolicy:
        return cls(
            int(settings[ACCOUNTS_MIN_PASSWORD_LENGTH]),
            int(settings[ACCOUNTS_LOCKOUT_FAILURES]),
            int(settings[ACCOUNTS_LOCKOUT_MINUTES]),
            int(settings[ACCOUNTS_IDLE_LOCK_MINUTES]),
        )

    def after_failure(self, failures: int, now: datetime) -> tuple[int, datetime | None]:
        """Failed sign-ins in a row after one more, and until when the account is then locked
        (None: not locked). The count starts again after a lockout."""
        failures += 1
        if failures >= self.lockout_failures:
            return 0, now + timedelta(minutes=self.lockout_minutes)
        return failures, None


def check_username(username: str, field: str = "username") -> list[Problem]:
    if not USERNAME_PATTERN.fullmatch(username):
        return [Problem(field, _("must be {rule}, got {username}").format(
            rule=_(USERNAME_RULE), username=repr(username)))]
    return []


def check_display_name(name: str, field: str = "display name") -> list[Problem]:
    if not name.strip():
        return [Problem(field, _("is required (the name shown on records and signatures)"))]
    if len(name.strip()) > 120:
        return [Problem(field, _("must be at most {limit} characters, got {count}").format(
            limit=number(120, 0), count=number(len(name.strip()), 0)))]
    return []


def check_roles(roles: Iterable[Role], field: str = "roles") -> list[Problem]:
    if not set(roles):
        return [Problem(field, _("give the account at least one role"))]
    return []


def check_password(
    password: str, username: str, policy: AccountPolicy, field: str = "password"
) -> list[Problem]:
    problems = []
    if len(password) < policy.min_password_length:
        problems.append(Problem(
            field,
            _("must have at least {limit} characters, got {count}").format(
                limit=number(policy.min_password_length, 0), count=number(len(password), 0)
            ),
        ))
    if password.strip() != password:
        problems.append(Problem(field, _("must not start or end with a space")))
    if username and username.casefold() in password.casefold():
        problems.append(Problem(field, _("must not contain the username")))
    return problems


def check_new_account(
    username: str,
    display_name: str,
    roles: Iterable[Role],
    password: str,
    policy: AccountPolicy,
) -> list[Problem]:
    return (
        check_username(username)
        + check_display_name(display_name)
        + check_roles(roles)
        + check_password(password, username, policy)
    )


def check_language(preference: str, field: str = "language") -> list[Problem]:
    """An account's language preference: one of :data:`LANGUAGE_PREFERENCES`, and a language
    offered to users (its catalogues complete: ``calcitrack.i18n.languages.offered``)."""
    if preference not in LANGUAGE_PREFERENCES:
        return [Problem(field, _("must be one of {choices}, got {value}").format(
            choices=", ".join(LANGUAGE_PREFERENCES), value=repr(preference)
        ))]
    if preference != SYSTEM and Language(preference) not in offered():
        # TRANSLATORS: {language} is the language's own name ("Português (Portugal)")
        return [Problem(field, _("{language} is not offered yet: its translation is not finished")
                        .format(language=Language(preference).native_name))]
    return []
