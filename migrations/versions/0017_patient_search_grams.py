"""counts of the patients whose search key holds each one- or two-character text

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

A search of one or two characters is too short for the trigram index: counting its matches read
every patient's search key (3–4 ms at 50,000 on SQLite). On SQLite, the new
table ``patient_search_grams`` (piece, archived, patients) counts, for each distinct one- or
two-character piece of a key, the active and the archived patients whose key holds it; triggers
on ``patients`` keep it in step from now on (calcitrack/store/records/patient_search_grams.py,
of which this is a frozen copy). It is filled here from the existing keys.

Derived, not audited, not copied: like the search index it is left out of the models' metadata.
A downgrade drops the table and the triggers. Nothing changes on PostgreSQL, where counts kept
per piece made a copy or import of thousands of patients in one transaction quadratic (each
update of a common piece's row walks past the versions the earlier ones left).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = 'patient_search_grams'

SQLITE_PIECES = (
    "WITH RECURSIVE at(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM at WHERE i < length({k})) "
    "SELECT DISTINCT substr({k}, i, w) AS gram FROM at, (SELECT 1 AS w UNION ALL SELECT 2) "
    "WHERE i + w - 1 <= length({k})"
)


def _sqlite_add(key: str, archived: str, change: str) -> str:
    return (
        f"INSERT INTO {TABLE}(gram, archived, patients) "
        f"SELECT gram, {archived}, {change} FROM ({SQLITE_PIECES.format(k=key)}) WHERE true "
        "ON CONFLICT(gram, archived) DO UPDATE SET patients = patients + excluded.patients;"
    )


SQLITE_TABLE = (
    f"CREATE TABLE {TABLE} (gram TEXT NOT NULL, archived BOOLEAN NOT NULL, "
    "patients INTEGER NOT NULL, PRIMARY KEY (gram, archived)) WITHOUT ROWID"
)
SQLITE_TRIGGERS = (
    "CREATE TRIGGER patients_grams_insert AFTER INSERT ON patients BEGIN "
    f"{_sqlite_add('new.search_key', 'new.archived', '1')} END",
    "CREATE TRIGGER patients_grams_delete AFTER DELETE ON patients BEGIN "
    f"{_sqlite_add('old.search_key', 'old.archived', '-1')} END",
    "CREATE TRIGGER patients_grams_update AFTER UPDATE OF search_key, archived ON patients "
    "WHEN old.search_key IS NOT new.search_key OR old.archived IS NOT new.archived BEGIN "
    f"{_sqlite_add('old.search_key', 'old.archived', '-1')} "
    f"{_sqlite_add('new.search_key', 'new.archived', '1')} END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS patients_grams_insert",
    "DROP TRIGGER IF EXISTS patients_grams_delete",
    "DROP TRIGGER IF EXISTS patients_grams_update",
    f"DROP TABLE IF EXISTS {TABLE}",
)

def _pieces(key: str) -> set[str]:
    return {key[i:i + width] for width in (1, 2) for i in range(len(key) - width + 1)}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return  # PostgreSQL keeps no such counts (see the module docstring)
    bind.exec_driver_sql(SQLITE_TABLE)
    counts: Counter[tuple[str, bool]] = Counter()
    for key, archived in bind.exec_driver_sql("SELECT search_key, archived FROM patients"):
        counts.update((gram, bool(archived)) for gram in _pieces(key or ""))
    if counts:
        bind.execute(
            sa.text(f"INSERT INTO {TABLE}(gram, archived, patients) VALUES (:g, :a, :n)"),
            [{"g": g, "a": a, "n": n} for (g, a), n in sorted(counts.items())],
        )
    for sql in SQLITE_TRIGGERS:
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for sql in SQLITE_DROP:
            bind.exec_driver_sql(sql)
