"""Files that can hold patient data are the user's alone: 0600 files in 0700 folders on POSIX,
whatever the umask.

Every place CalciTrack writes such a file (the database and its WAL/SHM, backups, exports, the
audit CSV, PDFs, drafts, the log, the anchor log) goes through here, so that the promise is kept
in one place. Two tools, used together:

- ``restrict_umask()`` at the program's start (the window and the command line): every file the
  process or a child it starts (pg_dump, SQLite's WAL) creates is private from birth;
- ``private_folder``, ``open_private``, ``write_private`` and ``make_private`` on each file, so
  that the mode holds where the umask was not set (a library caller) and files an earlier version
  made with the default mode are tightened.

A folder the user chose for an export (her desktop, a USB stick) is not changed: only the file
CalciTrack writes into it is made private. On Windows these are no-ops: there a user's profile
folders are private by default (see the README's security model).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Final

FILE_MODE: Final = 0o600
FOLDER_MODE: Final = 0o700
PRIVATE_UMASK: Final = 0o077
POSIX: Final = os.name == "posix"


def restrict_umask() -> int:
    """Make every file this process creates from now on private; returns the previous umask."""
    return os.umask(PRIVATE_UMASK) if POSIX else 0


def make_private(path: Path) -> Path:
    """Tighten ``path`` (a file: 0600; a folder: 0700) if it exists and is looser."""
    if not POSIX:
        return path
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return path
    wanted = FOLDER_MODE if path.is_dir() else FILE_MODE
    if mode & 0o777 != wanted:
        os.chmod(path, wanted)
    return path


def private_folder(folder: Path) -> Path:
    """``folder`` exists and is the user's alone: for CalciTrack's own folders (data, logs,
    backups, drafts, anchors), never for a folder the user chose."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return make_private(folder)


def open_private(path: Path, mode: str = "w", *, encoding: str | None = "utf-8") -> IO[Any]:
    """Open ``path`` for writing, created 0600 (``mode`` "w"/"wb" replace it, "x"/"xb" refuse
    an existing file); a file that existed keeps its content rules but is tightened to 0600."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    flags |= os.O_EXCL if "x" in mode else os.O_TRUNC
    fd = os.open(path, flags, FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)
        binary = "b" in mode
        return os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else encoding)
    except BaseException:
        os.close(fd)
        raise


def write_private(
    path: Path, data: bytes | str, *, encoding: str = "utf-8",
    before_replace: Callable[[], object] | None = None,
) -> Path:
    """Write ``data`` to ``path`` atomically (a private temporary file in the same folder,
    flushed to disk, then renamed over it): readers see the old file or the whole new one, and a
    failure leaves nothing behind. ``before_replace`` as for ``atomic_private``."""
    raw = data.encode(encoding) if isinstance(data, str) else data
    with atomic_private(path, before_replace=before_replace) as out:
        out.write(raw)
    return path


@contextmanager
def atomic_private(
    path: Path, *, before_replace: Callable[[], object] | None = None
) -> Iterator[IO[bytes]]:
    """A binary file to write that becomes ``path`` (0600) only if the block ends normally; on
    any error the temporary file is removed and ``path`` is left as it was.

    ``before_replace`` runs once the file is whole on disk, just before it is renamed into place
    (an export records itself in the audit trail there: a file never appears unrecorded); if it
    raises, nothing appears."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
