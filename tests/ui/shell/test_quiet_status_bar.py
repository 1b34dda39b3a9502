"""A search of the patient list leaves the status bar alone.

Each question to the database starts and ends the task runner's busy state; ending it used to
clear the (already empty) busy label, and clearing a QLabel lays its parent out again even when
nothing changes: the status bar was laid out and repainted after every keystroke's search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.ui.common.task_runner import TaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.event_count import EventCount
from tests.ui.demo_window import nurse_clinic


def test_a_search_does_not_lay_the_status_bar_out_again(qtbot: QtBot, tmp_path: Path) -> None:
    with nurse_clinic(tmp_path, "nurse.quiet", "Nurse Quiet") as clinic:
        runner = TaskRunner()  # the app's own kind: busy while a question runs
        window: MainWindow = build_main_window(clinic, runner)
        qtbot.addWidget(window)
        window.show()
        panel = window.patient_list
        qtbot.waitUntil(lambda: panel.model.matching > 0 and not runner.is_busy(), timeout=20_000)
        qtbot.wait(50)
        layouts = EventCount(QEvent.Type.LayoutRequest)
        window.statusBar().installEventFilter(layouts)
        busy: list[bool] = []
        runner.busy_changed.connect(busy.append)
        for letter in "lim":
            with qtbot.waitSignal(panel.filters_changed):
                qtbot.keyClicks(panel.search_edit, letter)
        qtbot.waitUntil(lambda: bool(busy) and not busy[-1])
        qtbot.wait(20)  # posted layout requests delivered
        assert True in busy  # the searches ran on the task runner, busy and back
        assert layouts.count == 0
        assert window.busy_label.text() == ""
        window.close()
        runner.shutdown()
