"""The audit chain in the database: number new entries on from the newest, hash and insert them
under the chain lock (the capture of changes: store/audit_trail/audit.py; the hashes:
domain/audit_trail/audit.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, false, func, insert, select, update

from calcitrack.domain.audit_trail.audit import (
    GENESIS_HASH,
    ChainFields,
    dumps_canonical,
    entry_hash,
)
from calcitrack.store.records import AuditEntryRecord

AUDIT_LOG = AuditEntryRecord.__table__

CHAIN_LOCK_KEY = int.from_bytes(
    hashlib.sha256(b"calcitrack audit_log chain").digest()[:8], "big", signed=True
)
"""The PostgreSQL advisory lock that serialises appends to the chain."""


@dataclass(frozen=True)
class NewEntry:
    """An entry waiting to be chained: everything but its id, time and hashes."""

    actor_id: int | None
    action: str
    table_name: str | None
    record_id: str | None
    patient_id: int | None
    changes: Mapping[str, Any]
    """Canonical JSON data (``canonical_value``): stored as canonical JSON text."""


def coalesce(entries: Sequence[NewEntry]) -> list[NewEntry]:
    """One entry per record and transaction where a record was written by several flushes: later
    updates fold into the record's create (its values as committed) or its first update (old
    values from the first, new from the last; fields back where they started drop out, and an
    update left with no change at all goes)."""
    out: list[NewEntry] = []
    latest: dict[tuple[str | None, str | None], int] = {}
    for entry in entries:
        key = (entry.table_name, entry.record_id)
        if entry.action == "update" and key in latest:
            first = out[latest[key]]
            if first.action == "create":
                merged = {**first.changes, **{k: new for k, (_, new) in entry.changes.items()}}
            else:
                merged = dict(first.changes)
                for field_name, (old, new) in entry.changes.items():
                    if field_name in merged:
                        old = merged[field_name][0]
                    if old == new:
                        merged.pop(field_name, None)
                    else:
                        merged[field_name] = [old, new]
            out[latest[key]] = replace(first, changes=merged)
            continue
        if entry.action in ("create", "update"):
            latest[key] = len(out)
        elif entry.action == "delete":
            latest.pop(key, None)
        out.append(entry)
    return [e for e in out if e.action != "update" or e.changes]


def lock_chain(connection: Connection) -> None:
    """Take the chain lock for the rest of ``connection``'s transaction."""
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(CHAIN_LOCK_KEY)))
    else:  # SQLite: a write statement (matching no row) takes the single write lock now
        connection.execute(update(AUDIT_LOG).where(false()).values(id=AUDIT_LOG.c.id))


def append(connection: Connection, entries: Sequence[NewEntry], occurred_at: datetime) -> list[int]:
    """Chain ``entries`` onto the newest stored entry and insert them, in ``connection``'s
    transaction (the chain lock is taken first); returns their ids."""
    lock_chain(connection)
    newest = connection.execute(
        select(AUDIT_LOG.c.id, AUDIT_LOG.c.hash).order_by(AUDIT_LOG.c.id.desc()).limit(1)
    ).first()
    last_id, last_hash = (newest.id, newest.hash) if newest else (0, GENESIS_HASH)
    rows: list[dict[str, Any]] = []  # the audit_log columns, by name
    for entry in entries:
        last_id += 1
        fields = ChainFields(
            last_id,
            occurred_at,
            entry.actor_id,
            entry.action,
            entry.table_name,
            entry.record_id,
            entry.patient_id,
            dumps_canonical(entry.changes),
        )
        digest = entry_hash(last_hash, fields)
        rows.append(
            {
                "id": last_id,
                "occurred_at": occurred_at,
                "actor_id": entry.actor_id,
                "action": entry.action,
                "table_name": entry.table_name,
                "record_id": entry.record_id,
                "patient_id": entry.patient_id,
                "changes_json": fields.changes_json,
                "prev_hash": last_hash,
                "hash": digest,
            }
        )
        last_hash = digest
    if rows:
        connection.execute(insert(AUDIT_LOG), rows)
    return [row["id"] for row in rows]
