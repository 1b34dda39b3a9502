"""Checking a backup after it is written, and a database after a restore.

- A SQLite copy is opened read-only: ``PRAGMA integrity_check``, the audit chain recomputed
  (store/audit_repository.verify_chain), the row count of every table and the chain's head equal
  to those of the snapshot it was taken from.
- A pg_dump archive is read back with ``pg_restore --list``: it must be readable and hold the data
  of every table (the full round trip is the restore's check, below).
- A database (a restored one): the engine's integrity check on SQLite, the chain, the counts and
  head against the backup's manifest.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine

from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.domain.clinic.backup_manifest import Verification, count_differences
from calcitrack.store.audit_trail.audit_repository import chain_head, verify_chain
from calcitrack.store.backups.backup import BackupError, Snapshot, table_counts
from calcitrack.store.schema import metadata

SQLITE_CHECKS = ("integrity_check", "audit chain", "row counts", "chain head")
DUMP_CHECKS = ("pg_restore --list", "data of every table")


def read_only_engine(path: Path) -> Engine:
    """An engine on the SQLite file ``path`` that can neither write it nor create it."""
    uri = f"file:{path}?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))


def check_connection(
    conn: Connection,
    expected_counts: Mapping[str, int],
    expected_head: ChainAnchor,
    *,
    sqlite: bool,
) -> Verification:
    """The checks of a database (a copy or a restored one) against what it should hold."""
    problems: list[str] = []
    checks: list[str] = []
    if sqlite:
        checks.append("integrity_check")
        result = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems += [f"integrity_check: {line}" for line in result[:10]]
    checks.append("audit chain")
    chain = verify_chain(conn)
    if not chain.ok:
        problems.append(f"audit trail broken at entry #{chain.first_broken_id}: {chain.reason}")
    checks.append("row counts")
    problems += count_differences(expected_counts, table_counts(conn))
    checks.append("chain head")
    head = chain_head(conn)
    if head != expected_head:
        problems.append(
            f"the trail's newest entry is {head.short()}, expected {expected_head.short()}"
        )
    return Verification(not problems, tuple(checks), tuple(problems))


def verify_sqlite_copy(path: Path, snapshot: Snapshot) -> Verification:
    engine = read_only_engine(path)
    try:
        with engine.connect() as conn:
            return check_connection(conn, snapshot.counts, snapshot.chain_head, sqlite=True)
    except Exception as exc:  # a copy that cannot even be read fails its check
        return Verification(False, SQLITE_CHECKS, (f"the copy cannot be read: {exc}",))
    finally:
        engine.dispose()


def verify_dump(path: Path) -> Verification:
    """``pg_restore --list``: the archive is readable and has the data of every table."""
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        raise BackupError("pg_restore was not found: install the PostgreSQL client tools")
    done = subprocess.run(
        [pg_restore, "--list", str(path)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return Verification(False, DUMP_CHECKS, (f"pg_restore --list: {done.stderr.strip()}",))
    listed = {
        line.split()[-2]
        for line in done.stdout.splitlines()
        if " TABLE DATA " in line and len(line.split()) >= 2
    }
    missing = sorted(t.name for t in metadata.sorted_tables if t.name not in listed)
    problems = tuple(f"no data of table {name} in the archive" for name in missing)
    return Verification(not problems, DUMP_CHECKS, problems)


def verify_copy(path: Path, snapshot: Snapshot) -> Verification:
    """The check of a freshly written backup file against the snapshot it was taken from."""
    if snapshot.engine == "sqlite":
        return verify_sqlite_copy(path, snapshot)
    return verify_dump(path)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a backup file as hex digits (read in 1 MiB blocks)."""
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
