"""How many patients' search keys hold each text of one or two characters, kept by triggers.

A search of one or two characters is too short for the trigram index (patient_search.py): to
count its matches the database reads every patient's key (3–4 ms at 50,000 on SQLite, a
sequential scan on PostgreSQL), and a nurse's first keystrokes ask exactly that. A key contains
such a text exactly when the text is one of the key's own one- or two-character pieces, so the
counts are kept per piece: ``patient_search_grams`` (piece, archived, patients) holds how many
active and how many archived patients' keys contain the piece. The list reads one row
(store/patient_list_shortcuts.py).

Triggers on ``patients`` keep it in step: an insert adds one to each distinct piece of the new
key, a delete takes one off each piece of the old key, and an update of the key or of
``archived`` does both.

SQLite only. On PostgreSQL every update of a row leaves a version that the next update of the
same row in the same transaction walks past, so the counts of common pieces ("a", "n"), updated
once per patient written, made a copy or an import of thousands of patients in one transaction
quadratic (5,000 patients: 84 s, tried). There the short search is still counted by reading the
keys.

Like the search index it is derived, not clinic data: outside the models' metadata (made here
after ``patients``, by migration 0017 on an upgrade), never copied, backed up rows restored or
audited (its name starts with ``patient_search_``: patient_search.is_search_index_table); a copy
or restore fills it through the target's own triggers. Pieces whose count falls to 0 keep their
row (reading 0).
"""

from __future__ import annotations

from sqlalchemy import Connection

GRAMS_TABLE = "patient_search_grams"
GRAMS = 2
"""The longest piece counted (longer texts are counted through the trigram index)."""

_SQLITE_PIECES = (
    "WITH RECURSIVE at(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM at WHERE i < length({k})) "
    "SELECT DISTINCT substr({k}, i, w) AS gram FROM at, (SELECT 1 AS w UNION ALL SELECT 2) "
    "WHERE i + w - 1 <= length({k})"
)


def _sqlite_add(key: str, archived: str, change: str) -> str:
    return (
        f"INSERT INTO {GRAMS_TABLE}(gram, archived, patients) "
        f"SELECT gram, {archived}, {change} FROM ({_SQLITE_PIECES.format(k=key)}) WHERE true "
        f"ON CONFLICT(gram, archived) DO UPDATE SET patients = patients + excluded.patients;"
    )


SQLITE_GRAMS = (
    f"CREATE TABLE {GRAMS_TABLE} (gram TEXT NOT NULL, archived BOOLEAN NOT NULL, "
    "patients INTEGER NOT NULL, PRIMARY KEY (gram, archived)) WITHOUT ROWID",
    "CREATE TRIGGER patients_grams_insert AFTER INSERT ON patients BEGIN "
    f"{_sqlite_add('new.search_key', 'new.archived', '1')} END",
    "CREATE TRIGGER patients_grams_delete AFTER DELETE ON patients BEGIN "
    f"{_sqlite_add('old.search_key', 'old.archived', '-1')} END",
    "CREATE TRIGGER patients_grams_update AFTER UPDATE OF search_key, archived ON patients "
    "WHEN old.search_key IS NOT new.search_key OR old.archived IS NOT new.archived BEGIN "
    f"{_sqlite_add('old.search_key', 'old.archived', '-1')} "
    f"{_sqlite_add('new.search_key', 'new.archived', '1')} END",
)
"""The table and its triggers on SQLite (SQLite allows a WITH clause in a trigger since 3.34)."""

SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS patients_grams_insert",
    "DROP TRIGGER IF EXISTS patients_grams_delete",
    "DROP TRIGGER IF EXISTS patients_grams_update",
    f"DROP TABLE IF EXISTS {GRAMS_TABLE}",
)
def create_gram_counts(conn: Connection) -> None:
    """The table and its triggers on a SQLite database (empty: made with ``patients``, or
    filled by the caller); nothing on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        for sql in SQLITE_GRAMS:
            conn.exec_driver_sql(sql)


def drop_gram_counts(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for sql in SQLITE_DROP:
            conn.exec_driver_sql(sql)
