"""Signatures bound to what was signed: a signed visit changed behind the application's back
(an UPDATE straight into the database) is named by ``calcitrack audit verify`` and ``calcitrack
db check``, which then exit non-zero; untouched and properly amended signed visits pass, and a
visit signed before content was bound is only counted (real processes, a real SQLite file and a
real PostgreSQL server)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from tests.cli.test_cli import calcitrack
from tests.support.accounts import TEST_PASSWORD, open_signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
MRN = "S-1"
BASELINE, FOLLOW_UP = date(2025, 1, 13), date(2025, 4, 14)


@pytest.fixture
def signed_url(db_url: str) -> str:
    """The sample chart with both visits signed by the test physician."""
    clinic = open_signed_in(db_url)
    try:
        ctx = dataclasses.replace(clinic.context(), today=lambda: TODAY)
        ChartService(ctx).add_charts([sample_chart(MRN)])
        for visit in PatientService(ctx).chart(MRN).visits:
            VisitService(ctx).sign(MRN, visit, TEST_PASSWORD)
    finally:
        clinic.close()
    return db_url


def _sql(url: str, statement: str, **params: object) -> None:
    clinic = open_signed_in(url)
    try:
        with clinic.engine.begin() as conn:
            conn.execute(text(statement), params)
    finally:
        clinic.close()


def _visit_id(url: str, day: date) -> int:
    clinic = open_signed_in(url)
    try:
        with clinic.engine.connect() as conn:
            return int(conn.scalar(text("SELECT id FROM visits WHERE visit_date = :d"), {"d": day}))
    finally:
        clinic.close()


def _invalid(day: date) -> str:
    return f"signature invalid: visit {day.isoformat()} of {MRN} changed after it was signed"


def _both(url: str, home: Path) -> tuple[str, str, int, int]:
    verify = calcitrack("audit", "verify", "--db", url, home=home)
    check = calcitrack("db", "check", "--db", url, home=home)
    assert "Traceback" not in verify.stderr + check.stderr
    return verify.stdout, check.stdout, verify.returncode, check.returncode


def test_signing_binds_a_content_hash(signed_url: str) -> None:
    clinic = open_signed_in(signed_url)
    try:
        with clinic.engine.connect() as conn:
            hashes = list(conn.scalars(text("SELECT signed_content_hash FROM visits")))
    finally:
        clinic.close()
    assert len(hashes) == 2 and all(re.fullmatch(r"[0-9a-f]{64}", h or "") for h in hashes)
    assert hashes[0] != hashes[1]


def test_untouched_signed_visits_pass(signed_url: str, calcitrack_home: Path) -> None:
    verify, check, verify_rc, check_rc = _both(signed_url, calcitrack_home)
    assert (verify_rc, check_rc) == (0, 0), verify + check
    assert "signatures: 2 signed visits match what was signed" in verify
    assert "signature invalid" not in verify + check


def test_a_signed_visit_updated_behind_the_applications_back_is_named(
    signed_url: str, calcitrack_home: Path
) -> None:
    signed = _visit_id(signed_url, FOLLOW_UP)
    _sql(signed_url, f"UPDATE visits SET pain_nrs=9, weight_kg=99 WHERE id={signed}")
    verify, check, verify_rc, check_rc = _both(signed_url, calcitrack_home)
    assert verify_rc == 1 and check_rc == 1, verify + check
    assert _invalid(FOLLOW_UP) in verify.splitlines()
    assert f"  {_invalid(FOLLOW_UP)}" in check.splitlines()
    assert _invalid(BASELINE) not in verify + check  # the other signed visit is untouched


def test_a_lesion_measurement_of_a_signed_visit_updated_behind_its_back_is_named(
    signed_url: str, calcitrack_home: Path
) -> None:
    signed = _visit_id(signed_url, BASELINE)
    _sql(
        signed_url,
        "UPDATE lesion_measurements SET longest_mm = longest_mm + 1 WHERE id = "
        f"(SELECT min(id) FROM lesion_measurements WHERE visit_id = {signed})",
    )
    verify, check, verify_rc, check_rc = _both(signed_url, calcitrack_home)
    assert verify_rc == 1 and check_rc == 1, verify + check
    assert _invalid(BASELINE) in verify.splitlines()
    assert f"  {_invalid(BASELINE)}" in check.splitlines()
    assert _invalid(FOLLOW_UP) not in verify + check


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE rom_measurements SET degrees = degrees + 5 WHERE visit_id = {id}",
        "UPDATE lab_results SET value = value * 2 WHERE visit_id = {id}",
        "DELETE FROM lab_results WHERE visit_id = {id}",
        "UPDATE medication_periods SET dose = dose * 10 WHERE start_on = '2025-01-13'",
        "UPDATE imaging_studies SET findings = 'none' WHERE study_date = '2025-01-13'",
        "UPDATE procedures SET procedure_date = '2025-01-13'",
    ],
)
def test_every_part_of_the_signed_content_is_bound(
    signed_url: str, calcitrack_home: Path, statement: str
) -> None:
    signed = _visit_id(signed_url, BASELINE)
    _sql(signed_url, statement.format(id=signed))
    verify, _, verify_rc, _ = _both(signed_url, calcitrack_home)
    assert verify_rc == 1 and _invalid(BASELINE) in verify.splitlines(), verify


def test_an_amendment_keeps_the_signature_valid(signed_url: str, calcitrack_home: Path) -> None:
    clinic = open_signed_in(signed_url)
    try:
        ctx = dataclasses.replace(clinic.context(), today=lambda: TODAY)
        chart = PatientService(ctx).chart(MRN)
        visit = next(v for v in chart.visits if v.visit_date == FOLLOW_UP)
        labs = tuple(lab for lab in chart.labs if lab.visit_id == visit.id)
        entry = VisitEntry(dataclasses.replace(visit, pain_nrs=6), labs=labs)
        VisitService(ctx).amend(MRN, entry, "pain score misread")
    finally:
        clinic.close()
    verify, check, verify_rc, check_rc = _both(signed_url, calcitrack_home)
    assert (verify_rc, check_rc) == (0, 0), verify + check


def test_a_visit_signed_before_content_binding_is_counted_not_invalid(
    signed_url: str, calcitrack_home: Path
) -> None:
    signed = _visit_id(signed_url, BASELINE)
    _sql(signed_url, f"UPDATE visits SET signed_content_hash = NULL WHERE id = {signed}")
    _sql(signed_url, f"UPDATE visits SET pain_nrs = 1 WHERE id = {signed}")
    verify, check, verify_rc, check_rc = _both(signed_url, calcitrack_home)
    assert "1 signed before content binding (not verifiable)" in verify
    assert "signature invalid" not in verify + check
    # The signature check cannot see it; the trail's replay does, raw SQL being raw SQL: both
    # the hash removed and the pain score changed are named, and both commands fail.
    assert (verify_rc, check_rc) == (1, 1), verify + check
    for field in ("pain_nrs", "signed_content_hash"):
        assert f"visits #{signed}, field {field}: edited behind the application's back" in check


def test_the_demo_clinic_signatures_are_bound(tmp_path: Path, calcitrack_home: Path) -> None:
    """``calcitrack demo`` signs through the same path: its signatures are bound, and the
    reproduction on the demo clinic's first visit is caught."""
    made = calcitrack("demo", "--db", str(tmp_path / "demo.sqlite3"), home=calcitrack_home)
    assert made.returncode == 0, made.stderr
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    open_signed_in(url).close()  # the test account, as in every command-line test
    verify, check, verify_rc, check_rc = _both(url, calcitrack_home)
    assert (verify_rc, check_rc) == (0, 0), verify + check
    assert "not verifiable" not in verify
    _sql(url, "UPDATE visits SET pain_nrs=9, weight_kg=99 WHERE id=1")
    verify, check, verify_rc, check_rc = _both(url, calcitrack_home)
    assert verify_rc == 1 and check_rc == 1, verify + check
    assert re.search(r"^signature invalid: visit \S+ of \S+ changed after it was signed$",
                     verify, re.MULTILINE)
