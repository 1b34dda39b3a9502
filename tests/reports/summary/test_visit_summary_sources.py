"""The PDF ends with the sources it cites: every [R#] printed anywhere in the summary (tables,
flags, notes and the charts) is listed in a closing "Sources" section with its full citation,
and nothing it does not cite is listed. Read back with pypdf, as a reader's PDF viewer would."""

from __future__ import annotations

import re

import pytest

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.sources import SOURCES
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.summary.test_mineral_truth import _chart, _lab
from tests.reports.visit_summary_support import request, squash, summary

HEADING = "Sources cited in this summary"
KEY = re.compile(r"\[(R\d+)\]")


def _charts() -> dict[str, PatientChart]:
    return {
        "RA demo": ra_case_chart("DEMO-0001"),
        "DM demo": dm_case_chart("DEMO-0002"),
        "mineral": _chart(_lab("calcium_total", 10.2, "mg/dL", 8.5, 10.5),
                          _lab("albumin", 3.0, "g/dL")),
    }


def _split(text: str) -> tuple[str, str]:
    """The summary before its Sources section, and the section."""
    assert text.count(HEADING) == 1
    body, _, sources = text.partition(HEADING)
    return body, sources


@pytest.mark.parametrize("name", ["RA demo", "DM demo", "mineral"])
def test_the_sources_section_lists_exactly_the_references_the_summary_cites(name: str) -> None:
    built = summary(request(_charts()[name]))
    first = built.page_with(HEADING)  # it ends the summary, after the charts
    assert first > built.page_with("Trajectories up to")
    assert all(KEY.search(page) for page in built.pages[first:])
    body, sources = _split(built.text)
    cited = sorted(set(KEY.findall(body)), key=lambda k: int(k[1:]))
    assert len(cited) >= 3  # the summary cites its rules: this test reads real text
    listed = re.findall(r"\[(R\d+)\] ", sources)
    assert listed == cited  # each once, in numeric order, nothing uncited
    for pointer in ("DOMAIN.md", "§", "issue "):  # a reader's sources, not a developer's
        assert pointer not in built.text, pointer  # the Sources section too: no "§" anywhere
    flat = squash(sources).replace(" ", "")
    for key in cited:  # each with its full citation (spaces dropped: pypdf splits lines)
        assert SOURCES[key].citation.replace(" ", "") in flat, key


def test_a_source_cited_only_inside_a_chart_is_listed() -> None:
    # the eGFR chart's reference line cites the colchicine label [R41]; without colchicine and
    # with an eGFR well above 30, no table or flag of this summary does
    chart = _chart(_lab("creatinine", 0.8, "mg/dL", 0.6, 1.2))
    body, sources = _split(summary(request(chart)).text)
    start = body.index("Trajectories up to")
    assert "[R41]" not in body[:start]
    assert "[R41]" in body[start:]
    assert "[R41] " in sources
