"""The patient list counts every matching patient at once and loads the pages in view: Ctrl+End
and the scroll bar reach the end in one go, a selection far down survives a re-sort, and the
pages held stay bounded however far the user scrolls."""

# ruff: noqa: F811  (big_clinic: the paging tests' fixture)
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, PatientChart
from calcitrack.domain.patient_list import PatientListPage, PatientListQuery, StatusFilter
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner, TaskRunner
from calcitrack.ui.patients.patient_list_loader import PAGE
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from calcitrack.ui.patients.patient_table_model import CACHE_PAGES
from tests.ui.patients.test_patient_list_paging import (  # noqa: F401  (fixture)
    PATIENTS,
    TODAY,
    _expected,
    big_clinic,
)

ACTIVE = PATIENTS - 9
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    threads = TaskRunner()
    yield threads
    threads.shutdown()


def _panel(
    qtbot: QtBot,
    clinic: Clinic,
    runner: TaskRunner,
    cache_pages: int = CACHE_PAGES,
    service: PatientService | None = None,
) -> PatientListPanel:
    """The list on ``service`` (default: the clinic's patient service), its first rows shown."""
    source = service or PatientService(clinic.context())
    panel = PatientListPanel(source, runner, today=lambda: TODAY, cache_pages=cache_pages)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(panel.list_loaded, timeout=10_000):
        panel.refresh()
    return panel


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_ctrl_end_selects_the_last_patient_at_once(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    panel = _panel(qtbot, big_clinic, runner)
    listed = _expected(big_clinic, PatientListQuery())

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_End, CTRL)  # one press
    assert panel.model.rowCount() == ACTIVE  # every matching patient counted
    assert panel.view.currentIndex().row() == ACTIVE - 1
    assert panel.model.index(ACTIVE - 1, 1).data() == "…"  # its page on its way
    assert panel.current_mrn() is None  # not a patient yet: Enter opens nobody
    with qtbot.waitSignal(panel.selection_changed, timeout=5_000) as selected:
        pass  # its page comes
    assert selected.args == [listed[-1]]
    assert panel.current_mrn() == listed[-1]
    name = panel.model.index(ACTIVE - 1, 1).data()
    assert name != "…" and name.startswith(panel.model.summary(ACTIVE - 1).patient.family_name)
    qtbot.keyClick(panel.view, Qt.Key.Key_Home, CTRL)
    assert panel.current_mrn() == listed[0]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_scroll_bar_spans_every_matching_patient(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    panel = _panel(qtbot, big_clinic, runner)
    bar = panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    row_height = panel.view.rowHeight(0)
    in_view = panel.view.viewport().height() // row_height
    # 441 rows' worth, not the first page's: per item or per pixel, whichever the view uses
    assert bar.maximum() + bar.pageStep() in (
        pytest.approx(ACTIVE, abs=2),
        pytest.approx(ACTIVE * row_height, abs=row_height),
    ), (bar.maximum(), bar.pageStep(), in_view)
    bar.setValue(bar.maximum())  # the thumb dragged to the bottom: the last rows load
    listed = _expected(big_clinic, PatientListQuery())
    qtbot.waitUntil(lambda: listed[-1] in panel.visible_mrns(), timeout=5_000)
    assert panel.model.index(ACTIVE - 1, 0).data() == listed[-1]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("far", [350, 50])
def test_a_selection_far_down_survives_a_click_on_the_name_header(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner, far: int
) -> None:
    panel = _panel(qtbot, big_clinic, runner)
    chosen = _expected(big_clinic, PatientListQuery())[far]
    panel.select_mrn(chosen)
    qtbot.waitUntil(lambda: panel.current_mrn() == chosen, timeout=5_000)
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(1) + 5
    with qtbot.waitSignal(panel.filters_changed, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert panel.query().descending
    descending = _expected(big_clinic, PatientListQuery(descending=True))
    qtbot.waitUntil(lambda: panel.current_mrn() == chosen, timeout=5_000)
    assert panel.view.currentIndex().row() == descending.index(chosen)
    assert len(panel.visible_mrns()) <= 3 * PAGE  # the first page and its, not every row
    opened: list[str] = []
    panel.patient_activated.connect(opened.append)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened == [chosen]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_scrolling_to_the_bottom_holds_at_most_the_cache_s_pages(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    panel = _panel(qtbot, big_clinic, runner, cache_pages=2)
    listed = _expected(big_clinic, PatientListQuery())
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Home, CTRL)
    seen: set[str] = set()
    while panel.view.currentIndex().row() < ACTIVE - 1:
        qtbot.keyClick(panel.view, Qt.Key.Key_PageDown)
        row = panel.view.currentIndex().row()
        qtbot.waitUntil(lambda row=row: panel.current_mrn() == listed[row], timeout=5_000)
        seen.update(panel.visible_mrns())
        assert len(panel.visible_mrns()) <= 3 * PAGE  # the cache, and the page in view
    assert seen == set(listed)  # every row was shown on the way down
    assert panel.current_mrn() == listed[-1]
    assert len(panel.visible_mrns()) <= 2 * PAGE


class CountingService(PatientService):
    """The real patient service, noting which rows each page question starts at."""

    def __init__(self, clinic: Clinic) -> None:
        super().__init__(clinic.context())
        self.offsets: list[int] = []

    def list_page(self, query: PatientListQuery, **kwargs: Any) -> PatientListPage:
        self.offsets.append(kwargs.get("offset", 0))
        return super().list_page(query, **kwargs)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_dragging_the_thumb_across_the_list_asks_only_for_where_it_stops(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    service = CountingService(big_clinic)
    panel = _panel(qtbot, big_clinic, runner, service=service)
    bar = panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    painted: list[int] = []
    for value in range(0, bar.maximum() + 1, 5):  # a drag, each step drawn (faster than 40 ms)
        bar.setValue(value)
        panel.view.viewport().repaint()
        painted.append(panel.view.rowAt(0))
    assert painted[-1] > 3 * PAGE  # the placeholders of every page on the way were drawn
    bar.setValue(bar.maximum())
    listed = _expected(big_clinic, PatientListQuery())
    qtbot.waitUntil(lambda: listed[-1] in panel.visible_mrns(), timeout=5_000)
    qtbot.wait(100)
    assert service.offsets == [0, (ACTIVE - 1) // PAGE * PAGE]  # not every page passed over


def test_a_patient_added_meanwhile_is_counted_and_the_selection_kept(
    qtbot: QtBot, big_clinic: Clinic
) -> None:
    panel = PatientListPanel(PatientService(big_clinic.context()), today=lambda: TODAY,
                             runner=InlineTaskRunner())  # fmt: skip
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    chosen = _expected(big_clinic, PatientListQuery())[3]
    assert panel.select_mrn(chosen)
    newcomer = Patient("P-9999", "Aaberg", "Ada", Sex.FEMALE, date(1960, 1, 1),
                       UnderlyingDisease.SSC)  # fmt: skip
    ChartService(big_clinic.context()).add_charts([PatientChart(newcomer)])  # at another desk
    panel.view.scrollTo(panel.model.index(250, 0))  # a page asked now counts one more patient
    listed = _expected(big_clinic, PatientListQuery())
    qtbot.waitUntil(lambda: panel.model.rowCount() == ACTIVE + 1, timeout=5_000)
    qtbot.waitUntil(lambda: panel.model.is_loaded(panel.model.page_of(250)), timeout=5_000)
    assert panel.current_mrn() == chosen
    assert panel.view.currentIndex().row() == listed.index(chosen)
    for row in range(panel.model.rowCount()):  # every row held is the patient listed there
        summary = panel.model.summary(row)
        assert summary is None or summary.patient.mrn == listed[row]
    assert panel.count_label.text() == f"{ACTIVE + 1} of {PATIENTS + 1} patients"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_selection_far_down_survives_a_filter_change(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    panel = _panel(qtbot, big_clinic, runner)
    chosen = _expected(big_clinic, PatientListQuery())[400]
    panel.select_mrn(chosen)
    qtbot.waitUntil(lambda: panel.current_mrn() == chosen, timeout=5_000)
    with qtbot.waitSignal(panel.filters_changed, timeout=10_000):
        panel.status_combo.setCurrentIndex(panel.status_combo.findText("All"))
    listed = _expected(big_clinic, PatientListQuery(status=StatusFilter.ALL))
    qtbot.waitUntil(lambda: panel.current_mrn() == chosen, timeout=5_000)
    assert panel.view.currentIndex().row() == listed.index(chosen) > 100
    assert panel.view.visualRect(panel.view.currentIndex()).isValid()  # scrolled to it
