"""Backups on both engines: written, read back, checked, recorded; the automatic daily backup,
its retention (which never touches other files) and the window's warning status."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.domain.clinic.backup_manifest import (
    KIND_AUTOMATIC,
    BackupManifest,
    Verification,
    manifest_path,
)
from calcitrack.services.audit_service import AuditService
from calcitrack.services.backups.backup_service import BackupService, take_backup
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.store.audit_trail import audit_repository
from calcitrack.store.backups.backup import BackupError
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.sample_chart import sample_chart

NOON = datetime(2026, 12, 7, 11, 0, tzinfo=timezone.utc)


def _with_charts(clinic: Clinic, n: int = 2) -> Clinic:
    ChartService(clinic.context()).add_charts(
        [sample_chart(mrn=f"T-{100 + i}") for i in range(n)]
    )
    return clinic


class Clock:
    """The trail's clock, moved by the test (days pass in a moment)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def _service_at(clinic: Clinic, clock: Clock) -> BackupService:
    context = clinic.context()
    return BackupService(replace(context, uow=UnitOfWork(clinic.engine, clock)))


def _manifest(path: Path) -> BackupManifest:
    return BackupManifest.from_json(json.loads(manifest_path(path).read_text()))


def test_a_backup_holds_the_database_at_that_moment_and_says_so(
    clinic: Clinic, tmp_path: Path
) -> None:
    _with_charts(clinic)
    target = tmp_path / "copies" / ("b.sqlite3" if clinic.engine.dialect.name == "sqlite"
                                    else "b.dump")
    with clinic.uow.read() as session:
        head_before = audit_repository.chain_head(session)
    result = BackupService(clinic.context()).back_up(target)

    assert result.path == target and target.is_file()
    assert target.stat().st_mode & 0o777 == 0o600
    manifest = _manifest(target)
    assert manifest.chain_head == head_before  # the trail as the copy holds it
    assert manifest.counts["patients"] == 2 and manifest.verification.ok
    password = make_url(clinic.url).password
    assert not password or str(password) not in manifest_path(target).read_text()
    if clinic.engine.dialect.name == "sqlite":
        copy = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            assert copy.execute("SELECT count(*) FROM patients").fetchone() == (2,)
            assert copy.execute("SELECT id, hash FROM audit_log ORDER BY id DESC").fetchone() == (
                head_before.entry_id, head_before.hash)
        finally:
            copy.close()
    else:
        listed = subprocess.run(["pg_restore", "--list", str(target)], capture_output=True,
                                text=True, check=True).stdout
        assert "TABLE DATA public patients" in listed
    entries = AuditService(clinic.context()).entries(newest_first=True, limit=2)
    check, made = entries
    assert (made.action, check.action) == ("backup", "backup_check")
    details = json.loads(check.changes_json)
    assert details["ok"] is True and details["chain_head"] == head_before.text()
    assert details["counts"]["patients"] == 2


def test_a_backup_to_an_existing_file_refuses_and_keeps_it(clinic: Clinic, tmp_path: Path) -> None:
    target = tmp_path / "out" / "b.backup"
    target.parent.mkdir()
    target.write_text("someone's file")
    with pytest.raises(BackupError, match="already exists"):
        BackupService(clinic.context()).back_up(target)
    assert target.read_text() == "someone's file"
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.backup"]


def test_the_daily_backup_runs_once_a_day_and_keeps_what_the_clinic_set(
    clinic: Clinic, tmp_path: Path
) -> None:
    _with_charts(clinic, 1)
    folder = tmp_path / "backups"
    clock = Clock(NOON)
    service = _service_at(clinic, clock)
    folder.mkdir()
    (folder / "my-own-copy.sqlite3").write_text("not CalciTrack's")
    (folder / "calcitrack-auto-20200101T000000Z.sqlite3").write_text("no manifest: not ours")
    other = folder / "calcitrack-auto-20200102T000000Z.sqlite3"  # another clinic's (a demo's)
    other.write_text("another database's automatic backup")
    manifest_path(other).write_text(json.dumps(BackupManifest(
        other.name, KIND_AUTOMATIC, NOON - timedelta(days=2000), "sqlite", "/elsewhere/d.sqlite3",
        "0009", {"patients": 1}, ChainAnchor(1, "0" * 64), Verification(True, ("row counts",)),
    ).to_json()))
    made = []
    for day in range(12):
        clock.moment = NOON + timedelta(days=day)
        first = service.back_up_automatically(folder, clock.moment)
        assert first is not None and first.manifest.kind == KIND_AUTOMATIC
        clock.moment += timedelta(hours=1)
        assert service.back_up_automatically(folder, clock.moment) is None
        made.append(first.path)
    assert folder.stat().st_mode & 0o777 == 0o700
    kept = {p.name for p in folder.iterdir()}
    # Monday 7 to Friday 18 December: the last seven days are kept; the weekly ones (the newest
    # of each ISO week: Sunday 13, Friday 18) are among them; days 0-4 are pruned
    assert sorted(n for n in kept if n.startswith("calcitrack-auto-2026")) == sorted(
        [p.name for p in made[5:]] + [f"{p.name}.json" for p in made[5:]]
    )
    assert "my-own-copy.sqlite3" in kept
    assert "calcitrack-auto-20200101T000000Z.sqlite3" in kept
    assert {other.name, f"{other.name}.json"} <= kept


def test_the_window_is_warned_without_a_recent_good_backup(
    clinic: Clinic, tmp_path: Path
) -> None:
    clock = Clock(NOON)
    service = _service_at(clinic, clock)
    assert service.status(NOON).warning() == "No verified backup of this clinic's database yet."
    service.back_up_automatically(tmp_path / "backups", NOON)
    assert service.status(NOON + timedelta(days=1)).warning() is None
    late = service.status(NOON + timedelta(days=3)).warning()
    assert late is not None and "more than 2 day(s) ago" in late
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    clock.moment = NOON + timedelta(days=3)
    with pytest.raises(BackupError):
        service.back_up_automatically(blocked / "backups", clock.moment)
    failed = service.status(NOON + timedelta(days=3)).warning()
    assert failed is not None and failed.startswith("The last automatic backup failed")


def test_the_manifest_s_anchor_and_source_read_back(clinic: Clinic, tmp_path: Path) -> None:
    result = BackupService(clinic.context()).back_up(tmp_path / "x.backup")
    raw = json.loads(manifest_path(result.path).read_text())
    assert ChainAnchor.parse(raw["chain_head"]) == result.manifest.chain_head
    assert raw["source"] == clinic.where


def test_a_read_only_database_is_backed_up_and_says_it_could_not_record_it(
    sqlite_url: str, tmp_path: Path
) -> None:
    import sqlite3 as sqlite

    from sqlalchemy import create_engine

    from tests.support.accounts import open_signed_in

    open_signed_in(sqlite_url).close()
    path = make_url(sqlite_url).database
    read_only = create_engine(
        "sqlite://", creator=lambda: sqlite.connect(f"file:{path}?mode=ro", uri=True)
    )
    target = tmp_path / "copies" / "ro.sqlite3"
    try:
        with pytest.raises(BackupError, match="written and verified, but it could not be recorded"):
            take_backup(UnitOfWork(read_only), target, kind="manual", actor_id=None)
    finally:
        read_only.dispose()
    assert target.is_file() and manifest_path(target).is_file()
    assert _manifest(target).verification.ok
