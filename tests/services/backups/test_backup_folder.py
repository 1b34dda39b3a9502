"""The clinic's backup folder (a clinic setting) on both engines: the automatic backup lands
there, not in the workstation's data folder; a folder the admin made keeps its permissions, one
CalciTrack makes is owner-only; a folder this workstation cannot reach fails the backup honestly
(a failed ``backup_check`` in the trail, the window's warning naming the folder and the reason,
nothing written elsewhere); backups and restores carry the setting."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic.backup_manifest import KIND_AUTOMATIC
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.clinic_text_settings import BACKUP_FOLDER
from calcitrack.services.backups.backup_service import BackupService, backup_folder
from calcitrack.services.backups.restore_service import plan_restore, run_restore
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.store import settings_repository
from calcitrack.store.backups.backup import BackupError
from calcitrack.store.engine import make_engine
from calcitrack.store.unit_of_work import UnitOfWork

NOON = datetime(2026, 12, 7, 11, 0, tzinfo=timezone.utc)


def _set_folder(clinic: Clinic, folder: str) -> None:
    service = ClinicSettingsService(clinic.context())
    service.save({}, based_on_version=service.current().version, texts={BACKUP_FOLDER: folder})


def _service(clinic: Clinic) -> BackupService:
    return BackupService(replace(clinic.context(), uow=UnitOfWork(clinic.engine, lambda: NOON)))


def _checks(clinic: Clinic) -> list[dict[str, object]]:
    with clinic.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT changes_json FROM audit_log WHERE action = 'backup_check' ORDER BY id"
        )).scalars()
        return [json.loads(row) for row in rows]


def test_the_automatic_backup_goes_into_the_clinic_s_folder_left_as_the_admin_made_it(
    clinic: Clinic, tmp_path: Path
) -> None:
    chosen = tmp_path / "share" / "calcitrack"
    chosen.mkdir(parents=True)
    chosen.chmod(0o750)  # the admin's choice: CalciTrack does not make it private
    _set_folder(clinic, str(chosen))
    workstation = tmp_path / "data" / "backups"
    result = _service(clinic).back_up_automatically(workstation, NOON)
    assert result is not None and result.path.parent == chosen
    assert result.manifest.kind == KIND_AUTOMATIC and result.manifest.verification.ok
    assert result.path.stat().st_mode & 0o777 == 0o600
    assert chosen.stat().st_mode & 0o777 == 0o750
    assert not workstation.exists()
    assert _checks(clinic)[-1]["ok"] is True


def test_a_missing_folder_whose_parent_is_there_is_made_owner_only(
    clinic: Clinic, tmp_path: Path
) -> None:
    chosen = tmp_path / "calcitrack-backups"
    _set_folder(clinic, str(chosen))
    result = _service(clinic).back_up_automatically(tmp_path / "data" / "backups", NOON)
    assert result is not None and result.path.parent == chosen
    assert chosen.stat().st_mode & 0o777 == 0o700


def test_an_unreachable_folder_fails_the_backup_and_the_window_says_where_and_why(
    clinic: Clinic, tmp_path: Path
) -> None:
    share = tmp_path / "nas-not-mounted"
    chosen = share / "calcitrack"
    _set_folder(clinic, str(chosen))
    service = _service(clinic)
    with pytest.raises(BackupError, match="cannot be reached from this workstation"):
        service.back_up_automatically(tmp_path / "data" / "backups", NOON)
    assert not share.exists() and not (tmp_path / "data").exists()  # nothing written elsewhere
    failed = _checks(clinic)[-1]
    assert failed["ok"] is False and failed["kind"] == KIND_AUTOMATIC
    assert failed["file"] == str(chosen)
    warning = service.status(NOON).warning()
    assert warning is not None
    assert warning.startswith("The last automatic backup failed: backup folder ")
    assert str(chosen) in warning and f"the folder {share} does not exist here" in warning


def test_a_file_where_the_folder_should_be_fails_the_backup(
    clinic: Clinic, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    _set_folder(clinic, str(blocked))
    service = _service(clinic)
    with pytest.raises(BackupError, match="a file is in the way"):
        service.back_up_automatically(tmp_path / "data" / "backups", NOON)
    assert str(blocked) in (service.status(NOON).warning() or "")


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this process may not write into: without write bits for an ordinary account;
    immutable (chattr +i) for root, whom write bits do not stop."""
    chosen = tmp_path / "read-only"
    chosen.mkdir(mode=0o500)
    if os.geteuid() != 0:
        yield chosen
        return
    made = subprocess.run(["chattr", "+i", str(chosen)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"root, and chattr +i is not available here ({made.stderr!r})")
    try:
        yield chosen
    finally:
        subprocess.run(["chattr", "-i", str(chosen)], check=False)


def test_a_folder_this_workstation_cannot_write_fails_the_backup(
    clinic: Clinic, tmp_path: Path, unwritable_folder: Path
) -> None:
    _set_folder(clinic, str(unwritable_folder))
    with pytest.raises(BackupError, match="cannot be written from this workstation"):
        _service(clinic).back_up_automatically(tmp_path / "data" / "backups", NOON)
    assert list(unwritable_folder.iterdir()) == []


def test_without_a_clinic_folder_the_workstation_s_own_is_used(
    clinic: Clinic, tmp_path: Path
) -> None:
    workstation = tmp_path / "data" / "backups"
    result = _service(clinic).back_up_automatically(workstation, NOON)
    assert result is not None and result.path.parent == workstation
    assert workstation.stat().st_mode & 0o777 == 0o700
    defaults = ClinicSettings.defaults()
    assert backup_folder(defaults, workstation) == workstation
    chosen = ClinicSettings.from_stored({}, 1, {BACKUP_FOLDER: "/srv/ct"})
    assert backup_folder(chosen, workstation) == Path("/srv/ct")


def test_a_backup_and_its_restore_carry_the_folder(
    clinic: Clinic, tmp_path: Path, db_url: str, request: pytest.FixtureRequest
) -> None:
    _set_folder(clinic, "/srv/calcitrack/backups")
    if db_url.startswith("sqlite"):
        target = f"sqlite:///{tmp_path / 'restored' / 'clinic.sqlite3'}"
    else:
        server = request.getfixturevalue("postgres_server")
        target = server.create_database("r_backup_folder")
    suffix = "sqlite3" if db_url.startswith("sqlite") else "dump"
    backup = BackupService(clinic.context()).back_up(tmp_path / "copies" / f"c.{suffix}").path
    _set_folder(clinic, "")  # changed after the backup
    run_restore(plan_restore(backup, target), confirmed=False)
    engine = make_engine(target)
    try:
        with UnitOfWork(engine).read() as session:
            restored = settings_repository.load(session)
    finally:
        engine.dispose()
        if not db_url.startswith("sqlite"):
            server.drop_database("r_backup_folder")
    assert restored.text(BACKUP_FOLDER) == "/srv/calcitrack/backups"
