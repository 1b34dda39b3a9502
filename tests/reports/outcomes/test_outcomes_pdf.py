"""The clinic outcomes PDF, read back with pypdf: the report's numbers, counted here by hand for
the constructed report of tests/reports/outcomes_support.py, the windows, the reasons, the curves'
counts, the flags, the definitions, and the disclaimer on every page; then written to a file
privately and atomically, and rendered by pdftoppm."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from calcitrack.domain.outcomes.outcomes_types import Excluded, OutcomesReport
from calcitrack.reports.exports.outcomes_pdf_writer import write_outcomes_pdf
from calcitrack.reports.outcomes.outcomes_pdf import outcomes_pdf
from tests.reports.outcomes_support import small_report
from tests.support.file_modes import mode

MOMENT = datetime(2026, 12, 6, 19, 30, tzinfo=timezone.utc)


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def report() -> OutcomesReport:
    return small_report()


@pytest.fixture(scope="module")
def pages(report: OutcomesReport) -> list[str]:
    return _pages(outcomes_pdf(report, generated_at=MOMENT))


def test_title_regimen_disease_and_as_of(pages: list[str]) -> None:
    assert pages[0].startswith(
        "Clinic outcomes: diltiazem + colchicine Every underlying disease · records up to "
        "2026-12-01 · response windows ±42 days"
    )


def test_the_disclaimer_is_on_every_page(pages: list[str], report: OutcomesReport) -> None:
    disclaimer = " ".join(report.disclaimer.split())
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert disclaimer in page, f"page {number}"
        assert f"Page {number} of {len(pages)}" in page


def test_the_cohort(pages: list[str]) -> None:
    # days on: 537, 526, 200 (stopped), 504, 493, 200 (stopped), 471 -> median 493
    for fact in (
        "Started the regimen 7 patients",
        "Still on it 5 (71 %)",
        "Stopped 2 (29 %)",
        "Days on the regimen median 493 (range 200–537)",
        "Never took the whole regimen 3",
        "Visits while on it 41",
    ):
        assert fact in pages[0], fact


def test_the_6_and_12_month_windows_and_why_not_assessable(pages: list[str]) -> None:
    text = pages[0]
    assert "About 6 months (days 140–224) About 12 months (days 323–407)" in text
    assert "within ±42 days" in text
    for row in (
        "Improved 2 (29 %) 1 (14 %)",
        "Stable 1 (14 %) 1 (14 %)",
        "Progressed 1 (14 %) 0 (0 %)",
        "Assessable 4 (57 %) 2 (29 %)",
        "Not assessable 3 (43 %) 5 (71 %)",
        "no visit in the window 2 1",
        "the regimen stopped before 1 2",
        "follow-up shorter than the window 0 2",
    ):
        assert row in text, row


def test_the_waterfall_and_its_exclusions(pages: list[str]) -> None:
    text = " ".join(pages)
    assert "n 5 · smaller 3 · larger 2 · unchanged 0" in text
    assert "Excluded: 2 patients." in text
    assert "no baseline burden 1" in text
    assert "no assessed visit on the regimen 1" in text


def test_both_curves_with_n_events_censored_median_and_exclusions(pages: list[str]) -> None:
    text = " ".join(pages)
    assert "n 6 · events 4 · censored 2 · median 90 days · excluded 1" in text
    assert "n 7 · events 2 · censored 5 · median not reached · excluded 0" in text
    assert "no assessed visit after the start 1" in text
    assert "6 6 5 5 3 2 2 1" in text  # the chart's at-risk row, as vector text
    assert "the first visit whose response category is improved" in text


def test_the_flags_and_the_definitions(pages: list[str], report: OutcomesReport) -> None:
    text = " ".join(pages)
    assert "Heart rate below the clinic's threshold 2 (29 %) 3" in text
    assert "Colchicine with reduced kidney function 1 (14 %) 1" in text
    assert "of 41 visits on the regimen" in text
    # review flags (reconsider surgery…) are counted too: not headed as safety flags alone
    assert "Safety and review flags while on the regimen" in text
    assert "Flag Patients Visits" in text and "Safety flag Patients" not in text
    for definition in report.definitions:
        assert definition in text


def test_no_mrn_is_printed(pages: list[str]) -> None:
    assert not re.search(r"T-\d{4}|DEMO-0009", " ".join(pages))


def test_text_from_the_records_is_printed_as_it_is(report: OutcomesReport) -> None:
    odd = "weight <b>&amp; 'unknown'"
    changed = dataclasses.replace(
        report,
        waterfall=dataclasses.replace(report.waterfall, excluded=(Excluded("X", odd),)),
        flags=(),
    )
    text = " ".join(_pages(outcomes_pdf(changed, generated_at=MOMENT)))
    assert f"{odd} 1" in text
    assert "No safety or review flag fired on the regimen." in text


@pytest.mark.usefixtures("everyday_umask")
def test_written_privately_replacing_the_old_file(
    tmp_path: Path, report: OutcomesReport
) -> None:
    path = tmp_path / "outcomes.pdf"
    path.write_bytes(b"old")
    write_outcomes_pdf(report, path, generated_at=MOMENT)
    assert path.read_bytes().startswith(b"%PDF-")
    assert mode(path) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["outcomes.pdf"]


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, report: OutcomesReport) -> None:
    """The last step (the rename) fails: a folder is in the way. No temporary file is left, and
    what was there is as it was."""
    path = tmp_path / "outcomes.pdf"
    path.mkdir()
    (path / "kept.txt").write_text("kept")
    with pytest.raises(OSError):
        write_outcomes_pdf(report, path)
    assert [p.name for p in tmp_path.iterdir()] == ["outcomes.pdf"]
    assert (path / "kept.txt").read_text() == "kept"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm not installed")
def test_every_page_renders(tmp_path: Path, report: OutcomesReport) -> None:
    pdf = tmp_path / "outcomes.pdf"
    write_outcomes_pdf(report, pdf, generated_at=MOMENT)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True)  # fmt: skip
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == len(PdfReader(pdf).pages)
    assert all(p.stat().st_size > 2_000 for p in pngs)


def test_a_source_the_page_cites_is_listed_in_full_at_the_end(report: OutcomesReport) -> None:
    cited = dataclasses.replace(report, definitions=(
        *report.definitions,
        "Response category: borrowed from the SCTC radiographic 1-year change categories [R2].",
    ))
    pages = _pages(outcomes_pdf(cited, generated_at=MOMENT))
    assert "Sources cited in this summary" in pages[-1]
    assert "[R2] Valenzuela A et al." in pages[-1]
    assert not any("Sources cited" in page for page in _pages(
        outcomes_pdf(report, generated_at=MOMENT)
    )), "no [R#] cited, no sources page"
