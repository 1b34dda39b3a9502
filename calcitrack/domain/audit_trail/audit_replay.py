"""Replaying the audit trail's field-level changes against the rows (pure Python).

The trail records every change of an audited row: a create with the new values, an update with
``{field: [old, new]}`` of the changed fields, a delete with the old values
(store/audit_trail/audit.py). Read in id order, those say what every audited row should hold now.
``TrailReplay`` folds the entries into that expectation, table by table (the latest value of each
field, not the history), and
``compare_rows`` sets the rows as they are against it:

- a field whose value differs from the trail's latest value: **edited** behind the
  application's back;
- a row the trail never created: **inserted** behind its back;
- a row the trail says exists but that is gone: **deleted** behind its back;
- an update whose old value is not the trail's value: the field was **edited before** that
  update behind the application's back (even if the update has changed it again since).

Values are compared as the capture stored them (``canonical_value`` of the column's Python value,
floats as floats): the store canonicalises each row with the very function the capture uses.

Rows written by a door that is not field-audited are reported as information, not as tampering:

- a ``bulk_insert`` entry (the synthetic benchmark clinic, store/bulk.py) covers the ids it
  names, table by table; such a row has no create entry, and only its later changes can be
  checked;
- a row created before the trail began (a clinic upgraded to the audit trail keeps its older
  rows, with their stamps but no history) was created before the trail's first entry and has an
  id below every id the trail created in its table (ids only grow). A row inserted behind the
  application's back passes for an older one only with an unused id below those and a back-dated
  stamp; on a database that had the trail from its start no such id exists.

What the replay cannot know it does not claim: a field the trail never recorded for a row (a
column added by a later migration to a row created before it) is not compared.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

EDITED, INSERTED, DELETED = "edited", "inserted", "deleted"
EDITED_BEFORE = "edited before"
"""An update whose old value is not what the trail had: the field was changed behind the
application's back before that update (which may have changed it again since)."""

_VALUE_WIDTH = 60


@dataclass(frozen=True)
class ReplayEntry:
    """The part of an audit entry that the replay reads."""

    id: int
    occurred_at: datetime
    action: str
    table_name: str | None
    record_id: str | None
    changes_json: str


@dataclass
class _Row:
    values: dict[str, Any]
    created: bool
    """True when the trail holds its create (all its fields are known)."""
    last_entry: int
    last_at: datetime


@dataclass(frozen=True)
class Difference:
    """One row (and field) that does not hold what the trail says it should."""

    kind: str
    """``EDITED``, ``INSERTED`` or ``DELETED``."""
    table: str
    record_id: str
    field: str | None = None
    expected: Any = None
    found: Any = None
    entry_id: int | None = None
    """The trail's last entry about the row (none for a row it never saw)."""
    entry_at: datetime | None = None

    def describe(self) -> str:
        where = f"{self.table} #{self.record_id}"
        last = (
            f" (last written by entry #{self.entry_id} on {self.entry_at:%Y-%m-%d %H:%M} UTC)"
            if self.entry_id is not None and self.entry_at is not None
            else ""
        )
        if self.kind == EDITED_BEFORE:
            return (
                f"{where}, field {self.field}: edited behind the application's back before entry "
                f"#{self.entry_id}{_on(self.entry_at)}: the trail said {_shown(self.expected)}, "
                f"the application found {_shown(self.found)}"
            )
        if self.kind == EDITED:
            return (
                f"{where}, field {self.field}: edited behind the application's back: the trail "
                f"says {_shown(self.expected)}, the database holds {_shown(self.found)}{last}"
            )
        if self.kind == INSERTED:
            return f"{where}: inserted behind the application's back (the trail never created it)"
        return f"{where}: deleted behind the application's back (the trail says it exists){last}"


@dataclass
class ReplayReport:
    """What the replay found: the differences and what it could not check, per table."""

    entries: int = 0
    rows_checked: int = 0
    differences: list[Difference] = field(default_factory=list)
    bulk_rows: dict[str, int] = field(default_factory=dict)
    """Rows written by a bulk insert (no create entry: only their later changes are checked)."""
    older_rows: dict[str, int] = field(default_factory=dict)
    """Rows created before the trail's first entry (no history to replay)."""

    @property
    def ok(self) -> bool:
        return not self.differences

    def notes(self) -> list[str]:
        """The rows that could not be replayed, as information."""
        out = []
        for table, rows in sorted(self.bulk_rows.items()):
            out.append(
                f"{table}: {rows} rows written in bulk (synthetic clinic) are not replayable field "
                "by field; only their later changes were checked"
            )
        for table, rows in sorted(self.older_rows.items()):
            out.append(
                f"{table}: {rows} rows older than the trail's first entry have no history to "
                "replay; only their later changes were checked"
            )
        return out


class TrailReplay:
    """The trail's entries folded, in id order, into the latest values of every audited row."""

    def __init__(self, tables: Iterable[str]) -> None:
        self._rows: dict[str, dict[str, _Row]] = {t: {} for t in tables}
        self._bulk: dict[str, list[tuple[int, int]]] = {t: [] for t in self._rows}
        self._first_created: dict[str, int] = {}
        """Per table, the smallest numeric id the trail created: a row from before the trail
        has a smaller one (ids only grow)."""
        self.entries = 0
        self.started_at: datetime | None = None
        self.earlier: list[Difference] = []
        """Updates whose old value was not the trail's: changed behind its back before them."""

    def apply(self, entry: ReplayEntry) -> None:
        """Fold one entry in (entries must come in id order)."""
        self.entries += 1
        if self.started_at is None:
            self.started_at = entry.occurred_at
        if entry.action == "bulk_insert":
            self._apply_bulk(entry)
            return
        rows = self._rows.get(entry.table_name or "")
        if rows is None or entry.record_id is None:
            return
        changes = json.loads(entry.changes_json)
        if entry.action == "create":
            if entry.record_id.isdigit():
                number, table = int(entry.record_id), entry.table_name or ""
                self._first_created[table] = min(number, self._first_created.get(table, number))
            rows[entry.record_id] = _Row(dict(changes), True, entry.id, entry.occurred_at)
        elif entry.action == "update":
            row = rows.get(entry.record_id)
            if row is None:  # a row written in bulk or before the trail, changed since
                row = rows[entry.record_id] = _Row({}, False, entry.id, entry.occurred_at)
            for name, change in changes.items():
                if name in row.values and not same_value(row.values[name], change[0]):
                    self._earlier(entry, name, row.values[name], change[0])
                row.values[name] = change[1]
            row.last_entry, row.last_at = entry.id, entry.occurred_at
        elif entry.action == "delete":
            rows.pop(entry.record_id, None)

    def _earlier(self, entry: ReplayEntry, name: str, said: Any, found: Any) -> None:
        table, record = entry.table_name or "", entry.record_id or ""
        self.earlier.append(
            Difference(EDITED_BEFORE, table, record, name, said, found, entry.id, entry.occurred_at)
        )

    def _apply_bulk(self, entry: ReplayEntry) -> None:
        details = json.loads(entry.changes_json)
        written = details.get("tables", {}) if isinstance(details, dict) else {}
        for table, span in written.items():
            if table in self._bulk and isinstance(span, dict):
                first, last = span.get("first_id"), span.get("last_id")
                if isinstance(first, int) and isinstance(last, int):
                    self._bulk[table].append((first, last))

    def in_bulk(self, table: str, record_id: str) -> bool:
        if not record_id.isdigit():
            return False
        number = int(record_id)
        return any(first <= number <= last for first, last in self._bulk.get(table, ()))

    def before_trail(self, table: str, row: CurrentRow) -> bool:
        """Whether ``row`` (with no create entry) can be older than the trail: created before
        its first entry, and with an id below every id the trail created in its table."""
        if row.created_at is None or (
            self.started_at is not None and row.created_at >= self.started_at
        ):
            return False
        first = self._first_created.get(table)
        return first is None or not row.record_id.isdigit() or int(row.record_id) < first

    def expected(self, table: str) -> Mapping[str, _Row]:
        return self._rows[table]


@dataclass(frozen=True)
class CurrentRow:
    """A row as it is now: its id (as the trail writes it), canonical values and creation time."""

    record_id: str
    values: Mapping[str, Any]
    created_at: datetime | None


def compare_rows(
    replay: TrailReplay, table: str, rows: Iterable[CurrentRow], report: ReplayReport
) -> None:
    """Set ``table``'s current rows against the replay, adding to ``report``; every row the
    trail expects and that did not come is reported deleted."""
    expected = replay.expected(table)
    seen: set[str] = set()
    for row in rows:
        report.rows_checked += 1
        seen.add(row.record_id)
        state = expected.get(row.record_id)
        if state is None or not state.created:
            if replay.in_bulk(table, row.record_id):
                report.bulk_rows[table] = report.bulk_rows.get(table, 0) + 1
            elif replay.before_trail(table, row):
                report.older_rows[table] = report.older_rows.get(table, 0) + 1
            else:
                report.differences.append(Difference(INSERTED, table, row.record_id))
                continue
            if state is None:
                continue
        report.differences.extend(_edited(table, row, state))
    for record_id, state in expected.items():
        if record_id not in seen:
            report.differences.append(
                Difference(
                    DELETED, table, record_id, entry_id=state.last_entry, entry_at=state.last_at
                )
            )


def _edited(table: str, row: CurrentRow, state: _Row) -> Iterator[Difference]:
    for name, want in state.values.items():
        if name not in row.values:  # a column this version no longer has
            continue
        have = row.values[name]
        if not same_value(want, have):
            yield Difference(
                EDITED, table, row.record_id, name, want, have, state.last_entry, state.last_at
            )


def same_value(trail: Any, current: Any) -> bool:
    """Whether a value from the trail (JSON data) equals a current canonical value: equal, and
    a boolean only equals a boolean (``True == 1`` in Python)."""
    if isinstance(trail, bool) or isinstance(current, bool):
        return type(trail) is type(current) and trail == current
    if isinstance(trail, list | tuple) and isinstance(current, list | tuple):
        return len(trail) == len(current) and all(
            same_value(a, b) for a, b in zip(trail, current, strict=True)
        )
    return bool(trail == current)


def _on(moment: datetime | None) -> str:
    return f" on {moment:%Y-%m-%d %H:%M} UTC" if moment is not None else ""


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= _VALUE_WIDTH else text[: _VALUE_WIDTH - 1] + "…"
