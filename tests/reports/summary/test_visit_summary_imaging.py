"""The imaging and procedures of the PDF visit summary (summary_imaging_section) and the response
naming the study read as more calcification: read back from the PDF with pypdf, a page rendered
with poppler's pdftoppm."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.codes import (
    ImagingModality,
    ImagingVerdict,
    Laterality,
    ProcedureOutcome,
    ProcedureType,
)
from calcitrack.domain.entities import ImagingStudy, PatientChart, Procedure
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.visit_summary_support import Summary, ink, render, request, summary

DM_VISIT = date(2024, 7, 15)
RA_VISIT = date(2026, 9, 14)
RA_BASELINE = date(2025, 3, 10)


@pytest.fixture(scope="module")
def dm() -> Summary:
    return summary(request(dm_case_chart("DEMO-0002"), DM_VISIT))


def _ra_with_entries() -> PatientChart:
    """The RA case with its last pelvis film read as more calcification by a named reader, an
    ultrasound after the visit, and an excision with an operator and a complication."""
    chart = ra_case_chart("DEMO-0001")
    imaging = tuple(
        dataclasses.replace(s, verdict=ImagingVerdict.MORE, reader="Dr Ana Lopes")
        if s.verdict is ImagingVerdict.LESS else s
        for s in chart.imaging
    )  # fmt: skip
    later = ImagingStudy(date(2026, 10, 1), ImagingModality.ULTRASOUND, "thigh",
                         Laterality.RIGHT, ("R lateral thigh",), "Recorded after the visit.",
                         verdict=ImagingVerdict.MORE)  # fmt: skip
    excision = Procedure(
        date(2026, 5, 4), ProcedureType.EXCISION, "chest", Laterality.RIGHT, ("R upper chest",),
        ProcedureOutcome.COMPLETE, notes="Deposit removed whole", operator="Dr Mehta",
        complications="Wound dehiscence, resutured",
    )
    return dataclasses.replace(chart, imaging=(*imaging, later), procedures=(excision,))


def test_the_dm_summary_lists_its_x_rays_and_the_debridement(dm: Summary) -> None:
    page = dm.pages[dm.page_with("Imaging and procedures up to 2024-07-15")]
    assert "Date Modality Region Lesions Finding Reader Verdict" in page
    text = dm.text
    # the four regions, before and after: the 2023 films without a verdict, June 2024 "more"
    assert ("2023-01-09 X-ray Hip (bilateral) — Numerous calcified deposits in the subcutaneous "
            "tissue. — not stated") in text
    assert ("2024-06-17 X-ray Upper arm (left) L upper arm More and larger subcutaneous "
            "calcifications than in January 2023: progression. — More calcification counts in "
            "the response") in text
    assert text.count("counts in the response") == 4
    assert "Date Procedure Region Lesions treated Operator Outcome Complications" in text
    assert ("2023-07-20 Debridement Buttock (right) R buttock — Partial response Infected ulcer "
            "debrided and chalky deposits removed; healed slowly, ulcer recurred. —") in text


def test_the_dm_response_names_the_x_rays_and_cites_its_rule(dm: Summary) -> None:
    text = dm.text
    x_rays = ("X-ray, hip (bilateral), thigh (bilateral), upper arm (right) and upper arm (left) "
              "on 2024-06-17")  # fmt: skip
    assert ("Response assessment PROGRESSED Progressed: more calcification read on imaging "
            f"since the baseline 2023-01-16: {x_rays}") in text
    assert "the SCTC change categories [R2] judge progression on radiographs" in text
    assert f"Imaging since baseline more calcification: {x_rays}" in text
    assert "[R2] Valenzuela A et al." in text  # in the sources at the end


def test_reader_operator_complications_and_nothing_recorded_after_the_visit(
    tmp_path: Path,
) -> None:
    built = summary(request(_ra_with_entries(), RA_VISIT))
    text = built.text
    assert ("2026-09-14 X-ray Hip (bilateral) — AP pelvis: calcification less extensive and "
            "less dense than on the March 2025 film. Dr Ana Lopes More calcification counts in "
            "the response") in text
    assert ("2026-05-04 Surgical excision Chest (right) R upper chest Dr Mehta Complete response "
            "Deposit removed whole Wound dehiscence, resutured") in text
    assert "Recorded after the visit" not in text  # the chart as it stood on the visit date
    # the response: improved by the burden (−45.3 %), progressed by the reader's verdict
    assert ("Progressed: more calcification read on imaging since the baseline "
            f"{RA_BASELINE}: X-ray, hip (bilateral) on 2026-09-14, read by Dr Ana Lopes") in text
    assert "(−45.3 %)" in text
    index = built.page_with("Imaging and procedures up to 2026-09-14")
    pages = render(built.data, tmp_path, dpi=50)
    assert ink(pages[index]) > 0.02  # a page drawn, not blank


def test_the_less_reading_of_the_ra_case_is_beside_the_burden() -> None:
    text = summary(request(ra_case_chart("DEMO-0001"), RA_VISIT)).text
    assert "Response assessment IMPROVED Improved: burden" in text
    assert ("less calcification read on X-ray, hip (bilateral) on 2026-09-14 (for information: "
            "it does not override the burden)") in text
    assert ("Imaging since baseline less calcification: X-ray, hip (bilateral) on 2026-09-14 "
            "(for information: it does not override the burden)") in text
    assert "No procedure recorded up to this visit." in text


def test_a_chart_without_imaging_or_procedures_says_so() -> None:
    chart = dataclasses.replace(ra_case_chart("DEMO-0001"), imaging=(), procedures=())
    text = summary(request(chart, RA_VISIT)).text
    assert "No imaging study recorded up to this visit." in text
    assert "No procedure recorded up to this visit." in text
    assert "Imaging since baseline none read as more or less calcification" in text
