"""The SQLite database is its owner's alone whatever the umask: the file, its WAL and shared
memory 0600, CalciTrack's data folder 0700; files and a folder left readable by an earlier version
are tightened when the clinic is opened. A folder the user chose is left as it is, and a
read-only file stays read-only (tightening only takes rights away)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from calcitrack.bootstrap import open_clinic
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.store.locations import data_dir
from tests.support.accounts import open_signed_in
from tests.support.file_modes import mode
from tests.support.sample_chart import sample_chart

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.usefixtures("everyday_umask"),
]


def _write_a_chart(target: str) -> None:
    clinic = open_signed_in(target)
    try:
        ChartService(clinic.context()).add_charts([sample_chart("P-1")])
        with clinic.engine.connect() as conn:  # the WAL and shared memory exist while it is open
            conn.exec_driver_sql("SELECT 1")
            modes = {p.name: mode(p) for p in Path(target).parent.glob("*.sqlite3*")}
    finally:
        clinic.close()
    assert modes == {
        "calcitrack.sqlite3": 0o600,
        "calcitrack.sqlite3-wal": 0o600,
        "calcitrack.sqlite3-shm": 0o600,
    }


def test_a_new_database_in_the_default_place_is_private_with_its_wal_and_folder() -> None:
    db = data_dir() / "calcitrack.sqlite3"
    assert not data_dir().exists()
    _write_a_chart(str(db))
    assert mode(db) == 0o600
    assert mode(data_dir()) == 0o700


def test_a_database_the_user_placed_is_private_and_her_folder_is_left_alone(
    tmp_path: Path,
) -> None:
    chosen = tmp_path / "clinic"
    chosen.mkdir()
    assert mode(chosen) == 0o755
    _write_a_chart(str(chosen / "calcitrack.sqlite3"))
    assert mode(chosen) == 0o755


def test_a_new_folder_made_for_a_database_is_private(tmp_path: Path) -> None:
    db = tmp_path / "new" / "place" / "calcitrack.sqlite3"
    open_clinic(str(db)).close()
    assert (mode(db), mode(db.parent)) == (0o600, 0o700)


def test_an_earlier_versions_readable_database_and_folder_are_tightened_on_open() -> None:
    folder = data_dir()
    folder.mkdir(parents=True)
    db = folder / "calcitrack.sqlite3"
    open_clinic(str(db)).close()
    os.chmod(folder, 0o755)
    os.chmod(db, 0o644)
    left = sqlite3.connect(db)  # a WAL and shared memory left readable, as a crash leaves them
    left.execute("PRAGMA journal_mode=WAL")
    left.execute("CREATE TABLE left_behind (x)")
    for name in ("calcitrack.sqlite3-wal", "calcitrack.sqlite3-shm"):
        os.chmod(folder / name, 0o644)
    try:
        clinic = open_clinic(None)  # the default database, as the window opens it
        clinic.close()
        assert {p.name: mode(p) for p in folder.iterdir() if p.is_file()} == {
            "calcitrack.sqlite3": 0o600,
            "calcitrack.sqlite3-wal": 0o600,
            "calcitrack.sqlite3-shm": 0o600,
        }
        assert mode(folder) == 0o700
    finally:
        left.close()


def test_a_read_only_database_stays_read_only(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite3"
    open_clinic(str(db)).close()
    os.chmod(db, 0o444)
    try:
        open_clinic(str(db)).close()
        assert mode(db) == 0o400  # others lose reading; nobody gains writing
    finally:
        os.chmod(db, 0o600)
