"""A search paints the list's rows once.

After a model reset a QTableView lays its rows out on a zero timer, which fires after the new
rows have been painted and repaints the whole table: every keystroke's search painted the rows
twice (on the 50,000-patient clinic, one more repaint of 5–10 ms of the window's thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from pytestqt.qtbot import QtBot

from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import TaskRunner
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from tests.support.event_count import EventCount
from tests.ui.patients.test_patient_list_panel import TODAY, _demo_clinic


def test_each_search_paints_the_rows_once(qtbot: QtBot, tmp_path: Path) -> None:
    clinic = _demo_clinic(tmp_path / "x.sqlite3")
    runner = TaskRunner()  # the app's own: the answers come back through the event loop
    panel = PatientListPanel(PatientService(clinic.context()), runner, today=lambda: TODAY)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.list_loaded, timeout=20_000):
        panel.refresh()
    panel.resize(1000, 500)
    with qtbot.waitExposed(panel):
        panel.show()
    qtbot.wait(50)
    paints = EventCount(QEvent.Type.Paint)
    panel.view.viewport().installEventFilter(paints)
    painted = []
    for text in ("a", "al", "alv", "al", "a", ""):
        paints.count = 0
        with qtbot.waitSignal(panel.filters_changed, timeout=20_000):
            panel.search_edit.setText(text)
        qtbot.waitUntil(lambda: paints.count > 0)
        qtbot.wait(60)  # anything the search left on the event loop has run
        painted.append(paints.count)
    assert painted == [1] * 6, painted
    panel.close()
    runner.shutdown()
    clinic.close()
