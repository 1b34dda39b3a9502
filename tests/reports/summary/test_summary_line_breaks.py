"""The PDF visit summary reads without stumbles. QA, on DEMO-0001 after a partial visit with
the range of motion not measured and corrected calcium high:
- the ROM table printed "not me / asured", a word cut inside a narrow column;
- the decision-support box read "Decision support. Decision support, not a diagnosis…";
- page 4 of 7 held one heading and one line ("Changes made at this visit / No medication…").

Each checked on the story as laid out by ReportLab (every table cell wrapped at its column's
width) and on the built PDF read back with pypdf."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date

import pytest
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.laboratory import lab_results
from calcitrack.reports.summary.pdf_charts import ChartSet
from calcitrack.reports.summary.visit_summary import _story
from calcitrack.reports.summary.visit_summary_data import gather
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.visit_summary_support import Summary, summary
from tests.reports.visit_summary_support import request as summary_request

QA_DAY = date(2026, 12, 4)


def _qa_chart() -> PatientChart:
    """DEMO-0001 with the QA's visit: one lesion of five measured, no ROM, Ca 10.2 / Alb 2.5."""
    ra = ra_case_chart("DEMO-0001")
    last = ra.visits[-1]
    visit = dataclasses.replace(
        last, visit_date=QA_DAY, lesion_measurements=last.lesion_measurements[:1], rom=(),
        das28_recorded=None, das28_recorded_variant=None,
    )  # fmt: skip
    labs = (lab_results.entered("calcium_total", QA_DAY, 10.2, "mg/dL", 8.5, 10.5),
            lab_results.entered("albumin", QA_DAY, 2.5, "g/dL"))  # fmt: skip
    return dataclasses.replace(ra, visits=(*ra.visits, visit), labs=(*ra.labs, *labs))


def _long_note_chart() -> PatientChart:
    """DEMO-0002 whose latest visit has a note of 180 words: the medications then end at the
    foot of a page, their last lines pushed over onto a page of their own."""
    dm = dm_case_chart("DEMO-0002")
    note = " ".join(f"word{i}" for i in range(180))
    last = dataclasses.replace(dm.visits[-1], notes=note)
    return dataclasses.replace(dm, visits=(*dm.visits[:-1], last))


CHARTS = {
    "QA partial visit": _qa_chart,
    "RA demo": lambda: ra_case_chart("DEMO-0001"),
    "DM demo": lambda: dm_case_chart("DEMO-0002"),
    "DM demo, a long note": _long_note_chart,
}


@pytest.fixture(scope="module", params=list(CHARTS))
def case(request: pytest.FixtureRequest) -> tuple[PatientChart, Summary]:
    chart = CHARTS[request.param]()
    return chart, summary(summary_request(chart))


# ---------------------------------------------------------------- words cut inside a cell


def _tables(flowables: list[Flowable]) -> Iterator[Table]:
    for flowable in flowables:
        if isinstance(flowable, Table):
            yield flowable
            for row in flowable._cellvalues:
                for cell in row:
                    if isinstance(cell, Flowable):
                        yield from _tables([cell])
        elif isinstance(flowable, KeepTogether):
            yield from _tables(list(flowable._content))


def _line_texts(paragraph: Paragraph) -> list[tuple[str, bool]]:
    """Each line's text, and whether it ends at a break written in the markup (``<br/>``)."""
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [("".join(words), False) for _, words in lines]
    return [("".join(fragment.text for fragment in line.words), bool(line.lineBreak))
            for line in lines]  # fmt: skip


def _cut_words(paragraph: Paragraph, width: float) -> list[str]:
    """The places where ``paragraph``, wrapped at ``width``, breaks a line inside a word."""
    paragraph.wrap(width, 1e6)
    words = paragraph.getPlainText().split()
    joined = "".join(words)
    boundaries, at = set(), 0
    for word in words:
        at += len(word)
        boundaries.add(at)
    cut, at = [], 0
    for line, written in _line_texts(paragraph)[:-1]:
        at += len("".join(line.split()))
        if not written and at not in boundaries and joined[at - 1 : at] not in "-–/":
            cut.append(f"{joined[max(at - 8, 0):at]}|{joined[at:at + 8]}")
    return cut


def test_no_table_cell_breaks_a_word(case: tuple[PatientChart, Summary]) -> None:
    chart, _ = case
    story = _story(gather(summary_request(chart)), ChartSet())
    cut = []
    for table in _tables(story):
        padding = 6.0  # 3 pt each side (summary_tables.data_table, key_values: 3 + 4)
        for row in table._cellvalues:
            for column, cell in enumerate(row):
                if isinstance(cell, Paragraph):
                    cut += _cut_words(cell, table._colWidths[column] - padding)
    assert cut == [], cut


# ---------------------------------------------------------------- words said twice


def test_the_decision_support_box_names_itself_once(case: tuple[PatientChart, Summary]) -> None:
    _, built_summary = case
    text = built_summary.text
    assert "Decision support. Decision support" not in text
    assert "Decision support. Not a diagnosis or an order: check it against the full record" in (
        text
    )  # the box is still there, named once, its meaning whole


# ---------------------------------------------------------------- a page of one line


def _body_words(page: str) -> int:
    """The words of a page apart from its running header and footer."""
    header = re.compile(r"Calcinosis clinic, Hôpital Saint-Éloi Visit summary .*? Page \d+ of \d+")
    return len(header.sub(" ", page).split())


def test_no_page_but_the_last_holds_only_a_line_or_two(case: tuple[PatientChart, Summary]) -> None:
    _, built_summary = case
    pages = built_summary.pages
    sparse = [(i + 1, _body_words(p)) for i, p in enumerate(pages[:-1]) if _body_words(p) < 30]
    assert sparse == []
