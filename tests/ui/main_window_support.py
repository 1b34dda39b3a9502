"""The main window as a test opens it: built on a clinic, its services run inline, shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow


def shown_main_window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    """The main window of ``clinic``'s signed-in user, shown and active (closed by pytest-qt)."""
    main = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main
