"""No line of the Overview's assessment breaks inside a unit or between a number and its unit,
at any width the panel may take. QA: "180 mg/ day" and "2.00 mg/ kg/day" (Qt breaks a line after
a slash), on a panel about 300 px wide at 1280 × 800.

Laid out by Qt's own text engine (QTextDocument, as the response panel's browser lays it out),
at every width from a very narrow panel to a wide one."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.flags import Flag, FlagKind, Severity
from calcitrack.domain.review.assessment import assess
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.ui.overview.assessment_html import assessment_html
from tests.ui.overview.laid_out import line_ends

TODAY = date(2026, 12, 6)
QA_FLAG = Flag(
    "methotrexate_not_weekly", FlagKind.SAFETY, Severity.CONTRAINDICATION,
    "Methotrexate scheduled twice daily, not weekly",
    "Low-dose methotrexate is taken once weekly; scheduling it daily instead of weekly is a "
    "classic prescribing error that has killed patients.",
    ("Methotrexate 90 mg twice daily = 180 mg/day = 1260 mg/week on 2026-12-06 (Methotrexate "
     "90 mg twice daily since 2026-12-05)",
     "Diltiazem 60 mg twice daily = 120 mg/day = 2.00 mg/kg/day at 60 kg; eGFR 88 mL/min/1.73 m²"),
    "[R63]",
)  # fmt: skip
UNIT = r"(?:mg|g|mL|mmol|µmol|kg|day|week|min|dL|m²|mm|mm²)"  # not "L": "L thigh"
_AFTER_SLASH = re.compile(r"\w/$")  # a line that ends in "mg/"
_NUMBER_THEN_UNIT = re.compile(rf"^{UNIT}\b")


def _breaks(html: str, width: int) -> list[str]:
    found = []
    for text, ends in line_ends(html, width):
        for end in ends:
            line, rest = text[:end].rstrip(), text[end:].lstrip()
            if _AFTER_SLASH.search(line) or (
                re.search(r"\d$", line) and _NUMBER_THEN_UNIT.match(rest)
            ):
                found.append(f"{line[-20:]}|{rest[:20]}")
    return found


@pytest.mark.parametrize("chart", demo_charts()[:2], ids=lambda c: c.patient.mrn)
def test_no_unit_breaks_across_lines_at_any_width(qtbot: QtBot, chart: object) -> None:
    found = assess(chart, ClinicSettings.defaults(), on=TODAY)  # type: ignore[arg-type]
    html = assessment_html(found.response, (QA_FLAG, *found.flags))
    assert "mg/kg/day" in _plain_text(html) and "180 mg/day" in _plain_text(html)
    # from 180 px (below it "88 mL/min/1.73 m²" is wider than a list item's line: Qt must cut
    # it somewhere) to well past the panel's ~300 px at 1280 × 800
    broken = {b for width in range(180, 480, 3) for b in _breaks(html, width)}
    assert sorted(broken) == []


def _plain_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText().replace("\u2060", "").replace("\u00a0", " ")
