"""The main window's access keys in Portuguese (Portugal): as in English, every key that can be
pressed at one time leads to one place, and no menu holds two items with one key (the checks of
tests/ui/shell/test_access_keys.py, on the window built in pt_PT)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import compile_catalogue
from tests.ui.shell.test_access_keys import TODAY, clashes, menu_clashes, open_chart

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    for name in ("calcitrack_pt_PT", "calcitrack_qt_pt_PT"):
        compile_catalogue(TRANSLATIONS / f"{name}.ts", tmp_path / f"{name}.qm")
    language = WindowLanguage(qapp, tmp_path)
    assert language.use("pt_PT")
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
    language.close()


def test_the_window_is_in_portuguese(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Ficheiro", "&Doente", "&Consulta", "&Ver", "Ferramen&tas", "A&juda"]


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
            qtbot.waitUntil(tabs.currentWidget().isVisible)
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
    form.lesions.add_lesion()
    form.medications.add_change(MedicationChangeKind.DOSE)
    form.medications.add_change(MedicationChangeKind.START)
    form.labs.add_row()
    assert clashes(window) == {}


def test_no_menu_holds_two_items_with_one_access_key(window: MainWindow) -> None:
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert menu_clashes(menu) == {}, action.text()
