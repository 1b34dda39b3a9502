"""The Visits tab marks a visit that left active lesions unmeasured as incomplete, names them,
and calls its total partial (calcitrack.ui.workspace.visit_table_model)."""

from __future__ import annotations

import dataclasses
import math
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import LesionMeasurement, PatientChart
from calcitrack.services.demo.demo_cases import ra_case_chart
from calcitrack.ui.workspace.visit_table_model import COLUMNS, VisitTableModel

DAY = date(2026, 10, 12)
MEASURED = COLUMNS.index("Lesions measured")
AREA = COLUMNS.index("Total area mm² (ellipse)")


def _with_partial_visit(chart: PatientChart) -> PatientChart:
    """DEMO-0001 with a visit on 2026-10-12 that measured R knee alone (40 × 28 mm)."""
    partial = dataclasses.replace(
        chart.visits[-1], visit_date=DAY, lesion_measurements=(LesionMeasurement("R knee", 40, 28),)
    )
    return dataclasses.replace(chart, visits=(*chart.visits, partial))


def _model(chart: PatientChart) -> VisitTableModel:
    model = VisitTableModel()
    model.set_visits(chart.visits, DAY, (), chart.lesions)
    return model


def test_a_visit_that_measured_one_of_five_lesions_is_listed_incomplete(
    qtmodeltester: ModelTester,
) -> None:
    model = _model(_with_partial_visit(ra_case_chart("DEMO-0001")))
    qtmodeltester.check(model)
    assert model.index(0, MEASURED).data() == "1 of 5\nincomplete"  # two lines: it fits
    area = f"{math.pi / 4 * 40 * 28:.0f}"
    assert model.index(0, AREA).data() == f"{area}\n(partial)" == "880\n(partial)"
    tip = model.index(0, MEASURED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "Incomplete visit: R lateral thigh, R buttock, L lateral thigh, R upper chest not measured"
    )
    assert "lesions measured at this visit only" in model.index(0, AREA).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert isinstance(model.index(0, MEASURED).data(Qt.ItemDataRole.ForegroundRole), QColor)
    unmeasured = ("R lateral thigh", "R buttock", "L lateral thigh", "R upper chest")
    assert model.unmeasured(0) == unmeasured
    # the complete visit before it is listed as before
    assert model.index(1, MEASURED).data() == "5"
    assert model.index(1, MEASURED).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.unmeasured(1) == ()


def test_lesions_found_resolved_or_excised_at_the_visit_leave_it_complete() -> None:
    chart = _with_partial_visit(ra_case_chart("DEMO-0001"))
    ended = {"R lateral thigh": LesionStatus.RESOLVED, "R buttock": LesionStatus.EXCISED,
             "L lateral thigh": LesionStatus.RESOLVED, "R upper chest": LesionStatus.EXCISED}
    lesions = tuple(
        dataclasses.replace(le, status=ended[le.label], status_changed_on=DAY)
        if le.label in ended else le
        for le in chart.lesions
    )
    model = _model(dataclasses.replace(chart, lesions=lesions))
    assert model.index(0, MEASURED).data() == "1"
    assert model.index(0, AREA).data() == "880"
