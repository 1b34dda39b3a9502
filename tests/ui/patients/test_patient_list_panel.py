"""The patient list panel on the demo clinic, driven with keyboard and mouse as a nurse would.

The panel asks the real patient service on a real SQLite file for its rows (one page at a time);
the task runner works inline here, except where a test says it uses worker threads.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, PatientChart
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from calcitrack.ui.patients.patient_table_model import NEXT_DUE_COLUMN
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 9, 14)  # the demo clinic's last visit
NEVER_SEEN = "T-900"

Charts = Callable[[], list[PatientChart]]


def _demo_clinic(path: Path, charts: list[PatientChart] | None = None) -> Clinic:
    """The demo clinic, Cadório (sample chart) and a patient never seen, archived ones included."""
    clinic = open_signed_in(f"sqlite:///{path}")
    clinic.today = lambda: TODAY
    ChartService(clinic.context()).add_charts(charts or [*demo_charts(), sample_chart("T-100")])
    PatientService(clinic.context()).create(
        Patient(NEVER_SEEN, "Nowak", "Zofia", Sex.FEMALE, date(1990, 1, 2), UnderlyingDisease.SSC)
    )
    return clinic


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = _demo_clinic(tmp_path / "x.sqlite3")
    yield opened
    opened.close()


def _panel(qtbot: QtBot, clinic: Clinic) -> PatientListPanel:
    panel = PatientListPanel(
        PatientService(clinic.context()), InlineTaskRunner(), today=lambda: TODAY
    )
    qtbot.addWidget(panel)
    panel.refresh()
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot: QtBot, clinic: Clinic) -> PatientListPanel:
    return _panel(qtbot, clinic)


def _with_due(charts: list[PatientChart], due: dict[str, date]) -> list[PatientChart]:
    """``charts`` whose latest visit planned the next on ``due`` (none if not given)."""

    def planned(chart: PatientChart) -> PatientChart:
        visits = sorted(chart.visits, key=lambda v: v.visit_date)
        last = [dataclasses.replace(visits[-1], next_visit_due_on=due.get(chart.patient.mrn))]
        return dataclasses.replace(chart, visits=tuple(visits[:-1] + last))

    return [planned(chart) if chart.visits else chart for chart in charts]


def _choose(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Cadorio", ["T-100"]),
        ("sorensen", ["DEMO-0003"]),
        ("graca ferreira", ["DEMO-0002"]),
        ("Ferreira Nunez", ["DEMO-0002"]),
        ("nunez, graca", ["DEMO-0002"]),
        ("demo-0004", ["DEMO-0004"]),
        ("ALVAREZ TOMAS", ["DEMO-0004"]),
    ],
)
def test_typing_filters_as_you_type_ignoring_case_and_accents(
    qtbot: QtBot, panel: PatientListPanel, typed: str, found: list[str]
) -> None:
    panel.focus_search()
    qtbot.keyClicks(panel.search_edit, typed)
    assert panel.visible_mrns() == found
    assert panel.count_label.text() == "1 of 7 patients"


def test_the_list_opens_on_active_patients_and_the_status_filter_shows_the_others(
    qtbot: QtBot, panel: PatientListPanel
) -> None:
    assert panel.status_combo.currentText() == "Active"
    assert "DEMO-0005" not in panel.visible_mrns()
    assert panel.count_label.text() == "6 of 7 patients"
    with qtbot.waitSignal(panel.filters_changed):
        _choose(panel.status_combo, "Archived")
    assert panel.visible_mrns() == ["DEMO-0005"]
    _choose(panel.status_combo, "All")
    assert len(panel.visible_mrns()) == 7


def test_disease_and_diltiazem_filters_combine_with_the_search(
    qtbot: QtBot, panel: PatientListPanel
) -> None:
    _choose(panel.disease_combo, "Dermatomyositis")
    assert panel.visible_mrns() == ["DEMO-0002"]
    _choose(panel.disease_combo, "Systemic sclerosis")
    assert set(panel.visible_mrns()) == {"DEMO-0003", "T-100", NEVER_SEEN}
    qtbot.mouseClick(panel.diltiazem_check, Qt.MouseButton.LeftButton)
    assert panel.diltiazem_check.isChecked()
    assert set(panel.visible_mrns()) == {"DEMO-0003", "T-100"}
    qtbot.keyClicks(panel.search_edit, "ingrid")
    assert panel.visible_mrns() == ["DEMO-0003"]
    _choose(panel.disease_combo, "All diseases")
    panel.search_edit.clear()
    assert set(panel.visible_mrns()) == {"DEMO-0001", "DEMO-0003", "T-100"}


def test_sort_by_next_due_puts_the_most_overdue_first_and_none_last(
    qtbot: QtBot, tmp_path: Path
) -> None:
    due = {
        "DEMO-0001": date(2026, 10, 1),
        "DEMO-0003": date(2026, 8, 1),
        "DEMO-0004": date(2026, 9, 1),
    }
    charts = _with_due([*demo_charts(), sample_chart("T-100")], due)
    clinic = _demo_clinic(tmp_path / "due.sqlite3", charts)
    panel = _panel(qtbot, clinic)
    _choose(panel.sort_combo, "Next due")
    shown = panel.visible_mrns()
    assert shown[:3] == ["DEMO-0003", "DEMO-0004", "DEMO-0001"]
    assert set(shown[3:]) == {"DEMO-0002", "T-100", NEVER_SEEN}
    # Reversed by a click on the column header: the latest first, still none last.
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(NEXT_DUE_COLUMN) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert panel.visible_mrns()[:3] == ["DEMO-0001", "DEMO-0004", "DEMO-0003"]
    assert panel.sort_combo.currentIndex() == -1  # no longer one of the named sorts
    assert panel.sort_combo.placeholderText() == "Column"  # what it reads, not blank
    # Overdue dates stand out.
    model = panel.model
    overdue = model.index(panel.visible_mrns().index("DEMO-0003"), NEXT_DUE_COLUMN)
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == "Overdue by 44 days"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    clinic.close()


def test_sort_by_last_visit_puts_the_latest_first_and_the_never_seen_last(
    panel: PatientListPanel,
) -> None:
    _choose(panel.sort_combo, "Last visit")
    assert panel.visible_mrns() == ["DEMO-0001", "DEMO-0004", "DEMO-0003", "T-100", "DEMO-0002",
                                    NEVER_SEEN]  # fmt: skip
    _choose(panel.sort_combo, "Name")
    assert panel.visible_mrns()[0] == "DEMO-0004"  # Álvarez before Cadório, not after Zúñiga


def test_enter_in_the_search_box_opens_the_patient_found(
    qtbot: QtBot, panel: PatientListPanel
) -> None:
    qtbot.keyClicks(panel.search_edit, "sorensen")
    with qtbot.waitSignal(panel.patient_activated) as opened:
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert opened.args == ["DEMO-0003"]
    assert panel.current_mrn() == "DEMO-0003"


def test_down_from_the_search_moves_into_the_table_and_enter_opens(
    qtbot: QtBot, panel: PatientListPanel
) -> None:
    panel.focus_search()
    qtbot.keyClicks(panel.search_edit, "demo")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    assert panel.view.hasFocus()
    assert panel.current_mrn() == panel.visible_mrns()[0]
    with qtbot.waitSignal(panel.selection_changed) as selected:
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    second = panel.visible_mrns()[1]
    assert selected.args == [second]
    with qtbot.waitSignal(panel.patient_activated) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == [second]
    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    assert panel.search_edit.hasFocus()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
    assert panel.search_edit.text() == ""


def test_double_click_opens_the_patient(qtbot: QtBot, panel: PatientListPanel) -> None:
    view = panel.view
    rect = view.visualRect(panel.model.index(1, 1))
    # A double-click is a press, a release, then the double-click event on the same row.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.patient_activated) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [panel.visible_mrns()[1]]


def test_sorting_keeps_the_selected_patient(qtbot: QtBot, panel: PatientListPanel) -> None:
    assert panel.select_mrn("DEMO-0002")
    for choice in ("Last visit", "Next due", "Name"):
        _choose(panel.sort_combo, choice)
        assert panel.current_mrn() == "DEMO-0002"
        row = panel.view.selectionModel().selectedRows()[0].row()
        assert panel.visible_mrns()[row] == "DEMO-0002"


def test_reloading_keeps_the_selected_patient(
    qtbot: QtBot, panel: PatientListPanel, clinic: Clinic
) -> None:
    assert panel.select_mrn("DEMO-0003")
    with qtbot.assertNotEmitted(panel.selection_changed):
        panel.refresh()
    assert panel.current_mrn() == "DEMO-0003"
    service = PatientService(clinic.context())
    service.set_archived(service.chart("DEMO-0003").patient, True)
    with qtbot.waitSignal(panel.selection_changed) as selected:
        panel.refresh()
    assert selected.args == [""]
    assert panel.current_mrn() is None
    assert not panel.select_mrn("DEMO-0005")  # archived: not listed under "Active"


def test_the_model_passes_the_model_tester(qtmodeltester, panel: PatientListPanel) -> None:
    qtmodeltester.check(panel.model)
    _choose(panel.status_combo, "All")
    model = panel.model
    qtmodeltester.check(model)
    row = panel.visible_mrns().index("DEMO-0005")
    index = model.index(row, NEXT_DUE_COLUMN)  # archived: its latest visit planned none
    assert index.data() == "—"


def test_filters_sort_and_columns_are_restored(
    qtbot: QtBot, panel: PatientListPanel, clinic: Clinic, tmp_path: Path
) -> None:
    path = str(tmp_path / "settings.ini")
    _choose(panel.disease_combo, "Systemic sclerosis")
    _choose(panel.status_combo, "All")
    qtbot.mouseClick(panel.diltiazem_check, Qt.MouseButton.LeftButton)
    _choose(panel.sort_combo, "Last visit")
    panel.view.horizontalHeader().resizeSection(NEXT_DUE_COLUMN, 173)
    panel.save_state(QSettings(path, QSettings.Format.IniFormat))

    again = PatientListPanel(PatientService(clinic.context()), InlineTaskRunner())
    qtbot.addWidget(again)
    again.restore_state(QSettings(path, QSettings.Format.IniFormat))
    again.refresh()
    assert again.disease_combo.currentText() == "Systemic sclerosis"
    assert again.status_combo.currentText() == "All"
    assert again.diltiazem_check.isChecked()
    assert again.sort_combo.currentText() == "Last visit"
    assert again.view.horizontalHeader().sectionSize(NEXT_DUE_COLUMN) == 173
    assert again.visible_mrns() == ["DEMO-0003", "T-100"]

    # A box unticked is saved as the text "false": it must come back unticked.
    again.show()
    qtbot.waitExposed(again)
    qtbot.mouseClick(again.diltiazem_check, Qt.MouseButton.LeftButton)
    again.save_state(QSettings(path, QSettings.Format.IniFormat))
    third = PatientListPanel()
    qtbot.addWidget(third)
    third.restore_state(QSettings(path, QSettings.Format.IniFormat))
    assert not third.diltiazem_check.isChecked()


def test_unknown_saved_choices_fall_back_to_the_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("patient_list/disease", "no-such-disease")
    settings.setValue("patient_list/status", "deleted")
    settings.setValue("patient_list/header", b"garbage")
    panel = PatientListPanel()
    qtbot.addWidget(panel)
    panel.restore_state(settings)
    assert panel.disease_combo.currentText() == "All diseases"
    assert panel.status_combo.currentText() == "Active"
    assert panel.sort_combo.currentText() == "Name"
