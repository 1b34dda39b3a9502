"""The workstation's anchor log: the audit chain's head noted outside the database after every
commit that wrote to the trail, and the reading of anchor files for ``audit verify``.

One line per commit, appended to ``audit-anchors.log`` in the data directory (owner-only)::

    2026-12-06T10:43:58.300522Z db-3f1c0a9e5b7d2c41 1234:9f86d081…(64 hex digits)

the commit's time (UTC), the database's identity and the chain anchor
(domain/audit_trail/audit_anchor.py). The identity is a digest of where the database is — the SQLite
file's absolute path, or the PostgreSQL server's host, port and database name (never the user or
password) — so that one log serves every database this workstation opens and ``audit verify`` checks
the lines of the one it verifies. A line that cannot be written never fails the save: the commit is
done, and a warning goes to the log.

``read_anchor_file`` also reads a backup manifest (JSON with a ``"chain_head"`` key).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

from calcitrack.domain.audit_trail.anchor_check import AnchorFileError, NotedAnchor
from calcitrack.domain.audit_trail.audit import canonical_time
from calcitrack.domain.audit_trail.audit_anchor import AnchorFormatError, ChainAnchor
from calcitrack.private_files import FILE_MODE, POSIX, make_private, private_folder
from calcitrack.store.locations import data_dir

log = logging.getLogger(__name__)

LOG_NAME = "audit-anchors.log"
MANIFEST_KEY = "chain_head"
MANIFEST_TIMES = ("created_at", "written_at", "finished_at", "backed_up_at")
"""Keys of a backup manifest that may say when its anchor was noted (the first one found)."""
MAX_ANCHOR_FILE = 256 * 1024 * 1024


def database_identity(url: str | URL) -> str:
    """``db-`` and 16 hex digits naming where the database is (no user, no password)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        where = f"sqlite:{Path(parsed.database or ':memory:').expanduser().resolve()}"
    else:
        where = (
            f"{parsed.get_backend_name()}://{(parsed.host or 'localhost').lower()}:"
            f"{parsed.port or 5432}/{parsed.database or ''}"
        )
    return "db-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class AnchorRead:
    """The anchors of one file for one database, and what was skipped."""

    anchors: list[NotedAnchor] = field(default_factory=list)
    other_databases: int = 0
    unreadable_lines: int = 0


@dataclass(frozen=True)
class AnchorLog:
    path: Path
    database: str
    writes: bool = True
    """False for a database read from a snapshot (a read-only file): what its commands append
    to the snapshot's trail never reaches the database, so it is never noted as an anchor."""

    @classmethod
    def for_engine(cls, engine: Engine) -> AnchorLog:
        return cls(data_dir() / LOG_NAME, database_identity(engine.url))

    @classmethod
    def for_url(cls, url: str | URL, *, writes: bool = True) -> AnchorLog:
        return cls(data_dir() / LOG_NAME, database_identity(url), writes)

    def note(self, anchor: ChainAnchor, at: datetime) -> None:
        """Append ``anchor`` (the chain's head after a commit at ``at``); never raises."""
        if not self.writes:
            return
        line = f"{canonical_time(at)} {self.database} {anchor.text()}\n"
        try:
            private_folder(self.path.parent)
            _append(self.path, line.encode("utf-8"))
        except OSError as exc:
            log.warning(
                "The audit anchor %s could not be added to %s (%s): the save itself is done",
                anchor.short(), self.path, exc.strerror or exc,
            )  # fmt: skip

    def read(self) -> AnchorRead:
        """This database's anchors in the log (none if the log does not exist)."""
        if not self.path.exists():
            return AnchorRead()
        source = f"this workstation's log {self.path}"
        return read_anchor_file(self.path, self.database, source=source)


def _append(path: Path, data: bytes) -> None:
    """One write with O_APPEND: a line shorter than a pipe buffer is never interleaved with
    another process's line."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        if POSIX:
            make_private(path)
        os.write(fd, data)
    finally:
        os.close(fd)


def read_anchor_file(path: Path, database: str, *, source: str | None = None) -> AnchorRead:
    """The anchors for ``database`` in an anchor log, or the anchor of a backup manifest (JSON
    with a ``chain_head``; taken whatever database it names: the caller chose the file)."""
    source = source or str(path)
    try:
        if path.stat().st_size > MAX_ANCHOR_FILE:
            raise AnchorFileError(f"{path}: larger than an anchor log or manifest can be")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise AnchorFileError(f"{path}: not an anchor log or a backup manifest") from None
    except IsADirectoryError:
        raise AnchorFileError(f"{path}: is a folder, not an anchor file") from None
    except OSError as exc:
        raise AnchorFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if text.lstrip().startswith("{"):
        return AnchorRead([_manifest_anchor(path, text, source)])
    anchors, others, unreadable = [], 0, 0
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 3:
            unreadable += 1
            continue
        if parts[1] != database:
            others += 1
            continue
        try:
            anchor = ChainAnchor.parse(parts[2])
            at = datetime.strptime(parts[0], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        except (AnchorFormatError, ValueError):
            unreadable += 1
            continue
        anchors.append(NotedAnchor(anchor, source, at))
    return AnchorRead(anchors, others, unreadable)


def _manifest_anchor(path: Path, text: str, source: str) -> NotedAnchor:
    try:
        manifest = json.loads(text)
    except (ValueError, RecursionError):
        raise AnchorFileError(f"{path}: not valid JSON") from None
    head = manifest.get(MANIFEST_KEY) if isinstance(manifest, dict) else None
    if not isinstance(head, str):
        raise AnchorFileError(f"{path}: a JSON file without a {MANIFEST_KEY!r} text")
    try:
        anchor = ChainAnchor.parse(head)
    except AnchorFormatError as exc:
        raise AnchorFileError(f"{path}: {MANIFEST_KEY}: {exc}") from None
    return NotedAnchor(anchor, f"the backup manifest {source}", _manifest_time(manifest))


def _manifest_time(manifest: dict[str, object]) -> datetime | None:
    for key in MANIFEST_TIMES:
        value = manifest.get(key)
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            if moment.tzinfo is None:
                moment = moment.astimezone()
            return moment.astimezone(timezone.utc)
    return None
