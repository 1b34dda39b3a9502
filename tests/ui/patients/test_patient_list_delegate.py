"""The patient list's delegate paints what Qt's own delegate paints from the same model, pixel for
pixel, and asks the model once per cell instead of once per role (the repaint of a keystroke)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.patient_list import PatientListPage, PatientListQuery, StatusFilter
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.patients.patient_list_delegate import PatientListDelegate
from calcitrack.ui.patients.patient_table_model import COLUMNS, PatientTableModel
from tests.support.accounts import open_signed_in

LATER = date(2031, 1, 1)
"""A day after every demo patient's next visit was due: their next due dates show overdue."""


class _Counted(PatientTableModel):
    """The list's model, counting Qt's calls of ``data``."""

    calls = 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        _Counted.calls += 1
        return super().data(index, role)


@pytest.fixture
def page(tmp_path: Path) -> Iterator[PatientListPage]:
    """The demo clinic's rows, then the same rows with stale flags and archived."""
    clinic: Clinic = open_signed_in(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    ChartService(clinic.context()).add_charts(demo_charts())
    listed = PatientService(clinic.context()).list_page(
        PatientListQuery(status=StatusFilter.ALL), today=LATER
    )
    clinic.close()
    other = tuple(
        dataclasses.replace(
            s, flags_stale=True, patient=dataclasses.replace(s.patient, archived=True)
        )
        for s in listed.rows
    )
    rows = listed.rows + other
    yield PatientListPage(rows, 0, len(rows) + 2, len(rows) + 2)  # two rows on their way


def _view(qtbot: QtBot, model: PatientTableModel, *, ours: bool) -> QTableView:
    view = QTableView()
    view.setModel(model)
    if ours:
        view.setItemDelegate(PatientListDelegate(model, view))
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for column in range(len(COLUMNS)):
        view.setColumnWidth(column, 130)
    view.resize(130 * len(COLUMNS) + 40, 30 * model.rowCount() + 60)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.selectRow(1)
    return view


def _painted(view: QTableView) -> QImage:
    return view.viewport().grab().toImage()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])  # fmt: skip
def test_the_delegate_paints_what_qt_paints(
    qtbot: QtBot, page: PatientListPage, direction: Qt.LayoutDirection
) -> None:
    model = PatientTableModel()
    model.reset(page, today=LATER)
    qts, ours = _view(qtbot, model, ours=False), _view(qtbot, model, ours=True)
    assert isinstance(qts.itemDelegate(), QStyledItemDelegate)
    assert not isinstance(qts.itemDelegate(), PatientListDelegate)
    for view in (qts, ours):
        view.setLayoutDirection(direction)
    # what the rows hold: every kind of cell the list shows is in the picture
    shown = {model.index(r, c).data(role) is not None
             for r in range(model.rowCount()) for c in range(len(COLUMNS))
             for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
                          Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole)}  # fmt: skip
    assert shown == {True, False}
    expected, got = _painted(qts), _painted(ours)
    assert expected.size() == got.size()
    assert expected == got, "the list's delegate paints its cells unlike Qt's own delegate"


def test_a_repaint_asks_the_model_once_per_cell_not_once_per_role(
    qtbot: QtBot, page: PatientListPage
) -> None:
    model = _Counted()
    model.reset(page, today=LATER)
    qts = _view(qtbot, model, ours=False)
    _Counted.calls = 0
    qts.viewport().repaint()
    cells = model.rowCount() * len(COLUMNS)
    assert _Counted.calls >= 5 * cells  # Qt's delegate: a call per role of every cell
    qts.close()
    ours = _view(qtbot, model, ours=True)
    _Counted.calls = 0
    ours.viewport().repaint()
    assert _Counted.calls == 0  # ours asks ``answer`` directly
