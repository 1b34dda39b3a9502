"""The Visits tab's DAS28 column shows each visit's DAS28 as computed from its components and the
ESR or CRP collected that day, with its variant; a typed DAS28 only when the components are
missing (and said to be typed), and a typed one that differs from the computed one by more than
0.1 beside it. The expected values are worked out here from the published formulas, not read from
the code (DAS28-CRP = 0.56·√TJC + 0.28·√SJC + 0.36·ln(CRP mg/L + 1) + 0.014·PtGA + 0.96;
DAS28-ESR = 0.56·√TJC + 0.28·√SJC + 0.70·ln(ESR) + 0.014·PtGA)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Das28Variant, Sex, UnderlyingDisease, VisitType
from calcitrack.domain.entities import Patient, PatientChart, Visit
from calcitrack.domain.laboratory import lab_results
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.workspace.patient_workspace import VISITS
from calcitrack.ui.workspace.visit_table_model import COLUMNS, VisitTableModel
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 20)
MRN = "RA-77"
DAS28 = COLUMNS.index("DAS28")
V1, V2, V3 = date(2026, 1, 12), date(2026, 4, 13), date(2026, 7, 13)


def das28_crp(tjc: int, sjc: int, crp_mg_l: float, ptga: float) -> float:
    return (
        0.56 * math.sqrt(tjc) + 0.28 * math.sqrt(sjc) + 0.36 * math.log(crp_mg_l + 1)
        + 0.014 * ptga + 0.96
    )


def das28_esr(tjc: int, sjc: int, esr: float, ptga: float) -> float:
    return 0.56 * math.sqrt(tjc) + 0.28 * math.sqrt(sjc) + 0.70 * math.log(esr) + 0.014 * ptga


# V1: CRP entered as 1.2 mg/dL, i.e. 12 mg/L (DAS28-CRP takes mg/L), and ESR 30 mm/h
V1_CRP = das28_crp(4, 2, 12.0, 40)
V1_ESR = das28_esr(4, 2, 30.0, 40)
V2_ESR = das28_esr(1, 0, 12.0, 20)


def ra_chart() -> PatientChart:
    patient = Patient(
        MRN, "Lima", "Rosa", Sex.FEMALE, date(1961, 2, 3), UnderlyingDisease.RA, date(2010, 5, 1)
    )
    visits = (
        # a DAS28-CRP typed as 3.60: more than 0.1 from its components
        Visit(None, V1, VisitType.BASELINE, "Dr Lee", tender_joints_28=4, swollen_joints_28=2,
              patient_global_mm=40.0, das28_recorded=3.60,
              das28_recorded_variant=Das28Variant.CRP),
        # a DAS28-ESR typed as 2.60: within 0.1 of its components
        Visit(None, V2, VisitType.FOLLOW_UP, "Dr Lee", tender_joints_28=1, swollen_joints_28=0,
              patient_global_mm=20.0, das28_recorded=2.60,
              das28_recorded_variant=Das28Variant.ESR),
        # only a typed DAS28-ESR: no joint counts, no ESR
        Visit(None, V3, VisitType.FOLLOW_UP, "Dr Lee", das28_recorded=4.05,
              das28_recorded_variant=Das28Variant.ESR),
    )  # fmt: skip
    labs = (
        lab_results.entered("crp", V1, 1.2, "mg/dL", None, 0.5),
        lab_results.entered("esr", V1, 30.0, "mm/h", None, 20),
        lab_results.entered("esr", V2, 12.0, "mm/h", None, 20),
    )
    return PatientChart(patient, visits=visits, labs=labs)


def _cells(model: VisitTableModel, role: int = Qt.ItemDataRole.DisplayRole) -> dict[date, object]:
    return {
        model.visit(row).visit_date: model.data(model.index(row, DAS28), role)
        for row in range(model.rowCount())
    }


def _check(model: VisitTableModel) -> None:
    assert round(V1_CRP, 3) == 3.959 and round(V1_ESR, 3) == 4.457
    assert _cells(model) == {
        V1: f"{V1_CRP:.2f} (CRP; typed 3.60 differs)\n{V1_ESR:.2f} (ESR)",  # a variant a line
        V2: f"{V2_ESR:.2f} (ESR)",
        V3: "4.05 (ESR, typed)",
    }
    tips = {day: str(tip) for day, tip in _cells(model, Qt.ItemDataRole.ToolTipRole).items()}
    assert f"DAS28-CRP {V1_CRP:.2f} computed from TJC28 4, SJC28 2, CRP 1.2 mg/dL = 12 mg/L" in (
        tips[V1]
    )
    assert "the DAS28-CRP typed in (3.60) differs from it by more than 0.1" in tips[V1]
    assert f"DAS28-ESR {V1_ESR:.2f} computed from TJC28 4, SJC28 2, ESR 30 mm/h" in tips[V1]
    assert "typed in" not in tips[V2]
    assert "DAS28-ESR 4.05 as typed in" in tips[V3] and "needs TJC28, SJC28" in tips[V3]
    colours = _cells(model, Qt.ItemDataRole.ForegroundRole)
    assert colours[V1] is not None and colours[V2] is None and colours[V3] is None


def test_the_model_computes_each_variant_from_the_components_and_the_labs() -> None:
    chart = ra_chart()
    model = VisitTableModel()
    model.set_visits(chart.visits, TODAY, labs=chart.labs)
    _check(model)


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'ra.sqlite3'}")
    opened.today = lambda: TODAY
    ChartService(opened.context()).add_charts([ra_chart()])
    yield opened
    opened.close()


def test_the_visits_tab_shows_the_computed_das28_with_its_variant(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.open_patient(MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    window.workspace.tabs.setCurrentIndex(VISITS)
    view = window.workspace.visits.view
    assert view.isVisible()
    model = view.model()
    assert isinstance(model, VisitTableModel)
    _check(model)
