"""No date in the Overview's assessment breaks across lines, in Arabic or Portuguese, at any
width the panel may take. QA at 1280 × 800 in Arabic: the rule text read "… منذ خط الأساس 16/"
at the end of one line and "2023/01" at the start of the next (Qt breaks a line after a slash,
the Arabic date "16‏/01‏/2023" has two).

Laid out by Qt's own text engine (QTextDocument, as the response panel's browser lays it out),
with the real catalogues, in Western and Arabic-Indic digits."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.review.assessment import assess
from calcitrack.i18n.languages import Language
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.ui.overview.assessment_html import assessment_html
from tests.ui.admin.test_clinic_settings_languages import Use
from tests.ui.admin.test_clinic_settings_languages import use_language as use_language
from tests.ui.overview.laid_out import line_ends

TODAY = date(2026, 12, 6)
DATE = re.compile(r"\d+(?:[\u200f\u2060\u2066-\u2069]*/[\u200f\u2060\u2066-\u2069]*\d+){2}")
"""A date as the window writes it in a sentence: "16‏/01‏/2023", "١٦‏/٠١‏/٢٠٢٣", "16/01/2023"."""


def _broken_dates(html: str, width: int) -> list[str]:
    """Each date that a line ends inside, laid out at ``width``."""
    return [
        match.group()
        for text, ends in line_ends(html, width)
        for match in DATE.finditer(text)
        if any(match.start() < end < match.end() for end in ends)
    ]


@pytest.mark.parametrize(
    ("language", "qt_name", "digits"),
    [(Language.ARABIC, "ar", "latn"), (Language.ARABIC, "ar", "arab"),
     (Language.PORTUGUESE, "pt_PT", "latn")],
)  # fmt: skip
def test_no_date_breaks_across_lines_at_any_width(
    qtbot: QtBot, use_language: Use, language: Language, qt_name: str, digits: str
) -> None:
    use_language(language, qt_name, digits)  # type: ignore[arg-type]  # a Digits literal
    chart = demo_charts()[1]  # progressed on imaging: the baseline's date in the rule text
    found = assess(chart, ClinicSettings.defaults(), on=TODAY)
    html = assessment_html(found.response, found.flags)
    document = QTextDocument()
    document.setHtml(html)
    assert len(DATE.findall(document.toPlainText())) >= 4
    # from 180 px (below it a table's value column is narrower than a date in parentheses, which
    # Qt must then cut somewhere) to well past the panel's ~300 px at 1280 × 800
    broken = {b for width in range(180, 480, 3) for b in _broken_dates(html, width)}
    assert sorted(broken) == []
