"""Bulk writing of many charts (the synthetic clinic for benchmarks).

The ORM unit of work, and even SQLAlchemy Core's per-row parameter processing, are too slow for
hundreds of thousands of rows. Here ids are assigned up front, each row is built once as a tuple
in the column order of a plain ``INSERT``, and every table is filled in chunks, inside the
caller's one transaction: on SQLite with the driver's own ``executemany``
(``Connection.exec_driver_sql``), on PostgreSQL with psycopg's ``COPY … FROM STDIN`` (which checks
constraints and fires triggers as an INSERT does).
No pragma is changed and nothing is dropped or rebuilt: indexes and constraints are kept up as the
rows go in, and the commit is as durable as any other.

The rows hold what Core's inserts wrote before (tests/services/demo/test_synthetic_clinic_digest.py
pins it). Patients, lesions, visits and medication periods are the dictionaries of
``store/mapping`` (``patient_values`` …): a column the mapping adds is written here with no change,
a column it leaves out gets its Python default or NULL, and a value of a column whose type
converts it for the dialect (dates and timestamps on SQLite) passes through that type's bind
processor. Lesion measurements, range of motion and lab results, most of the rows, are built as
tuples directly by ``measurement_row``, ``rom_row`` and ``lab_row`` (their columns are checked
against the tables'; a test checks them against the mapping). Boolean and float columns pass the
Python value to the driver (their processors only coerce what the driver stores the same way).
The stamps (who and when, version 1) are processed once.

Core inserts bypass the per-row audit (store/audit_trail/audit.py): the rows are made-up benchmark
patients, and one audit entry per row would double the rows written. Instead the write is recorded
as one
``bulk_insert`` entry in the chain (who, when, how many patients, and per table the rows and the
range of ids written).

On PostgreSQL the ids chosen here were not drawn from the tables' sequences: after the rows, each
sequence is moved past the largest id (else the next patient saved failed on ``pk_patients``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Boolean, Connection, Float, func, select, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.entities import LabResult, LesionMeasurement, PatientChart, RomMeasurement
from calcitrack.domain.laboratory import labs
from calcitrack.store import mapping
from calcitrack.store.audit_trail import audit
from calcitrack.store.base import Base
from calcitrack.store.records import (
    ImagingStudyRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionRecord,
    MedicationPeriodRecord,
    PatientRecord,
    ProcedureRecord,
    RomMeasurementRecord,
    VisitRecord,
)

if TYPE_CHECKING:
    import psycopg

_TABLES = (
    PatientRecord,
    LesionRecord,
    VisitRecord,
    LesionMeasurementRecord,
    RomMeasurementRecord,
    LabResultRecord,
    MedicationPeriodRecord,
    ImagingStudyRecord,
    ProcedureRecord,
)
_STAMPS = ("created_at", "updated_at", "version", "created_by_id", "updated_by_id")
_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
"""The positional parameter mark of each DBAPI paramstyle of the house's drivers (sqlite3: qmark;
psycopg: pyformat, which takes ``%s`` with a tuple)."""

Row = tuple[Any, ...]
Processor = Callable[[Any], Any]

MEASUREMENT_COLUMNS = (
    "visit_id",
    "lesion_id",
    "longest_mm",
    "width_mm",
    "depth_mm",
    "method",
    "ulcerated",
    "extrusion",
    "infected",
    "tender",
    "inflamed",
)
ROM_COLUMNS = ("visit_id", "joint", "movement", "side", "degrees")
LAB_COLUMNS = (
    "patient_id",
    "visit_id",
    "analyte",
    "loinc",
    "collected_on",
    "value",
    "unit",
    "normalised_value",
    "normalised_unit",
    "ref_low",
    "ref_high",
)
_DIRECT: dict[type[Base], tuple[str, ...]] = {
    LesionMeasurementRecord: MEASUREMENT_COLUMNS,
    RomMeasurementRecord: ROM_COLUMNS,
    LabResultRecord: LAB_COLUMNS,
}
"""The tables whose rows are built as tuples here, in these columns' order (the rest come from
``store/mapping``'s dictionaries, in the table's column order)."""


def measurement_row(m: LesionMeasurement, visit_id: int, lesion_id: int) -> Row:
    """``mapping.measurement_values`` with the visit's id, as a tuple of MEASUREMENT_COLUMNS."""
    return (
        visit_id,
        lesion_id,
        m.longest_mm,
        m.width_mm,
        m.depth_mm,
        m.method.value,
        m.ulcerated,
        m.extrusion,
        m.infected,
        m.tender,
        m.inflamed,
    )


def rom_row(r: RomMeasurement, visit_id: int) -> Row:
    """``mapping.rom_values`` with the visit's id, as a tuple of ROM_COLUMNS."""
    return (visit_id, r.joint, r.movement, r.side.value, r.degrees)


def lab_row(lab: LabResult, patient_id: int, visit_id: int | None, loinc: str) -> Row:
    """``mapping.lab_values`` with the patient's and visit's ids, as a tuple of LAB_COLUMNS
    (``loinc``: the analyte's, looked up once per analyte by the caller)."""
    return (
        patient_id,
        visit_id,
        lab.analyte,
        loinc,
        lab.collected_on,
        lab.value,
        lab.unit,
        lab.normalised_value,
        lab.normalised_unit,
        lab.ref_low,
        lab.ref_high,
    )


@dataclass(frozen=True)
class _Layout:
    """How one table's rows are written: the INSERT, and how values become its row."""

    sql: str
    copy: str
    """The same as a ``COPY … FROM STDIN`` (PostgreSQL)."""
    columns: tuple[str, ...]
    """The value columns in the INSERT's order (after ``id``, before the stamps)."""
    defaults: dict[str, object]
    """What a column the values leave out gets: its scalar Python default, else NULL."""
    required: frozenset[str]
    """Columns the values must give (no default and NOT NULL, or a server default)."""
    pick: Callable[[Mapping[str, object]], Row]
    processors: tuple[tuple[int, Processor], ...]
    """(index in ``columns``, bind processor) of the columns whose type converts a value for the
    dialect (dates on SQLite); boolean and float columns are left to the driver."""
    stamps: Row
    """The stamps' values, processed for the dialect."""


def _layout(record: type[Base], dialect: Dialect, actor_id: int, now: datetime) -> _Layout:
    table = record.__table__
    mark = _MARKS.get(str(dialect.paramstyle))
    if mark is None:
        raise RuntimeError(f"bulk writes do not know the paramstyle {dialect.paramstyle!r}")
    own = tuple(
        c.name
        for c in table.columns
        if c.name != "id" and c.name not in _STAMPS and c.computed is None  # the database's own
    )
    columns = _DIRECT.get(record, own)
    if sorted(columns) != sorted(own):
        raise RuntimeError(f"the bulk rows of {table.name} do not match its columns {own}")
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in ("id", *columns, *_STAMPS))
    marks = ", ".join([mark] * (1 + len(columns) + len(_STAMPS)))
    defaults: dict[str, object] = {}
    required = set()
    processors: list[tuple[int, Processor]] = []
    for i, name in enumerate(columns):
        column = table.c[name]
        default = column.default
        scalar = default is not None and default.is_scalar
        defaults[name] = getattr(default, "arg", None) if scalar else None
        if not scalar and (not column.nullable or column.server_default is not None):
            required.add(name)
        process = _processor(column.type, dialect)
        if process is not None and not isinstance(column.type, (Boolean, Float)):
            processors.append((i, process))
    stamp_values: dict[str, object] = {
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "created_by_id": actor_id,
        "updated_by_id": actor_id,
    }
    stamps = []
    for name in _STAMPS:
        process = _processor(table.c[name].type, dialect)
        value = stamp_values[name]
        stamps.append(process(value) if process is not None else value)
    return _Layout(
        sql=f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})",
        copy=f"COPY {quote(table.name)} ({names}) FROM STDIN",
        columns=columns,
        defaults=defaults,
        required=frozenset(required),
        pick=itemgetter(*columns),
        processors=tuple(processors),
        stamps=tuple(stamps),
    )


def _processor(type_: Any, dialect: Dialect) -> Processor | None:
    process: Processor | None = type_.dialect_impl(dialect).bind_processor(dialect)
    return process


class _Rows:
    def __init__(self, session: Session, actor_id: int, now: datetime) -> None:
        dialect = session.get_bind().dialect
        self.layouts: dict[type[Base], _Layout] = {
            t: _layout(t, dialect, actor_id, now) for t in _TABLES
        }
        self.rows: dict[type[Base], list[Row]] = {t: [] for t in _TABLES}
        self.next_id: dict[type[Base], int] = {
            t: (session.scalar(select(func.max(t.id))) or 0) + 1 for t in _TABLES
        }
        self.first_id = dict(self.next_id)

    def written(self) -> dict[str, dict[str, int]]:
        """Per table: the rows added and the range of their ids (tables with none left out)."""
        return {
            t.__tablename__: {
                "rows": self.next_id[t] - self.first_id[t],
                "first_id": self.first_id[t],
                "last_id": self.next_id[t] - 1,
            }
            for t in _TABLES
            if self.next_id[t] > self.first_id[t]
        }

    def add(self, table: type[Base], values: Mapping[str, object]) -> int:
        """Queue a row of ``values`` (column → value, as ``store/mapping`` gives them) under the
        next id; returns the id."""
        layout = self.layouts[table]
        if self.next_id[table] == self.first_id[table]:
            _check(table, layout, values)
        return self.add_row(table, layout.pick({**layout.defaults, **values}))

    def add_row(self, table: type[Base], row: Row) -> int:
        """Queue ``row`` (the layout's columns in order) under the next id; returns the id."""
        layout = self.layouts[table]
        row_id = self.next_id[table]
        self.next_id[table] = row_id + 1
        if layout.processors:
            converted = list(row)
            for i, process in layout.processors:
                converted[i] = process(converted[i])
            row = tuple(converted)
        self.rows[table].append((row_id, *row, *layout.stamps))
        return row_id


def _check(table: type[Base], layout: _Layout, values: Mapping[str, object]) -> None:
    """The first row of a table: every key is a column and every required column is there (what
    Core's insert refused, refused before any row is written)."""
    unknown = set(values) - set(layout.columns)
    missing = layout.required - set(values)
    if unknown or missing:
        raise ValueError(
            f"bulk rows of {table.__tablename__} do not fit its columns: "
            f"unknown {sorted(unknown)}, missing {sorted(missing)}"
        )


def write_charts(
    session: Session,
    charts: Iterable[PatientChart],
    *,
    actor_id: int,
    now: datetime,
    chunk: int = 500,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert new charts (already valid) without the ORM; returns how many patients were written."""
    count = 0
    rows = _Rows(session, actor_id, now)
    connection = session.connection()
    loinc: dict[str, str] = {}
    with audit.bulk_writes(session):
        for chart in charts:
            _add_chart(rows, chart, loinc)
            count += 1
            if count % chunk == 0:
                _flush(connection, rows)
                if progress:
                    progress(chunk)
        _flush(connection, rows)
    _advance_sequences(session)
    audit.record_event(
        session, AuditAction.BULK_INSERT, details={"patients": count, "tables": rows.written()}
    )
    if progress and count % chunk:
        progress(count % chunk)
    return count


def _add_chart(rows: _Rows, chart: PatientChart, loinc: dict[str, str]) -> None:
    add, add_row = rows.add, rows.add_row
    patient_id = add(PatientRecord, mapping.patient_values(chart.patient))
    lesion_ids = {
        le.label: add(LesionRecord, {"patient_id": patient_id, **mapping.lesion_values(le)})
        for le in chart.lesions
    }
    visit_ids = {}
    for v in chart.visits:
        visit_id = add(VisitRecord, {"patient_id": patient_id, **mapping.visit_values(v)})
        visit_ids[v.visit_date] = visit_id
        for m in v.lesion_measurements:
            add_row(
                LesionMeasurementRecord,
                measurement_row(m, visit_id, lesion_ids[m.lesion_label]),
            )
        for r in v.rom:
            add_row(RomMeasurementRecord, rom_row(r, visit_id))
    for lab in chart.labs:
        if lab.analyte not in loinc:
            loinc[lab.analyte] = labs.analyte(lab.analyte).loinc
        on_visit = visit_ids.get(lab.collected_on)
        add_row(LabResultRecord, lab_row(lab, patient_id, on_visit, loinc[lab.analyte]))
    for med in chart.medications:
        add(MedicationPeriodRecord, {"patient_id": patient_id, **mapping.medication_values(med)})


def _advance_sequences(session: Session) -> None:
    """On PostgreSQL, move each table's id sequence past the largest id (the ids above were
    chosen here, not drawn from the sequences, which would hand them out again); SQLite needs
    nothing (a new row's id follows the largest there)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        name = table.__tablename__
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"
            )
        )


def _flush(connection: Connection, rows: _Rows) -> None:
    """Write the queued rows, table by table in the order of their foreign keys: on PostgreSQL
    with psycopg's ``COPY`` (rows as they are, constraints and triggers as for an INSERT, in the
    same transaction), elsewhere with the driver's ``executemany``."""
    dialect = connection.dialect
    copy = dialect.name == "postgresql" and dialect.driver == "psycopg"
    for table in _TABLES:
        batch = rows.rows[table]
        if batch:
            layout = rows.layouts[table]
            if copy:
                _copy(connection, layout.copy, batch)
            else:
                connection.exec_driver_sql(layout.sql, batch)
            rows.rows[table] = []


def _copy(connection: Connection, statement: str, batch: list[Row]) -> None:
    driver = cast("psycopg.Connection[Any]", connection.connection.driver_connection)
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in batch:
            copy.write_row(row)
