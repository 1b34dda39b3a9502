"""A research export killed with ``kill -9`` part-way (the real command on a synthetic clinic)
leaves its private temporary folder beside the target, holding patient tables; the next export
that writes beside it removes it and says so. A temporary folder of an export still running
(here paused with SIGSTOP) is never touched: that export then finishes as if alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calcitrack.cli.exits import EXIT_OK
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from tests.support.import_runs import DemoImport, fresh_copy, run_cli
from tests.support.research_export import FILES

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and SIGSTOP are POSIX")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "CALCITRACK_USER": "physician",
            "CALCITRACK_PASSWORD": "calcitrack-demo"}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("synthetic") / "clinic.sqlite3"
    subprocess.run([sys.executable, "-m", "calcitrack", "demo", "--synthetic", "300",
                    "--db", str(db)], env=_env(), check=True, capture_output=True, cwd=ROOT)
    return db


def _start_export(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "calcitrack", "--db", str(db), "export", "--format", "csv",
         "--all", "--pseudonymise", "--out-dir", str(folder)],
        env=_env(), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _hidden_with_tables(parent: Path, export: subprocess.Popen[bytes]) -> Path:
    """The hidden temporary folder once it holds the patients' table (the export still runs)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for entry in parent.iterdir():
            if entry.name.startswith(".") and any(entry.rglob("patients.csv")):
                return entry
        assert export.poll() is None, export.communicate()
        time.sleep(0.005)
    raise AssertionError("the export made no temporary folder in a minute")


def test_a_killed_export_s_folder_is_removed_by_the_next_export_beside_it(
    synthetic: Path, demo_import: DemoImport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = tmp_path / "exports"
    parent.mkdir()
    killed = _start_export(synthetic, parent / "x")
    leftover = _hidden_with_tables(parent, killed)
    killed.send_signal(signal.SIGKILL)
    killed.communicate()
    assert not (parent / "x").exists()  # killed before the end: what the QA trial saw
    assert leftover.exists() and any(leftover.rglob("patients.csv"))

    clinic = fresh_copy(demo_import, tmp_path)
    done = run_cli("export", "--format", "csv", "--mrn", DEMO_RA_MRN, "--out-dir",
                   str(parent / "y"), "--db", str(clinic), monkeypatch=monkeypatch)
    assert done.code == EXIT_OK, done.stderr
    assert sorted(p.name for p in parent.iterdir()) == ["y"]
    assert {p.name for p in (parent / "y").iterdir()} == FILES
    assert "removed" in done.stderr and leftover.name in done.stderr
    assert f"process {killed.pid}" in done.stderr


def test_the_folder_of_an_export_still_running_beside_it_is_kept(
    synthetic: Path, demo_import: DemoImport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = tmp_path / "exports"
    parent.mkdir()
    running = _start_export(synthetic, parent / "x")
    try:
        other = _hidden_with_tables(parent, running)
        running.send_signal(signal.SIGSTOP)  # still running, only paused
        clinic = fresh_copy(demo_import, tmp_path)
        done = run_cli("export", "--format", "csv", "--mrn", DEMO_RA_MRN, "--out-dir",
                       str(parent / "y"), "--db", str(clinic), monkeypatch=monkeypatch)
        assert done.code == EXIT_OK, done.stderr
        assert other.exists() and "removed" not in done.stderr
    finally:
        running.send_signal(signal.SIGCONT)
    _out, err = running.communicate(timeout=120)
    assert running.returncode == EXIT_OK, err
    assert {p.name for p in (parent / "x").iterdir()} == FILES
    assert sorted(p.name for p in parent.iterdir()) == ["x", "y"]
