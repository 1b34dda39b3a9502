"""Degraded storage: a read-only database file (or folder) still serves reads — export, report,
db check, audit verify — and says why writes are refused; a full database or disk says "disk
full" (the real command, a real SQLite file made read-only for real; a full database through
SQLite's own page limit).

Read-only for real: as an ordinary account, the file and folder lose their write bits; as root,
for whom write bits mean nothing, the file is made immutable (chattr +i) and the folder is
bind-mounted read-only. A test skips, saying why, only when neither can be done here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from calcitrack.cli.exits import EXIT_DATABASE
from calcitrack.cli.explain import explain
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.services.import_export.chart_service import ChartService
from tests.support.accounts import open_signed_in
from tests.support.import_runs import DemoImport, fresh_copy, run_cli, snapshot
from tests.support.sample_chart import sample_chart

ROOT = os.geteuid() == 0


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@pytest.fixture(params=["file", "folder"])
def read_only_db(
    request: pytest.FixtureRequest, tmp_path: Path, demo_import: DemoImport
) -> Iterator[Path]:
    """A copy of the demo clinic that cannot be written: the file, or its whole folder."""
    source = tmp_path / "src"
    source.mkdir()
    db = fresh_copy(demo_import, source)
    undo: list[tuple[str, ...]] = []
    if request.param == "file":
        if ROOT:
            if not _run("chattr", "+i", str(db)):
                pytest.skip("root, and chattr +i is not available here")
            undo.append(("chattr", "-i", str(db)))
        else:
            db.chmod(0o444)
        target = db
    else:
        if ROOT:
            mounted = tmp_path / "ro"
            mounted.mkdir()
            if not _run("mount", "--bind", "-o", "ro", str(source), str(mounted)):
                pytest.skip("root, and a read-only bind mount is not possible here")
            undo.append(("umount", str(mounted)))
            target = mounted / db.name
        else:
            db.chmod(0o444)
            source.chmod(0o555)
            undo.append(("chmod", "755", str(source)))
            target = db
    try:
        yield target
    finally:
        for command in reversed(undo):
            _run(*command)


def test_reads_are_served_and_say_why_nothing_is_recorded(
    read_only_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = read_only_db.read_bytes()
    db = str(read_only_db)
    out = tmp_path / "export.json"
    done = run_cli("export", "--all", "-o", str(out), "--db", db, monkeypatch=monkeypatch)
    assert done.code == 0, done.stderr
    assert "the database file is read-only" in done.stderr
    assert "not recorded in its audit trail" in done.stderr
    assert len(json.loads(out.read_text("utf-8"))["patients"]) == 5

    pdf = tmp_path / "summary.pdf"
    done = run_cli("report", "--mrn", DEMO_RA_MRN, "--latest", "-o", str(pdf), "--db", db,
                   monkeypatch=monkeypatch)
    assert done.code == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    done = run_cli("db", "check", "--db", db, monkeypatch=monkeypatch)
    assert done.code == 0, done.stderr
    assert "no problems found" in done.stdout

    done = run_cli("audit", "verify", "--db", db, monkeypatch=monkeypatch)
    assert done.code == 0, done.stdout + done.stderr  # no false anchors from the snapshot
    assert "audit trail intact" in done.stdout
    assert read_only_db.read_bytes() == before


def test_a_write_is_refused_with_the_reason(
    read_only_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    demo_import: DemoImport,
) -> None:
    source = tmp_path / "incoming.json"
    source.write_text(json.dumps(demo_import.document), "utf-8")
    before = read_only_db.read_bytes()
    done = run_cli("import", "--db", str(read_only_db), str(source), monkeypatch=monkeypatch)
    assert done.code == EXIT_DATABASE
    assert "the database file is read-only" in done.stderr
    assert "cannot be opened" not in done.stderr
    assert read_only_db.read_bytes() == before


def test_a_full_database_says_disk_full_and_keeps_what_it_had(
    tmp_path: Path, demo_import: DemoImport
) -> None:
    db = fresh_copy(demo_import, tmp_path)
    before = snapshot(db)
    clinic = open_signed_in(f"sqlite:///{db}")
    try:
        pages = clinic.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
        clinic.engine.dispose()
        # SQLite's own limit on the file's size: exactly what a full disk does to it
        event.listen(
            clinic.engine, "connect",
            lambda conn, _record: conn.execute(f"PRAGMA max_page_count={pages + 1}"),
        )
        charts = [sample_chart(f"FULL-{i}") for i in range(40)]
        with pytest.raises(Exception) as caught:
            ChartService(clinic.context()).add_charts(charts)
    finally:
        clinic.close()
    message, code = explain(caught.value) or ("(not explained)", 0)
    assert message.startswith("disk full"), message
    assert code == EXIT_DATABASE
    assert snapshot(db) == before


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on a file system with no space left (a 64 kB tmpfs, as root only)."""
    if not ROOT or not shutil.which("mount"):
        pytest.skip("a full file system needs a tmpfs mount, which needs root")
    folder = tmp_path / "full"
    folder.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)):
        pytest.skip("a tmpfs mount is not possible here")
    try:
        (folder / "filler").write_bytes(b"x" * 60_000)
        yield folder
    finally:
        _run("umount", str(folder))


def test_an_export_to_a_full_disk_says_disk_full_and_leaves_no_file(
    full_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    demo_import: DemoImport,
) -> None:
    db = fresh_copy(demo_import, tmp_path)
    target = full_folder / "export.json"
    done = run_cli("export", "--all", "-o", str(target), "--db", str(db), monkeypatch=monkeypatch)
    assert done.code != 0
    assert "disk full" in done.stderr
    assert "Traceback" not in done.stderr
    assert not target.exists()


def test_the_window_says_the_database_is_read_only(
    read_only_db: Path, calcitrack_home: Path
) -> None:
    """The window records every visit, so it cannot work on a read-only file: its message box
    (closed by the probe once on screen) says so, and why, not "cannot be opened"."""
    from tests.cli.test_cli import calcitrack

    done = calcitrack(
        "--db", str(read_only_db), home=calcitrack_home,
        input_env={"QT_QPA_PLATFORM": "offscreen", "CALCITRACK_QUIT_WHEN_READY": "1"},
    )
    assert done.returncode == EXIT_DATABASE
    assert "the database file is read-only" in done.stderr
    assert "cannot be opened" not in done.stderr
    assert done.stdout.splitlines() == ["ready"]
