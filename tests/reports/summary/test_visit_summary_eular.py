"""The PDF summary states the EULAR response from the baseline's DAS28 to the visit's: the
baseline visit and DAS28 used, the variant and its source, or "not assessable" and why. Read back
with pypdf, as a reader's PDF viewer would."""

from __future__ import annotations

import dataclasses
from datetime import date

from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.visit_summary_support import request, squash, summary

SOURCES = "Sources cited in this summary"


def _body(chart: PatientChart, **changes: object) -> tuple[str, str]:
    """The summary's text before its Sources section (squashed), and that section."""
    text = summary(request(chart, **changes)).text  # type: ignore[arg-type]
    body, _, sources = text.partition(SOURCES)
    return squash(body), squash(sources)


def test_the_eular_response_names_the_baseline_visit_its_das28_and_the_variant() -> None:
    chart = ra_case_chart("DEMO-0001")
    body, sources = _body(chart)
    assert (
        "EULAR response (DAS28-CRP): none (no response) — baseline visit 2025-03-10: "
        "DAS28-CRP 1.51 (computed) → assessed visit 2026-09-14: DAS28-CRP 1.36 (computed); "
        "improved by 0.15 [R12]"
    ) in body
    assert "EULAR response (DAS28-ESR): none (no response) — baseline visit 2025-03-10" in body
    assert "[R12] R packages: acreular" in sources


def test_the_baseline_chosen_for_the_summary_is_the_one_stated() -> None:
    body, _ = _body(ra_case_chart("DEMO-0001"), baseline_date=date(2025, 9, 15))
    assert "EULAR response (DAS28-CRP): none (no response) — baseline visit 2025-09-15" in body


def test_different_variants_are_not_assessable_and_say_why() -> None:
    chart = ra_case_chart("DEMO-0001")
    visits = list(chart.visits)
    for i in (0, -1):  # no joint counts: each visit's DAS28 is the one it was given
        visits[i] = dataclasses.replace(visits[i], tender_joints_28=None, swollen_joints_28=None)
    visits[-1] = dataclasses.replace(
        visits[-1], das28_recorded=3.0, das28_recorded_variant=Das28Variant.ESR
    )
    body, _ = _body(dataclasses.replace(chart, visits=tuple(visits)))
    assert (
        "EULAR response: not assessable — the baseline visit (2025-03-10) has DAS28-CRP 1.51 "
        "and the assessed visit (2026-09-14) DAS28-ESR 3.00: DAS28-ESR and DAS28-CRP are "
        "different scores and are never compared with each other. [R12]"
    ) in body


def test_a_patient_without_ra_or_any_das28_has_no_eular_line() -> None:
    body, _ = _body(dm_case_chart("DEMO-0002"))
    assert "EULAR" not in body
