"""Which hidden folders an export removes beside it: only a staging folder with its marker whose
export process is gone (or whose pid now belongs to a process started later) on this host;
never one of a running export, another host's, one without the marker or holding anything else,
a file or a symlink with the name, or a folder with another name."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from calcitrack.reports.exports.export_staging import (
    MARKER,
    make_staging,
    remove_leftovers,
)

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="Linux /proc")


def _gone_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def killed_export_leftover(parent: Path, name: str, **marker: object) -> Path:
    folder = parent / f".calcitrack-export-{name}.tmp"
    (folder / "export").mkdir(parents=True)
    (folder / "export" / "patients.csv").write_text("mrn\nM1\n")
    fields = {"host": socket.gethostname(), "pid": _gone_pid(), "process_start": "1",
              "started_at": "2026-12-06T20:00:00+00:00"} | marker
    (folder / MARKER).write_text(json.dumps(fields))
    return folder


def test_only_folders_of_exports_no_longer_running_are_removed(tmp_path: Path) -> None:
    own = make_staging(tmp_path / "mine")  # this process: running
    gone = killed_export_leftover(tmp_path, "gone")
    reused = killed_export_leftover(tmp_path, "reused", pid=os.getpid(), process_start="0")
    other_host = killed_export_leftover(tmp_path, "host", host="another-host.invalid")
    no_marker = tmp_path / ".calcitrack-export-nomarker.tmp"
    (no_marker / "export").mkdir(parents=True)
    extra = killed_export_leftover(tmp_path, "extra")
    (extra / "notes.txt").write_text("someone's")
    bad_marker = killed_export_leftover(tmp_path, "bad")
    (bad_marker / MARKER).write_text("not json")
    other_name = tmp_path / ".study-abc.tmp"
    other_name.mkdir()
    (other_name / MARKER).write_text((gone / MARKER).read_text())
    target = killed_export_leftover(tmp_path, "target-of-link")
    link = tmp_path / ".calcitrack-export-link.tmp"
    link.symlink_to(target, target_is_directory=True)
    target.rename(tmp_path / "kept-target")

    removed = remove_leftovers(tmp_path)

    assert sorted(left.folder for left in removed) == sorted([gone, reused])
    assert not gone.exists() and not reused.exists()
    for kept in (own.root, other_host, no_marker, extra, bad_marker, other_name, link):
        assert kept.exists() or kept.is_symlink(), kept
    assert (tmp_path / "kept-target" / "export" / "patients.csv").exists()
    assert all(f"process {left.pid}" in left.line() for left in removed)


def test_a_staging_folder_holds_its_marker_first_with_this_process(tmp_path: Path) -> None:
    staging = make_staging(tmp_path / "study")
    marker = json.loads((staging.root / MARKER).read_text())
    assert marker["pid"] == os.getpid() and marker["host"] == socket.gethostname()
    assert staging.root.parent == tmp_path and staging.data.parent == staging.root
    assert oct(staging.root.stat().st_mode & 0o777) == "0o700"
    assert remove_leftovers(tmp_path) == () and staging.root.exists()
