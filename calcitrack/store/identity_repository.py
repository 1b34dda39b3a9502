"""The clinic's name and logo in the database: read them, write one save.

Storage (see records/clinic_identity.py): one row, absent until the first save (then the default
name and no logo apply, at version 0). Every save bumps the row's version by one, even a save that
changes nothing, so that its stamps say who saved last. The caller validates the name and logo
and owns the transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from calcitrack.domain.clinic.clinic_identity import ClinicIdentity
from calcitrack.store.records import ClinicIdentityRecord
from calcitrack.store.records.clinic_identity import IDENTITY_ROW_ID
from calcitrack.store.settings_repository import ConcurrentSaveError

__all__ = ["ConcurrentSaveError", "StaleIdentityError", "load", "write"]


class StaleIdentityError(ConcurrentSaveError):
    """The stored identity is not at the version the edit started from."""

    def __init__(self, based_on_version: int, stored_version: int) -> None:
        super().__init__(
            f"the clinic identity is at version {stored_version}, not {based_on_version}"
        )
        self.based_on_version = based_on_version
        self.stored_version = stored_version


def load(session: Session) -> ClinicIdentity:
    """The stored name and logo with their version; the default name at version 0 if none."""
    row = session.execute(
        select(
            ClinicIdentityRecord.name, ClinicIdentityRecord.logo, ClinicIdentityRecord.version
        ).where(ClinicIdentityRecord.id == IDENTITY_ROW_ID)
    ).one_or_none()
    if row is None:
        return ClinicIdentity()
    return ClinicIdentity(row.name, bytes(row.logo) if row.logo is not None else None, row.version)


def write(
    session: Session, name: str, logo: bytes | None, *, based_on_version: int
) -> ClinicIdentity:
    """Write ``name`` and ``logo`` (already validated) as the version after ``based_on_version``.

    Raises StaleIdentityError when the stored version is another one (someone saved since the
    edit began), and ConcurrentSaveError when another save got in during this one (the first
    save of a clinic racing another first save). On PostgreSQL the row stays locked until the
    transaction ends, so a second save waits for the first and then sees its version.
    """
    record = session.get(ClinicIdentityRecord, IDENTITY_ROW_ID, with_for_update=True)
    stored = record.version if record is not None else 0
    if stored != based_on_version:
        raise StaleIdentityError(based_on_version, stored)
    if record is None:
        record = ClinicIdentityRecord(id=IDENTITY_ROW_ID, name=name, logo=logo)
        session.add(record)
    else:
        record.name = name
        record.logo = logo
        flag_modified(record, "updated_at")  # a save is a new version even if nothing changed
    try:
        session.flush()
    except (IntegrityError, StaleDataError) as error:
        raise ConcurrentSaveError("another save of the clinic identity got in first") from error
    return ClinicIdentity(record.name, record.logo, record.version)
