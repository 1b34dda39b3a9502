"""Replaying the audit trail against the audited rows (the comparison:
domain/audit_trail/audit_replay.py).

The trail's create/update/delete entries (and ``bulk_insert`` entries, which cover the ids they
name) are read in id order in batches and folded into the latest values of every audited row;
then every audited table is read in batches and each row, canonicalised by the capture's own
function (store/audit_trail/audit.py ``audited_value``), is set against them. Memory holds the
latest values of the rows the trail knows, not the history.

Works on a Session or a Connection, inside whatever transaction the caller has;
``replay_snapshot`` first makes the session's reads one snapshot (REPEATABLE READ on PostgreSQL,
one read transaction on SQLite), so that a workstation committing meanwhile does not show as a
row without its entries.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Mapper, Session

from calcitrack.domain.audit_trail.audit_replay import (
    EDITED,
    CurrentRow,
    Difference,
    ReplayEntry,
    ReplayReport,
    TrailReplay,
    compare_rows,
)
from calcitrack.store.audit_trail.audit import audited_columns, audited_tables, audited_value
from calcitrack.store.base import Base, mapped_table
from calcitrack.store.records import AuditEntryRecord, LesionPhotographRecord

AUDIT_LOG = AuditEntryRecord.__table__
BATCH = 2000
REPLAYED_ACTIONS = ("create", "update", "delete", "bulk_insert")


def replay(session: Session | Connection) -> ReplayReport:
    """Fold the whole trail and compare every audited table with it."""
    mappers = _audited_mappers()
    state = TrailReplay(mappers)
    first = session.execute(
        select(AUDIT_LOG.c.occurred_at).order_by(AUDIT_LOG.c.id).limit(1)
    ).scalar()
    state.started_at = first
    for entry in _entries(session):
        state.apply(entry)
    report = ReplayReport(entries=state.entries, differences=list(state.earlier))
    for table, mapper in sorted(mappers.items()):
        compare_rows(state, table, _rows(session, mapper), report)
    report.differences.extend(photograph_bytes_differences(session))
    return report


def photograph_bytes_differences(session: Session | Connection) -> Iterator[Difference]:
    """Each photograph whose image is not the one its (audited) SHA-256 names: its bytes are
    left out of the trail, the hash binds them (read a batch at a time)."""
    table = mapped_table(LesionPhotographRecord.__mapper__)
    rows = session.execute(
        select(table.c.id, table.c.sha256, table.c.image).order_by(table.c.id),
        execution_options={"yield_per": 50},
    )
    for row in rows:
        found = hashlib.sha256(bytes(row.image)).hexdigest()
        if found != row.sha256:
            yield Difference(
                EDITED, table.name, str(row.id), "image",
                expected=f"SHA-256 {row.sha256[:16]}…", found=f"SHA-256 {found[:16]}…",
            )  # fmt: skip


def replay_snapshot(session: Session) -> ReplayReport:
    """``replay`` in one snapshot of the database (``session`` must not have read yet)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    else:  # pysqlite opens no transaction for reads: one BEGIN makes them one snapshot (WAL)
        session.connection().exec_driver_sql("BEGIN")
    return replay(session)


def _audited_mappers() -> dict[str, Mapper[Any]]:
    names = audited_tables()
    return {
        mapped_table(m).name: m for m in Base.registry.mappers if mapped_table(m).name in names
    }


def _entries(session: Session | Connection) -> Iterator[ReplayEntry]:
    log = AUDIT_LOG.c
    query = (
        select(log.id, log.occurred_at, log.action, log.table_name, log.record_id, log.changes_json)
        .where(log.action.in_(REPLAYED_ACTIONS))
        .order_by(log.id)
        .execution_options(yield_per=BATCH)
    )
    result = session.execute(query)
    try:
        for row in result:
            yield ReplayEntry(
                row.id, row.occurred_at, row.action, row.table_name, row.record_id,
                row.changes_json,
            )  # fmt: skip
    finally:
        result.close()


def _rows(session: Session | Connection, mapper: Mapper[Any]) -> Iterator[CurrentRow]:
    _table, pk, columns = audited_columns(mapper)
    column = {prop.key: prop.columns[0] for prop in mapper.column_attrs}
    keys = [*pk, *(key for key, _ in columns), "created_at"]
    query = (
        select(*(column[key].label(key) for key in keys))
        .order_by(*(column[key] for key in pk))
        .execution_options(yield_per=BATCH)
    )
    result = session.execute(query)
    try:
        for row in result:
            values = row._mapping
            yield CurrentRow(
                "/".join(str(values[key]) for key in pk),
                {key: audited_value(values[key], is_float) for key, is_float in columns},
                values["created_at"],
            )
    finally:
        result.close()
