"""The visit summary's medications section names the drugs in the reader's language (a real PDF,
read back with pypdf): the Portuguese DCI, the Arabic generic name; English as before.

The catalogues are small ones built here (tests/support/tmp_catalogue)."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.reports.summary.visit_summary import build_visit_summary
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.reports.visit_summary_support import request
from tests.support.tmp_catalogue import installed

PORTUGUESE = {
    "drug\x04Methotrexate": "Metotrexato",
    "drug\x04Folic acid": "Ácido fólico",
    "drug\x04Hydroxychloroquine": "Hidroxicloroquina",
}
ARABIC = {"drug\x04Methotrexate": "ميثوتريكسات", "drug\x04Folic acid": "حمض الفوليك"}


@pytest.fixture(scope="module")
def catalogues() -> Iterator[None]:
    with installed(Language.PORTUGUESE, PORTUGUESE), installed(Language.ARABIC, ARABIC):
        yield


def _section(text: str) -> str:
    """The medications section: from its heading to the next section's (both English here: the
    catalogues built above do not translate them). The medication timeline chart after it is
    not this section's."""
    start = text.index("Medications on")
    return text[start : text.index("Trajectories up to", start)]


def _text(language: Language) -> str:
    with using(language):
        pdf = build_visit_summary(request(ra_case_chart("DEMO-0001")))
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() or "" for page in pages))


@pytest.mark.usefixtures("catalogues")
def test_the_portuguese_summary_names_the_drugs_in_portuguese() -> None:
    text = _section(_text(Language.PORTUGUESE))
    assert "Metotrexato" in text
    assert "Ácido fólico" in text
    assert "Folic acid" not in text and "Methotrexate" not in text
    assert "Colchicine" in text  # a name the catalogue does not translate: English


@pytest.mark.usefixtures("catalogues")
def test_the_arabic_summary_names_the_drugs_in_arabic() -> None:
    text = _section(_text(Language.ARABIC))
    assert "ميثوتريكسات" in text
    assert "حمض الفوليك" in text
    assert "Folic acid" not in text and "Methotrexate" not in text


@pytest.mark.usefixtures("catalogues")
def test_the_english_summary_names_the_drugs_as_before() -> None:
    text = _section(_text(Language.ENGLISH))
    assert "Methotrexate" in text and "Folic acid" in text
    assert "Metotrexato" not in text
