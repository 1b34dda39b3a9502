"""Access keys of the main window in Arabic: the same checks as in English
(tests/ui/shell/test_access_keys.py) with the shipped Arabic catalogue installed. A translator
puts each `&` on an Arabic letter; letters chosen within one dialog can still clash with the
menu bar, the chart's tabs or the patient list, which are on screen at the same time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.i18n.catalogue import translations_dir
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import compile_catalogue
from tests.ui.shell.test_access_keys import TODAY, clashes, menu_clashes, open_chart


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The demo clinic's main window in Arabic, from the .ts as committed (compiled here)."""
    compile_catalogue(translations_dir() / "calcitrack_ar.ts", tmp_path / "calcitrack_ar.qm")
    language = WindowLanguage(qapp, tmp_path)
    assert language.use("ar")
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
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_no_two_places_share_an_access_key_on_any_tab_in_arabic(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.menuBar().actions()[0].text() != "&File"  # the catalogue is in use
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
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert menu_clashes(menu) == {}, action.text()


def test_no_two_places_share_an_access_key_in_the_visit_form_in_arabic(
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
