"""The patient workspace (its header, tabs and the panels of Visits, Lesions, Medications, Labs,
Imaging & procedures) in the pseudo-language: every text a person reads came through the
translation, none is clipped by the longer text, and the tables' headers are translated."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.laboratory import labs
from calcitrack.ui.workspace.patient_workspace import (
    LABS,
    LESIONS,
    MEDICATIONS,
    OVERVIEW,
    SITE_EVENTS,
    VISITS,
    PatientWorkspace,
)
from calcitrack.ui.workspace.workspace_tabs import LabsPanel
from tests.support.pseudo_locale import OPEN, assert_translated
from tests.ui.held_runner import HeldRunner

pytestmark = pytest.mark.usefixtures("pseudo_language")

TODAY = date(2026, 11, 21)
CHARTS = ("DEMO-0002", "DEMO-0005")
"""Lesions, medications, labs with a derived corrected calcium, imaging and procedures; the
second is archived."""
DOMAIN_TEXTS = tuple(unit for entry in labs.ANALYTES.values() for unit in entry.accepted_units)
"""The analytes' units (UCUM symbols), shown as the domain has them (the analytes' names come
through gettext, pseudo-translated with the window)."""


def _checked(window: QWidget, *data: str) -> None:
    assert_translated(window, *DOMAIN_TEXTS, *data)


def _headers(model: QAbstractItemModel) -> list[str]:
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in range(model.columnCount())
    ]


def _untranslated_headers(model: QAbstractItemModel) -> list[str]:
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    texts = _headers(model) + [str(tip) for tip in tips if tip]
    return [text for text in texts if not text.startswith(OPEN)]


@pytest.fixture(params=CHARTS)
def workspace(
    request: pytest.FixtureRequest, qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> PatientWorkspace:
    shown = PatientWorkspace(HeldRunner())  # the Overview stays "loading": ui/overview's own
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.set_chart(stored_demo_charts[request.param], TODAY)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_header_and_tabs(workspace: PatientWorkspace) -> None:
    assert workspace.tabs.currentIndex() == OVERVIEW
    assert workspace.overview.loading_label.isVisible()
    assert workspace.header.text().startswith(OPEN)
    _checked(workspace)


def test_visits(workspace: PatientWorkspace) -> None:
    workspace.tabs.setCurrentIndex(VISITS)
    _checked(workspace.visits)
    assert _untranslated_headers(workspace.visits.model) == []
    assert workspace.visits.delete_action.text().startswith(OPEN)


def test_lesions(workspace: PatientWorkspace) -> None:
    workspace.tabs.setCurrentIndex(LESIONS)
    panel = workspace.lesions
    assert panel.history_model.lesion is not None
    assert panel.history_label.text().startswith(OPEN)
    for side in (0, 1):  # the photographs below are ui/photographs', checked there
        box = panel.splitter.widget(side)
        assert box is not None
        _checked(box)
    assert _untranslated_headers(panel.lesion_model) == []
    assert _untranslated_headers(panel.history_model) == []


def test_medications(workspace: PatientWorkspace) -> None:
    workspace.tabs.setCurrentIndex(MEDICATIONS)
    panel = workspace.medications
    _checked(panel)
    for model in (panel.current_model, panel.history_model):
        assert _untranslated_headers(model) == []
    events = [panel.history_model.event_text(r) for r in range(panel.history_model.rowCount())]
    assert events and all(event.startswith(OPEN) for event in events), events


def test_labs(qtbot: QtBot, workspace: PatientWorkspace) -> None:
    workspace.tabs.setCurrentIndex(LABS)
    panel = workspace.labs
    _checked(panel)
    model = panel.model
    derived = next(r for r in range(model.rowCount()) if model.is_derived(r))
    assert panel.select_analyte(model.analyte_code(derived))
    assert panel.analyte_label.text().startswith(OPEN)
    qtbot.wait(1)  # the layout makes room for the longer name at the next turn of the loop
    _checked(panel)
    row_name = model.headerData(derived, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    tip = model.headerData(derived, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert str(row_name).startswith(OPEN) and str(tip).startswith(OPEN)


def test_labs_with_nothing_selected(qtbot: QtBot) -> None:
    panel = LabsPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    _checked(panel)


def test_imaging_and_procedures(workspace: PatientWorkspace) -> None:
    workspace.tabs.setCurrentIndex(SITE_EVENTS)
    panel = workspace.site_events
    assert panel.selected() is not None
    assert OPEN in panel.detail_label.text()
    _checked(panel)
    assert _headers(panel.model) and _untranslated_headers(panel.model) == []
