"""The Arabic visit summary, read back from a real PDF built with the shipped catalogue: a source
marker reads "[R2]" (it was drawn "[R2[", turned round, its closing bracket mirrored: the bidi
algorithm the PDF uses does not pair brackets), and every date on the page is drawn in one form,
the Arabic one, day on the right ("2026/09/14" from the left). A date alone in a table cell was
drawn left to right ("14/09/2026") beside the same date in a sentence, and the page's footer
wrote the time it was made ISO ("2026-12-07").

Words and their order as drawn come from ``pdftotext -bbox``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from calcitrack.i18n import catalogue
from calcitrack.i18n.languages import Language
from tests.reports.summary.test_visit_summary_languages import _build
from tests.support.pdf_words import page_words

DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))
DATE = re.compile(r"\d+/\d+/\d+|\d{4}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def arabic() -> bytes:
    catalogue._loaded.pop(Language.ARABIC, None)  # the shipped catalogue
    return _build(Language.ARABIC)


@pytest.mark.parametrize("page", [1, 2])
def test_every_date_is_drawn_in_the_arabic_form(arabic: bytes, tmp_path: Path, page: int) -> None:
    drawn = [w.text.translate(DIRECTION_MARKS) for w in page_words(arabic, tmp_path, page)]
    dates = [found.group() for text in drawn for found in DATE.finditer(text)]
    assert len(dates) >= 8, dates
    assert [d for d in dates if not re.fullmatch(r"\d{4}/\d{2}/\d{2}", d)] == []


def test_source_markers_read_left_to_right(arabic: bytes, tmp_path: Path) -> None:
    drawn = [w.text for w in page_words(arabic, tmp_path, 1)]
    markers = [text for text in drawn if "[R" in text or "R2" in text or "]" in text]
    assert "[R2]" in markers  # the SCTC categories' source, inside the Arabic rule text
    assert [m for m in markers if not re.fullmatch(r"\W?(?:\[R\d+\])+\W?", m)] == []
