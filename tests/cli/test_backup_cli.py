"""``calcitrack db backup`` as a user runs it: a failure is explained and leaves nothing behind,
the backup is private, verified, described by its manifest and recorded in the audit trail."""

from __future__ import annotations

import getpass
import json
import os
import resource
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from tests.cli.test_cli import calcitrack
from tests.support.accounts import TEST_ENV, open_signed_in
from tests.support.postgres_server import PostgresServer
from tests.support.sample_chart import sample_chart

TOO_SMALL = 64 * 1024
"""A file-size limit far below the demo clinic's size: the backup cannot be completed."""


def _limited(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The command with writes capped at TOO_SMALL bytes a file (as on a full disk)."""
    env = {**os.environ, "CALCITRACK_HOME": str(home), **TEST_ENV}
    env.pop("CALCITRACK_DATABASE_URL", None)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (TOO_SMALL, TOO_SMALL))

    return subprocess.run(
        [sys.executable, "-m", "calcitrack", *args], capture_output=True, text=True, env=env,
        timeout=300, check=False, preexec_fn=cap,
    )


@pytest.fixture
def demo_db(tmp_path: Path, calcitrack_home: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    done = calcitrack("demo", "--db", str(db), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    return db


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_failed_backup_leaves_nothing_and_the_retry_works(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    target = tmp_path / "out" / "clinic.sqlite3"
    target.parent.mkdir()
    failed = _limited("db", "backup", str(target), "--db", str(demo_db), home=calcitrack_home)
    assert failed.returncode == 1, failed.stderr
    assert "Traceback" not in failed.stderr
    assert f"backup file {target}" in failed.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == []
    retry = calcitrack("db", "backup", str(target), "--db", str(demo_db), home=calcitrack_home)
    assert retry.returncode == 0, retry.stderr
    assert _rows(target, "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize("where", ["under a file", "unwritable"])
def test_a_backup_to_a_place_that_cannot_be_written_is_explained(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path, where: str
) -> None:
    if where == "under a file":
        (tmp_path / "notes.txt").write_text("not a folder")
        target = tmp_path / "notes.txt" / "copy.sqlite3"
    elif os.geteuid() == 0:  # root writes anywhere a mode allows nothing: /proc takes no files
        target = Path("/proc/calcitrack-backup.sqlite3")
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "copy.sqlite3"
    done = calcitrack("db", "backup", str(target), "--db", str(demo_db), home=calcitrack_home)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"error: backup file {target}: "), done.stderr
    assert not target.exists()


def test_a_backup_is_private_verified_described_and_audited(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    target = tmp_path / "backups" / "copy.sqlite3"
    done = calcitrack("db", "backup", str(target), "--db", str(demo_db), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert "verified" in done.stdout
    manifest_file = target.with_name("copy.sqlite3.json")
    assert target.stat().st_mode & 0o777 == 0o600
    assert manifest_file.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3", "copy.sqlite3.json"]

    manifest = json.loads(manifest_file.read_text())
    # the copy holds what the manifest says, read back from the file itself
    for table, count in manifest["counts"].items():
        assert _rows(target, f"SELECT count(*) FROM {table}") == [(count,)], table
    assert manifest["counts"]["patients"] == len(demo_charts())
    head = ChainAnchor.parse(manifest["chain_head"])
    assert _rows(target, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1") == [
        (head.entry_id, head.hash)
    ]
    assert manifest["schema_revision"] == _rows(target, "SELECT version_num FROM alembic_version")[
        0
    ][0]
    assert manifest["verification"]["ok"] is True
    assert manifest["source"] == str(demo_db)
    assert "created_at" in manifest

    # the source's trail records the backup and its check, by the OS user (no account signed in)
    entries = _rows(
        demo_db,
        "SELECT action, actor_id, changes_json FROM audit_log WHERE action IN "
        "('backup', 'backup_check') ORDER BY id",
    )
    assert [e[0] for e in entries] == ["backup", "backup_check"]
    backup_entry, check_entry = (json.loads(str(e[2])) for e in entries)
    assert entries[0][1] is None and backup_entry["os_user"] == getpass.getuser()
    assert backup_entry["file"] == str(target)
    assert check_entry["ok"] is True
    assert check_entry["chain_head"] == manifest["chain_head"]
    assert check_entry["counts"] == manifest["counts"]


@pytest.mark.postgres
def test_postgresql_backup_and_restore_from_the_command_line(
    postgres_url: str, postgres_server: PostgresServer, tmp_path: Path, calcitrack_home: Path
) -> None:
    clinic = open_signed_in(postgres_url)
    try:
        ChartService(clinic.context()).add_charts([sample_chart("PG-1"), sample_chart("PG-2")])
    finally:
        clinic.close()
    dump = tmp_path / "pg" / "clinic.dump"
    done = calcitrack("db", "backup", str(dump), "--db", postgres_url, home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert dump.stat().st_mode & 0o777 == 0o600
    manifest = json.loads(dump.with_name("clinic.dump.json").read_text())
    assert manifest["engine"] == "postgresql" and manifest["counts"]["patients"] == 2
    assert manifest["verification"]["checks"] == ["pg_restore --list", "data of every table"]

    name = f"r_{uuid.uuid4().hex[:12]}"
    target = postgres_server.create_database(name)
    try:
        restored = calcitrack("db", "restore", str(dump), "--db", target, home=calcitrack_home)
        assert restored.returncode == 0, restored.stderr
        engine = create_engine(target)
        try:
            with engine.connect() as conn:
                mrns = conn.execute(text("SELECT mrn FROM patients ORDER BY mrn")).scalars().all()
                newest = conn.execute(text(
                    "SELECT action, changes_json FROM audit_log ORDER BY id DESC LIMIT 1"
                )).one()
        finally:
            engine.dispose()
        assert mrns == ["PG-1", "PG-2"]
        assert newest.action == "restore"
        assert json.loads(newest.changes_json)["backup_chain_head"] == manifest["chain_head"]
    finally:
        postgres_server.drop_database(name)
