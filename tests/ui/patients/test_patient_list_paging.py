"""The patient list counts every matching patient and fetches the pages the view scrolls to, on
SQLite and PostgreSQL; the selection survives; a slow database never freezes the list, and the
rows shown are always those of the newest search."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, PatientChart
from calcitrack.domain.patient_list import ListColumn, PatientListPage, PatientListQuery
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner, TaskRunner
from calcitrack.ui.patients.patient_list_loader import PAGE
from calcitrack.ui.patients.patient_list_panel import (
    LOADING,
    UNREAD,
    PatientListPanel,
    count_text,
)
from tests.support.accounts import open_signed_in

TODAY = date(2026, 9, 14)
PATIENTS = 450
FAMILIES = ("Nuñez", "Álvarez", "Cadório", "Sørensen", "Haddad", "Ferreira", "O'Brien", "Zúñiga",
            "Müller")  # fmt: skip
DISEASES = list(UnderlyingDisease)


def _patient(n: int) -> Patient:
    return Patient(
        f"P-{n:04}", FAMILIES[n % len(FAMILIES)], f"Given{n:03}",
        Sex.FEMALE if n % 2 else Sex.MALE, date(1940 + n % 60, 1 + n % 12, 1 + n % 28),
        DISEASES[n % len(DISEASES)], archived=n % 50 == 7,
    )  # fmt: skip


@pytest.fixture
def big_clinic(db_url: str) -> Iterator[Clinic]:
    """450 patients (9 archived), 50 of each family name: more than two pages."""
    clinic = open_signed_in(db_url)
    clinic.today = lambda: TODAY
    ChartService(clinic.context()).add_charts([PatientChart(_patient(n)) for n in range(PATIENTS)])
    yield clinic
    clinic.close()


def _panel(qtbot: QtBot, source: Any, runner: Any = None) -> PatientListPanel:
    panel = PatientListPanel(source, runner or InlineTaskRunner(), today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _expected(clinic: Clinic, query: PatientListQuery) -> list[str]:
    """Every MRN listed under ``query``, as the patient service gives them (one question)."""
    page = PatientService(clinic.context()).list_page(query, limit=10_000, today=TODAY)
    return [s.patient.mrn for s in page.rows]


def test_scrolling_fetches_the_pages_scrolled_to(qtbot: QtBot, big_clinic: Clinic) -> None:
    panel = _panel(qtbot, PatientService(big_clinic.context()))
    panel.refresh()
    active = PATIENTS - 9
    assert panel.model.rowCount() == active  # every matching patient, at once
    assert panel.model.held_pages() == [0]  # the first page only
    assert panel.count_label.text() == f"{active} of {PATIENTS} patients"
    # The scroll bar dragged to the bottom: the view asks for the last page.
    bar = panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
    bar.setValue(bar.maximum())
    last = (active - 1) // PAGE
    qtbot.waitUntil(lambda: panel.model.held_pages() == [0, last])
    # Each page in between, dragged to: every row is there (fewer pages than the cache holds).
    for number in range(1, last):
        panel.view.scrollTo(panel.model.index(number * PAGE + PAGE // 2, 0))
        qtbot.waitUntil(lambda number=number: panel.model.is_loaded(number))
    assert panel.visible_mrns() == _expected(big_clinic, PatientListQuery())
    assert panel.count_label.text() == f"{active} of {PATIENTS} patients"


def test_a_search_without_accents_finds_the_accented_name_and_counts_every_match(
    qtbot: QtBot, big_clinic: Clinic
) -> None:
    panel = _panel(qtbot, PatientService(big_clinic.context()))
    panel.refresh()
    with qtbot.waitSignal(panel.filters_changed):
        qtbot.keyClicks(panel.search_edit, "nunez")
    shown = panel.visible_mrns()
    assert len(shown) == 50 - 1  # P-0007 is archived: 49 active Nuñez
    assert all(panel.model.summary(r).patient.family_name == "Nuñez" for r in range(len(shown)))
    assert panel.count_label.text() == f"49 of {PATIENTS} patients"
    _choose_status(panel, "All")
    assert len(panel.visible_mrns()) == 50
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
    assert panel.model.rowCount() == PATIENTS  # back to the whole clinic
    assert len(panel.visible_mrns()) == PAGE  # a page of it


def _choose_status(panel: PatientListPanel, text: str) -> None:
    panel.status_combo.setCurrentIndex(panel.status_combo.findText(text))


def test_selecting_a_patient_far_down_fetches_its_page(
    qtbot: QtBot, big_clinic: Clinic
) -> None:
    panel = _panel(qtbot, PatientService(big_clinic.context()))
    panel.refresh()
    far = _expected(big_clinic, PatientListQuery())[350]
    assert panel.select_mrn(far)
    assert panel.current_mrn() == far
    assert panel.model.held_pages() == [0, 350 // PAGE]  # its page, not the rows down to it
    assert panel.view.visualRect(panel.view.currentIndex()).isValid()  # scrolled to it
    assert not panel.select_mrn("P-0007")  # archived: not listed under "Active"


def test_the_selection_and_the_scroll_position_survive_a_refresh(
    qtbot: QtBot, big_clinic: Clinic
) -> None:
    panel = _panel(qtbot, PatientService(big_clinic.context()))
    panel.refresh()
    chosen = _expected(big_clinic, PatientListQuery())[420]
    assert panel.select_mrn(chosen)
    scrolled = panel.view.verticalScrollBar().value()
    assert scrolled > 0
    with qtbot.assertNotEmitted(panel.selection_changed):
        panel.refresh()
    assert panel.current_mrn() == chosen
    assert panel.model.rowCount() == PATIENTS - 9
    assert panel.model.held_pages() == [0, 420 // PAGE]  # the first page and those in view
    assert panel.view.verticalScrollBar().value() == scrolled


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_new_search_filter_or_sort_starts_at_the_top(qtbot: QtBot, big_clinic: Clinic) -> None:
    panel = _panel(qtbot, PatientService(big_clinic.context()))
    panel.refresh()
    bar = panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for change in (
        lambda: panel.sort_combo.setCurrentIndex(panel.sort_combo.findText("Last visit")),
        lambda: panel.disease_combo.setCurrentIndex(2),
        lambda: qtbot.keyClicks(panel.search_edit, "e"),
    ):
        bar.setValue(bar.maximum())  # far down the list (and the next page fetched)
        qtbot.waitUntil(lambda: bar.value() > 0)
        with qtbot.waitSignal(panel.filters_changed):
            change()
        assert bar.value() == 0
        assert panel.view.rowAt(0) == 0  # the first rows in view


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("column", list(ListColumn))
def test_a_click_on_each_column_header_sorts_the_list_by_it_both_ways(
    qtbot: QtBot, big_clinic: Clinic, column: ListColumn
) -> None:
    panel = _panel(qtbot, PatientService(big_clinic.context()))
    panel.refresh()
    header = panel.view.horizontalHeader()
    # Already sorted by name: the first click on Name reverses it.
    for descending in (True, False) if column is ListColumn.NAME else (False, True):
        panel.view.scrollTo(panel.model.index(0, column))
        x = header.sectionViewportPosition(column) + 5
        with qtbot.waitSignal(panel.filters_changed):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert panel.query().sort is column and panel.query().descending is descending
        expected = _expected(big_clinic, PatientListQuery(sort=column, descending=descending))
        assert panel.visible_mrns() == expected[:PAGE]


class GatedService(PatientService):
    """The real patient service, whose answers to one search wait until the test lets them go:
    a database server that is slow for that question."""

    def __init__(self, clinic: Clinic, slow_search: str) -> None:
        super().__init__(clinic.context())
        self.slow_search = slow_search
        self.gate = threading.Event()
        self.asked: list[str] = []

    def list_page(self, query: PatientListQuery, **kwargs: Any) -> PatientListPage:
        self.asked.append(query.search)
        if query.search == self.slow_search:
            assert self.gate.wait(20)
        return super().list_page(query, **kwargs)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    threads = TaskRunner()
    yield threads
    threads.shutdown()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_slow_database_never_freezes_the_list_and_older_answers_are_dropped(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    service = GatedService(big_clinic, slow_search="o")
    panel = _panel(qtbot, service, runner)
    with qtbot.waitSignal(panel.list_loaded):
        panel.refresh()
    shown: list[list[str]] = []
    panel.filters_changed.connect(lambda: shown.append(panel.visible_mrns()))
    qtbot.keyClicks(panel.search_edit, "o")  # its answer is held up
    qtbot.keyClicks(panel.search_edit, "'brien")  # typed on while the database works
    assert panel.search_edit.text() == "o'brien"  # the window took every key
    assert shown == []  # nothing shown yet: not the old rows as if they were the new
    with qtbot.waitSignal(panel.filters_changed, timeout=10_000):
        service.gate.set()
    qtbot.wait(50)  # an answer to an older search would arrive by now
    assert len(shown) == 1  # only the newest search's rows were shown
    assert shown[0] == panel.visible_mrns()
    assert {panel.model.summary(r).patient.family_name for r in range(len(shown[0]))} == {
        "O'Brien"
    }
    # One question at a time: the keystrokes typed while "o" was asked are asked once, as one.
    assert service.asked == ["", "o", "o'brien"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_enter_before_the_rows_arrive_opens_the_top_match_of_what_was_typed(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    service = GatedService(big_clinic, slow_search="muller")
    panel = _panel(qtbot, service, runner)
    with qtbot.waitSignal(panel.list_loaded):
        panel.refresh()
    qtbot.keyClicks(panel.search_edit, "muller")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)  # before the rows of "muller"
    with qtbot.waitSignal(panel.patient_activated, timeout=10_000) as opened:
        service.gate.set()
    first = _expected(big_clinic, PatientListQuery(search="muller"))[0]
    assert opened.args == [first]
    assert panel.current_mrn() == first


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_patient_chosen_while_the_rows_are_on_their_way_is_selected_when_they_arrive(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    service = GatedService(big_clinic, slow_search="o")
    panel = _panel(qtbot, service, runner)
    with qtbot.waitSignal(panel.list_loaded):
        panel.refresh()
    listed = _expected(big_clinic, PatientListQuery(search="o"))
    assert len(listed) > PAGE
    qtbot.keyClicks(panel.search_edit, "o")  # its rows are held up
    panel.select_mrn(listed[-1])  # opened from elsewhere meanwhile (the Today list)
    with qtbot.waitSignal(panel.filters_changed, timeout=10_000):
        service.gate.set()
    qtbot.waitUntil(lambda: panel.current_mrn() == listed[-1])
    assert listed[-1] in panel.visible_mrns()  # its page fetched


def test_a_refresh_near_the_top_fetches_a_page_not_every_page_seen(
    qtbot: QtBot, big_clinic: Clinic
) -> None:
    panel = _panel(qtbot, PatientService(big_clinic.context()))
    panel.refresh()
    panel.view.setFocus()
    qtbot.wait(10)  # the table laid out its rows, as before a person's first key
    listed = _expected(big_clinic, PatientListQuery())
    qtbot.keyClick(panel.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.current_mrn() == listed[-1])
    qtbot.keyClick(panel.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    chosen = panel.current_mrn()
    assert chosen == listed[1]
    panel.refresh()
    assert panel.model.held_pages() == [0]
    assert panel.current_mrn() == chosen
    assert panel.count_label.text() == f"{PATIENTS - 9} of {PATIENTS} patients"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_footer_says_the_list_is_being_read_until_its_first_rows_come(
    qtbot: QtBot, big_clinic: Clinic, runner: TaskRunner
) -> None:
    service = GatedService(big_clinic, slow_search="")  # a server slow after sign-in
    panel = _panel(qtbot, service, runner)
    panel.refresh()
    assert panel.count_label.text() == LOADING  # not "0 of 0 patients"
    with qtbot.waitSignal(panel.list_loaded, timeout=10_000):
        service.gate.set()
    assert panel.count_label.text() == count_text(
        len(_expected(big_clinic, PatientListQuery())), PATIENTS
    )


def test_the_footer_says_when_the_list_could_not_be_read(qtbot: QtBot) -> None:
    class Broken:
        def list_page(self, *args: object, **kwargs: object) -> object:
            raise OSError("the server went away")

        def list_position(self, *args: object, **kwargs: object) -> object:
            raise OSError("the server went away")

    panel = _panel(qtbot, Broken())
    failed: list[object] = []
    panel.load_failed.connect(failed.append)
    panel.refresh()
    assert len(failed) == 1 and panel.count_label.text() == UNREAD
