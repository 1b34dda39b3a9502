"""The main window's own parts in the pseudo-language: its menus and their actions, the patient
list beside the chart, the status bar's labels, About and Clinical sources. Other packages' parts
of the window (the Today tab, the Overview, the Outcomes menu's actions, the backup warning) are
theirs to check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.shell.sources_dialog import SourcesDialog
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import OPEN, assert_translated, clipped
from tests.ui.main_window_support import shown_main_window

pytestmark = pytest.mark.usefixtures("pseudo_language")

DOMAIN_TEXTS: tuple[str, ...] = ()
"""Texts of the domain shown as they are: none left (the list's filter choices come through
gettext, pseudo-translated with the window)."""


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clinic: Clinic = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    main = shown_main_window(qtbot, clinic)
    yield main
    main.close()
    clinic.close()


def _own_actions(window: MainWindow) -> list[QAction]:
    """The actions the shell and the File menu's transfers make (not the other packages')."""
    own = [value for value in vars(window).values() if isinstance(value, QAction)]
    if window.transfer is not None:
        own += [v for v in vars(window.transfer).values() if isinstance(v, QAction)]
    return own


def _checked(widget: QWidget, *data: str) -> None:
    assert_translated(widget, *DOMAIN_TEXTS, *data)


def test_the_menus_and_their_actions(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles and all(title.startswith(OPEN) for title in titles), titles
    actions = _own_actions(window)
    assert len(actions) > 20
    for action in actions:
        assert action.text().startswith(OPEN), action.text()
        assert action.statusTip().startswith(OPEN), action.statusTip()


def test_the_patient_list_placeholder_and_status_bar(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: OPEN in window.patient_list.count_label.text())
    _checked(window.patient_list)
    for label in (window.placeholder, window.database_label, window.user_label):
        assert label.text().startswith(OPEN), label.text()


def test_about(window: MainWindow, qtbot: QtBot) -> None:
    window.about_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitExposed(box)
    _checked(box)


def test_clinical_sources(window: MainWindow, qtbot: QtBot) -> None:
    window.sources_action.trigger()
    dialog = window.findChild(SourcesDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _checked(dialog)
    qtbot.keyClicks(dialog.find_edit, "calcinosis")  # "{shown} of %n sources"
    assert OPEN in dialog.count_label.text()
    qtbot.waitUntil(lambda: clipped(dialog) == [])  # once laid out again
    _checked(dialog)
