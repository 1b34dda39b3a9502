"""Every file a command writes that can hold patient data is its owner's alone, whatever the
umask it was started with, and every export is in the audit trail: real processes started with
the everyday umask 0022, real files, the trail read back."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.audit_trail.audit import AuditEntry
from calcitrack.services.audit_service import AuditService
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from tests.cli.test_cli import calcitrack
from tests.support.accounts import TEST_USERNAME, open_signed_in
from tests.support.file_modes import mode

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.usefixtures("everyday_umask"),
]


@pytest.fixture
def clinic_db(tmp_path: Path) -> Path:
    db = tmp_path / "clinic" / "clinic.sqlite3"
    db.parent.mkdir()
    clinic = open_signed_in(str(db))
    try:
        ChartService(clinic.context()).add_charts(demo_charts())
    finally:
        clinic.close()
    return db


def _ra_visit_day() -> date:
    [chart] = [c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN]
    return max(v.visit_date for v in chart.visits)


def _entries_since(db: Path, after: int) -> list[AuditEntry]:
    clinic = open_signed_in(str(db))
    try:
        return [e for e in AuditService(clinic.context()).entries() if e.id > after]
    finally:
        clinic.close()


def _newest_id(db: Path) -> int:
    return max(e.id for e in _entries_since(db, 0))


def _ok(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_export_a_command_writes_is_private_and_in_the_trail(
    clinic_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    chosen = tmp_path / "exports"  # a folder the user chose: hers, left as it is
    chosen.mkdir()
    db = ["--db", str(clinic_db)]
    before = _newest_id(clinic_db)
    day = _ra_visit_day()

    _ok(calcitrack("export", *db, "--mrn", DEMO_RA_MRN, "-o", str(chosen / "ra.json"),
                   home=calcitrack_home))
    _ok(calcitrack("audit", "export", *db, "--csv", str(chosen / "trail.csv"),
                   home=calcitrack_home))
    _ok(calcitrack("report", *db, "--mrn", DEMO_RA_MRN, "--latest", "-o", str(chosen / "ra.pdf"),
                   home=calcitrack_home))
    _ok(calcitrack("report", *db, "--date", day.isoformat(), "--out-dir", str(chosen / "day"),
                   "--jobs", "1", home=calcitrack_home))

    day_pdf = chosen / "day" / f"{DEMO_RA_MRN}_{day.isoformat()}.pdf"
    written = [chosen / "ra.json", chosen / "trail.csv", chosen / "ra.pdf", day_pdf]
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
    assert mode(chosen) == 0o755
    logs = calcitrack_home / "logs"
    assert (mode(logs), mode(logs / "calcitrack.log")) == (0o700, 0o600)
    assert {p.name: mode(p) for p in clinic_db.parent.iterdir()} == {
        p.name: 0o600 for p in clinic_db.parent.iterdir()
    }

    made = [
        (e.action, e.actor_username, e.changes.get("format"), e.changes.get("to") or
         e.changes.get("file"))
        for e in _entries_since(clinic_db, before)
        if e.action in ("export", "pdf")
    ]
    assert made == [
        ("export", TEST_USERNAME, "json", "ra.json"),
        ("export", TEST_USERNAME, "csv", "trail.csv"),
        ("pdf", TEST_USERNAME, None, str(chosen / "ra.pdf")),
        ("pdf", TEST_USERNAME, None, str(day_pdf)),
    ]


def test_a_copy_to_another_database_is_private_and_recorded_with_the_os_user(
    clinic_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    """``db migrate-to`` needs no sign-in: the entry names the operating-system account."""
    before = _newest_id(clinic_db)
    target = tmp_path / "new-server" / "copy.sqlite3"
    _ok(calcitrack("db", "migrate-to", str(target), "--db", str(clinic_db),
                   home=calcitrack_home))
    assert (mode(target.parent), mode(target)) == (0o700, 0o600)
    [entry] = _entries_since(clinic_db, before)
    assert (entry.action, entry.actor_id, entry.table_name) == ("export", None, None)
    assert entry.changes["os_user"] == getpass.getuser()
    assert entry.changes["format"] == "database"
    assert entry.changes["to"] == str(target)


@pytest.mark.parametrize(
    "start",
    [
        "from calcitrack.cli.main import run; run(['db', 'check', '--db', DB])",
        "from calcitrack.startup import run_window; run_window(DB, lambda e: (str(e), 1))",
    ],
    ids=["command line", "window"],
)
def test_both_program_entries_make_every_file_private_from_birth(
    start: str, clinic_db: Path, calcitrack_home: Path
) -> None:
    """What libraries and child processes (pg_dump) create is private too: each entry sets
    the umask before anything is written."""
    script = f"DB = {str(clinic_db)!r}\n{start}\nimport os\nprint(oct(os.umask(0)))"
    env = {**os.environ, "CALCITRACK_HOME": str(calcitrack_home), "QT_QPA_PLATFORM": "offscreen",
           "CALCITRACK_QUIT_WHEN_READY": "1"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0o77"
