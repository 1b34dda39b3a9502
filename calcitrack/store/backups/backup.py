"""Consistent backups: SQLite's online backup API for SQLite (never a file copy of a WAL
database), pg_dump for PostgreSQL.

Each backup is taken from one snapshot of the database, and the row counts, the audit chain's head
and the schema revision are read from that same snapshot (SQLite: one read transaction that the
backup API copies from; PostgreSQL: a REPEATABLE READ transaction whose snapshot pg_dump imports
with ``--snapshot``), so that a check of the copy can demand the very same counts and head.

The copy is written to a private temporary file in the target folder and renamed into place only
once it is complete and verified (store/backups/backup_check.py): a backup that fails leaves
nothing, and the file is 0600 (calcitrack/private_files.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Engine, func, select, text

from calcitrack.domain.audit_trail.audit_anchor import EMPTY_TRAIL, ChainAnchor
from calcitrack.private_files import FILE_MODE, POSIX
from calcitrack.store.audit_trail.audit_repository import chain_head
from calcitrack.store.schema import metadata


class BackupError(RuntimeError):
    """A backup could not be written (the message names the file and the reason)."""


@dataclass(frozen=True)
class Snapshot:
    """What a backup holds, read from the snapshot it was taken from."""

    engine: str
    """``sqlite`` or ``postgresql``."""
    taken_at: datetime
    revision: str | None
    counts: dict[str, int]
    chain_head: ChainAnchor


Verifier = Callable[[Path, Snapshot], None]
"""Checks the written temporary copy against the snapshot; raises BackupError to discard it."""


def table_counts(conn: Connection) -> dict[str, int]:
    """The number of rows of every CalciTrack table present, by table name."""
    present = set(_table_names(conn))
    return {
        table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
        for table in sorted(metadata.sorted_tables, key=lambda t: t.name)
        if table.name in present
    }


def _table_names(conn: Connection) -> list[str]:
    from sqlalchemy import inspect

    return list(inspect(conn).get_table_names())


def schema_revision(conn: Connection) -> str | None:
    if "alembic_version" not in _table_names(conn):
        return None
    revision: str | None = conn.scalar(text("SELECT version_num FROM alembic_version"))
    return revision


def check_target(target: Path) -> Path:
    """The absolute path to write, or BackupError naming the file and the reason (an existing
    file, a folder, a folder that cannot be created or written)."""
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise BackupError(f"backup file {target}: is a folder; give a file name inside it")
    if target.exists() or target.is_symlink():
        raise BackupError(f"backup file {target}: already exists; choose a new file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            f"backup file {target}: the folder {target.parent} cannot be created "
            f"({exc.strerror or exc})"
        ) from None
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise BackupError(
            f"backup file {target}: the folder {target.parent} is not writable (permission denied)"
        )
    return target


def write_backup(engine: Engine, target: Path, verify: Verifier | None = None) -> Snapshot:
    """Write a backup of ``engine``'s database to ``target`` (which must not exist), check it with
    ``verify`` before it takes its name, and return what it holds. On any failure nothing is left
    at ``target`` nor beside it."""
    target = check_target(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise BackupError(
            f"backup file {target}: cannot write in {target.parent} ({exc.strerror or exc})"
        ) from None
    os.close(fd)
    temp = Path(name)
    try:
        if POSIX:
            os.chmod(temp, FILE_MODE)
        if engine.dialect.name == "sqlite":
            snapshot = _write_sqlite(engine, temp)
        else:
            snapshot = _write_postgresql(engine, temp)
        _fsync(temp)
        if verify is not None:
            verify(temp, snapshot)
        if target.exists():  # taken meanwhile: never overwrite a file
            raise BackupError(f"backup file {target}: already exists; choose a new file name")
        os.replace(temp, target)
    except OSError as exc:
        _remove_quietly(temp)
        raise BackupError(f"backup file {target}: {_os_reason(exc)}") from None
    except BackupError as exc:
        _remove_quietly(temp)
        if str(exc).startswith("backup file "):
            raise
        raise BackupError(f"backup file {target}: {exc}") from None
    except BaseException:
        _remove_quietly(temp)
        raise
    return snapshot


def _write_sqlite(engine: Engine, temp: Path) -> Snapshot:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("BEGIN")  # one read snapshot for the counts and the copy
        try:
            snapshot = _read_snapshot(conn, "sqlite")
            # SQLAlchemy types the driver's connection Any | None: pysqlite's here
            source = cast(sqlite3.Connection, conn.connection.driver_connection)
            copy = sqlite3.connect(temp)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                copy.close()
        except sqlite3.Error as exc:
            raise BackupError(f"the backup could not be written: {exc}") from None
        finally:
            conn.exec_driver_sql("COMMIT")
    for leftover in (Path(f"{temp}-journal"), Path(f"{temp}-wal"), Path(f"{temp}-shm")):
        _remove_quietly(leftover)
    return snapshot


def _write_postgresql(engine: Engine, temp: Path) -> Snapshot:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError("pg_dump was not found: install the PostgreSQL client tools")
    reading = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    with reading as conn, conn.begin():
        exported = conn.scalar(text("SELECT pg_export_snapshot()"))
        snapshot = _read_snapshot(conn, "postgresql")
        args = [pg_dump, "--format=custom", f"--file={temp}", f"--snapshot={exported}"]
        done = subprocess.run(
            args + pg_connection_args(engine), env=pg_environment(engine),
            capture_output=True, text=True, check=False,
        )
    if done.returncode != 0:
        raise BackupError(f"pg_dump failed: {done.stderr.strip()}")
    return snapshot


def pg_connection_args(engine: Engine) -> list[str]:
    """pg_dump/pg_restore options naming ``engine``'s server, database and user (the password
    goes through the environment, never the command line)."""
    url = engine.url
    args = [f"--dbname={url.database}", "--no-password"]
    if url.host:
        args.append(f"--host={url.host}")
    if url.port:
        args.append(f"--port={url.port}")
    if url.username:
        args.append(f"--username={url.username}")
    return args


def pg_environment(engine: Engine) -> dict[str, str]:
    env = dict(os.environ)
    if engine.url.password:
        env["PGPASSWORD"] = str(engine.url.password)
    return env


def _read_snapshot(conn: Connection, engine: str) -> Snapshot:
    counts = table_counts(conn)
    return Snapshot(
        engine=engine,
        taken_at=datetime.now(timezone.utc),
        revision=schema_revision(conn),
        counts=counts,
        # a database older than the trail (a backup before an upgrade) has no chain yet
        chain_head=chain_head(conn) if "audit_log" in counts else EMPTY_TRAIL,
    )


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """A plain backup of a SQLite database (before a schema upgrade), not verified."""
    write_backup(engine, target)
    return Path(target).expanduser().absolute()


def backup(engine: Engine, target: Path) -> Path:
    """A plain backup (no check, no manifest); the services add both."""
    write_backup(engine, target)
    return Path(target).expanduser().absolute()


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _os_reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return "disk full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)
