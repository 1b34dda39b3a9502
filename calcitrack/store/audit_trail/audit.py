"""Recording the audit trail in the same transaction as the change (the chain:
domain/audit_trail/audit.py).

- ``UnitOfWork.begin`` calls ``start(session)``: the session gets a list of pending entries and
  its hooks.
- Every row of a Stamped record that a flush inserts, updates or deletes becomes a pending entry
  (mapper events): a create with the new values, an update with the changed fields only, old →
  new, a delete with the old values. The stamp columns are left out (``occurred_at`` and the actor
  say the same), except ``version``. Old values come from the attribute history, or where it does
  not know them (``flag_modified`` on a column, a column assigned before it was loaded) from the
  values as loaded, which audited sessions keep (instance load/refresh events).
- ``record_event`` adds an event (sign, login, pdf, export, …) to the same list.
- At commit (``before_commit``: flush, then ``audit_chain.append``) the pending entries are
  numbered on from the newest stored entry, chained and inserted in the committing transaction
  (several writes of one record in one transaction make one entry). The newest entry is
  read under the chain lock: on PostgreSQL ``pg_advisory_xact_lock`` (two workstations committing
  at once queue there instead of chaining onto the same entry; held only from there to the
  commit, so a long import does not hold up other workstations while it works), on SQLite a no-op
  write that takes the database's single write lock. The ids are assigned, not generated, so even
  a writer that skipped the lock could not fork the chain: its insert would hit the primary key.
- A rolled-back transaction or savepoint takes its pending entries with it.
- After the commit, the chain's new head goes to the hook set with ``on_chain_written`` (the unit
  of work's anchor log, store/audit_trail/anchor_log.py); a failing hook is logged, never raised:
  the save is done.
- Bulk DML on an audited table through the session (``session.execute(insert/update/delete)``)
  would bypass all of this: it is refused (raw SQL text is not looked at), except inside
  ``bulk_writes`` (store/bulk.py, the synthetic benchmark clinic), whose caller records one
  ``bulk_insert`` entry instead.

Not audited, by decision: ``patient_flags`` (derived from audited data and rebuilt from it; no
stamps), ``users`` (accounts record their own events: login, lockout, …), the snapshot column of
``visit_deletions`` (the deleted rows' own delete entries hold the same values; the reason and
date are recorded), and writes made outside a UnitOfWork session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Float, event, select
from sqlalchemy.orm import InstanceState, Mapper, ORMExecuteState, Session, SessionTransaction
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.orm.base import NO_VALUE
from sqlalchemy.orm.util import identity_key

from calcitrack.domain.audit_trail.audit import (
    CRUD_ACTIONS,
    AuditAction,
    canonical_value,
)
from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.store.audit_trail.audit_chain import NewEntry, append, coalesce
from calcitrack.store.audit_trail.audit_repository import chain_head
from calcitrack.store.base import Base, Stamped, mapped_table
from calcitrack.store.records import VisitRecord

STAMP_COLUMNS = frozenset({"created_at", "updated_at", "created_by_id", "updated_by_id"})
LEFT_OUT: Mapping[str, frozenset[str]] = {
    "visit_deletions": frozenset({"snapshot_json"}),
    # a photograph's bytes would make megabyte entries: its audited sha256 binds them
    "lesion_photographs": frozenset({"image", "thumbnail"}),
    # the patient list's keys, derived from the audited MRN and name (mapping.patient_list_keys)
    # and its figures, kept by triggers from the audited visits and lesions
    # (store/records/patient_list_figures.py)
    "patients": frozenset(
        {"search_key", "name_key", "mrn_key"}
        | {"last_visit_on", "next_due_on", "visit_count", "active_lesions"}
    ),
}

_PENDING = "calcitrack.audit"
_LOADED = "calcitrack.audit.loaded"
_HEAD = "calcitrack.audit.head"
_ON_WRITTEN = "calcitrack.audit.on_chain_written"
_SESSION_ACTOR: Any = object()

log = logging.getLogger(__name__)

ChainWritten = Callable[[ChainAnchor, datetime], None]
"""Called after a commit that wrote to the trail: the chain's new head and the commit's time."""


class AuditBypassError(RuntimeError):
    """A write that would change clinical data without an audit entry."""


@dataclass
class _Pending:
    entries: list[tuple[SessionTransaction | None, NewEntry]] = field(default_factory=list)
    visit_patients: dict[int, int | None] = field(default_factory=dict)
    bulk: int = 0

    def add(self, session: Session, entry: NewEntry) -> None:
        self.entries.append((session.get_nested_transaction(), entry))


# ------------------------------------------------------------------ sessions


def start(session: Session) -> None:
    """Audit every change this (unit of work's) session makes, in its own transaction."""
    session.info[_PENDING] = _Pending()
    event.listen(session, "before_commit", _before_commit)
    event.listen(session, "after_soft_rollback", _after_soft_rollback)
    event.listen(session, "do_orm_execute", _refuse_bulk_dml)
    event.listen(session, "after_commit", _after_commit)


def on_chain_written(session: Session, hook: ChainWritten) -> None:
    """Call ``hook`` with the chain's head after ``session`` commits entries to the trail."""
    session.info[_ON_WRITTEN] = hook


def record_event(
    session: Session,
    action: AuditAction | str,
    *,
    table_name: str | None = None,
    record_id: int | str | None = None,
    patient_id: int | None = None,
    details: Mapping[str, Any] | None = None,
    actor_id: int | None = _SESSION_ACTOR,
) -> None:
    """Record an event (not a change of a record) in ``session``'s transaction.

    The actor is the session's user unless ``actor_id`` is given (None for a failed sign-in of
    an unknown name). Changes made before the call are flushed first, so their entries come
    before the event's.
    """
    pending = _pending(session)
    if pending is None:
        raise RuntimeError("audit events are recorded in a unit of work (UnitOfWork.begin)")
    code = AuditAction(action).value
    if code in CRUD_ACTIONS:
        raise ValueError(f"{code!r} entries are written by the flush, not recorded as events")
    session.flush()
    actor = session.info.get("actor_id") if actor_id is _SESSION_ACTOR else actor_id
    pending.add(
        session,
        NewEntry(
            actor,
            code,
            table_name,
            None if record_id is None else str(record_id),
            patient_id,
            canonical_value(dict(details or {})),
        ),
    )


@contextmanager
def bulk_writes(session: Session) -> Iterator[None]:
    """Allow Core inserts into audited tables (store/bulk.py); the caller records what it wrote
    with one ``bulk_insert`` event."""
    pending = _pending(session)
    if pending is None:
        raise RuntimeError("bulk writes happen in a unit of work (UnitOfWork.begin)")
    pending.bulk += 1
    try:
        yield
    finally:
        pending.bulk -= 1


def _pending(session: Session | None) -> _Pending | None:
    return session.info.get(_PENDING) if session is not None else None


def _before_commit(session: Session) -> None:
    pending = _pending(session)
    if pending is None:
        return
    session.flush()
    if pending.entries:
        entries = coalesce([e for _, e in pending.entries])
        connection = session.connection()
        append(connection, entries, session.info["now"])
        pending.entries.clear()
        if _ON_WRITTEN in session.info:
            session.info[_HEAD] = chain_head(connection)


def _after_commit(session: Session) -> None:
    head = session.info.pop(_HEAD, None)
    hook = session.info.get(_ON_WRITTEN)
    if head is None or hook is None:
        return
    try:
        hook(head, session.info["now"])
    except Exception:  # the commit is done: a note outside the database must not undo the save
        log.warning("The audit chain's head %s could not be noted", head.short(), exc_info=True)


def _after_soft_rollback(session: Session, previous: SessionTransaction) -> None:
    pending = _pending(session)
    if pending is None:
        return
    savepoint: SessionTransaction | None = previous
    while savepoint is not None and not savepoint.nested:
        savepoint = savepoint.parent
    if savepoint is None:  # the transaction itself: nothing it did stays
        pending.entries.clear()
        session.info.pop(_HEAD, None)
        return
    pending.entries = [
        (tag, entry) for tag, entry in pending.entries if not _within(tag, savepoint)
    ]


def _within(tag: SessionTransaction | None, savepoint: SessionTransaction) -> bool:
    while tag is not None:
        if tag is savepoint:
            return True
        tag = tag.parent
    return False


def _refuse_bulk_dml(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    name = getattr(getattr(state.statement, "table", None), "name", None)
    pending = _pending(state.session)
    if name in audited_tables() and pending is not None and not pending.bulk:
        raise AuditBypassError(
            f"a bulk INSERT/UPDATE/DELETE of {name} would change clinical data without audit "
            "entries: change the records through the ORM (session.add / session.delete)"
        )


# ------------------------------------------------------------------ what a flush changed


@dataclass(frozen=True)
class _Shape:
    """How one record class is audited."""

    table: str
    pk: tuple[str, ...]
    columns: tuple[tuple[str, bool], ...]
    """(attribute, is a float column) of every audited column but the primary key."""
    version: str
    patient: str
    """Where the patient id is: ``self`` (patients), ``patient_id``, ``visit_id`` or ``""``."""


@cache
def _shape(mapper: Mapper[Any]) -> _Shape:
    table = mapped_table(mapper).name
    pk = tuple(mapper.get_property_by_column(c).key for c in mapper.primary_key)
    left_out = STAMP_COLUMNS | LEFT_OUT.get(table, frozenset()) | set(pk)
    columns = tuple(
        (prop.key, isinstance(prop.columns[0].type, Float))
        for prop in mapper.column_attrs
        if prop.key not in left_out
    )
    keys = {key for key, _ in columns}
    patient = (
        "self"
        if table == "patients"
        else "patient_id"
        if "patient_id" in keys
        else "visit_id"
        if "visit_id" in keys
        else ""
    )
    assert mapper.version_id_col is not None  # every Stamped record is versioned (store/base.py)
    version = mapper.get_property_by_column(mapper.version_id_col).key
    return _Shape(table, pk, columns, version, patient)


@cache
def audited_tables() -> frozenset[str]:
    """The tables whose rows are audited: every Stamped record's."""
    return frozenset(
        mapped_table(m).name
        for m in Base.registry.mappers
        if issubclass(m.class_, Stamped)
    )


def _value(value: Any, is_float: bool) -> Any:
    kind = type(value)
    if value is None or kind is str or kind is bool:  # most columns: no conversion
        return value
    if kind is int:
        return float(value) if is_float else value
    return canonical_value(value)


def _new_entry(
    session: Session,
    connection: Connection,
    action: str,
    shape: _Shape,
    values: Mapping[str, Any],
    changes: Mapping[str, Any],
) -> NewEntry:
    record_id = "/".join(str(values[k]) for k in shape.pk)
    if shape.table == "visits":  # its measurements come next: no look-up for their patient
        session.info[_PENDING].visit_patients[values["id"]] = values.get("patient_id")
    return NewEntry(
        session.info.get("actor_id"),
        action,
        shape.table,
        record_id,
        _patient_id(session, connection, shape, values),
        changes,
    )


def _patient_id(
    session: Session, connection: Connection, shape: _Shape, values: Mapping[str, Any]
) -> int | None:
    if shape.patient == "self":
        return values.get(shape.pk[0])
    if shape.patient == "patient_id":
        return values.get("patient_id")
    if shape.patient != "visit_id" or values.get("visit_id") is None:
        return None
    visit_id = values["visit_id"]
    cache: dict[int, int | None] = session.info[_PENDING].visit_patients
    if visit_id not in cache:
        visit = session.identity_map.get(identity_key(VisitRecord, visit_id))
        cache[visit_id] = (
            visit.patient_id
            if visit is not None
            else connection.scalar(select(VisitRecord.patient_id).where(VisitRecord.id == visit_id))
        )
    return cache[visit_id]


def _audited(target: Any) -> tuple[InstanceState[Any], Session, _Pending] | None:
    state = instance_state(target)
    session = state.session
    pending = _pending(session)
    if session is None or pending is None:
        return None
    return state, session, pending


def _remember(state: InstanceState[Any]) -> None:
    state.info[_LOADED] = dict(state.dict)


@event.listens_for(Stamped, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    found = _audited(target)
    if found is None:
        return
    state, session, pending = found
    shape = _shape(mapper)
    values = state.dict
    changes = {key: _value(values.get(key), f) for key, f in shape.columns}
    pending.add(session, _new_entry(session, connection, "create", shape, values, changes))
    _remember(state)


@event.listens_for(Stamped, "after_update", propagate=True)
def _after_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    found = _audited(target)
    if found is None:
        return
    state, session, pending = found
    shape = _shape(mapper)
    values, loaded, committed = state.dict, state.info.get(_LOADED, {}), state.committed_state
    changes: dict[str, Any] = {}
    for key, is_float in shape.columns:
        if key == shape.version or key not in committed:
            continue
        old = committed[key]
        if old is NO_VALUE:  # flag_modified, or assigned before it was loaded
            old = loaded.get(key)
        new = values.get(key)
        if old != new:
            changes[key] = [_value(old, is_float), _value(new, is_float)]
    new_version = values.get(shape.version)
    old_version = loaded.get(shape.version, (new_version or 1) - 1)
    if new_version != old_version:
        changes[shape.version] = [old_version, new_version]
    if changes:
        pending.add(session, _new_entry(session, connection, "update", shape, values, changes))
    _remember(state)


@event.listens_for(Stamped, "after_delete", propagate=True)
def _after_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    found = _audited(target)
    if found is None:
        return
    state, session, pending = found
    shape = _shape(mapper)
    values = state.info.pop(_LOADED, None) or state.dict
    changes = {key: _value(values.get(key), f) for key, f in shape.columns}
    pending.add(session, _new_entry(session, connection, "delete", shape, values, changes))


@event.listens_for(Stamped, "load", propagate=True)
def _on_load(target: Any, context: Any) -> None:
    if _pending(context.session) is not None:
        _remember(instance_state(target))


@event.listens_for(Stamped, "refresh", propagate=True)
def _on_refresh(target: Any, context: Any, attrs: Any) -> None:
    if _pending(context.session) is None:
        return
    state = instance_state(target)
    if attrs is None:
        _remember(state)
        return
    loaded = state.info.setdefault(_LOADED, {})
    for key in attrs:
        if key in state.dict:
            loaded[key] = state.dict[key]


# ------------------------------------------------------------------ for the replay (audit_replay)


def audited_columns(
    mapper: Mapper[Any],
) -> tuple[str, tuple[str, ...], tuple[tuple[str, bool], ...]]:
    """How ``mapper``'s rows are audited: (table, primary-key attributes, (attribute, is a float
    column) of every audited column), exactly as the capture above reads them."""
    shape = _shape(mapper)
    return shape.table, shape.pk, shape.columns


def audited_value(value: Any, is_float: bool) -> Any:
    """A column's value as the capture stores it in the trail."""
    return _value(value, is_float)
