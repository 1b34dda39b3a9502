"""Help → Clinical sources: every [R#] the program cites, listed in full, searchable, closed with
Esc. Driven from the real main window on the demo clinic, as a reader of a flag would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QStyle
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.sources import SOURCES
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.shell.sources_dialog import CITATION_COLUMN, KEY_COLUMN, SourcesDialog
from tests.support.accounts import open_signed_in
from tests.ui.main_window_support import shown_main_window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clinic: Clinic = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    main = shown_main_window(qtbot, clinic)
    yield main
    main.close()
    clinic.close()


def _help_menu(window: MainWindow) -> QMenu:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    assert isinstance(menu, QMenu)
    return menu


def _open(window: MainWindow, qtbot: QtBot) -> SourcesDialog:
    action = next(a for a in _help_menu(window).actions() if a.text() == "Clinical &sources…")
    action.trigger()
    dialog = window.findChild(SourcesDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_help_lists_every_source_with_its_full_citation(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open(window, qtbot)
    assert dialog.windowTitle() == "Clinical sources"
    assert not dialog.isModal()  # it stays open beside the flag being read
    assert len(SOURCES) >= 63
    assert dialog.keys() == list(SOURCES)
    for row, source in enumerate(SOURCES.values()):
        assert dialog.proxy.index(row, CITATION_COLUMN).data() == source.citation
    assert dialog.count_label.text() == f"{len(SOURCES)} sources"


def test_find_narrows_the_list_by_key_or_by_words(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open(window, qtbot)
    assert dialog.find_edit.hasFocus()
    qtbot.keyClicks(dialog.find_edit, "[R38]")
    assert dialog.keys() == ["R38"]  # a key is that source alone, not R3 or R380
    assert "Diltiazem HCl ER capsules US label" in dialog.proxy.index(0, CITATION_COLUMN).data()
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, "COLCHICINE")
    assert dialog.keys() == ["R40", "R41", "R42", "R66"]  # R66: the colchicine label
    assert dialog.count_label.text() == f"4 of {len(SOURCES)} sources"
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, "no such source anywhere")
    assert dialog.keys() == []


def test_a_selected_source_is_copied_as_it_is_cited(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open(window, qtbot)
    qtbot.keyClicks(dialog.find_edit, "R24")
    dialog.view.setFocus()
    dialog.view.selectRow(0)
    qtbot.keyClick(dialog.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == f"[R24] {SOURCES['R24'].citation}"


def test_ctrl_f_finds_and_esc_closes(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open(window, qtbot)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.find_edit.hasFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(SourcesDialog) is None)  # closed and deleted
    assert _open(window, qtbot).keys() == list(SOURCES)  # opens again, the filter cleared


def _key_width(dialog: SourcesDialog) -> int:
    return dialog.view.horizontalHeader().sectionSize(KEY_COLUMN)


def _widest_key(dialog: SourcesDialog) -> int:
    """The width the longest key needs in the Key column, with the cell's text margins (as
    QCommonStyle lays out an item view's text: the focus frame margin + 1 on each side)."""
    view = dialog.view
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return max(view.fontMetrics().horizontalAdvance(key) for key in SOURCES) + 2 * margin


@pytest.mark.parametrize("typed", ["colchicine", "[R38]", "R2", "no such source anywhere"])
def test_the_key_column_keeps_its_width_when_filtered(
    window: MainWindow, qtbot: QtBot, typed: str
) -> None:
    # QA: after typing a filter the Key column shrank to "R…"
    dialog = _open(window, qtbot)
    before = _key_width(dialog)
    assert before >= _widest_key(dialog)
    qtbot.keyClicks(dialog.find_edit, typed)
    qtbot.wait(50)  # let the view lay itself out again, as it does between keystrokes
    assert _key_width(dialog) == before
    dialog.find_edit.clear()
    qtbot.wait(50)
    assert _key_width(dialog) == before
