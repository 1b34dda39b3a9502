"""The `calcitrack` command as a user runs it: real processes, real files, clear exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from calcitrack import __version__
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from tests.support.accounts import TEST_ENV, open_signed_in


def calcitrack(
    *args: str, home: Path, input_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CALCITRACK_HOME": str(home), **TEST_ENV, **(input_env or {})}
    env.pop("CALCITRACK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "calcitrack", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.fixture
def demo_db(tmp_path: Path, calcitrack_home: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    done = calcitrack("demo", "--db", str(db), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert "wrote the demo clinic" in done.stdout
    open_signed_in(str(db)).close()  # the test account, as in every command-line test
    return db


def test_version(calcitrack_home: Path) -> None:
    done = calcitrack("--version", home=calcitrack_home)
    assert done.returncode == 0
    assert done.stdout.strip() == f"CalciTrack {__version__}"


def test_demo_clinic_export_names_both_cases(demo_db: Path, calcitrack_home: Path) -> None:
    done = calcitrack(
        "export",
        "--db",
        str(demo_db),
        "--mrn",
        DEMO_RA_MRN,
        "--mrn",
        DEMO_DM_MRN,
        home=calcitrack_home,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    diseases = {p["mrn"]: p["underlying_disease"] for p in document["patients"]}
    assert diseases == {DEMO_RA_MRN: "ra", DEMO_DM_MRN: "dm"}
    ra = document["patients"][0]
    crp = next(lab for lab in ra["labs"] if lab["analyte"] == "crp")
    assert (crp["value"], crp["unit"]) == (2.1, "mg/L")


def test_demo_refuses_a_database_that_holds_patients(demo_db: Path, calcitrack_home: Path) -> None:
    again = calcitrack("demo", "--db", str(demo_db), home=calcitrack_home)
    assert again.returncode == 1
    assert "already holds patients" in again.stderr
    assert "Traceback" not in again.stderr
    kept = calcitrack("demo", "--if-missing", "--db", str(demo_db), home=calcitrack_home)
    assert kept.returncode == 0


def test_export_import_round_trip_through_files(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "all.json"
    assert (
        calcitrack(
            "export", "--db", str(demo_db), "--all", "-o", str(out), home=calcitrack_home
        ).returncode
        == 0
    )
    fresh = tmp_path / "fresh.sqlite3"
    open_signed_in(str(fresh)).close()  # a new clinic: its first account exists
    done = calcitrack("import", str(out), "--db", str(fresh), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert f"imported {len(demo_charts())} patients" in done.stdout
    out2 = tmp_path / "again.json"
    assert (
        calcitrack(
            "export", "--db", str(fresh), "--all", "-o", str(out2), home=calcitrack_home
        ).returncode
        == 0
    )
    first, second = json.loads(out.read_text("utf-8")), json.loads(out2.read_text("utf-8"))
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_bad_import_prints_every_problem_without_traceback(
    tmp_path: Path, calcitrack_home: Path
) -> None:
    db = tmp_path / "clinic.sqlite3"
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "calcitrack-interchange",
                "format_version": 1,
                "patients": [
                    {
                        "mrn": "X-1",
                        "family_name": "Nuñez",
                        "given_name": "Rosa",
                        "sex": "female",
                        "date_of_birth": "1970-02-30",
                        "underlying_disease": "gout",
                    }
                ],
            }
        ),
        "utf-8",
    )
    open_signed_in(str(db)).close()
    done = calcitrack("import", str(bad), "--db", str(db), home=calcitrack_home)
    assert done.returncode == 3
    assert "nothing was imported" in done.stderr
    assert "$.patients[0].date_of_birth" in done.stderr
    assert "$.patients[0].underlying_disease" in done.stderr
    assert "Traceback" not in done.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"patients": [', "utf-8")
    done = calcitrack("import", str(broken), "--db", str(db), home=calcitrack_home)
    assert done.returncode == 3 and "not valid JSON" in done.stderr and "line 1" in done.stderr
    missing = calcitrack(
        "import", str(tmp_path / "nope.json"), "--db", str(db), home=calcitrack_home
    )
    assert missing.returncode == 3 and "no such file" in missing.stderr


def test_unknown_mrn_and_usage_errors(demo_db: Path, calcitrack_home: Path) -> None:
    done = calcitrack("export", "--db", str(demo_db), "--mrn", "NOPE-1", home=calcitrack_home)
    assert done.returncode == 1 and "no patient with MRN 'NOPE-1'" in done.stderr
    usage = calcitrack("export", "--db", str(demo_db), home=calcitrack_home)
    assert usage.returncode == 2 and "--mrn" in usage.stderr


def test_db_check_backup_and_upgrade(demo_db: Path, tmp_path: Path, calcitrack_home: Path) -> None:
    check = calcitrack("db", "check", "--db", str(demo_db), home=calcitrack_home)
    assert check.returncode == 0 and "no problems found" in check.stdout
    target = tmp_path / "backups" / "copy.sqlite3"
    backup = calcitrack("db", "backup", str(target), "--db", str(demo_db), home=calcitrack_home)
    assert backup.returncode == 0 and target.is_file()
    exported = calcitrack("export", "--db", str(target), "--mrn", DEMO_RA_MRN, home=calcitrack_home)
    assert exported.returncode == 0
    twice = calcitrack("db", "backup", str(target), "--db", str(demo_db), home=calcitrack_home)
    assert twice.returncode == 1 and "already exists" in twice.stderr
    upgrade = calcitrack("db", "upgrade", "--db", str(demo_db), home=calcitrack_home)
    assert upgrade.returncode == 0 and "already current" in upgrade.stdout


def test_a_database_that_is_not_calcitrack_is_refused(
    tmp_path: Path, calcitrack_home: Path
) -> None:
    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("these are not a database\n" * 100, "utf-8")
    done = calcitrack("db", "check", "--db", str(not_ours), home=calcitrack_home)
    assert done.returncode == 4 and "cannot be opened" in done.stderr
    assert not_ours.read_text("utf-8").startswith("these are not")


def test_the_window_shows_a_database_it_cannot_open_in_a_message_box(
    tmp_path: Path, calcitrack_home: Path
) -> None:
    """Started from a desktop icon nobody reads stderr: the reason is shown in a window too (the
    probe variable makes the box print "ready" and close itself once it is on screen)."""
    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("these are not a database\n" * 100, "utf-8")
    done = calcitrack(
        "--db", str(not_ours), home=calcitrack_home,
        input_env={"QT_QPA_PLATFORM": "offscreen", "CALCITRACK_QUIT_WHEN_READY": "1"},
    )
    assert done.returncode == 4 and "cannot be opened" in done.stderr
    assert done.stdout.splitlines() == ["ready"]
    no_box = calcitrack("db", "check", "--db", str(not_ours), home=calcitrack_home,
                        input_env={"CALCITRACK_QUIT_WHEN_READY": "1"})
    assert no_box.returncode == 4 and no_box.stdout == ""  # the command line shows no window


def test_synthetic_clinic_and_the_log_has_no_names(tmp_path: Path, calcitrack_home: Path) -> None:
    db = tmp_path / "synthetic.sqlite3"
    done = calcitrack("demo", "--synthetic", "40", "--db", str(db), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert "synthetic clinic of 40 patients" in done.stdout
    check = calcitrack("db", "check", "--db", str(db), home=calcitrack_home)
    assert check.returncode == 0, check.stdout
    demo = tmp_path / "demo.sqlite3"
    assert calcitrack("demo", "--db", str(demo), home=calcitrack_home).returncode == 0
    demo_physician = {"CALCITRACK_USER": "physician", "CALCITRACK_PASSWORD": "calcitrack-demo"}
    exported = calcitrack(
        "export", "--all", "--db", str(demo), home=calcitrack_home, input_env=demo_physician
    )
    assert exported.returncode == 0, exported.stderr
    log = (calcitrack_home / "logs" / "calcitrack.log").read_text("utf-8")
    assert "exported" in log
    for chart in demo_charts():
        assert chart.patient.family_name not in log
        assert chart.patient.given_name not in log


@pytest.mark.parametrize(
    "command",
    [("db", "check"), ("export", "--all"), ("report", "--mrn", "X-1"), ("audit", "verify")],
)
def test_a_reading_command_on_a_missing_file_creates_no_clinic(
    command: tuple[str, ...], tmp_path: Path, calcitrack_home: Path
) -> None:
    """A mistyped --db used to create an empty clinic there and report on it ("no problems
    found")."""
    missing = tmp_path / "typo" / "clinc.sqlite3"
    done = calcitrack(*command, "--db", str(missing), home=calcitrack_home)
    assert done.returncode == 4, done.stderr
    assert f"--db {missing}: there is no clinic database there (nothing was created)" in (
        done.stderr
    )
    assert "Traceback" not in done.stderr
    assert not missing.parent.exists()
