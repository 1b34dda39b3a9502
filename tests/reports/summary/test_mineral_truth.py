"""One truth for mineral metabolism in the PDF: the flags section and the lab tables agree.

Reproduction (issue: "the PDF and the Overview contradict each other"): a corrected calcium above
the lab's range was marked "abnormal mineral metabolism" in the derived-values table while the
flags section said "No safety or review flags". The rule: with albumin measured the same day the
albumin-corrected calcium is read [R24], else the measured total calcium; each against the
reporting lab's range, else the typical adult range. Corrected calcium is worked out here with
the published formula Ca + 0.8 × (4.0 − albumin g/dL), never by calling the code under test.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcitrack.domain.clinic_settings import SAFETY_CA_P_PRODUCT, ClinicSettings
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import LabResult, Patient, PatientChart, Visit
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.laboratory.mineral_metabolism import MINERAL_HINT
from calcitrack.domain.review.safety_flags import safety_flags
from calcitrack.reports.summary.summary_labs import summarise_labs
from tests.reports.visit_summary_support import request, summary

DAY = date(2026, 3, 16)
HINT = "abnormal mineral metabolism — consider metastatic rather than dystrophic calcinosis"
FLAG_TITLE = "Abnormal mineral metabolism"
NO_FLAGS = "No safety or review flags."


def _lab(code: str, value: float, unit: str, low: float | None = None,
         high: float | None = None) -> LabResult:  # fmt: skip
    return lab_results.entered(code, DAY, value, unit, low, high)


def _chart(*labs: LabResult) -> PatientChart:
    patient = Patient("MIN-01", "Ibsen", "Åse", Sex.FEMALE, date(1970, 2, 3),
                      UnderlyingDisease.SSC)  # fmt: skip
    return PatientChart(patient, visits=(Visit(None, DAY, pain_nrs=3),), labs=labs)


def _corrected(calcium_mg_dl: float, albumin_g_dl: float) -> float:
    return calcium_mg_dl + 0.8 * (4.0 - albumin_g_dl)


def _flags_section(text: str) -> str:
    start = text.index("Safety and review flags")
    return text[start : text.index("Decision support.", start)]


def _lab_section(text: str) -> str:
    start = text.index("Laboratory")
    return text[start : text.index("Medications", start)]


def test_reproduction_corrected_calcium_above_the_lab_range_is_a_flag_in_the_pdf() -> None:
    # measured 10.2 mg/dL is inside 8.5–10.5; corrected for albumin 3.0 g/dL it is 11.0: above
    assert _corrected(10.2, 3.0) == pytest.approx(11.0)
    chart = _chart(_lab("calcium_total", 10.2, "mg/dL", 8.5, 10.5), _lab("albumin", 3.0, "g/dL"))
    text = summary(request(chart)).text
    labs = _lab_section(text)
    flags = _flags_section(text)
    assert HINT in labs
    assert NO_FLAGS not in flags
    assert FLAG_TITLE in flags
    assert "Corrected calcium 11 mg/dL" in flags  # the flag says which calcium it read
    assert "albumin measured the same day" in flags


CASES = {
    "corrected above the lab range, measured inside": (
        (_lab("calcium_total", 10.2, "mg/dL", 8.5, 10.5), _lab("albumin", 3.0, "g/dL")), True),
    "measured above the lab range, corrected inside (albumin high)": (
        (_lab("calcium_total", 10.7, "mg/dL", 8.5, 10.5), _lab("albumin", 4.8, "g/dL")), False),
    "measured above the lab range, no albumin": (
        (_lab("calcium_total", 10.7, "mg/dL", 8.5, 10.5),), True),
    "measured above the typical range, no lab range, no albumin": (
        (_lab("calcium_total", 2.75, "mmol/L"),), True),
    "corrected below the typical range (SI), no lab range": (
        (_lab("calcium_total", 2.0, "mmol/L"), _lab("albumin", 45, "g/L")), True),
    "phosphate above the lab range": (
        (_lab("calcium_total", 9.5, "mg/dL", 8.5, 10.5), _lab("albumin", 4.0, "g/dL"),
         _lab("phosphate", 4.9, "mg/dL", 2.5, 4.5)), True),
    "everything inside": (
        (_lab("calcium_total", 9.5, "mg/dL", 8.5, 10.5), _lab("albumin", 4.0, "g/dL"),
         _lab("phosphate", 3.5, "mg/dL", 2.5, 4.5)), False),
}  # fmt: skip


@pytest.mark.parametrize(("labs", "abnormal"), CASES.values(), ids=CASES.keys())
def test_flag_present_if_and_only_if_the_lab_tables_mark_abnormal_mineral_metabolism(
    labs: tuple[LabResult, ...], abnormal: bool
) -> None:
    text = summary(request(_chart(*labs))).text
    assert (HINT in _lab_section(text)) is abnormal
    assert (FLAG_TITLE in _flags_section(text)) is abnormal
    assert (NO_FLAGS in _flags_section(text)) is not abnormal


def test_the_tables_say_which_calcium_is_read() -> None:
    with_albumin = _chart(_lab("calcium_total", 9.5, "mg/dL", 8.5, 10.5),
                          _lab("albumin", 4.0, "g/dL"))  # fmt: skip
    without = _chart(_lab("calcium_total", 9.5, "mg/dL", 8.5, 10.5))
    assert "corrected calcium is read" in _lab_section(summary(request(with_albumin)).text)
    assert "measured total calcium is read" in _lab_section(summary(request(without)).text)


def test_the_ca_p_product_is_read_against_the_clinic_threshold_in_both_places() -> None:
    # 10.0 × 6.1 = 61 mg²/dL²: above a clinic threshold of 60, below the published 70
    chart = _chart(_lab("calcium_total", 10.0, "mg/dL", 8.5, 10.5), _lab("albumin", 4.0, "g/dL"),
                   _lab("phosphate", 6.1, "mg/dL", 2.5, 6.5))  # fmt: skip
    settings = ClinicSettings.from_stored({SAFETY_CA_P_PRODUCT: 60})
    text = summary(request(chart, settings=settings)).text
    assert "above 60 mg²/dL²" in _lab_section(text)
    assert FLAG_TITLE in _flags_section(text)
    default = summary(request(chart)).text
    assert HINT not in _lab_section(default) and NO_FLAGS in _flags_section(default)


# ------------------------------------------------------------------ every input, both ways

_PATIENT = _chart().patient
CALCIUM_MG_DL = st.floats(6.0, 13.0).map(lambda v: round(v, 1))
ALBUMIN_G_DL = st.floats(2.0, 5.5).map(lambda v: round(v, 1))
PHOSPHATE_MG_DL = st.floats(1.5, 8.0).map(lambda v: round(v, 1))


@st.composite
def day_of_labs(draw: st.DrawFn) -> list[LabResult]:
    si = draw(st.booleans())
    found = []
    if draw(st.booleans()):
        calcium = draw(CALCIUM_MG_DL)
        with_range = draw(st.booleans())
        if si:
            low, high = (2.15, 2.55) if with_range else (None, None)
            found.append(_lab("calcium_total", round(calcium * 0.2495, 2), "mmol/L", low, high))
        else:
            low, high = (8.6, 10.2) if with_range else (None, None)
            found.append(_lab("calcium_total", calcium, "mg/dL", low, high))
    if draw(st.booleans()):
        albumin = draw(ALBUMIN_G_DL)
        found.append(_lab("albumin", albumin * 10, "g/L") if si
                     else _lab("albumin", albumin, "g/dL"))  # fmt: skip
    if draw(st.booleans()):
        phosphate = draw(PHOSPHATE_MG_DL)
        low, high = (2.7, 4.5) if draw(st.booleans()) else (None, None)
        found.append(_lab("phosphate", phosphate, "mg/dL", low, high))
    return found


@settings(max_examples=300, deadline=None)
@given(results=day_of_labs(), limit=st.sampled_from([55.0, 70.0]))
def test_flag_present_if_and_only_if_the_lab_tables_mark_it(
    results: list[LabResult], limit: float
) -> None:
    chart = PatientChart(_PATIENT, visits=(Visit(None, DAY),), labs=tuple(results))
    stored = ClinicSettings.from_stored({SAFETY_CA_P_PRODUCT: limit})
    flagged = any(
        f.code == "mineral_metabolism"
        for f in safety_flags(chart, stored, on=DAY, visit=chart.visits[0])
    )
    summary = summarise_labs(chart.labs, _PATIENT, chart.visits[0], limit)
    marked_rows = any(MINERAL_HINT in row.note for row in summary.rows)
    marked_derived = any(
        MINERAL_HINT in d.flag_text for _, values in summary.derived for d in values
    )
    assert flagged is (marked_rows or marked_derived)
    assert flagged is any(r.abnormal for r in summary.mineral)
    albumin = any(r.analyte == "albumin" for r in results)
    calcium_rows = [row for row in summary.rows if row.result.analyte == "calcium_total"]
    for row in calcium_rows:  # each table says which calcium it reads
        expected = "corrected calcium is read" if albumin else "measured total calcium is read"
        assert expected in row.note
