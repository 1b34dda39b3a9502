"""The main window's access keys in Portuguese (Portugal) and in Arabic, from the catalogues as
committed (compiled here): the checks of tests/ui/shell/test_access_keys.py on the window built in
each language. As in English, every key that can be pressed at one time leads to one place and no
menu holds two items with one key. A translator chooses the keys dialog by dialog (in Arabic, on
Arabic letters); a key can still clash with the menu bar, the chart's tabs or the patient list,
which are on screen at the same time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.i18n.catalogue import translations_dir
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import compile_catalogue
from tests.ui.shell import test_access_keys as english
from tests.ui.shell.test_access_keys import TODAY

MENU_BARS = {
    "pt_PT": ["&Ficheiro", "&Doente", "&Consulta", "&Ver", "Ferramen&tas", "A&juda"],
    "ar": ["م&لف", "&مريض", "&زيارة", "&عرض", "&أدوات", "م&ساعدة"],
}
CATALOGUES = {"pt_PT": ("calcitrack_pt_PT", "calcitrack_qt_pt_PT"), "ar": ("calcitrack_ar",)}


@pytest.fixture(params=sorted(MENU_BARS))
def window(
    request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> Iterator[MainWindow]:
    """The demo clinic's main window in the language of the parameter."""
    code = request.param
    for name in CATALOGUES[code]:
        compile_catalogue(translations_dir() / f"{name}.ts", tmp_path / f"{name}.qm")
    language = WindowLanguage(qapp, tmp_path)
    assert language.use(code)
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    ChartService(clinic.context()).add_charts(demo_charts())
    clinic.today = lambda: TODAY
    shown = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    assert [action.text() for action in shown.menuBar().actions()] == MENU_BARS[code]
    yield shown
    clinic.close()
    language.close()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_no_two_places_share_an_access_key_on_any_tab(qtbot: QtBot, window: MainWindow) -> None:
    english.test_no_two_places_share_an_access_key_on_any_tab(qtbot, window)


def test_no_two_places_share_an_access_key_in_the_visit_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    english.test_no_two_places_share_an_access_key_in_the_visit_form(qtbot, window)


def test_no_menu_holds_two_items_with_one_access_key(window: MainWindow) -> None:
    english.test_no_menu_holds_two_items_with_one_access_key(window)
