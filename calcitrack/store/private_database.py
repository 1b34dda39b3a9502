"""A SQLite database is its owner's alone: the file, its WAL and shared memory (``-wal``, ``-shm``)
owner-only, and CalciTrack's own data folder 0700, on POSIX whatever the umask.

SQLite creates the WAL and shared-memory files with the database file's permissions, so keeping
the database file owner-only keeps them so too; those an earlier version (or a crash) left
readable are tightened as well. Tightening only takes rights away from the group and others: a
read-only database (0444) becomes 0400, never writable. A folder the user chose for the database
(her documents, a folder IT set up) is not changed, only the folders CalciTrack makes and its
own data folder (``locations.data_dir()``).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import Final

from calcitrack.private_files import FOLDER_MODE, POSIX
from calcitrack.store.locations import data_dir

log = logging.getLogger(__name__)

COMPANIONS: Final = ("-wal", "-shm", "-journal")
"""The files SQLite keeps next to a database, holding its pages."""


def owner_only(path: Path) -> None:
    """Take the group's and others' rights away from ``path`` if it exists and has any."""
    if not POSIX:
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except FileNotFoundError:
        return
    except OSError as exc:  # another account's file: say so, the database still opens
        log.warning("cannot make %s owner-only: %s", path.name, exc.strerror or exc)


def prepare_folder(database: Path) -> None:
    """The database's folder exists; made 0700 when CalciTrack makes it, tightened when it is
    CalciTrack's own data folder."""
    folder = database.parent
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    for made in reversed(missing):
        made.mkdir(mode=FOLDER_MODE, exist_ok=True)
        owner_only(made)  # mkdir's mode passes through the umask, which may only take away
    if not missing and _same(folder, data_dir()):
        owner_only(folder)


def make_database_private(database: Path) -> None:
    """The database file and its companions are owner-only (those that exist)."""
    owner_only(database)
    for suffix in COMPANIONS:
        owner_only(database.with_name(database.name + suffix))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.expanduser().resolve()
    except OSError:
        return False
