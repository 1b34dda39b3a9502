"""File → Export charts (JSON)…: the open patient's chart or every patient's, as `calcitrack
export` writes it: a private file (0600) the import reads back, and one audit entry per patient.
A folder that cannot be written is named with the reason before anything is read or recorded."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.file_modes import mode
from tests.ui.transfer.conftest import actions

pytestmark = pytest.mark.usefixtures("everyday_umask")


def _open(qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow]) -> MainWindow:
    ChartService(clinic.context()).add_charts(demo_charts())
    window = make_window(clinic)
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    return window


def test_the_open_patient_is_exported_privately_and_in_the_trail(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = _open(qtbot, clinic, make_window)
    assert window.transfer is not None
    window.transfer.export_action.trigger()
    dialog = window.transfer.export_flow.dialog
    assert dialog is not None and dialog.this_patient.isChecked()
    target = tmp_path / "out" / "one.json"
    target.parent.mkdir()
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    document = json.loads(target.read_text("utf-8"))
    assert [p["mrn"] for p in document["patients"]] == [DEMO_RA_MRN]
    if os.name == "posix":
        assert mode(target) == 0o600
    assert actions(clinic).count("export") == 1
    assert f"Exported 1 patient(s) to {target}" in window.statusBar().currentMessage()


def test_all_patients_are_exported(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = _open(qtbot, clinic, make_window)
    assert window.transfer is not None
    window.transfer.export_action.trigger()
    dialog = window.transfer.export_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.all_patients.isChecked)  # a mnemonic clicks after a moment
    dialog.path_edit.setText(str(tmp_path / "all.json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    document = json.loads((tmp_path / "all.json").read_text("utf-8"))
    assert len(document["patients"]) == len(demo_charts())
    assert actions(clinic).count("export") == len(demo_charts())


def test_a_folder_that_is_not_writable_is_named_and_nothing_is_exported(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], unwritable_folder: Path
) -> None:
    window = _open(qtbot, clinic, make_window)
    assert window.transfer is not None
    locked = unwritable_folder
    window.transfer.export_action.trigger()
    dialog = window.transfer.export_flow.dialog
    assert dialog is not None
    dialog.path_edit.setText(str(locked / "one.json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = window.transfer.export_flow.problem
    assert box is not None and box.isVisible()
    assert str(locked) in box.text() and "Permission denied" in box.text()
    assert "Nothing was exported" in box.text()
    assert not (locked / "one.json").exists()
    assert "export" not in actions(clinic)
    box.accept()  # OK: back to the dialog as she left it, to correct the file
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.focusWidget() is dialog.path_edit)
    assert dialog.path_edit.text() == str(locked / "one.json")
