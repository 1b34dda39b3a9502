"""Clinic settings in the database: read them, lock their revision, write one save.

Storage (see records/clinic_setting.py): every key declared by this version is written on each
save; rows of keys this version does not declare (a newer CalciTrack's) are never touched and are
ignored on read. The settings version is the revision row's ``version`` (0 before the first save),
bumped by one by every save; its ``assessed_version`` moves to the new version only when the save
changes a value in force that the assessment reads (``ASSESSED_KEYS``: a threshold, a dose limit
set, changed or unset), so that the stored flags stay current through any other save. The caller
validates the values and owns the transaction.

An optional setting (no default: a dose limit no label states) that is not set has **no row**: a
save of None deletes its row, and a key with no row reads as unset. No schema change: the value
column stays NOT NULL. (A later CalciTrack that gives such a setting a default must therefore
migrate: it cannot tell "never set" from "cleared" by the absence of a row.)
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from calcitrack.domain.clinic_settings import ASSESSED_KEYS, DEFINITION_BY_KEY, ClinicSettings
from calcitrack.domain.clinic_text_settings import TEXT_DEFINITION_BY_KEY
from calcitrack.store.records import (
    ClinicSettingRecord,
    ClinicSettingsRevisionRecord,
    ClinicTextSettingRecord,
)
from calcitrack.store.records.clinic_setting import REVISION_ROW_ID


class ConcurrentSaveError(RuntimeError):
    """Another save of the settings reached the database during this one."""


def load(session: Session) -> ClinicSettings:
    """The settings in force: the stored values over the defaults, with their version and
    assessed version."""
    revision = session.execute(
        select(
            ClinicSettingsRevisionRecord.version, ClinicSettingsRevisionRecord.assessed_version
        ).where(ClinicSettingsRevisionRecord.id == REVISION_ROW_ID)
    ).first()
    version, assessed = (0, 0) if revision is None else (revision[0], revision[1])
    rows = session.execute(select(ClinicSettingRecord.key, ClinicSettingRecord.value))
    stored = {key: value for key, value in rows}  # dict(rows) would take a Result for a mapping
    texts = session.execute(select(ClinicTextSettingRecord.key, ClinicTextSettingRecord.value))
    return ClinicSettings.from_stored(stored, version, {k: v for k, v in texts}, assessed)


def locked_version(session: Session) -> int:
    """The stored settings version; on PostgreSQL the revision row stays locked until the
    transaction ends, so a second save waits for the first and then sees its version."""
    revision = session.get(ClinicSettingsRevisionRecord, REVISION_ROW_ID, with_for_update=True)
    return revision.version if revision is not None else 0


def write(
    session: Session, values: Mapping[str, float | None],
    texts: Mapping[str, str] | None = None,
) -> ClinicSettings:
    """Write ``values`` (declared keys only, already validated; None unsets an optional
    setting: its row is deleted) and ``texts`` (text settings, "" for a default, written as a
    row like any value) and bump the version by one, all in the caller's transaction; the
    assessed version becomes the new version only if an assessed value in force changed.

    Raises ConcurrentSaveError when another save got in first (the first save of a clinic racing
    another first save, or a version that moved under this one).
    """
    texts = texts or {}
    unknown = sorted((set(values) - set(DEFINITION_BY_KEY)) | (set(texts) - set(
        TEXT_DEFINITION_BY_KEY)))
    if unknown:
        raise ValueError(f"not clinic settings: {', '.join(unknown)}")
    records = {
        r.key: r
        for r in session.scalars(
            select(ClinicSettingRecord).where(ClinicSettingRecord.key.in_(list(values)))
        )
    }
    assessed_changed = False
    for key, value in values.items():
        record = records.get(key)
        if key in ASSESSED_KEYS:
            # In force before: the stored value, else the default (None: an optional one unset).
            before = record.value if record is not None else DEFINITION_BY_KEY[key].default
            assessed_changed |= before != (None if value is None else float(value))
        if value is None:
            if record is not None:
                session.delete(record)
        elif record is None:
            session.add(ClinicSettingRecord(key=key, value=float(value)))
        elif record.value != float(value):
            record.value = float(value)
    _write_texts(session, texts)
    revision = session.get(ClinicSettingsRevisionRecord, REVISION_ROW_ID)
    if revision is None:  # the first save: version 1
        session.add(ClinicSettingsRevisionRecord(
            id=REVISION_ROW_ID, assessed_version=1 if assessed_changed else 0
        ))
    else:
        flag_modified(revision, "updated_at")  # a save changes the revision row: version + 1
        if assessed_changed:
            revision.assessed_version = revision.version + 1
    try:
        session.flush()
    except (IntegrityError, StaleDataError) as error:
        raise ConcurrentSaveError("another save of the clinic settings got in first") from error
    return load(session)


def _write_texts(session: Session, texts: Mapping[str, str]) -> None:
    records = {
        r.key: r
        for r in session.scalars(
            select(ClinicTextSettingRecord).where(ClinicTextSettingRecord.key.in_(list(texts)))
        )
    }
    for key, value in texts.items():
        record = records.get(key)
        if record is None:
            session.add(ClinicTextSettingRecord(key=key, value=value))
        elif record.value != value:
            record.value = value
