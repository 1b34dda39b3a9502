"""The private temporary folder a folder export (the research CSV) is written in, and the removal
of those an export killed part-way (``kill -9``, a power cut) left behind with patient data.

A staging folder is ``.calcitrack-export-<target>-<random>.tmp`` beside the target, 0700; in it
a marker file (``calcitrack-export.json``: the host, the process id, the process's start as the
kernel counts it, and the time the export started), written before any data, and the folder
``export`` that the tables are written in and that is renamed into place. The staging folder is
then removed (only the marker is left in it).

``remove_leftovers(parent)`` removes, before an export writes beside them, only folders with that
name, owned by this user, holding the marker and nothing but ``export``, made on this host by a
process that is no longer running: its pid is gone (or a zombie), or now belongs to a process
started later. Anything else is left alone, and so is a folder whose process cannot be judged
(another host sharing the folder; a system without ``/proc`` and a pid still in use): a second
export running beside it keeps its folder. On Windows nothing is judged and nothing removed.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import stat
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Final

from calcitrack.private_files import POSIX, open_private

log = logging.getLogger(__name__)

PREFIX: Final = ".calcitrack-export-"
SUFFIX: Final = ".tmp"
MARKER: Final = "calcitrack-export.json"
DATA: Final = "export"


@dataclass(frozen=True)
class Staging:
    root: Path
    """The staging folder (the marker is in it)."""
    data: Path
    """The folder to write in, renamed into place at the end."""


@dataclass(frozen=True)
class Leftover:
    """A removed staging folder of an export that did not finish."""

    folder: Path
    pid: int
    started_at: str

    def line(self) -> str:
        return (f"removed {self.folder}: the temporary folder of an export that did not finish "
                f"(process {self.pid}, started {self.started_at}, no longer running)")


def make_staging(target: Path) -> Staging:
    """A new staging folder beside ``target``, its marker written and synced before any data."""
    root = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{target.name}-", suffix=SUFFIX,
                                 dir=target.parent))
    try:
        pid = os.getpid()
        marker = {"host": socket.gethostname(), "pid": pid, "process_start": _start_of(pid),
                  "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        with open_private(root / MARKER, "x") as out:
            json.dump(marker, out)
            out.flush()
            os.fsync(out.fileno())
        data = root / DATA
        data.mkdir(mode=0o700)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return Staging(root, data)


def remove_leftovers(parent: Path) -> tuple[Leftover, ...]:
    """Remove the staging folders in ``parent`` left by exports no longer running (see above)."""
    if not POSIX:
        return ()
    try:
        names = sorted(entry.name for entry in os.scandir(parent))
    except OSError:
        return ()
    removed: list[Leftover] = []
    for name in names:
        if name.startswith(PREFIX) and name.endswith(SUFFIX):
            leftover = _stale(parent / name)
            if leftover is not None and _remove(leftover.folder):
                removed.append(leftover)
    if removed:
        log.info("removed %d temporary folder(s) of exports that did not finish", len(removed))
    return tuple(removed)


def _stale(folder: Path) -> Leftover | None:
    """The leftover ``folder`` is, or None when it is not one for certain."""
    try:
        info = folder.lstat()
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return None
        if not set(os.listdir(folder)) <= {MARKER, DATA}:
            return None
        marker_info = (folder / MARKER).lstat()
        if not stat.S_ISREG(marker_info.st_mode) or marker_info.st_size > 4096:
            return None
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict):
        return None
    pid, start, host = marker.get("pid"), marker.get("process_start"), marker.get("host")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return None
    if host != socket.gethostname() or _running(pid, start):
        return None
    return Leftover(folder, pid, str(marker.get("started_at", "at an unknown time")))


def _running(pid: int, start: object) -> bool:
    """Whether the export process ``pid`` (started at ``start``) may still be running."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # a process of another user has the pid now
    except OSError:
        return True
    now = _stat_fields(pid)
    if now is None:
        return True  # cannot tell a reused pid from the export itself: keep
    state, started = now
    if state in {"Z", "X"}:
        return False  # killed, not yet reaped by its parent
    return not isinstance(start, str) or started == start


def _start_of(pid: int) -> str | None:
    fields = _stat_fields(pid)
    return fields[1] if fields else None


def _stat_fields(pid: int) -> tuple[str, str] | None:
    """The state and the start time (clock ticks since boot) of ``pid`` from Linux's /proc."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = text.rpartition(")")[2].split()  # after the command name, which may hold spaces
    if len(fields) < 20:
        return None
    return fields[0], fields[19]  # fields 3 and 22 of proc(5)


def _remove(folder: Path) -> bool:
    """Claim ``folder`` by renaming it (one of two exports removing it wins), then delete it; the
    claimed name is still a staging name with its marker, so an interrupted removal is redone."""
    claimed = folder.with_name(f"{PREFIX}removing-{uuid.uuid4().hex}{SUFFIX}")
    try:
        os.rename(folder, claimed)
    except OSError:
        return False  # another export took it first, or it cannot be moved: left alone
    shutil.rmtree(claimed, ignore_errors=True)
    return True
