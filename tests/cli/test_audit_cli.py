"""``calcitrack audit``: the chain checked as an auditor runs it, and the CSV export opened as a
spreadsheet would read it (real processes, real databases)."""

from __future__ import annotations

import csv
import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.context import ServiceContext
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from tests.cli.test_cli import calcitrack
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
FORMULA_MRN = '=HYPERLINK("http://x.example","open")'
FORMULA_USER = "@SUM(1+1)*cmd|' /C calc'!A0"


@pytest.fixture
def clinic_url(db_url: str) -> str:
    """Two patients, one with an MRN a spreadsheet would run, edited by a nurse whose username
    would run too."""
    opened = open_signed_in(db_url)
    try:
        ctx = dataclasses.replace(opened.context(), today=lambda: TODAY)
        ChartService(ctx).add_charts([sample_chart("A-1"), sample_chart(FORMULA_MRN, "Ortiz")])
        nurse = ensure_user(opened.uow, FORMULA_USER, "Nurse", Role.NURSE)
        patients = PatientService(ServiceContext(opened.uow, nurse, lambda: TODAY))
        chart = patients.chart(FORMULA_MRN)
        patients.update(dataclasses.replace(chart.patient, family_name="-Ortiz"))
    finally:
        opened.close()
    return db_url


def _audit_rows(url: str) -> int:
    opened = open_signed_in(url)
    try:
        with opened.engine.connect() as conn:
            return int(conn.scalar(text("SELECT count(*) FROM audit_log")) or 0)
    finally:
        opened.close()


def test_verify_says_the_trail_is_intact(clinic_url: str, calcitrack_home: Path) -> None:
    done = calcitrack("audit", "verify", "--db", clinic_url, home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"audit trail intact: {_audit_rows(clinic_url)} entries"
    assert lines[1].startswith(f"newest entry #{_audit_rows(clinic_url)}, hash ")


def test_verify_names_the_first_entry_edited_behind_its_back(
    clinic_url: str, calcitrack_home: Path
) -> None:
    opened = open_signed_in(clinic_url)
    try:
        with opened.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.execute(text("DROP TRIGGER audit_log_no_update"))
            else:
                conn.execute(text("DROP TRIGGER audit_log_no_update_delete ON audit_log"))
            conn.execute(
                text("UPDATE audit_log SET changes_json = replace(changes_json, 'A-1', 'A-2')")
            )
    finally:
        opened.close()
    done = calcitrack("audit", "verify", "--db", clinic_url, home=calcitrack_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    first = done.stdout.splitlines()[0]
    assert re.fullmatch(
        r"audit trail broken at entry #1 \(\d{4}-\d\d-\d\dT[\d:.]+Z, patients, 1\): "
        r"its content does not match its hash \(.*\)",
        first,
    ), first


def test_export_writes_the_entries_with_formula_cells_neutralised(
    clinic_url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "audit.csv"
    done = calcitrack(
        "audit",
        "export",
        "--csv",
        str(out),
        "--mrn",
        FORMULA_MRN,
        "--db",
        clinic_url,
        home=calcitrack_home,
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert f"exported {len(rows)} audit entries to {out}" in done.stdout
    assert rows and {r["patient_mrn"] for r in rows} == {"'" + FORMULA_MRN}
    edit = next(r for r in rows if r["action"] == "update")
    assert edit["user"] == "'" + FORMULA_USER
    assert '"family_name":["Ortiz","-Ortiz"]' in edit["changes"]
    assert rows[0]["table"] == "patients" and rows[0]["action"] == "create"
    for row in rows:  # nothing a spreadsheet would run
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())

    # the export itself is in the trail, and the trail still verifies
    again = tmp_path / "exports.csv"
    done = calcitrack(
        "audit",
        "export",
        "--csv",
        str(again),
        "--user",
        "dr.test",
        "--since",
        "2000-01-01",
        "--db",
        clinic_url,
        home=calcitrack_home,
    )
    assert done.returncode == 0, done.stderr
    with again.open(encoding="utf-8-sig", newline="") as f:
        exports = [r for r in csv.DictReader(f) if r["action"] == "export"]
    assert [r["patient_mrn"] for r in exports] == ["'" + FORMULA_MRN]
    assert '"entries":' + str(len(rows)) in exports[0]["changes"]
    verify = calcitrack("audit", "verify", "--db", clinic_url, home=calcitrack_home)
    assert verify.returncode == 0, verify.stdout


def test_export_mistakes_are_one_line_each(
    clinic_url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    cases = [
        (["--csv", str(tmp_path / "a.csv"), "--mrn", "NOPE"], 1, "no patient with MRN 'NOPE'"),
        (["--csv", str(tmp_path / "a.csv"), "--user", "nobody"], 1, "no user 'nobody'"),
        (["--csv", str(tmp_path)], 2, "is a folder"),
        (
            ["--csv", str(tmp_path / "a.csv"), "--since", "2026-02-01", "--until", "2026-01-01"],
            2,
            "--since is after --until",
        ),
        (["--csv", str(tmp_path / "a.csv"), "--since", "yesterday"], 2, "is not a date"),
    ]
    for args, code, message in cases:
        done = calcitrack("audit", "export", *args, "--db", clinic_url, home=calcitrack_home)
        assert done.returncode == code, (args, done.stdout, done.stderr)
        assert message in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "a.csv").exists()
