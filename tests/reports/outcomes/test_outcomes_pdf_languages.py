"""The clinic outcomes PDF in Portuguese and in Arabic, read back from real PDFs (pypdf, and
``pdftotext -bbox`` for where the words are), and rendered by pdftoppm.

Portuguese: its words and its decimal comma. Arabic: the words come back in logical order once
normalised (NFKC: presentation forms → letters), shaped, and laid out right to left (a heading's
first word is its rightmost, a table's first column is on the right, the page number on the
left). English is checked by test_outcomes_pdf.py, unchanged. The catalogues are small ones built
here (the words checked), so that the tests hold whatever the shipped catalogue says.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from calcitrack.domain.outcomes.definitions import definitions
from calcitrack.domain.outcomes.outcomes_types import OutcomesReport
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.reports.outcomes.outcomes_pdf import outcomes_pdf
from calcitrack.reports.summary.pdf_styles import PAGE_WIDTH
from tests.reports.outcomes_support import small_report
from tests.support.pdf_words import find_word, nfkc, page_words
from tests.support.tmp_catalogue import installed

MOMENT = datetime(2026, 12, 6, 19, 30, tzinfo=timezone.utc)

PORTUGUESE = {
    "Clinic outcomes: {regimen}": "Resultados da clínica: {regimen}",
    "Who started the regimen": "Quem iniciou o esquema",
    "Started the regimen": "Iniciaram o esquema",
    "Days on the regimen": "Dias sob o esquema",
    "median {median} (range {shortest}–{longest})":
        "mediana {median} (intervalo {shortest}–{longest})",
    "Definitions": "Definições",
    "Page {page} of {pages}": "Página {page} de {pages}",
    "Observational summary of this clinic's records, not evidence of efficacy: the patients were "
    "not randomised, had no control group, and are only those this clinic recorded.":
        "Resumo observacional dos registos desta clínica, não prova de eficácia: os doentes não "
        "foram aleatorizados, não houve grupo de controlo, e são apenas os que esta clínica "
        "registou.",
}  # fmt: skip
ARABIC = {
    "Clinic outcomes: {regimen}": "نتائج العيادة: {regimen}",
    "Who started the regimen": "من بدأ النظام العلاجي",
    "Response category": "فئة الاستجابة",
    "Definitions": "التعريفات",
    "Page {page} of {pages}": "الصفحة {page} من {pages}",
}


@pytest.fixture(scope="module")
def report() -> OutcomesReport:
    """The report of tests/reports/outcomes_support without one of its two 200-day patients:
    six patients on the regimen 200, 471, 493, 504, 526 and 537 days, median 498.5."""
    found = small_report()
    shortest = min(found.cohort, key=lambda m: m.days_on)
    return dataclasses.replace(found, cohort=tuple(m for m in found.cohort if m is not shortest))


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("catalogues")
    with installed(Language.PORTUGUESE, PORTUGUESE, folder), installed(
        Language.ARABIC, ARABIC, folder
    ):
        yield


def _build(report: OutcomesReport, language: Language) -> bytes:
    with using(language):
        return outcomes_pdf(report, generated_at=MOMENT)


@pytest.fixture(scope="module")
def portuguese(report: OutcomesReport, catalogues: None) -> bytes:
    return _build(report, Language.PORTUGUESE)


@pytest.fixture(scope="module")
def arabic(report: OutcomesReport, catalogues: None) -> bytes:
    return _build(report, Language.ARABIC)


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_portuguese_pdf_reads_in_portuguese(portuguese: bytes) -> None:
    pages = _pages(portuguese)
    first = pages[0]
    for words in ("Resultados da clínica: diltiazem + colchicine", "Quem iniciou o esquema",
                  "Iniciaram o esquema", "Resumo observacional dos registos desta clínica"):
        assert words in first, words
    assert "Who started the regimen" not in first
    assert any("Definições" in page for page in pages)
    for number, page in enumerate(pages, start=1):
        assert f"Página {number} de {len(pages)}" in page  # the footer on every page


def test_portuguese_numbers_have_decimal_commas(portuguese: bytes) -> None:
    first = _pages(portuguese)[0]
    assert "mediana 498,5 (intervalo 200–537)" in first
    assert "498.5" not in first


def test_the_arabic_pdf_reads_in_arabic_in_logical_order(arabic: bytes) -> None:
    pages = [nfkc(page) for page in _pages(arabic)]
    first = pages[0]
    assert "نتائج العيادة" in first
    assert "من بدأ النظام العلاجي" in first
    assert "فئة الاستجابة" in first
    assert any("التعريفات" in page for page in pages)
    # the shaped forms were drawn (joined letters), not the bare letters
    assert any("\ufe8d" <= char <= "\ufefc" for char in _pages(arabic)[0])


def test_the_arabic_pdf_runs_right_to_left(arabic: bytes, tmp_path: Path) -> None:
    words = page_words(arabic, tmp_path)
    started, regimen = find_word(words, "بدأ"), find_word(words, "العلاجي")
    assert abs(started.y_min - regimen.y_min) < 1  # the heading, one line
    assert started.x_min > regimen.x_min  # its first word on the right
    assert find_word(words, "فئة").x_min > PAGE_WIDTH / 2  # the table's first column on the right
    assert find_word(words, "الصفحة").x_min < PAGE_WIDTH / 2  # the page number on the left


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
@pytest.mark.parametrize("language", ["portuguese", "arabic"])
def test_a_page_renders(language: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    pdf = tmp_path / "outcomes.pdf"
    pdf.write_bytes(request.getfixturevalue(language))
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True, capture_output=True)  # fmt: skip
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_arabic_prints_the_references_cited_in_full_left_to_right(
    report: OutcomesReport, catalogues: None
) -> None:
    """A long English reference inside right-to-left text would come out of order over its
    lines: it is numbered in the definition and printed after it, left to right."""
    with using(Language.ENGLISH):
        english = definitions(report.query)
    pdf = _build(dataclasses.replace(report, definitions=english), Language.ARABIC)
    text = " ".join(_pages(pdf))
    assert "[1] Kaplan EL, Meier P. Nonparametric estimation from incomplete observations." in text
    assert "[2] Virtanen P, Gommers R, Oliphant TE et al. SciPy 1.0:" in text
    assert "[R2]" in text  # the source marker whole, and the source listed
