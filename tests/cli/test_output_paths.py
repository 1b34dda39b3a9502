"""Where a command writes is checked before any work starts: a folder, a missing folder or an
unwritable place named by `export -o`, `report -o`/`--out-dir` or `audit export --csv` gets one
clear line (exit 2), no file, and nothing in the audit trail; a malformed `--db` URL is explained
without a traceback (the real command, a real SQLite file)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from calcitrack.cli.exits import EXIT_DATA, EXIT_USAGE
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from tests.support.import_runs import DemoImport, fresh_copy, run_cli, snapshot

UNWRITABLE = Path("/proc")
"""A place no account can create a file in, root included (the kernel's process table)."""

COMMANDS = {
    "export": (["export", "--all", "-o"], "export.json"),
    "report": (["report", "--mrn", DEMO_RA_MRN, "--latest", "-o"], "summary.pdf"),
    "audit": (["audit", "export", "--csv"], "audit.csv"),
}


@pytest.fixture
def clinic_file(tmp_path: Path, demo_import: DemoImport) -> Path:
    return fresh_copy(demo_import, tmp_path)


def _places(out: Path, name: str) -> dict[str, tuple[Path, str]]:
    out.mkdir()
    a_file = out / "plain.txt"
    a_file.write_text("x", "utf-8")
    pipe = out / name
    os.mkfifo(pipe)  # like /dev/null or /dev/full: a rename over it would replace the device
    return {
        "not a regular file": (pipe, "is not a regular file"),
        "an existing folder": (out, "is a folder; give a file name such as"),
        "a missing folder": (out / "missing" / name, "does not exist"),
        "a file as the folder": (a_file / name, "is a file, not a folder"),
        "an unwritable place": (UNWRITABLE / name, "cannot write in that folder"),
    }


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(
    "place", ["an existing folder", "a missing folder", "a file as the folder",
              "an unwritable place", "not a regular file"],
)
def test_an_output_that_cannot_be_written_is_refused_before_any_work(
    command: str, place: str, clinic_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argv, name = COMMANDS[command]
    out = tmp_path / "out"
    target, reason = _places(out, name)[place]
    before = snapshot(clinic_file)
    listed = sorted(p.name for p in out.iterdir())
    done = run_cli(*argv, str(target), "--db", str(clinic_file), monkeypatch=monkeypatch)
    assert done.code == EXIT_USAGE, done.stderr
    assert reason in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert snapshot(clinic_file) == before, "nothing recorded for an output never written"
    assert sorted(p.name for p in out.iterdir()) == listed
    if place == "not a regular file":
        assert stat.S_ISFIFO(target.stat().st_mode), "the pipe is still a pipe"


@pytest.mark.parametrize("out_dir", ["a file", "unwritable"])
def test_a_clinic_day_folder_that_cannot_take_files_is_refused_first(
    out_dir: str, clinic_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plain.txt" if out_dir == "a file" else Path("/proc")
    target.parent.mkdir(exist_ok=True)
    if out_dir == "a file":
        target.write_text("x", "utf-8")
    before = snapshot(clinic_file)
    done = run_cli("report", "--date", "2025-06-16", "--out-dir", str(target),
                   "--db", str(clinic_file), monkeypatch=monkeypatch)
    assert done.code == EXIT_USAGE, done.stderr
    assert "is a file, not a folder" in done.stderr or "cannot write in that folder" in done.stderr
    assert snapshot(clinic_file) == before


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql://::::", "its port is not a number"),
        ("postgresql://clinic:s3cret@server:notaport/calcitrack", "its port is not a number"),
        ("postgresql://clinic:s3cret@server:99999/calcitrack", "its port is not a number"),
        ("://", "not a database URL"),
    ],
)
def test_a_malformed_database_url_is_explained_without_its_password(
    url: str, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = run_cli("db", "check", "--db", url, monkeypatch=monkeypatch)
    assert done.code == EXIT_DATA, done.stderr
    assert reason in done.stderr
    assert "s3cret" not in done.stderr
    assert "Traceback" not in done.stderr
