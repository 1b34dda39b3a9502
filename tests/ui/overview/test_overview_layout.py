"""The Overview at the window's default size, 1280 × 800, on both demo patients: every control is
shown whole, no word in the assessment's tables is broken across lines, and the flags come
before the per-lesion table. Measured on the real main window (geometry, visible regions and the
laid-out text of the assessment), as a person would see it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.elided_label import ElidedLabel
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.overview.overview_panel import OverviewPanel
from calcitrack.ui.shell.first_size import PREFERRED
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.workspace.patient_workspace import OVERVIEW
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 21)
DEFAULT_SIZE = (1280, 800)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clinic: Clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    clinic.today = lambda: TODAY
    ChartService(clinic.context()).add_charts(demo_charts())
    built = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.close()
    clinic.close()


def _overview(qtbot: QtBot, window: MainWindow, mrn: str) -> OverviewPanel:
    # the size a first start opens at on a screen with room for it (the offscreen test screen
    # is smaller, so the window is given it here)
    assert (PREFERRED.width(), PREFERRED.height()) == DEFAULT_SIZE
    window.resize(*DEFAULT_SIZE)
    window.open_patient(mrn)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    window.show_workspace(OVERVIEW)
    qtbot.waitUntil(lambda: window.workspace.overview.panel is not None)
    panel = window.workspace.overview.panel
    assert panel is not None
    qtbot.waitUntil(
        lambda: panel.assessment is not None and panel.trajectory_view.current is not None,
        timeout=10000,
    )
    qtbot.wait(50)  # the layout settles
    return panel


def _controls(panel: OverviewPanel) -> list[QWidget]:
    """The Overview's visible controls and one-line labels (not the charts' scrolled image)."""
    found: list[QWidget] = []
    for kind in (QComboBox, QAbstractButton, QLabel):
        for widget in panel.findChildren(kind):
            if not widget.isVisibleTo(panel):
                continue
            if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.pixmap().isNull()
                                               or not widget.text()):  # fmt: skip
                continue
            if _inside_scrolled_area(widget, panel):
                continue
            found.append(widget)
    return found


def _inside_scrolled_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and widget is not parent:
            return True
        parent = parent.parentWidget()
    return False


def _needed(widget: QWidget) -> int:
    """The width ``widget`` needs to show what it shows now, whole."""
    if isinstance(widget, ElidedLabel):  # elides what does not fit: its text must fit
        return widget.fontMetrics().horizontalAdvance(widget.text())
    if isinstance(widget, QComboBox):  # its current text, not the hint of its first showing
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        metrics = widget.fontMetrics()
        contents = QSize(metrics.horizontalAdvance(widget.currentText()), metrics.height())
        needed = widget.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, contents, widget
        )
        return max(needed.width(), widget.minimumSizeHint().width())
    return widget.sizeHint().width()


def _name(widget: QWidget) -> str:
    text = widget.currentText() if isinstance(widget, QComboBox) else widget.property("text")
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


@pytest.mark.parametrize("mrn", [DEMO_RA_MRN, DEMO_DM_MRN])
def test_every_control_of_the_overview_is_shown_whole(
    qtbot: QtBot, window: MainWindow, mrn: str
) -> None:
    panel = _overview(qtbot, window, mrn)
    shown = window.rect()
    clipped = []
    for widget in _controls(panel):
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        whole = widget.visibleRegion().boundingRect() == widget.rect()
        if not shown.contains(where) or not whole:
            clipped.append(f"{_name(widget)} at {where.getRect()}, seen {whole}")
        elif widget.width() < _needed(widget):
            clipped.append(f"{_name(widget)}: {widget.width()} px wide, needs "
                           f"{_needed(widget)}")  # fmt: skip
    assert clipped == []
    assert len(_controls(panel)) >= 6  # range, lesion, panels, export, baseline…: real widgets


_SPLIT_NUMBER = re.compile(r"\d\s$")
_GROUP_OF_THREE = re.compile(r"\d{3}(?!\d)")


def _broken_words(document: QTextDocument) -> list[str]:
    """Every line of a table cell that ends inside a word (neither side of the break a space),
    and every line anywhere that splits a number between its digit groups ("13 | 862")."""
    broken = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        in_table = QTextCursor(block).currentTable() is not None
        for i in range(layout.lineCount() - 1):
            end = layout.lineAt(i).textStart() + layout.lineAt(i).textLength()
            before, after = text[end - 1 : end], text[end : end + 1]
            inside_word = before.strip() and after.strip() and before not in "-–/"
            split_number = _SPLIT_NUMBER.search(text[:end]) and _GROUP_OF_THREE.match(text[end:])
            if (in_table and inside_word) or split_number:
                broken.append(f"{text[:end]}|{text[end:]}")
        block = block.next()
    return broken


@pytest.mark.parametrize("mrn", [DEMO_RA_MRN, DEMO_DM_MRN])
def test_no_word_of_the_assessment_tables_is_broken_across_lines(
    qtbot: QtBot, window: MainWindow, mrn: str
) -> None:
    panel = _overview(qtbot, window, mrn)
    browser = panel.response_panel.browser
    document = browser.document()
    assert document.textWidth() <= browser.viewport().width()  # laid out as shown
    assert _broken_words(document) == []
    assert browser.horizontalScrollBar().maximum() == 0  # and the tables fit: no side-scrolling


@pytest.mark.parametrize("mrn", [DEMO_RA_MRN, DEMO_DM_MRN])
def test_the_flags_come_before_the_per_lesion_table(
    qtbot: QtBot, window: MainWindow, mrn: str
) -> None:
    panel = _overview(qtbot, window, mrn)
    text = panel.response_panel.browser.toPlainText()
    for pointer in ("DOMAIN.md", "§", "issue "):  # the literature, never a developer document
        assert pointer not in text + panel.response_panel.baseline_combo.toolTip(), pointer
    flags = text.index("Safety and review flags")
    assert flags < text.index("Lesion\tSite") if "Lesion\tSite" in text else True
    assert flags < text.index("\nLesions\n")
    first_flag = panel.assessment.flags[0].title if panel.assessment.flags else ""
    assert first_flag and text.index(first_flag) < text.index("\nLesions\n")


def test_the_panels_buttons_arrow_has_room_of_its_own(qtbot: QtBot, window: MainWindow) -> None:
    # QA: the Panels button's drop-down arrow was drawn over the "s" (a tool button keeps no
    # room for its menu arrow); it needs the text, the arrow and the button's margins side by side
    panel = _overview(qtbot, window, DEMO_RA_MRN)
    button = panel.trajectory_view.panels_button
    style = button.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    assert button.menu() is not None
    assert button.width() >= text + arrow + margin
