"""The index of the patient list's search key (``patients.search_key``), per database.

- SQLite: ``patient_search``, an FTS5 table with the trigram tokenizer over the key, its content
  read from ``patients`` (external content) and kept in step by three triggers. It finds a typed
  text of three characters or more anywhere in the key; shorter ones scan the key itself (and
  are counted from ``patient_search_grams``: patient_search_grams.py).
- PostgreSQL: a GIN index of the key's trigrams (the ``pg_trgm`` extension), which serves
  ``LIKE '%text%'``. Creating the extension needs a privilege the clinic's owner may lack: then the
  index is left out (a logged note) and a search scans the key, slower but the same answer.

Neither is in the models' metadata: ``metadata.create_all`` makes them after the ``patients``
table, migration 0013 (its own frozen copy) on an upgrade, and Alembic's comparison ignores them
(migrations/env.py). They are derived from ``patients``: a move to another database or a restore
copies the patients and the target's own triggers or index follow.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.exc import DBAPIError

from calcitrack.store.records.patient import PatientRecord
from calcitrack.store.records.patient_search_grams import create_gram_counts, drop_gram_counts

log = logging.getLogger(__name__)

#: The FTS5 table (SQLite); FTS5 adds its shadow tables ``patient_search_*``.
SEARCH_TABLE = "patient_search"
#: The trigram index (PostgreSQL).
TRIGRAM_INDEX = "ix_patients_search_key_trgm"

SQLITE_SEARCH = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(search_key, content='patients', "
    "content_rowid='id', tokenize='trigram case_sensitive 1', columnsize=0)",
    "CREATE TRIGGER patients_search_insert AFTER INSERT ON patients BEGIN "
    f"INSERT INTO {SEARCH_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER patients_search_delete AFTER DELETE ON patients BEGIN "
    f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER patients_search_update AFTER UPDATE OF search_key ON patients BEGIN "
    f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    f"INSERT INTO {SEARCH_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
)
SQLITE_REBUILD = f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')"
POSTGRESQL_TRIGRAM_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON patients USING gin (search_key gin_trgm_ops)"
)


def is_search_index_table(name: str) -> bool:
    """Whether ``name`` is the SQLite search index or one of its shadow tables (not clinic data:
    copies, backups and restores leave them to the target's own triggers)."""
    return name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_")


def create_trigram_index(conn: Connection) -> bool:
    """On PostgreSQL, ``pg_trgm`` and the trigram index of the search key; False (logged) when
    the extension cannot be created here: searches then scan the key."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as error:
        log.warning(
            "the pg_trgm extension cannot be created (%s): the patient list's search scans "
            "the search key without an index (slower, same answers); a superuser can create "
            "the extension, then the index: %s",
            type(error.orig).__name__,
            POSTGRESQL_TRIGRAM_INDEX,
        )
        return False
    conn.exec_driver_sql(POSTGRESQL_TRIGRAM_INDEX)
    return True


def _after_create(_target: Any, connection: Connection, **_kw: Any) -> None:
    if connection.dialect.name == "sqlite":
        for sql in SQLITE_SEARCH:
            connection.exec_driver_sql(sql)
    elif connection.dialect.name == "postgresql":
        create_trigram_index(connection)
    create_gram_counts(connection)


def _before_drop(_target: Any, connection: Connection, **_kw: Any) -> None:
    drop_gram_counts(connection)
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


event.listen(PatientRecord.__table__, "after_create", _after_create)
event.listen(PatientRecord.__table__, "before_drop", _before_drop)
