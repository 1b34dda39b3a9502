"""``calcitrack report``: one visit's PDF, a clinic day's batch, and the user's mistakes.

Runs the real command in a subprocess against a real database; the PDFs are read back with pypdf.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader

from calcitrack.domain.entities import PatientChart
from calcitrack.services.audit_service import AuditService
from calcitrack.services.demo.demo_cases import ra_case_chart
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from tests.cli.test_cli import calcitrack
from tests.support.accounts import open_signed_in

RA_VISITS = sorted(v.visit_date for v in ra_case_chart(DEMO_RA_MRN).visits)
CLINIC_DAY = RA_VISITS[2]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _renamed(chart: PatientChart, mrn: str) -> PatientChart:
    return dataclasses.replace(chart, patient=dataclasses.replace(chart.patient, mrn=mrn))


@pytest.fixture
def clinic_day_url(db_url: str) -> str:
    """The demo clinic plus two more patients seen on the RA patient's third visit day."""
    opened = open_signed_in(db_url)
    try:
        ra = ra_case_chart(DEMO_RA_MRN)
        ChartService(opened.context()).add_charts(
            [*demo_charts(), _renamed(ra, "TWIN-0002"), _renamed(ra, "TWIN/0003")]
        )
    finally:
        opened.close()
    return db_url


def test_one_visit_by_date_and_latest(clinic_day_url: str, tmp_path: Path,
                                      calcitrack_home: Path) -> None:
    chosen = tmp_path / "chosen.pdf"
    done = calcitrack("report", "--db", clinic_day_url, "--mrn", DEMO_RA_MRN,
                      "--visit", CLINIC_DAY.isoformat(), "-o", str(chosen), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert f"wrote {chosen}" in done.stdout
    text = _text(chosen)
    assert DEMO_RA_MRN in text
    assert CLINIC_DAY.strftime("%Y") in text

    with_clinic = open_signed_in(clinic_day_url)
    try:
        made = [e for e in AuditService(with_clinic.context()).entries(patient_mrn=DEMO_RA_MRN)
                if e.action == "pdf"]
    finally:
        with_clinic.close()
    assert len(made) == 1, "generating the PDF is recorded in the audit trail"
    assert str(chosen) in made[0].changes_json and CLINIC_DAY.isoformat() in made[0].changes_json

    latest = tmp_path / "latest.pdf"
    done = calcitrack("report", "--db", clinic_day_url, "--mrn", DEMO_RA_MRN, "--latest",
                      "-o", str(latest), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert f"visit of {RA_VISITS[-1].isoformat()}" in done.stdout
    assert PdfReader(latest).pages


def test_clinic_day_batch_writes_one_pdf_per_visit_and_goes_on_past_a_failure(
    clinic_day_url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "day"
    out.mkdir()
    # A folder where TWIN-0002's PDF should go: that patient fails, the others are written.
    (out / f"TWIN-0002_{CLINIC_DAY.isoformat()}.pdf").mkdir()
    done = calcitrack("report", "--db", clinic_day_url, "--date", CLINIC_DAY.isoformat(),
                      "--out-dir", str(out), "--jobs", "2", home=calcitrack_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "FAILED TWIN-0002: cannot write" in done.stderr
    written = sorted(p.name for p in out.glob("*.pdf") if p.is_file())
    assert written == [f"DEMO-0001_{CLINIC_DAY}.pdf", f"TWIN_0003_{CLINIC_DAY}.pdf"]
    for name in written:
        assert f"wrote {out / name}" in done.stdout
        assert CLINIC_DAY.strftime("%Y") in _text(out / name)
    assert "2 of 3 summaries" in done.stdout and "1 failed" in done.stdout


def test_clinic_day_batch_without_failures_exits_zero(
    clinic_day_url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "new" / "folder"
    done = calcitrack("report", "--db", clinic_day_url, "--date", CLINIC_DAY.isoformat(),
                      "--out-dir", str(out), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert len([p for p in out.glob("*.pdf")]) == 3
    empty_day = calcitrack("report", "--db", clinic_day_url, "--date", "2001-01-01",
                           "--out-dir", str(out), home=calcitrack_home)
    assert empty_day.returncode == 0
    assert "no visits on 2001-01-01" in empty_day.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--mrn", "NOPE-1", "-o", "{tmp}/x.pdf"], 1, "no patient with MRN 'NOPE-1'"),
        (["--mrn", DEMO_RA_MRN, "--visit", "2025-03-11", "-o", "{tmp}/x.pdf"], 1,
         f"has no visit on 2025-03-11; visits (latest 5 of {len(RA_VISITS)})"),
        (["--mrn", DEMO_RA_MRN, "--visit", "2025-13-01", "-o", "{tmp}/x.pdf"], 2,
         "--visit: '2025-13-01' is not a date (YYYY-MM-DD)"),
        (["--mrn", DEMO_RA_MRN], 2, "-o/--output: say which PDF file to write"),
        (["--mrn", DEMO_RA_MRN, "-o", "{tmp}"], 2, "is a folder"),
        (["--mrn", DEMO_RA_MRN, "-o", "{tmp}/missing/x.pdf"], 2, "does not exist"),
        ([], 2, "give --mrn MRN (one visit) or --date YYYY-MM-DD"),
        (["--date", "2025-06-16"], 2, "--out-dir: say which folder"),
        (["--date", "2025-06-16", "--mrn", DEMO_RA_MRN, "--out-dir", "{tmp}"], 2,
         "--mrn go with --mrn, not --date"),
        (["--mrn", DEMO_RA_MRN, "--out-dir", "{tmp}", "-o", "{tmp}/x.pdf"], 2,
         "--out-dir go with --date"),
        (["--mrn", DEMO_RA_MRN, "--visit", "2025-06-16", "--latest", "-o", "x.pdf"], 2,
         "not allowed with argument"),
    ],
)
def test_mistakes_get_one_clear_line_and_no_file(
    sqlite_url: str, tmp_path: Path, calcitrack_home: Path,
    args: list[str], code: int, message: str,
) -> None:
    opened = open_signed_in(sqlite_url)
    ChartService(opened.context()).add_charts([ra_case_chart(DEMO_RA_MRN)])
    opened.close()
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done = calcitrack("report", "--db", sqlite_url, *argv, home=calcitrack_home)
    assert done.returncode == code, done.stdout + done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.rglob("*.pdf"))

