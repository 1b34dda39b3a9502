"""The patient list's figures on ``patients``, kept exact by the database itself, per database.

``patients.last_visit_on``, ``next_due_on``, ``visit_count`` and ``active_lesions`` are what the
list shows and sorts by (the latest visit's date and the next visit it planned, how many visits,
how many lesions are active). Triggers on ``visits`` and ``lesions`` recompute a patient's four
figures from that patient's rows after every insert, update or delete, so every writer (the ORM,
the bulk loader, an import, a move to another database, a restore) leaves them exact with no
Python code; the list then sorts by them through the indexes below and reads a first page from an
index instead of computing a figure for every patient of the clinic.

The indexes lead with ``archived`` (the status filter) and end with the list's tie-break (name
key, then MRN as code points), one per order: descending with nothing recorded last is
``DESC`` on SQLite (NULL is the smallest value) and ``DESC NULLS LAST`` on PostgreSQL, which
SQLite does not accept in an index, hence DDL per database rather than the models' metadata.

Neither the triggers nor the indexes are in the models' metadata: ``metadata.create_all`` makes
them after the tables, migration 0014 (its own frozen copy) on an upgrade, and Alembic's
comparison ignores them (migrations/env.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, MetaData, event

from calcitrack.store.base import Base

#: (column, nullable): the figures and whether nothing recorded (NULL) can occur.
FIGURES = (
    ("last_visit_on", True),
    ("next_due_on", True),
    ("visit_count", False),
    ("active_lesions", False),
)
INDEX_PREFIX = "ix_patients_figure_"

_RECOMPUTE = (
    "UPDATE patients SET "
    "last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = {pid}), "
    "next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = {pid} "
    "ORDER BY v.visit_date DESC LIMIT 1), "
    "visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = {pid}) "
    "WHERE id = {pid}"
)
_RECOUNT = (
    "UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l "
    "WHERE l.patient_id = {pid} AND l.status = 'active') WHERE id = {pid}"
)
#: Every patient's figures from the rows (a migration's fill; a check's expectation).
FILL = (
    _RECOMPUTE.format(pid="patients.id").replace(" WHERE id = patients.id", ""),
    _RECOUNT.format(pid="patients.id").replace(" WHERE id = patients.id", ""),
)

#: (table, trigger name suffix, event, the statements with {row} for new./old.)
_EVENTS = (
    ("visits", "insert", "INSERT", (("new", _RECOMPUTE),)),
    ("visits", "delete", "DELETE", (("old", _RECOMPUTE),)),
    (
        "visits",
        "update",
        "UPDATE OF patient_id, visit_date, next_visit_due_on",
        (("old", _RECOMPUTE), ("new", _RECOMPUTE)),
    ),
    ("lesions", "insert", "INSERT", (("new", _RECOUNT),)),
    ("lesions", "delete", "DELETE", (("old", _RECOUNT),)),
    ("lesions", "update", "UPDATE OF patient_id, status", (("old", _RECOUNT), ("new", _RECOUNT))),
)


def _trigger_name(table: str, suffix: str) -> str:
    return f"{table}_list_figures_{suffix}"


def sqlite_ddl() -> list[str]:
    statements = []
    for table, suffix, when, bodies in _EVENTS:
        body = " ".join(sql.format(pid=f"{row}.patient_id") + ";" for row, sql in bodies)
        statements.append(
            f"CREATE TRIGGER {_trigger_name(table, suffix)} AFTER {when} ON {table} "
            f"FOR EACH ROW BEGIN {body} END"
        )
    return statements + _indexes("sqlite")


def postgresql_ddl() -> list[str]:
    statements = []
    for table, suffix, when, bodies in _EVENTS:
        name = _trigger_name(table, suffix)
        body = " ".join(sql.format(pid=f"{row}.patient_id") + ";" for row, sql in bodies)
        statements.append(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body} RETURN NULL; END $$"
        )
        statements.append(
            f"CREATE TRIGGER {name} AFTER {when} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    return statements + _indexes("postgresql")


def _indexes(dialect: str) -> list[str]:
    mrn = 'mrn COLLATE "C"' if dialect == "postgresql" else "mrn"
    statements = []
    for column, nullable in FIGURES:
        last = " NULLS LAST" if nullable and dialect == "postgresql" else ""
        for suffix, direction in (("asc", ""), ("desc", f" DESC{last}")):
            statements.append(
                f"CREATE INDEX {INDEX_PREFIX}{column}_{suffix} ON patients "
                f"(archived, {column}{direction}, name_key, {mrn})"
            )
    return statements


def drop_ddl(dialect: str) -> list[str]:
    statements = [
        f"DROP INDEX IF EXISTS {INDEX_PREFIX}{column}_{suffix}"
        for column, _nullable in FIGURES
        for suffix in ("asc", "desc")
    ]
    for table, suffix, _when, _bodies in _EVENTS:
        name = _trigger_name(table, suffix)
        if dialect == "postgresql":
            statements.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            statements.append(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            statements.append(f"DROP TRIGGER IF EXISTS {name}")
    return statements


def is_figure_index(name: str) -> bool:
    return name.startswith(INDEX_PREFIX)


def create_figures_ddl(connection: Connection) -> None:
    """The triggers and indexes of the figures, on a database whose tables exist."""
    name = connection.dialect.name
    statements = postgresql_ddl() if name == "postgresql" else sqlite_ddl()
    for sql in statements:
        connection.exec_driver_sql(sql)


def _after_create(target: MetaData, connection: Connection, **kw: Any) -> None:
    made = kw.get("tables") or ()  # (table, foreign keys) pairs: the tables just made
    tables = {item[0].name if isinstance(item, tuple) else item.name for item in made}
    if {"patients", "visits", "lesions"} <= tables:
        create_figures_ddl(connection)


# The triggers and indexes follow whenever ``metadata.create_all`` makes the tables.
event.listen(Base.metadata, "after_create", _after_create)
