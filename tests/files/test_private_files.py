"""Files that can hold patient data are private whatever the umask: written 0600, CalciTrack's
folders 0700, looser files left by an earlier version tightened, an interrupted write leaves
nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from calcitrack.private_files import (
    atomic_private,
    make_private,
    open_private,
    private_folder,
    restrict_umask,
    write_private,
)
from tests.support.file_modes import mode

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.usefixtures("everyday_umask"),
]


def test_a_file_written_privately_is_0600_and_holds_what_was_written(tmp_path: Path) -> None:
    target = write_private(tmp_path / "export.json", "{}")
    assert mode(target) == 0o600
    assert target.read_text() == "{}"
    with open_private(tmp_path / "audit.csv") as out:
        out.write("a,b\n")
    assert mode(tmp_path / "audit.csv") == 0o600
    with open_private(tmp_path / "summary.pdf", "wb") as raw:
        raw.write(b"%PDF")
    assert mode(tmp_path / "summary.pdf") == 0o600


def test_overwriting_a_loose_file_makes_it_private(tmp_path: Path) -> None:
    loose = tmp_path / "old.csv"
    loose.write_text("old")
    assert mode(loose) == 0o644
    with open_private(loose) as out:
        out.write("new")
    assert (mode(loose), loose.read_text()) == (0o600, "new")


def test_exclusive_open_refuses_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "backup.sqlite3").write_bytes(b"keep")
    with pytest.raises(FileExistsError):
        open_private(tmp_path / "backup.sqlite3", "xb")
    assert (tmp_path / "backup.sqlite3").read_bytes() == b"keep"


def test_own_folders_are_0700_and_loose_ones_are_tightened(tmp_path: Path) -> None:
    made = private_folder(tmp_path / "data" / "backups")
    assert mode(made) == 0o700
    loose = tmp_path / "logs"
    loose.mkdir()
    assert mode(loose) == 0o755
    assert mode(private_folder(loose)) == 0o700
    old_db = tmp_path / "calcitrack.sqlite3"
    old_db.write_bytes(b"")
    assert mode(make_private(old_db)) == 0o600
    assert make_private(tmp_path / "missing") == tmp_path / "missing"


def test_the_process_umask_makes_every_new_file_private(tmp_path: Path) -> None:
    previous = restrict_umask()
    try:
        (tmp_path / "by-a-library.txt").write_text("x")
        (tmp_path / "folder").mkdir()
    finally:
        os.umask(previous)
    assert previous == 0o022
    assert mode(tmp_path / "by-a-library.txt") == 0o600
    assert mode(tmp_path / "folder") == 0o700


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = write_private(tmp_path / "anchors.log", "first\n")
    with pytest.raises(OSError), atomic_private(target) as out:
        out.write(b"half")
        raise OSError(28, "No space left on device")
    assert target.read_text() == "first\n"
    assert [p.name for p in tmp_path.iterdir()] == ["anchors.log"]
