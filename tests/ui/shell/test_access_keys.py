"""Access keys (Alt+letter) of the main window, as a nurse uses them (QA trial: Alt+T focused the
patient list's Status filter, only a second Alt+T opened Tools; Alt+V went to the Visits tab, not
the Visit menu; "Discard visit" and "Delete visit" had none).

Every access key that can be pressed at one time — the menus, the tabs, the labels of the fields
and the buttons on screen — leads to one place: Qt cycles through the places sharing a key, one
press each, so a duplicate means a menu that opens only on the second press."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 20)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    ChartService(clinic.context()).add_charts(demo_charts())
    clinic.today = lambda: TODAY
    shown = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    clinic.close()


def access_keys(window: QWidget) -> dict[str, list[str]]:
    """Each access key that works now in ``window`` and what it leads to: the menu bar's menus,
    and every visible, enabled tab, labelled field, button and group box (Qt ignores the
    hidden and disabled ones)."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found[key].append(f"{what} “{text}”")

    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not window:
            continue
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible() and action.isEnabled():
                    add(action.text(), "menu")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.isTabEnabled(i):
                    add(widget.tabText(i), "tab")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), "button")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: places for key, places in access_keys(window).items() if len(places) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        key = QKeySequence.mnemonic(action.text()).toString()
        if key and action.isVisible():
            found[key].append(action.text())
    return {key: texts for key, texts in found.items() if len(texts) > 1}


def open_chart(qtbot: QtBot, window: MainWindow) -> None:
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)


def test_no_two_places_share_an_access_key_on_any_tab(qtbot: QtBot, window: MainWindow) -> None:
    assert clashes(window) == {}, "before a patient is open"
    open_chart(qtbot, window)
    tabs = window.workspace.tabs
    for left in ("patients", "today"):
        if left == "today":
            window.left_pane.show_today()
            qtbot.waitUntil(lambda: window.left_pane.today.isVisible())
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda index=index: tabs.currentWidget().isVisible())
            assert clashes(window) == {}, f"{left} beside {tabs.tabText(index)}"


def test_no_two_places_share_an_access_key_in_the_visit_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_chart(qtbot, window)
    window.new_visit_action.trigger()
    form = window.visit_flow.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    assert clashes(window) == {}
    form.lesions.add_lesion()  # rows added later bring their own buttons
    form.medications.add_change(MedicationChangeKind.DOSE)
    form.medications.add_change(MedicationChangeKind.START)
    form.labs.add_row()
    assert clashes(window) == {}


def test_no_menu_holds_two_items_with_one_access_key(window: MainWindow) -> None:
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert menu_clashes(menu) == {}, action.text()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a menu popping up
@pytest.mark.parametrize(
    ("key", "menu"),
    [(Qt.Key.Key_T, "&Tools"), (Qt.Key.Key_V, "&Visit"), (Qt.Key.Key_P, "&Patient")],
)
def test_an_access_key_opens_its_menu_on_the_first_press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, menu: str
) -> None:
    open_chart(qtbot, window)
    window.patient_list.view.setFocus()
    qtbot.keyClick(window.patient_list.view, key, ALT)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    qtbot.waitUntil(menus[menu].isVisible)
    assert [text for text, shown in menus.items() if shown.isVisible()] == [menu]
    menus[menu].close()


def test_alt_s_goes_to_the_visits_tab(qtbot: QtBot, window: MainWindow) -> None:
    open_chart(qtbot, window)
    window.workspace.tabs.setCurrentIndex(0)
    window.patient_list.view.setFocus()
    qtbot.keyClick(window.patient_list.view, Qt.Key.Key_S, ALT)
    assert window.workspace.tabs.currentWidget() is window.workspace.visits


def test_discard_visit_and_delete_visit_have_access_keys(qtbot: QtBot, window: MainWindow) -> None:
    open_chart(qtbot, window)
    window.workspace.tabs.setCurrentWidget(window.workspace.visits)
    window.workspace.visits.view.selectRow(0)
    window.delete_visit_action.trigger()
    dialog = window.visit_flow.delete_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert QKeySequence.mnemonic(dialog.delete_button.text()).toString() == "Alt+D"
    dialog.reject()

    window.new_visit_action.trigger()
    form = window.visit_flow.form
    assert form is not None
    qtbot.keyClicks(form.header.clinician_edit, " typed")
    form.cancel()
    question = form.discard_question
    assert question is not None
    keys = {
        question.standardButton(b): QKeySequence.mnemonic(b.text()).toString()
        for b in question.buttons()
    }
    assert keys[QMessageBox.StandardButton.Discard] == "Alt+D"
    assert keys[QMessageBox.StandardButton.Cancel] == "Alt+K"
    # Alt+K keeps typing (the default); Alt+D discards
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: form.discard_question is None)
    assert window.visit_flow.form is form
    form.cancel()
    question = form.discard_question
    assert question is not None
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
