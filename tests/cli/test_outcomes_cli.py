"""``calcitrack outcomes``: the real command in a subprocess on a real SQLite file holding the
constructed clinic of tests/domain/outcomes (hand counts there); bad codes and bad output paths
refused before any work, nothing written; the CSV written, read back and recorded in the trail."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.codes import Role
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export.chart_service import ChartService
from tests.cli.test_cli import calcitrack
from tests.domain.outcomes.outcomes_clinic import AS_OF, clinic
from tests.support.accounts import open_signed_in


@pytest.fixture
def url(sqlite_url: str) -> str:
    opened = open_signed_in(sqlite_url)
    try:
        ChartService(opened.context()).add_charts(list(clinic()))
    finally:
        opened.close()
    return sqlite_url


def exports(url: str) -> list[dict[str, str]]:
    opened = open_signed_in(url)
    try:
        entries = AuditService(opened.context()).entries()
    finally:
        opened.close()
    return [e.changes for e in entries if e.action == AuditAction.EXPORT]


def test_the_summary_and_the_csv(url: str, tmp_path: Path, calcitrack_home: Path) -> None:
    table = tmp_path / "outcomes.csv"
    done = calcitrack(
        "outcomes", "--db", url, "--as-of", AS_OF.isoformat(), "--csv", str(table),
        home=calcitrack_home,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Clinic outcomes: diltiazem + colchicine — every underlying disease" in out
    assert "Started the regimen: 8 (still on it: 6, stopped: 2); never took it together: 2" in out
    assert "within day 140 to day 224): n = 8\n  improved 1, stable 0, progressed 0" in out
    assert (
        "not assessable 7: follow-up shorter than the window 1; no visit in the window 3; "
        "regimen stopped before the window 1; the response assessment could not judge the "
        "visit 2" in out
    )
    assert "within day 323 to day 407): n = 8\n  improved 1, stable 1, progressed 0" in out
    assert "Time to first improved assessment: n = 5, events 2, censored 3, median 180 days" in out
    assert "Drug survival: n = 8, events 2, censored 6, median not reached" in out
    assert "n = 5, from −37.5 % to +25.0 %" in out
    assert "[colchicine_diltiazem]: 7, 15" in out
    assert "Safety and review flags at the 15 visits on the regimen (patients, visits; " \
        "decision support, as on each visit):" in out
    assert "[R2]" in out and "not evidence of efficacy" in out
    assert f"wrote {table}" in out
    with table.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    n = [r for r in rows if r["section"] == "cohort" and r["measure"] == "n"]
    assert n[0]["value"] == "8"
    assert exports(url) == [{"format": "outcomes-csv", "to": "outcomes.csv"}] * 8


def test_disease_and_window(url: str, calcitrack_home: Path) -> None:
    done = calcitrack(
        "outcomes", "--db", url, "--as-of", AS_OF.isoformat(), "--regimen", "Diltiazem",
        "--disease", "ssc", "--window-days", "5", home=calcitrack_home,
    )
    assert done.returncode == 0, done.stderr
    assert "Clinic outcomes: diltiazem — Systemic sclerosis" in done.stdout
    assert "Started the regimen: 10" in done.stdout
    assert "within day 177 to day 187)" in done.stdout
    assert exports(url) == []  # nothing written, nothing recorded


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (("--regimen", "diltiazem+aspirin"), "--regimen: unknown drug 'aspirin': the valid "
         "codes are diltiazem, colchicine, probenecid"),
        (("--disease", "gout"), "--disease: unknown disease 'gout': the valid codes are ra, dm"),
        (("--window-days", "0"), "--window-days: must be at least 1 day"),
    ],
)
def test_bad_codes_are_refused_before_any_work(
    url: str, tmp_path: Path, calcitrack_home: Path, options: tuple[str, ...], words: str
) -> None:
    table, pdf = tmp_path / "outcomes.csv", tmp_path / "outcomes.pdf"
    done = calcitrack(
        "outcomes", "--db", url, *options, "--csv", str(table), "-o", str(pdf),
        home=calcitrack_home,
    )
    assert done.returncode == 2
    assert words in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not table.exists() and not pdf.exists()
    assert exports(url) == []


@pytest.mark.parametrize("option", ["--csv", "-o"])
def test_an_output_path_that_cannot_be_written_is_refused_first(
    url: str, tmp_path: Path, calcitrack_home: Path, option: str
) -> None:
    target = tmp_path / "missing folder" / "outcomes.out"
    done = calcitrack("outcomes", "--db", url, option, str(target), home=calcitrack_home)
    assert done.returncode == 2
    assert option in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""  # no summary: nothing was computed
    assert not target.parent.exists()


def test_an_account_that_may_not_export_writes_nothing(
    url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    """An administrator may read the outcomes but not export them: neither file is written
    (the CSV holds MRNs), nothing is computed and nothing is recorded."""
    open_signed_in(url, "admin.only", "Admin Only", Role.ADMIN).close()
    table, pdf = tmp_path / "outcomes.csv", tmp_path / "outcomes.pdf"
    done = calcitrack(
        "outcomes", "--db", url, "--as-of", AS_OF.isoformat(), "--csv", str(table),
        "-o", str(pdf), home=calcitrack_home, input_env={"CALCITRACK_USER": "admin.only"},
    )
    assert done.returncode == 5
    assert "may not export" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""
    assert not table.exists() and not pdf.exists()
    assert exports(url) == []


def test_an_as_of_day_after_today_is_refused(
    url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    """Records up to a day that has not come would count the windows still ahead as over
    ("no visit in the window" instead of "follow-up shorter than the window")."""
    table = tmp_path / "outcomes.csv"
    later = date.today() + timedelta(days=2)
    done = calcitrack(
        "outcomes", "--db", url, "--as-of", later.isoformat(), "--csv", str(table),
        home=calcitrack_home,
    )
    assert done.returncode == 2
    assert "--as-of" in done.stderr and "after today" in done.stderr
    assert done.stdout == "" and not table.exists()
    assert exports(url) == []


@pytest.mark.parametrize("days", ["92", "100000", "99999999999999999999"])
def test_a_window_so_wide_that_the_6_and_12_month_windows_overlap_is_refused(
    url: str, calcitrack_home: Path, days: str
) -> None:
    done = calcitrack(
        "outcomes", "--db", url, "--as-of", AS_OF.isoformat(), "--window-days", days,
        home=calcitrack_home,
    )
    assert done.returncode == 2
    assert "--window-days: at most 91 days" in done.stderr
    assert done.stdout == "" and "Traceback" not in done.stderr


def test_a_regimen_nobody_took_has_no_median_rather_than_one_not_reached(
    url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    """With no patient the median is not estimable; "not reached" would say that fewer than
    half had the event."""
    table = tmp_path / "outcomes.csv"
    done = calcitrack(
        "outcomes", "--db", url, "--as-of", AS_OF.isoformat(), "--regimen", "warfarin",
        "--csv", str(table), home=calcitrack_home,
    )
    assert done.returncode == 0, done.stderr
    assert "Started the regimen: 0 " in done.stdout
    assert "not reached" not in done.stdout
    assert done.stdout.count("median not estimable (no patient)") == 2
    with table.open(encoding="utf-8-sig", newline="") as f:
        medians = [r for r in csv.DictReader(f) if r["measure"] == "median_days"]
    assert [r["detail"] for r in medians] == ["not estimable (no patient)"] * 2


def test_the_csv_and_the_pdf_to_one_file_is_refused(
    url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    """The PDF would replace the CSV just written, and both be recorded as written."""
    target = tmp_path / "outcomes.out"
    done = calcitrack(
        "outcomes", "--db", url, "--as-of", AS_OF.isoformat(), "--csv", str(target),
        "-o", str(tmp_path / "." / "outcomes.out"), home=calcitrack_home,
    )
    assert done.returncode == 2
    assert "--csv and -o name the same file" in done.stderr
    assert done.stdout == "" and not target.exists()
    assert exports(url) == []


def refuse_export_entries(url: str) -> None:
    """The database refuses every export entry (a real SQLite trigger): the audit trail cannot
    record the export, as after a kill -9 just before it was recorded."""
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn, conn:
        conn.execute(
            "CREATE TRIGGER refuse_exports BEFORE INSERT ON audit_log "
            "WHEN NEW.action = 'export' BEGIN SELECT RAISE(ABORT, 'export refused'); END"
        )


@pytest.mark.parametrize("option", ["--csv", "-o"])
def test_no_file_is_left_that_the_audit_trail_did_not_record(
    url: str, tmp_path: Path, calcitrack_home: Path, option: str
) -> None:
    """The entry is recorded before the file is renamed into place: an export the trail could
    not record leaves no file (the file renamed first, then recorded, was left unrecorded)."""
    refuse_export_entries(url)
    target = tmp_path / ("outcomes.csv" if option == "--csv" else "outcomes.pdf")
    done = calcitrack(
        "outcomes", "--db", url, "--as-of", AS_OF.isoformat(), option, str(target),
        home=calcitrack_home,
    )
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert not target.exists() and list(tmp_path.glob(".*.tmp")) == []
    assert exports(url) == []
