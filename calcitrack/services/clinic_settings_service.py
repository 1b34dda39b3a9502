"""Clinic settings: the thresholds every workstation of the clinic applies (read, save, reset),
and the clinic's name and logo that head every PDF visit summary (read, save).

A save is refused whole: first every value is checked (all problems at once, each naming its
setting), then the stored version must still be the one the editor started from, and only then
are the values written, in one transaction that bumps the settings version by one. The name and
logo are saved the same way, with a version of their own (a new name does not make every
patient's stored flags out of date, as new thresholds do).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from calcitrack.domain.clinic.clinic_identity import ClinicIdentity, check_identity, tidy_name
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.clinic_settings import DEFINITIONS, ClinicSettings, check_settings
from calcitrack.domain.clinic_text_settings import (
    TEXT_DEFINITIONS,
    check_text_settings,
    tidy,
)
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.i18n.catalogue import N_, _
from calcitrack.i18n.formats import number
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError
from calcitrack.store import identity_repository, settings_repository
from calcitrack.store.locations import backups_dir


class ClinicSettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def current(self) -> ClinicSettings:
        """The settings in force: stored values over the defaults, with their version."""
        with self._ctx.uow.read() as session:
            return settings_repository.load(session)

    def save(
        self, values: Mapping[str, float | None], *, based_on_version: int,
        texts: Mapping[str, str] | None = None,
    ) -> ClinicSettings:
        """Save ``values`` (settings not given keep their current value; None unsets an
        optional setting) and ``texts`` (the text settings, likewise; "" for a default, spaces
        around a value dropped) as the next version, in one transaction.

        Raises DomainValidationError listing every bad value (nothing is written), and
        ConflictError when someone saved the settings since version ``based_on_version``.
        """
        self._ctx.require(Permission.EDIT_CLINIC_SETTINGS)
        texts = texts or {}
        problems: list[Problem] = check_settings(values) + check_text_settings(texts)
        if problems:
            raise DomainValidationError(problems)
        # admins only (checked above); the stamped rows are audited in this same transaction
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            stored = settings_repository.locked_version(session)
            if stored != based_on_version:
                raise ConflictError(_conflict(based_on_version, stored))
            current = settings_repository.load(session)
            merged = {d.key: _number(values.get(d.key, current.optional(d.key)))
                      for d in DEFINITIONS}
            if problems := check_settings(merged):  # the rules between values, on the result
                raise DomainValidationError(problems)
            merged_texts = {d.key: tidy(texts.get(d.key, current.text(d.key)))
                            for d in TEXT_DEFINITIONS}
            try:
                return settings_repository.write(session, merged, merged_texts)
            except settings_repository.ConcurrentSaveError as error:
                raise ConflictError(_conflict(based_on_version, None)) from error

    def default_backup_folder(self) -> Path:
        """Where this workstation's automatic backups go while the clinic sets no folder."""
        return backups_dir()

    def reset_to_defaults(self, *, based_on_version: int) -> ClinicSettings:
        """Save every setting at its default (a new version, like any save)."""
        self._ctx.require(Permission.EDIT_CLINIC_SETTINGS)
        return self.save({d.key: d.default for d in DEFINITIONS}, based_on_version=based_on_version,
                         texts={d.key: d.default for d in TEXT_DEFINITIONS})

    def identity(self) -> ClinicIdentity:
        """The clinic's name and logo with their version (the default name, no logo and version
        0 until the first save)."""
        with self._ctx.uow.read() as session:
            return identity_repository.load(session)

    def save_identity(
        self, name: str, logo: bytes | None, *, based_on_version: int
    ) -> ClinicIdentity:
        """Save the clinic's name (without surrounding spaces) and logo (PNG or JPEG bytes, or
        None for no logo) as the next version.

        Raises DomainValidationError listing every problem by field (``clinic.name``,
        ``clinic.logo``; nothing is written), and ConflictError when someone saved the name and
        logo since version ``based_on_version``.
        """
        self._ctx.require(Permission.EDIT_CLINIC_SETTINGS)
        if problems := check_identity(name, logo):
            raise DomainValidationError(problems)
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            try:
                return identity_repository.write(
                    session, tidy_name(name), logo, based_on_version=based_on_version
                )
            except identity_repository.StaleIdentityError as error:
                raise ConflictError(
                    _conflict(based_on_version, error.stored_version, what=_IDENTITY)
                ) from error
            except identity_repository.ConcurrentSaveError as error:
                raise ConflictError(_conflict(based_on_version, None, what=_IDENTITY)) from error


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)


_SETTINGS = N_(
    "the clinic settings were saved by someone else since you opened them{versions}; nothing "
    "was saved: reopen the settings and make the change again"
)
_IDENTITY = N_(
    "the clinic name and logo were saved by someone else since you opened them{versions}; your "
    "name and logo were not saved: reopen the settings and make the change again"
)


def _conflict(based_on: int, stored: int | None, *, what: str = _SETTINGS) -> str:
    """The refusal of a save that another one overtook (``what``: _SETTINGS or _IDENTITY)."""
    versions = ""
    if stored is not None:
        # TRANSLATORS: the settings' version the editor started from, and the one stored now
        versions = _(" (version {before} → {after})").format(
            before=number(based_on, 0, grouping=False), after=number(stored, 0, grouping=False)
        )
    return _(what).format(versions=versions)
