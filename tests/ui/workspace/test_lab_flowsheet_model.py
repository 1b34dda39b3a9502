"""The Labs tab flowsheet reads every result by the rule of ``domain.laboratory.lab_reference``, the
one the PDF visit summary uses: the same flag on the screen and on paper (DOMAIN.md §0.6, §4.2)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import LabResult, Patient, PatientChart, Visit
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.reports.summary.summary_labs import summarise_labs
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.ui.workspace.lab_flowsheet_model import FLAG_ROLE, LabFlowsheetModel

TOOLTIP = Qt.ItemDataRole.ToolTipRole
BIRTHDAY = date(1975, 6, 1)


def flowsheet(*results: LabResult, sex: Sex = Sex.FEMALE) -> LabFlowsheetModel:
    model = LabFlowsheetModel()
    patient = Patient("T-0002", "Test", "Ines", sex, BIRTHDAY, UnderlyingDisease.DM)
    model.set_chart(PatientChart(patient, labs=results))
    return model


def cell(model: LabFlowsheetModel, code: str, day: date, role: int) -> object:
    row = model.row_of(code)
    assert row is not None
    column = next(c for c in range(model.columnCount()) if model.collection_date(c) == day)
    return model.data(model.index(row, column), role)


def test_an_esr_without_a_lab_range_is_flagged_by_millers_rule_at_the_age_on_that_day() -> None:
    # Born 1975-06-01: 49 on 2025-05-31 (limit (49 + 10)/2 = 29.5), 50 the next day (30.0).
    before, on = date(2025, 5, 31), date(2025, 6, 1)
    model = flowsheet(entered("esr", before, 30.0, "mm/h"), entered("esr", on, 30.0, "mm/h"))
    assert cell(model, "esr", before, Qt.ItemDataRole.DisplayRole) == "30 ↑"
    assert cell(model, "esr", before, FLAG_ROLE) == "high"
    tip = str(cell(model, "esr", before, TOOLTIP))
    assert "High: above the Miller age-adjusted ESR limit for a woman aged 49 ≤ 29.5 mm/h" in tip
    assert tip.rstrip().endswith("[R31]")
    assert cell(model, "esr", on, Qt.ItemDataRole.DisplayRole) == "30"  # on the limit: within
    assert cell(model, "esr", on, FLAG_ROLE) is None
    assert "Within the Miller age-adjusted ESR limit for a woman aged 50" in str(
        cell(model, "esr", on, TOOLTIP)
    )


def test_for_a_man_millers_limit_is_half_the_age() -> None:
    day = date(2025, 6, 1)  # 50 that day: limit 25
    model = flowsheet(entered("esr", day, 26.0, "mm/h"), sex=Sex.MALE)
    assert cell(model, "esr", day, FLAG_ROLE) == "high"
    assert "for a man aged 50 ≤ 25 mm/h" in str(cell(model, "esr", day, TOOLTIP))


def test_the_reporting_labs_esr_range_wins_over_millers_rule() -> None:
    day = date(2025, 6, 1)  # Miller: ≤ 30 mm/h, the lab says ≤ 20
    model = flowsheet(entered("esr", day, 25.0, "mm/h", None, 20.0))
    assert cell(model, "esr", day, FLAG_ROLE) == "high"
    assert "above the reporting lab's range ≤ 20 mm/h" in str(cell(model, "esr", day, TOOLTIP))


def test_the_typical_range_names_its_sources() -> None:
    day = date(2025, 6, 1)
    model = flowsheet(entered("phosphate", day, 5.0, "mg/dL"))
    assert "above the typical adult range 2.5–4.5 mg/dL [R29][R33]" in str(
        cell(model, "phosphate", day, TOOLTIP)
    )


# ----------------------------------------------------------------------- screen = PDF

DAY = date(2026, 9, 14)  # the patient is 51 that day: Miller ≤ 30.5 mm/h
READINGS = [
    entered("calcium_total", DAY, 2.7, "mmol/L"),  # high against 8.5–10.5 mg/dL
    entered("phosphate", DAY, 0.8, "mmol/L"),  # low against 2.5–4.5 mg/dL
    entered("albumin", DAY, 47.0, "g/L"),  # on the upper bound: within
    entered("creatinine", DAY, 110.0, "umol/L", 45.0, 120.0),  # within the lab's range
    entered("creatine_kinase", DAY, 200.0, "U/L"),  # high for women (38–176)
    entered("haemoglobin", DAY, 11.9, "g/dL"),  # low (WHO < 12 for women)
    entered("esr", DAY, 31.0, "mm/h"),  # high by Miller
    entered("crp", DAY, 12.0, "mg/L"),  # no sourced range
    entered("pth_intact", DAY, 80.0, "pg/mL", 15.0, 65.0),  # high against the lab's range
]
EXPECTED = {
    "calcium_total": "high", "phosphate": "low", "albumin": None, "creatinine": None,
    "creatine_kinase": "high", "haemoglobin": "low", "esr": "high", "crp": None,
    "pth_intact": "high",
}  # fmt: skip


def test_the_flowsheet_and_the_pdf_summary_flag_the_same_results() -> None:
    patient = Patient("T-0003", "Test", "Tess", Sex.FEMALE, date(1975, 1, 1), UnderlyingDisease.RA)
    model = LabFlowsheetModel()
    model.set_chart(PatientChart(patient, labs=tuple(READINGS)))
    on_screen = {model.analyte_code(r): model.data(model.index(r, 0), FLAG_ROLE)
                 for r in range(model.rowCount())}  # fmt: skip
    summary = summarise_labs(READINGS, patient, Visit(None, DAY))
    on_paper = {row.result.analyte: row.flag for row in summary.rows}
    (derived,) = [d for d in summary.derived[0][1] if d.code == "calcium_corrected"]
    on_paper["calcium_corrected:derived"] = derived.flag  # 2.7 + 0.02 × (40 − 47) = 2.56
    assert on_screen == on_paper == {**EXPECTED, "calcium_corrected:derived": None}


@pytest.mark.parametrize("chart", demo_charts(), ids=lambda c: c.patient.mrn)
def test_the_demo_clinics_labs_read_the_same_on_screen_and_on_paper(chart: PatientChart) -> None:
    model = LabFlowsheetModel()
    model.set_chart(chart)
    for column in range(model.columnCount()):
        day = model.collection_date(column)
        summary = summarise_labs(chart.labs, chart.patient, Visit(None, day))
        on_paper = {id(row.result): row.flag for row in summary.rows}
        corrected = {d.code: d for d in summary.derived[0][1]}["calcium_corrected"]
        for row in range(model.rowCount()):
            for shown in model.shown(row, column):
                assert shown.flag == on_paper[id(shown.result)], shown.result
            if model.is_derived(row):  # the corrected calcium: the same value and verdict
                cell = model.corrected(column)
                assert (cell is None) is (corrected.value is None), day
                if cell is not None:
                    assert cell.flag == corrected.flag and cell.reading.value == corrected.value
