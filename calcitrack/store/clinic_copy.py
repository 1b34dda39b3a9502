"""Moving a whole clinic from one database to another (SQLite ⇄ PostgreSQL), verified.

``copy_clinic(source, target)`` copies every table of the schema metadata (so a table added later
is copied without touching this module), parents before children, keeping primary keys, versions
and stamps as they are. What it guarantees:

- the source is at this CalciTrack's schema head and holds no table the schema does not know
  (otherwise refused: nothing would be silently left behind);
- the target is brought to the same head by the usual bootstrap (``prepare_database``) and must
  hold no clinic data: a copy never merges two clinics;
- the source is read in one snapshot (a read transaction; REPEATABLE READ on PostgreSQL) and the
  target is written in one transaction: all of the clinic or nothing;
- PostgreSQL sequences are moved past the copied ids, so the next row gets a new id;
- before the commit, ``verify_copy`` reads every table back from the target and compares its row
  count and a checksum of its rows with the source's; any difference rolls the copy back.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Table,
    func,
    inspect,
    select,
    table,
    text,
)
from sqlalchemy.engine import Row
from sqlalchemy.exc import DataError, IntegrityError

from calcitrack.store.audit_trail import audit_repository
from calcitrack.store.engine import describe, is_sqlite
from calcitrack.store.migrations import SCHEMA_HEAD, current_revision, prepare_database
from calcitrack.store.records import is_search_index_table
from calcitrack.store.schema import metadata

log = logging.getLogger(__name__)

BATCH_ROWS = 1000
"""Rows read and inserted per round trip."""

Progress = Callable[[int, int], None]
"""Called as rows are copied: (rows copied so far, rows to copy)."""


class ClinicCopyError(RuntimeError):
    """The copy was refused or failed; the target holds none of the source's data."""


@dataclass(frozen=True)
class TableDigest:
    """A table's row count and a checksum of its rows (independent of their order)."""

    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class TableCopy:
    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def matches(self) -> bool:
        return (self.source_rows, self.source_checksum) == (self.target_rows, self.target_checksum)


@dataclass(frozen=True)
class CopyVerification:
    """``verify_copy``'s findings: every table compared, and what did not match."""

    tables: tuple[TableCopy, ...]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CopyReport:
    """A finished, committed and verified copy."""

    source: str
    target: str
    tables: tuple[TableCopy, ...]
    sequences_reset: tuple[str, ...]
    """The PostgreSQL sequences moved past the copied ids (none for a SQLite target)."""

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)


def clinic_tables() -> list[Table]:
    """Every table of the schema, parents before children (foreign-key order)."""
    return list(metadata.sorted_tables)


def copy_clinic(
    source: Engine,
    target: Engine,
    *,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the whole clinic at ``source`` into the empty database at ``target``.

    Raises ClinicCopyError when refused (source behind the schema head or holding unknown tables,
    target holding data, the same database twice) or when the target refuses a row or the copy
    does not verify; in every case nothing is written to the target but, for a target that had
    no schema yet, the empty schema. SchemaError comes from preparing a target that is not a
    CalciTrack database or is newer than this CalciTrack.
    """
    where_from, where_to = _where(source), _where(target)
    if where_from == where_to:
        raise ClinicCopyError(f"the source and the target are the same database ({where_from})")
    tables = clinic_tables()
    _check_source(source, where_from, tables)
    _refuse_data(target, where_to, tables)  # before preparing: a non-empty target is not touched
    prepare_database(target)
    with _snapshot(source) as src, _write_transaction(target) as dst:
        counts = {t.name: _count(src, t.name) for t in tables}
        _refuse_data_in(dst, where_to, tables)  # again, inside the transaction that writes
        total, done = sum(counts.values()), 0
        if progress:
            progress(0, total)
        digests = {}
        for tbl in tables:
            digest = _Digest()
            for rows in _read_batches(src, tbl, batch_rows):
                _insert(dst, tbl, rows)
                digest.add_rows(tbl, rows)
                done += len(rows)
                if progress:
                    progress(done, total)
            digests[tbl.name] = digest.result(tbl.name)
        sequences = reset_sequences(dst, tables)
        verification = verify_copy(dst, digests)
        if not verification.ok:
            raise ClinicCopyError(
                "the copy did not verify, so nothing was written to the target: "
                + "; ".join(verification.problems)
            )
        dst.commit()
    log.info("copied the clinic from %s to %s: %d rows", where_from, where_to, total)
    return CopyReport(where_from, where_to, verification.tables, sequences)


def verify_copy(target: Connection, expected: Mapping[str, TableDigest]) -> CopyVerification:
    """Compare every table at ``target`` with the source's digests (``expected``).

    Runs inside the copy's transaction, before the commit: any problem rolls the copy back.
    The audit trail's hash chain is checked too: a copy whose chain does not verify is refused.
    """
    compared, problems = [], []
    for name, want in expected.items():
        got = table_digest(target, metadata.tables[name])
        compared.append(TableCopy(name, want.rows, got.rows, want.checksum, got.checksum))
        if got.rows != want.rows:
            problems.append(f"{name}: {want.rows} rows in the source, {got.rows} in the target")
        elif got.checksum != want.checksum:
            problems.append(f"{name}: the rows differ between the source and the target")
    chain = audit_repository.verify_chain(target)
    if not chain.ok:
        problems.append(f"audit trail: entry #{chain.first_broken_id}: {chain.reason}")
    return CopyVerification(tuple(compared), tuple(problems))


def table_digest(conn: Connection, tbl: Table) -> TableDigest:
    """``tbl``'s row count and checksum as read through the schema's column types."""
    digest = _Digest()
    for rows in _read_batches(conn, tbl, BATCH_ROWS):
        digest.add_rows(tbl, rows)
    return digest.result(tbl.name)


def table_digests(conn: Connection) -> dict[str, TableDigest]:
    """Every table's digest (to compare two databases after the fact)."""
    return {t.name: table_digest(conn, t) for t in clinic_tables()}


def reset_sequences(conn: Connection, tables: Iterable[Table]) -> tuple[str, ...]:
    """On PostgreSQL, set every serial or identity column's sequence so that its next value is
    one past the column's largest value (rows copied with their ids do not move a sequence).
    SQLite needs nothing: a new rowid is always past the largest."""
    if conn.dialect.name != "postgresql":
        return ()
    reset = []
    quote = conn.dialect.identifier_preparer
    for tbl in tables:
        for column in tbl.columns:
            if not isinstance(column.type, Integer):
                continue
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": quote.format_table(tbl), "column": column.name},
            ).scalar_one()
            if sequence is None:
                continue
            conn.execute(
                text(
                    f"SELECT setval(CAST(:sequence AS regclass), "
                    f"COALESCE(MAX({quote.quote(column.name)}), 0) + 1, false) "
                    f"FROM {quote.format_table(tbl)}"
                ),
                {"sequence": sequence},
            )
            reset.append(sequence)
    return tuple(reset)


# --- refusals ---------------------------------------------------------------------------------


def _where(engine: Engine) -> str:
    return describe(engine.url.render_as_string(hide_password=True))


def _check_source(source: Engine, where: str, tables: list[Table]) -> None:
    with source.connect() as conn:
        revision = current_revision(conn)
        present = set(inspect(conn).get_table_names())
    if revision is None:
        raise ClinicCopyError(
            f"the source {where} is not a CalciTrack database (it has no schema revision)"
        )
    if revision != SCHEMA_HEAD:
        raise ClinicCopyError(
            f"the source {where} is at schema revision {revision}, this CalciTrack copies "
            f"revision {SCHEMA_HEAD}: run 'calcitrack db upgrade' on the source first "
            "(or use the CalciTrack that matches it)"
        )
    # The SQLite search index is derived from patients: the target's own follows the copy.
    known = {t.name for t in tables} | {"alembic_version"}
    unknown = sorted(n for n in present - known if not is_search_index_table(n))
    if unknown:
        raise ClinicCopyError(
            f"the source {where} holds tables this CalciTrack does not know "
            f"({', '.join(unknown)}): they would be left behind, so nothing was copied"
        )


def _refuse_data(target: Engine, where: str, tables: list[Table]) -> None:
    with target.connect() as conn:
        _refuse_data_in(conn, where, tables)


def _refuse_data_in(conn: Connection, where: str, tables: list[Table]) -> None:
    present = set(inspect(conn).get_table_names())
    holding = [
        f"{t.name}: {n} row{'s' if n != 1 else ''}"
        for t in tables
        if t.name in present and (n := _count(conn, t.name))
    ]
    if holding:
        shown = ", ".join(holding[:3]) + (f" and {len(holding) - 3} more" if holding[3:] else "")
        raise ClinicCopyError(
            f"the target {where} already holds clinic data ({shown}): a copy goes into a new, "
            "empty database only and never merges two clinics; nothing was copied"
        )


def _count(conn: Connection, name: str) -> int:
    return int(conn.execute(select(func.count()).select_from(table(name))).scalar_one())


# --- reading and writing ----------------------------------------------------------------------


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that sees the source as of one moment, across all its tables."""
    if is_sqlite(engine):
        with engine.connect() as conn:
            # pysqlite begins transactions only before writes: begin one for the reads
            conn.exec_driver_sql("BEGIN")
            yield conn
            conn.rollback()
        return
    with engine.connect().execution_options(
        isolation_level="REPEATABLE READ", postgresql_readonly=True
    ) as conn:
        yield conn
        conn.rollback()


@contextmanager
def _write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction on the target, holding SQLite's write lock from the start. The caller
    commits; leaving without a commit (any error) rolls everything back."""
    with engine.connect() as conn:
        if is_sqlite(engine):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        if conn.in_transaction():
            conn.rollback()


def _read_batches(conn: Connection, tbl: Table, batch_rows: int) -> Iterator[list[Row[Any]]]:
    query = select(tbl).order_by(*tbl.primary_key.columns)
    # a server-side cursor on PostgreSQL: closed even when the copy stops half-way
    with conn.execute(query.execution_options(yield_per=batch_rows)) as result:
        for partition in result.partitions():
            yield list(partition)


def _insert(conn: Connection, tbl: Table, rows: list[Row[Any]]) -> None:
    try:
        conn.execute(tbl.insert(), [dict(row._mapping) for row in rows])
    except (IntegrityError, DataError) as exc:
        first = rows[0]._mapping
        keys = ", ".join(f"{c.name}={first[c.name]!r}" for c in tbl.primary_key.columns)
        raise ClinicCopyError(
            f"the target refused a row of {tbl.name} (in the batch from {keys}): "
            f"{str(exc.orig).strip()}; nothing was copied"
        ) from exc


# --- checksums --------------------------------------------------------------------------------

_MODULUS = 1 << 256


class _Digest:
    """Row count and the sum of the rows' SHA-256 (mod 2²⁵⁶): the same for the same rows in any
    order, so a source and a target that sort text keys differently still agree."""

    def __init__(self) -> None:
        self.rows = 0
        self.total = 0

    def add_rows(self, tbl: Table, rows: Iterable[Row[Any]]) -> None:
        columns = list(tbl.columns)
        for row in rows:
            values = [row._mapping[column] for column in columns]
            encoded = json.dumps(
                values, default=_canonical, ensure_ascii=False, separators=(",", ":")
            )
            digest = hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).digest()
            self.total = (self.total + int.from_bytes(digest, "big")) % _MODULUS
            self.rows += 1

    def result(self, name: str) -> TableDigest:
        return TableDigest(name, self.rows, f"{self.total:064x}")


def _canonical(value: Any) -> Any:
    """JSON for the values json does not know, tagged by kind; a timestamp as UTC (PostgreSQL
    hands it back in the session's time zone), floats stay exact (json writes their repr)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return ["datetime", value.astimezone(timezone.utc).isoformat()]
        return ["naive-datetime", value.isoformat()]
    if isinstance(value, date):
        return ["date", value.isoformat()]
    if isinstance(value, time):
        return ["time", value.isoformat()]
    if isinstance(value, timedelta):
        return ["timedelta", value.total_seconds()]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return ["bytes", bytes(value).hex()]
    if isinstance(value, Decimal):
        return ["decimal", str(value)]
    if isinstance(value, UUID):
        return ["uuid", str(value)]
    raise TypeError(f"no canonical form for {type(value).__name__}")
