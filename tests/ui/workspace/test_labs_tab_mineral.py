"""One truth for mineral metabolism on the Labs tab: it reads calcium by the rule the safety flag
uses (``domain.laboratory.mineral_metabolism``). With albumin measured the same day the
albumin-corrected calcium is what is read [R24]; the flowsheet shows it as a derived row, labelled
as derived, with its formula and source, marked against the range the rule uses.

QA reproduction: total calcium 10.2 mg/dL (lab range 8.5–10.5) and albumin 2.5 g/dL. The Overview
flag and the PDF read the corrected calcium, 11.4 mg/dL, high; the Labs tab showed calcium 10.2
unmarked, no corrected row, and the tooltip "Within the reporting lab's range 8.5–10.5 mg/dL".
Corrected calcium is worked out here with the published formula Ca + 0.8 × (4.0 − albumin g/dL)
[R24], never by calling the code under test."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import LabResult, Patient, PatientChart
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.domain.review.safety_flags import MINERAL_METABOLISM
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.workspace.lab_flowsheet_model import FLAG_ROLE, LabFlowsheetModel
from calcitrack.ui.workspace.patient_workspace import LABS, OVERVIEW
from tests.support.accounts import open_signed_in

DAY = date(2026, 12, 4)
EARLIER = date(2026, 9, 14)
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
CORRECTED = "calcium_corrected:derived"  # not a lab-reported corrected calcium's code


def _corrected(calcium_mg_dl: float, albumin_g_dl: float) -> float:
    return calcium_mg_dl + 0.8 * (4.0 - albumin_g_dl)


def _qa_labs(day: date = DAY) -> tuple[LabResult, ...]:
    return (entered("calcium_total", day, 10.2, "mg/dL", 8.5, 10.5),
            entered("albumin", day, 2.5, "g/dL"))  # fmt: skip


def _model(*results: LabResult) -> LabFlowsheetModel:
    patient = Patient("MIN-02", "Ibsen", "Åse", Sex.FEMALE, date(1970, 2, 3),
                      UnderlyingDisease.SSC)  # fmt: skip
    model = LabFlowsheetModel()
    model.set_chart(PatientChart(patient, labs=results))
    return model


def _cell(model: LabFlowsheetModel, code: str, day: date, role: int) -> object:
    row = model.row_of(code)
    assert row is not None, code
    column = next(c for c in range(model.columnCount()) if model.collection_date(c) == day)
    return model.data(model.index(row, column), role)


def _row_name(model: LabFlowsheetModel, code: str) -> str:
    row = model.row_of(code)
    assert row is not None
    return str(model.headerData(row, Qt.Orientation.Vertical))


def test_the_qa_case_shows_the_corrected_calcium_high_on_a_derived_row() -> None:
    assert _corrected(10.2, 2.5) == pytest.approx(11.4)
    model = _model(*_qa_labs())
    codes = [model.analyte_code(r) for r in range(model.rowCount())]
    assert codes.index(CORRECTED) == codes.index("calcium_total") + 1  # right below it
    name = _row_name(model, CORRECTED)
    assert "Corrected calcium" in name and "derived" in name and "mg/dL" in name
    assert _cell(model, CORRECTED, DAY, DISPLAY) == "11.4 ↑"
    assert _cell(model, CORRECTED, DAY, FLAG_ROLE) == "high"
    assert _cell(model, CORRECTED, DAY, Qt.ItemDataRole.BackgroundRole) is not None
    tip = str(_cell(model, CORRECTED, DAY, TOOLTIP))
    assert "High: above the reporting lab's range 8.5–10.5 mg/dL" in tip
    assert "Ca + 0.8 × (4.0 − albumin g/dL), mg/dL [R24]" in tip  # the formula and its source
    assert "calcium 10.2 mg/dL, albumin 2.5 g/dL" in tip  # what it was worked out from
    assert "derived" in tip.lower() and "not measured" in tip.lower()
    header_tip = str(model.headerData(model.row_of(CORRECTED), Qt.Orientation.Vertical, TOOLTIP))
    assert "[R24]" in header_tip and "derived" in header_tip.lower()


def test_the_measured_calcium_is_never_called_within_range_when_the_corrected_one_is_high() -> None:
    model = _model(*_qa_labs())
    tip = str(_cell(model, "calcium_total", DAY, TOOLTIP))
    assert "Within" not in tip and "within" not in tip
    assert "corrected calcium is read" in tip
    assert "11.4 mg/dL" in tip and "high" in tip.lower()


def test_without_albumin_that_day_no_corrected_row_and_the_measured_value_is_read() -> None:
    model = _model(entered("calcium_total", DAY, 10.2, "mg/dL", 8.5, 10.5),
                   entered("albumin", EARLIER, 2.5, "g/dL"))  # fmt: skip
    assert model.row_of(CORRECTED) is None or _cell(model, CORRECTED, DAY, DISPLAY) is None
    assert "Within the reporting lab's range 8.5–10.5 mg/dL" in str(
        _cell(model, "calcium_total", DAY, TOOLTIP)
    )
    assert model.row_of(CORRECTED) is None  # no day has both: no derived row at all


def test_the_corrected_row_follows_the_calcium_display_unit() -> None:
    model = _model(*_qa_labs())
    model.set_display_unit("calcium_total", "mmol/L")
    assert "mmol/L" in _row_name(model, CORRECTED)
    expected = _corrected(10.2, 2.5) * 0.2495  # DOMAIN: calcium mg/dL × 0.2495 = mmol/L
    shown = str(_cell(model, CORRECTED, DAY, DISPLAY))
    assert shown.endswith(" ↑") and float(shown[:-2]) == pytest.approx(expected, abs=0.006)
    assert _cell(model, CORRECTED, DAY, FLAG_ROLE) == "high"  # the rule's verdict, unchanged


def test_a_corrected_calcium_inside_the_range_is_unmarked_and_said_within() -> None:
    model = _model(entered("calcium_total", DAY, 9.5, "mg/dL", 8.5, 10.5),
                   entered("albumin", DAY, 4.0, "g/dL"))  # fmt: skip
    assert _cell(model, CORRECTED, DAY, DISPLAY) == "9.5"
    assert _cell(model, CORRECTED, DAY, FLAG_ROLE) is None
    assert "Within the reporting lab's range 8.5–10.5 mg/dL" in str(
        _cell(model, CORRECTED, DAY, TOOLTIP)
    )


# ---------------------------------------------------------------- the real window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clinic: Clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    clinic.today = lambda: DAY
    charts = []
    for chart in demo_charts():
        if chart.patient.mrn == DEMO_RA_MRN:  # the QA's labs on the day of a visit
            visit = dataclasses.replace(chart.visits[-1], visit_date=DAY)
            chart = dataclasses.replace(chart, visits=(*chart.visits, visit),
                                        labs=(*chart.labs, *_qa_labs()))  # fmt: skip
        charts.append(chart)
    ChartService(clinic.context()).add_charts(charts)
    built = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.close()
    clinic.close()


def test_the_labs_tab_agrees_with_the_overview_flag(qtbot: QtBot, window: MainWindow) -> None:
    window.open_patient(DEMO_RA_MRN)
    window.show_workspace(OVERVIEW)
    qtbot.waitUntil(lambda: window.workspace.overview.panel is not None)
    panel = window.workspace.overview.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.assessment is not None, timeout=10000)
    assert panel.assessment is not None
    (mineral,) = [f for f in panel.assessment.flags if f.code == MINERAL_METABOLISM]
    (read,) = [t for t in mineral.triggers if t.startswith("Corrected calcium")]
    assert read.startswith(f"Corrected calcium 11.4 mg/dL on {DAY}: high")
    window.show_workspace(LABS)
    model = window.workspace.labs.model
    assert _cell(model, CORRECTED, DAY, DISPLAY) == "11.4 ↑"
    assert _cell(model, CORRECTED, DAY, FLAG_ROLE) == "high"
    assert "Within" not in str(_cell(model, "calcium_total", DAY, TOOLTIP))


def test_selecting_the_derived_row_says_which_unit_it_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_patient(DEMO_RA_MRN)
    window.show_workspace(LABS)
    panel = window.workspace.labs
    assert panel.select_analyte(CORRECTED)
    assert "Corrected calcium, derived" in panel.analyte_label.text()
    assert not panel.unit_combo.isEnabled()  # its unit is total calcium's
    assert panel.select_analyte("calcium_total")
    panel.unit_combo.setCurrentIndex(panel.unit_combo.findData("mmol/L"))
    assert "(mmol/L)" in str(panel.model.headerData(panel.model.row_of(CORRECTED),
                                                   Qt.Orientation.Vertical))  # fmt: skip


def test_a_corrected_calcium_the_lab_reported_keeps_its_own_row() -> None:
    model = _model(*_qa_labs(), entered("calcium_corrected", DAY, 11.3, "mg/dL"))
    codes = [model.analyte_code(r) for r in range(model.rowCount())]
    assert codes[:3] == ["calcium_total", CORRECTED, "calcium_corrected"]
    assert _cell(model, "calcium_corrected", DAY, DISPLAY) == "11.3"  # as the lab reported it
    assert _cell(model, CORRECTED, DAY, DISPLAY) == "11.4 ↑"
