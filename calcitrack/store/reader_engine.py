"""An engine that can only read: a worker process's own connection to the clinic's database.

The same house settings as ``engine.make_engine`` (SQLite pragmas, server pre-ping), then every
connection refuses writes: SQLite's ``query_only``, PostgreSQL's ``default_transaction_read_only``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

from calcitrack.store.engine import make_engine


def _read_only(dbapi_connection: Any, _record: Any, dialect: str) -> None:
    cursor = dbapi_connection.cursor()
    if dialect == "sqlite":
        cursor.execute("PRAGMA query_only=ON")
    else:
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cursor.close()
    if dialect != "sqlite":
        dbapi_connection.commit()  # a SET in a transaction rolled back would be undone


def reader_engine(url: str) -> Engine:
    engine = make_engine(url)
    dialect = engine.dialect.name
    event.listen(engine, "connect", lambda conn, record: _read_only(conn, record, dialect))
    return engine
