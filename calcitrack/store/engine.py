"""Engines for the embedded SQLite file and a shared PostgreSQL server, chosen by a URL.

A SQLite file on a network share is refused (store/network_share.py says why and how it is told).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from calcitrack.domain.errors import DomainValidationError
from calcitrack.store.network_share import refuse_network_share
from calcitrack.store.private_database import make_database_private, prepare_folder

SQLITE_BUSY_TIMEOUT_MS = 10_000
URL_FORM = "postgresql://USER@HOST[:PORT]/DATABASE, sqlite:///FILE or a file path"


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for ``target``: a URL as given, or a path to a SQLite file."""
    text = str(target)
    if "://" in text:
        bad_port = f"not a database URL: its port is not a number from 1 to 65535 ({URL_FORM})"
        try:
            url = make_url(text)
        except ArgumentError:  # its message quotes the URL, password and all
            raise DomainValidationError("database", f"not a database URL ({URL_FORM})") from None
        except ValueError:  # the port, read as a number
            raise DomainValidationError("database", bad_port) from None
        if url.port is not None and not 0 < url.port < 65536:
            raise DomainValidationError("database", bad_port)
        if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise DomainValidationError(
                "database", f"{url.get_backend_name()!r} is not supported: use SQLite or PostgreSQL"
            )
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def missing_sqlite_file(url: str) -> Path | None:
    """The path of the SQLite file ``url`` names when there is no file there yet (opening it
    would create an empty clinic); None for an existing file, PostgreSQL or memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def describe(url: str) -> str:
    """Where the data is, for people: the file path or the server and database (no password)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return f"PostgreSQL {parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with the house settings: SQLite pragmas on every connection, server pre-ping.

    Raises NetworkShareError for a SQLite file on a network share (before creating its folder).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            refuse_network_share(parsed.database)
            database = Path(parsed.database)
            prepare_folder(database)  # 0700 when made here (store/private_database.py)
        engine = create_engine(url)
        if parsed.database and parsed.database != ":memory:":
            # before the pragmas: SQLite makes the WAL and shared memory with the file's mode
            event.listen(engine, "connect", lambda *_: make_database_private(database))
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)
