"""`calcitrack export --format csv` (the real command, a real SQLite file): it fills a new folder
with the tables, the dictionary and the README, says what it wrote, and records one export per
patient; the options of the other formats, a missing --out-dir, an unknown MRN and a folder that
cannot take the export are refused by name (exit 2) with nothing written or recorded."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from calcitrack.cli.exits import EXIT_DENIED, EXIT_OK, EXIT_USAGE
from calcitrack.domain.codes import Role
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from tests.cli.test_outcomes_cli import refuse_export_entries
from tests.support.accounts import open_signed_in
from tests.support.import_runs import DemoImport, fresh_copy, run_cli, snapshot
from tests.support.research_export import FILES, read_export


@pytest.fixture
def clinic_file(tmp_path: Path, demo_import: DemoImport) -> Path:
    return fresh_copy(demo_import, tmp_path)


def _export_details(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return [row[0] for row in conn.execute(
            "SELECT changes_json FROM audit_log WHERE action = 'export' "
            "AND changes_json LIKE '%\"csv\"%' ORDER BY id"
        )]


def test_the_tables_are_written_and_each_patient_s_export_recorded(
    clinic_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "study"
    done = run_cli("export", "--format", "csv", "--out-dir", str(out), "--mrn", DEMO_RA_MRN,
                   "--mrn", DEMO_DM_MRN, "--pseudonymise", "--db", str(clinic_file),
                   monkeypatch=monkeypatch)
    assert done.code == EXIT_OK, done.stderr
    assert {p.name for p in out.iterdir()} == FILES
    assert done.stdout == ""
    for name in sorted(FILES):
        assert name in done.stderr
    assert "2 patients (pseudonymised)" in done.stderr and "not anonymous" in done.stderr
    _header, patients = read_export(out)["patients"]
    assert len(patients) == 2 and "mrn" not in patients[0]
    details = _export_details(clinic_file)
    assert len(details) == 2
    assert [json.loads(entry) for entry in details] == [
        {"format": "csv", "patients_in_export": 2, "pseudonymised": True, "to": "study"}
    ] * 2


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["-o", "x.json"], "-o"),
        (["--with-summaries"], "--with-summaries"),
        ([], "--out-dir"),
        (["--mrn", "NO-SUCH-MRN"], "NO-SUCH-MRN"),
    ],
    ids=["-o", "--with-summaries", "no --out-dir", "unknown MRN"],
)
def test_a_wrong_option_or_mrn_is_named_and_nothing_is_written(
    extra: list[str], named: str, clinic_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "out").mkdir()
    out = ["--out-dir", str(tmp_path / "out" / "study")] if named != "--out-dir" else []
    before = snapshot(clinic_file)
    done = run_cli("export", "--format", "csv", "--mrn", DEMO_RA_MRN, *out, *extra,
                   "--db", str(clinic_file), monkeypatch=monkeypatch)
    assert done.code == EXIT_USAGE, done.stderr
    assert named in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert list((tmp_path / "out").iterdir()) == []
    assert snapshot(clinic_file) == before


@pytest.mark.parametrize("place", ["not empty", "a file", "unwritable"])
def test_a_folder_that_cannot_take_the_export_is_refused_first(
    place: str, clinic_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.csv").write_text("x", "utf-8")
    target, reason = {
        "not empty": (out, "not empty"),
        "a file": (out / "old.csv", "is a file, not a folder"),
        "unwritable": (Path("/proc/study"), "cannot write in that folder"),
    }[place]
    before = snapshot(clinic_file)
    done = run_cli("export", "--format", "csv", "--all", "--out-dir", str(target),
                   "--db", str(clinic_file), monkeypatch=monkeypatch)
    assert done.code == EXIT_USAGE, done.stderr
    assert reason in done.stderr and "--out-dir" in done.stderr
    assert [p.name for p in out.iterdir()] == ["old.csv"]
    assert snapshot(clinic_file) == before


def test_an_account_that_may_not_export_is_refused_as_such(
    clinic_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An administrator may not export charts: said as a refusal (exit 5), not as a folder that
    "cannot be written"; nothing written or recorded."""
    open_signed_in(str(clinic_file), "admin.only", "Admin Only", Role.ADMIN).close()
    out = tmp_path / "study"
    before = snapshot(clinic_file)
    done = run_cli("export", "--format", "csv", "--all", "--out-dir", str(out),
                   "--db", str(clinic_file), "--account", "admin.only", monkeypatch=monkeypatch)
    assert done.code == EXIT_DENIED, done.stderr
    assert "may not export" in done.stderr and "cannot write" not in done.stderr
    assert not out.exists() and not list(tmp_path.glob(".study-*"))
    assert snapshot(clinic_file) == before


def test_an_export_the_trail_cannot_record_leaves_no_folder(
    clinic_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recorded before the folder is renamed into place: no tables the trail does not show."""
    refuse_export_entries(f"sqlite:///{clinic_file}")
    (tmp_path / "out").mkdir()
    done = run_cli("export", "--format", "csv", "--mrn", DEMO_RA_MRN, "--out-dir",
                   str(tmp_path / "out" / "study"), "--db", str(clinic_file),
                   monkeypatch=monkeypatch)
    assert done.code != EXIT_OK and "Traceback" not in done.stderr
    assert list((tmp_path / "out").iterdir()) == []
    assert _export_details(clinic_file) == []
