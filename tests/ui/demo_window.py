"""The main window as a person meets it: the demo clinic on a real SQLite file (signed in as a
nurse, or as the test's account), the RA demo patient open, values retyped with the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import open_signed_in, signed_in

TODAY = date(2026, 11, 20)
CTRL = Qt.KeyboardModifier.ControlModifier


@contextmanager
def nurse_clinic(folder: Path, username: str, name: str) -> Iterator[Clinic]:
    """The demo clinic in ``folder``, its day ``TODAY``, signed in as the nurse ``username``."""
    opened = open_signed_in(f"sqlite:///{folder / 'demo.sqlite3'}")
    opened.today = lambda: TODAY
    ChartService(opened.context()).add_charts(demo_charts())
    signed_in(opened, username, name, Role.NURSE)
    try:
        yield opened
    finally:
        opened.close()


def ra_patient_window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    """The main window shown and active, the RA demo patient's chart open."""
    window = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    return window


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what ``widget`` holds, type ``text`` over it and leave with Tab."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
