"""The visit summary in Portuguese and in Arabic, read back from real PDFs.

Portuguese: its words and its decimal comma are in the text pypdf extracts. Arabic: headings
come back from pypdf in logical order once normalised (NFKC: presentation forms → letters), and
the layout runs right to left, checked on the words' boxes from ``pdftotext -bbox``: the first
word of a heading is the rightmost, a table's first column is on the right, the clinic's name
heads the page on the right.

Most tests use a small catalogue built here (the words they check), so that they hold whatever
the shipped catalogue says today; one renders with the shipped catalogue as it is.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from calcitrack.i18n import catalogue
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.reports.summary.visit_summary import build_visit_summary
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.reports.visit_summary_support import render, request
from tests.support.pdf_words import find_word, nfkc, page_words
from tests.support.tmp_catalogue import installed

PORTUGUESE = {
    "Visit summary": "Resumo da consulta",
    "Response assessment": "Avaliação da resposta",
    "Laboratory": "Laboratório",
    "Weight": "Peso",
    "Page {page} of {pages}": "Página {page} de {pages}",
}
ARABIC = {
    "Visit summary": "ملخص الزيارة",
    "Response assessment": "تقييم الاستجابة",
    "Laboratory": "المختبر",
    "Analyte": "التحليل",
    "Flag": "التنبيه",
    "Weight": "الوزن",
    "Page {page} of {pages}": "الصفحة {page} من {pages}",
}


@pytest.fixture(scope="module")
def test_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The small catalogues in place of the shipped ones, for this module's tests."""
    folder = tmp_path_factory.mktemp("catalogues")
    with installed(Language.PORTUGUESE, PORTUGUESE, folder), installed(
        Language.ARABIC, ARABIC, folder
    ):
        yield


def _build(language: Language, digits: str = "latn") -> bytes:
    chart = ra_case_chart("DEMO-0001")
    with using(language, "arab" if digits == "arab" else "latn"):
        return build_visit_summary(request(chart))


@pytest.fixture(scope="module")
def portuguese(test_catalogues: None) -> bytes:
    return _build(Language.PORTUGUESE)


@pytest.fixture(scope="module")
def arabic(test_catalogues: None) -> bytes:
    return _build(Language.ARABIC)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_portuguese_summary_reads_in_portuguese_with_decimal_commas(
    portuguese: bytes,
) -> None:
    pages = _pages(portuguese)
    first = pages[0]
    for translation in ("Resumo da consulta", "Avaliação da resposta", "Peso"):
        assert translation in first
    assert f"Página 1 de {len(pages)}" in first
    assert "60,1 kg" in first  # the weight, with a decimal comma
    assert "60.1 kg" not in first
    assert any("Laboratório" in page for page in pages)


def test_the_arabic_headings_come_back_in_logical_order(arabic: bytes) -> None:
    pages = [nfkc(page) for page in _pages(arabic)]
    first = pages[0]
    assert "ملخص الزيارة" in first
    assert "تقييم الاستجابة" in first
    assert any("المختبر" in page for page in pages)
    # The shaped forms were drawn (joined letters), not the bare letters.
    assert any("\ufe8d" <= char <= "\ufefc" for char in _pages(arabic)[0])


def test_an_arabic_heading_runs_right_to_left(arabic: bytes, tmp_path: Path) -> None:
    words = page_words(arabic, tmp_path)
    first, second = find_word(words, "تقييم"), find_word(words, "الاستجابة")
    assert abs(first.y_min - second.y_min) < 1  # one line
    assert first.x_min > second.x_min  # the first word is the rightmost


def test_an_arabic_page_is_laid_out_from_the_right(arabic: bytes, tmp_path: Path) -> None:
    words = page_words(arabic, tmp_path)
    page_middle = 595.0 / 2
    assert find_word(words, "Calcinosis").x_min > page_middle  # the clinic heads the page's right
    assert find_word(words, "HADDAD,").x_min < page_middle  # the patient its left
    assert find_word(words, "الصفحة").x_min < page_middle  # "Page 1 of 7" at the bottom left


def test_an_arabic_table_has_its_first_column_on_the_right(arabic: bytes, tmp_path: Path) -> None:
    pages = _pages(arabic)
    lab_page = next(i for i, page in enumerate(pages, start=1) if "التحليل" in nfkc(page)
                    or "التحليل"[::-1] in nfkc(page))  # fmt: skip
    words = page_words(arabic, tmp_path, lab_page)
    analyte, flag = find_word(words, "التحليل"), find_word(words, "التنبيه")
    assert analyte.x_min > flag.x_min


def test_an_arabic_page_renders_with_its_text_on_the_right(arabic: bytes, tmp_path: Path) -> None:
    """Page 1 as a reader sees it (pdftoppm): the title line's ink sits at the right margin."""
    from PIL import Image, ImageOps

    png = render(arabic, tmp_path, dpi=60)[0]
    with Image.open(png) as image:
        grey = image.convert("L")
        width, height = grey.size
        # the summary's title: a band below the header, above the first section
        band = grey.crop((0, int(height * 0.095), width, int(height * 0.125)))
        inked = ImageOps.invert(band).point(lambda v: 255 if v > 127 else 0).getbbox()
    assert inked is not None, "no title drawn"
    left, _top, right, _bottom = inked
    assert right > width * 0.85  # the title ends at the right margin
    assert left > width * 0.25  # and does not start at the left one


def test_arabic_indic_digits_when_the_clinic_chooses_them(test_catalogues: None) -> None:
    first = nfkc(_pages(_build(Language.ARABIC, "arab"))[0])
    assert "٦٠٫١" in first or "١٫٠٦" in first  # the weight (pypdf may give a digit run reversed)
    assert "60.1" not in first


def test_the_shipped_catalogue_renders_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the shipped Arabic and Portuguese catalogues say today, a summary is built and
    its header reads as the catalogue translates it."""
    for language in (Language.PORTUGUESE, Language.ARABIC):
        monkeypatch.delitem(catalogue._loaded, language, raising=False)  # the shipped one
        with using(language):
            kind = catalogue._("Visit summary")
        pdf = _build(language)
        assert nfkc(kind) in nfkc(_pages(pdf)[0])


def test_a_partial_change_names_the_visit_in_the_summary_s_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """"(1 of 2 lesions measured at both; L2 not measured at this visit)": the visit is named in
    the summary's language too (it was left English in an Arabic summary)."""
    from datetime import date

    from calcitrack.domain.review.burden_comparison import BurdenComparison
    from calcitrack.reports.summary.summary_lesion_section import compared_pct
    from tests.support.tmp_catalogue import install_catalogue

    install_catalogue(monkeypatch, tmp_path, Language.PORTUGUESE, {
        "at this visit": "nesta consulta",
        "{labels} not measured {when}": "{labels} não medida(s) {when}",
    })  # fmt: skip
    compared = BurdenComparison(date(2026, 3, 1), date(2026, 9, 1), 100.0, 50.0,
                                measured_both=("L1",), not_measured_later=("L2",))  # fmt: skip
    assert "L2 not measured at this visit" in compared_pct(-50.0, compared)
    with using(Language.PORTUGUESE):
        assert "L2 não medida(s) nesta consulta" in compared_pct(-50.0, compared)
