"""Restoring a backup into a database: all or nothing, and checked.

- SQLite: the backup file is checked first (integrity, chain, counts and head against its
  manifest), then copied into the target through SQLite's online backup API, which replaces the
  target's whole content in one write transaction (a crash leaves the old database or the new one,
  and a WAL target stays consistent, unlike a file copied over it).
- PostgreSQL: ``pg_restore --clean --if-exists --single-transaction --exit-on-error``: the old
  objects are dropped and the archive's created in one transaction.

The restored database is then checked against the manifest (store/backups/backup_check.py).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import cast

from sqlalchemy import Engine, inspect

from calcitrack.domain.clinic.backup_manifest import (
    BackupManifest,
    ManifestError,
    Verification,
    manifest_path,
)
from calcitrack.private_files import make_private
from calcitrack.store.backups.backup import pg_connection_args, pg_environment, table_counts
from calcitrack.store.backups.backup_check import (
    check_connection,
    file_sha256,
    read_only_engine,
    verify_dump,
)
from calcitrack.store.records import is_search_index_table


class RestoreError(RuntimeError):
    """A restore refused or failed (the message says why; the target is as it was)."""


def read_manifest(backup: Path) -> BackupManifest:
    path = manifest_path(backup)
    if not backup.is_file():
        raise RestoreError(f"backup {backup}: no such file")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RestoreError(
            f"backup {backup}: its manifest {path.name} is missing beside it, so the restore "
            "could not be checked; only backups CalciTrack made (with their manifest) are restored"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RestoreError(f"backup {backup}: its manifest cannot be read ({exc})") from None
    try:
        manifest = BackupManifest.from_json(json.loads(text))
    except (ValueError, ManifestError) as exc:
        raise RestoreError(f"backup {backup}: manifest {path.name}: {exc}") from None
    if manifest.file != backup.name:
        raise RestoreError(
            f"backup {backup}: its manifest describes another file ({manifest.file})"
        )
    return manifest


def holds_data(engine: Engine) -> bool:
    """Whether the target has anything to lose: any table other than an empty CalciTrack one."""
    with engine.connect() as conn:
        tables = {  # the SQLite search index follows the patients: not data of its own
            name
            for name in inspect(conn).get_table_names()
            if name != "alembic_version" and not is_search_index_table(name)
        }
        if not tables:
            return False
        counts = table_counts(conn)
    if tables - set(counts):
        return True  # tables that are not CalciTrack's: never overwritten as "empty"
    return any(counts.values())


def check_backup_file(backup: Path, manifest: BackupManifest) -> Verification:
    """The backup itself, before anything is touched: still the file that was written and
    checked (its SHA-256), readable, and as its manifest says."""
    content = _check_content(backup, manifest)
    if manifest.sha256 is None or file_sha256(backup) == manifest.sha256:
        return content
    changed = (
        f"the file is not the one written and checked on {manifest.created_at:%Y-%m-%d %H:%M}"
        " (its SHA-256 differs from the manifest's): it was changed or damaged since"
    )
    return Verification(False, ("sha256", *content.checks), (changed, *content.problems))


def _check_content(backup: Path, manifest: BackupManifest) -> Verification:
    if manifest.engine == "sqlite":
        engine = read_only_engine(backup)
        try:
            with engine.connect() as conn:
                return check_connection(conn, manifest.counts, manifest.chain_head, sqlite=True)
        except Exception as exc:
            return Verification(False, ("readable",), (f"the backup cannot be read: {exc}",))
        finally:
            engine.dispose()
    return verify_dump(backup)


def restore_into(engine: Engine, backup: Path, manifest: BackupManifest) -> None:
    """Replace the target's content with the backup's (one transaction)."""
    if manifest.engine != engine.dialect.name:
        raise RestoreError(
            f"backup {backup}: a {manifest.engine} backup cannot be restored into a "
            f"{engine.dialect.name} database (restore it into its own kind of database, then "
            "use db migrate-to)"
        )
    if engine.dialect.name == "sqlite":
        _restore_sqlite(engine, backup)
    else:
        _restore_postgresql(engine, backup)


def check_restored(engine: Engine, manifest: BackupManifest) -> Verification:
    with engine.connect() as conn:
        return check_connection(
            conn, manifest.counts, manifest.chain_head, sqlite=engine.dialect.name == "sqlite"
        )


def _restore_sqlite(engine: Engine, backup: Path) -> None:
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        with engine.connect() as conn:
            # SQLAlchemy types the driver's connection Any | None: pysqlite's here
            target = cast(sqlite3.Connection, conn.connection.driver_connection)
            source.backup(target)
    except sqlite3.Error as exc:
        raise RestoreError(f"the restore failed, the target is unchanged: {exc}") from None
    finally:
        source.close()
    if engine.url.database:
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(f"{engine.url.database}{suffix}"))


def _restore_postgresql(engine: Engine, backup: Path) -> None:
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        raise RestoreError("pg_restore was not found: install the PostgreSQL client tools")
    engine.dispose()  # no pooled connection of ours in the way of the drops
    args = [
        pg_restore, "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
        *pg_connection_args(engine), str(backup),
    ]
    done = subprocess.run(args, env=pg_environment(engine), capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise RestoreError(
            f"pg_restore failed, the target is unchanged: {done.stderr.strip()[:2000]}"
        )
