"""The audit trail's entries, their hash chain and the check of the chain (pure Python).

Each entry says who (``actor_id``) did what (``action``) to which record (``table_name``,
``record_id``, and the patient it belongs to) when (``occurred_at``, UTC), with the changes as
canonical JSON: for an update ``{field: [old, new]}`` of the changed fields only, for a create the
new values, for a delete the old values, for an event (sign, login, export, …) its details.

The entries form a hash chain: ``hash = sha256(prev_hash + canonical serialisation of the entry's
fields)``, ``prev_hash`` being the previous entry's hash (``GENESIS_HASH`` for the first). Ids
count up by one from 1 with no gaps, so an edited entry, a deleted one or two swapped ones break
the chain where it happened. What a chain kept inside the database cannot show is the newest
entries removed all together, or the whole chain recomputed by someone who rewrote every entry:
compare the newest entry's hash with one noted earlier (``calcitrack audit verify`` prints it).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from typing import Any

from calcitrack.domain.codes import CodedEnum
from calcitrack.i18n.catalogue import N_


class AuditAction(CodedEnum):
    """What an entry records. Adding a code here needs a migration that rebuilds the CHECK on
    ``audit_log.action`` (``alembic check`` does not compare CHECK constraints)."""

    CREATE = "create", N_("Created")
    UPDATE = "update", N_("Changed")
    DELETE = "delete", N_("Deleted")
    SIGN = "sign", N_("Signed")
    AMEND = "amend", N_("Amended")
    LOGIN = "login", N_("Signed in")
    LOGIN_FAILED = "login_failed", N_("Failed sign-in")
    LOGOUT = "logout", N_("Signed out")
    LOCKOUT = "lockout", N_("Account locked")
    EXPORT = "export", N_("Exported")
    PDF = "pdf", N_("PDF generated")
    BACKUP = "backup", N_("Backup")
    BULK_INSERT = "bulk_insert", N_("Bulk insert (synthetic clinic)")
    ACCOUNT = "account", N_("Account changed")
    CONFIRM = "confirm", N_("Unusual value confirmed")
    RESTORE = "restore", N_("Restored from a backup")
    BACKUP_CHECK = "backup_check", N_("Backup verified")


CRUD_ACTIONS: tuple[str, ...] = (
    AuditAction.CREATE.value,
    AuditAction.UPDATE.value,
    AuditAction.DELETE.value,
)
"""Changes of records: these always have an actor (events such as a failed sign-in of an unknown
name may have none)."""

GENESIS_HASH = "0" * 64
"""The ``prev_hash`` of the first entry."""


# ------------------------------------------------------------------ canonical serialisation

_PLAIN = (str, int)  # bool is an int


def canonical_value(value: Any) -> Any:
    """``value`` as plain JSON data, the same on every machine and database.

    Dates are ISO text, timestamps ISO text in UTC with microseconds and a ``Z``, codes their
    value, decimals their text, bytes their length and SHA-256 (a logo is not copied into the
    trail), non-finite floats text.
    """
    if value is None or isinstance(value, _PLAIN):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, Enum):
        return canonical_value(value.value)
    if isinstance(value, datetime):
        return canonical_time(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    if isinstance(value, Mapping):
        return {str(k): canonical_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [canonical_value(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return str(value)


def canonical_json(value: Any) -> str:
    """Compact JSON with sorted keys (the text that is stored and hashed)."""
    return dumps_canonical(canonical_value(value))


def dumps_canonical(data: Any) -> str:
    """``canonical_json`` of data that is canonical already (``canonical_value``'s output)."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def canonical_time(moment: datetime) -> str:
    """A timestamp as hashed: UTC, microseconds, ``Z`` (what both databases give back)."""
    if moment.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class ChainFields:
    """The hashed fields of one entry, as stored."""

    id: int
    occurred_at: datetime
    actor_id: int | None
    action: str
    table_name: str | None
    record_id: str | None
    patient_id: int | None
    changes_json: str

    def serialised(self) -> str:
        return json.dumps(
            [
                self.id,
                canonical_time(self.occurred_at),
                self.actor_id,
                self.action,
                self.table_name,
                self.record_id,
                self.patient_id,
                self.changes_json,
            ],
            separators=(",", ":"),
            ensure_ascii=False,
        )


def entry_hash(prev_hash: str, fields: ChainFields) -> str:
    """SHA-256 (hex) of the previous entry's hash followed by this entry's serialised fields."""
    return hashlib.sha256((prev_hash + fields.serialised()).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ entries and the check


@dataclass(frozen=True)
class AuditEntry:
    """One entry as stored, with the acting user's name and the patient's MRN for people."""

    id: int
    occurred_at: datetime
    actor_id: int | None
    action: str
    """An ``AuditAction`` code (kept as text: a newer CalciTrack may know more codes)."""
    table_name: str | None
    record_id: str | None
    patient_id: int | None
    changes_json: str
    prev_hash: str
    hash: str
    actor_username: str | None = None
    patient_mrn: str | None = None

    @property
    def changes(self) -> Any:
        """The changes (or an event's details) as JSON data."""
        return json.loads(self.changes_json)

    @property
    def chain_fields(self) -> ChainFields:
        return ChainFields(
            self.id,
            self.occurred_at,
            self.actor_id,
            self.action,
            self.table_name,
            self.record_id,
            self.patient_id,
            self.changes_json,
        )

    def describe(self) -> str:
        """``when, table, record`` for messages (``-`` where an event has none)."""
        return (
            f"{canonical_time(self.occurred_at)}, {self.table_name or '-'}, {self.record_id or '-'}"
        )


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of checking the chain: every entry up to the first broken one is checked."""

    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str = ""
    first_broken: AuditEntry | None = None
    last_id: int | None = None
    last_hash: str | None = None
    """The newest entry's id and hash when the chain is intact (an anchor to note down)."""


def check_chain(entries: Iterable[AuditEntry]) -> VerifyResult:
    """Recompute every hash in id order (``entries`` must come in id order) and name the first
    broken entry: one whose content no longer matches its hash (edited, or moved to another
    id), or one that does not follow the entry before it (an entry deleted or reordered)."""
    checked = 0
    prev_id, prev_hash = 0, GENESIS_HASH
    for entry in entries:
        if entry.id != prev_id + 1:
            missing = (
                f"entry #{prev_id + 1} is missing"
                if entry.id > prev_id + 1
                else f"its id follows entry #{prev_id}"
            )
            return _broken(entry, checked, f"{missing} (entries deleted or renumbered)")
        if entry.prev_hash != prev_hash:
            before = f"entry #{prev_id}" if prev_id else "the start of the trail"
            return _broken(
                entry,
                checked,
                f"it does not follow {before}: its previous hash is not that entry's hash "
                "(an entry was deleted, replaced or reordered)",
            )
        if entry_hash(entry.prev_hash, entry.chain_fields) != entry.hash:
            return _broken(
                entry,
                checked,
                "its content does not match its hash (the entry was edited after it was written)",
            )
        checked += 1
        prev_id, prev_hash = entry.id, entry.hash
    return VerifyResult(
        True,
        checked,
        last_id=prev_id or None,
        last_hash=prev_hash if prev_id else None,
    )


def _broken(entry: AuditEntry, checked: int, reason: str) -> VerifyResult:
    return VerifyResult(False, checked, entry.id, reason, entry)
