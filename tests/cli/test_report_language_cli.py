"""``calcitrack report --language`` and ``--digits``: the summaries' language, in the command's
own process and in the clinic-day batch's worker processes; a language the command does not
know; the system's language as the command finds it.

Runs the real command in a subprocess against a real database; the PDFs are read back with pypdf
and ``pdftotext -bbox`` (which side of the page the page number is on tells the direction).
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from calcitrack.cli.cli_language import system_language, system_languages
from calcitrack.domain.entities import PatientChart
from calcitrack.i18n.languages import Language
from calcitrack.services.demo.demo_cases import ra_case_chart
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.services.import_export.chart_service import ChartService
from tests.cli.test_cli import calcitrack
from tests.support.accounts import open_signed_in

RA = ra_case_chart(DEMO_RA_MRN)
LATEST = max(v.visit_date for v in RA.visits)
PAGE_MIDDLE = 595.0 / 2


def _renamed(chart: PatientChart, mrn: str) -> PatientChart:
    return dataclasses.replace(chart, patient=dataclasses.replace(chart.patient, mrn=mrn))


@pytest.fixture
def two_patients(db_url: str) -> str:
    """The RA case twice (two MRNs): two summaries on its latest visit's day."""
    opened = open_signed_in(db_url)
    try:
        ChartService(opened.context()).add_charts([RA, _renamed(RA, "TWIN-0002")])
    finally:
        opened.close()
    return db_url


def _page_number_x(pdf: Path) -> float:
    """Where page 1's "Page 1 of N" (in whatever words the catalogue gives) starts: its number
    is the last word set in the footer's 8 pt digits; the footer is the page's lowest lines."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    words = [(float(x), float(y), text) for x, y, text in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]
    footer_top = max(y for _x, y, _t in words) - 12  # the two lowest lines
    footer = [(x, text) for x, y, text in words if y >= footer_top]
    ones = [x for x, text in footer if text in ("1", "١")]
    assert ones, f"no page number in the footer: {footer}"
    return ones[0]


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def test_one_summary_in_portuguese_writes_portuguese_numbers(
    two_patients: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "pt.pdf"
    done = calcitrack("report", "--db", two_patients, "--mrn", DEMO_RA_MRN, "-o", str(out),
                      "--language", "pt-PT", home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "60,1 kg" in text  # the weight with a decimal comma
    assert _page_number_x(out) > PAGE_MIDDLE  # left to right: the page number on the right


def test_the_clinic_day_batch_renders_arabic_in_its_worker_processes(
    two_patients: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "day"
    done = calcitrack("report", "--db", two_patients, "--date", LATEST.isoformat(),
                      "--out-dir", str(out), "--jobs", "2", "--language", "ar",
                      "--digits", "arab", home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 2
    for pdf in pdfs:
        assert _page_number_x(pdf) < PAGE_MIDDLE  # right to left: the page number on the left
        assert "٦" in _text(pdf)  # Arabic-Indic digits, as --digits asked


def test_without_digits_an_arabic_summary_writes_the_clinic_s_choice(
    two_patients: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS
    from calcitrack.services.clinic_settings_service import ClinicSettingsService

    out = tmp_path / "ar.pdf"
    done = calcitrack("report", "--db", two_patients, "--mrn", DEMO_RA_MRN, "-o", str(out),
                      "--language", "ar", home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "٦" not in _text(out)  # the clinic's default: Western digits
    opened = open_signed_in(two_patients)
    try:
        ClinicSettingsService(opened.context()).save(
            {}, based_on_version=0, texts={ARABIC_DIGITS: "arab"}
        )
    finally:
        opened.close()
    done = calcitrack("report", "--db", two_patients, "--mrn", DEMO_RA_MRN, "-o", str(out),
                      "--language", "ar", home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "٦" in _text(out)  # Arabic-Indic, as the clinic chose


def test_without_language_the_summary_is_in_the_systems_language(
    two_patients: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "en.pdf"
    system = {"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    done = calcitrack("report", "--db", two_patients, "--mrn", DEMO_RA_MRN, "-o", str(out),
                      home=calcitrack_home, input_env=system)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Visit summary" in _text(out)
    assert "60.1 kg" in _text(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--language", "klingon"], "--language: 'klingon' is not a language CalciTrack speaks"),
        (["--digits", "roman"], "argument --digits: invalid choice: 'roman'"),
    ],
)
def test_a_language_or_digits_it_does_not_know_is_one_clear_line(
    two_patients: str, tmp_path: Path, calcitrack_home: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    done = calcitrack("report", "--db", two_patients, "--mrn", DEMO_RA_MRN, "-o", str(out),
                      *args, home=calcitrack_home)  # fmt: skip
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "pt_PT.UTF-8"}, ["pt_PT.UTF-8"]),
        ({"LANG": "pt_PT.UTF-8", "LC_ALL": "ar_EG.UTF-8"}, ["ar_EG.UTF-8"]),
        ({"LANG": "C", "LC_MESSAGES": "ar_SD"}, ["ar_SD"]),
        ({"LANGUAGE": "pt_PT:en", "LANG": "C.UTF-8"}, ["pt_PT", "en", "C.UTF-8"]),
        ({}, []),
    ],
)
def test_the_systems_languages_are_read_as_gettext_reads_them(
    environ: dict[str, str], expected: list[str]
) -> None:
    assert system_languages(environ) == expected


def test_the_system_language_is_one_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    assert system_language({"LANG": "C.UTF-8"}) is Language.ENGLISH
    offered = frozenset({Language.ENGLISH, Language.ARABIC})
    monkeypatch.setattr("calcitrack.i18n.languages.offered", lambda: offered)
    assert system_language({"LANG": "ar_SD.UTF-8"}) is Language.ARABIC
    assert system_language({"LANG": "pt_PT.UTF-8"}) is Language.ENGLISH  # not offered
