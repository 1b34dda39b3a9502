"""A SQLite database file CalciTrack may read but not write (a read-only file, a read-only folder
or file system: a restored archive, a copy on a CD, a file whose owner is someone else).

Such a file still serves reads: the command line's reading commands (export, report, db check,
audit verify) work on a snapshot of it taken through SQLite's online backup API into memory, so
that what they record as they go (the sign-in, the export in the audit trail) lands in the
snapshot and never in the file, and the person is told it was not recorded. Anything that would
change clinical data is refused before it starts, with the reason ("the database file is
read-only: …"). The window refuses such a file with the same reason.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool


class ReadOnlyDatabaseError(Exception):
    """The database cannot be written (the reason, for people); nothing was changed."""


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database)
    return path if path.is_file() else None


def _folder_writable(folder: Path) -> bool:
    try:
        handle, name = tempfile.mkstemp(prefix=".calcitrack-probe-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    os.unlink(name)
    return True


def read_only_reason(url: str) -> str | None:
    """Why the SQLite file at ``url`` cannot be written ("the database file is read-only: …"),
    or None (a file that can be written, a file not made yet, or PostgreSQL)."""
    path = _sqlite_file(url)
    if path is None:
        return None
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        why = "read-only file system" if exc.errno == errno.EROFS else (exc.strerror or str(exc))
        return f"the database file is read-only: {path} ({why})"
    if not _folder_writable(path.parent):
        return (
            f"the database file is read-only: its folder {path.parent} cannot be written, and "
            "SQLite keeps its journal (-wal and -shm files) there"
        )
    return None


def snapshot_engine(url: str) -> Engine:
    """An engine on an in-memory copy of the read-only SQLite file at ``url`` (copied through
    the online backup API, read-only and without a journal of its own)."""
    path = _sqlite_file(url)
    assert path is not None
    immutable = "" if _folder_writable(path.parent) else "&immutable=1"
    source = sqlite3.connect(f"file:{quote(str(path))}?mode=ro{immutable}", uri=True)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.backup(memory)
    except BaseException:
        memory.close()
        raise
    finally:
        source.close()
    memory.execute("PRAGMA foreign_keys=ON")
    return create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
