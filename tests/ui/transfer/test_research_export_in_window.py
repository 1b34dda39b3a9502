"""File → Export for research (CSV)…, driven from the keyboard: the open patient's or every
patient's tables, pseudonymised or not, written on the window's runner into a new folder, listed
in a report and recorded in the trail; a folder that is not empty is named with its reason,
nothing is read, written or recorded, and the cursor goes back to the folder."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.transfer.research_export_flow import ResearchExportDialog
from tests.reports.exports.test_export_staging import killed_export_leftover
from tests.support.research_export import FILES, read_export
from tests.ui.held_runner import HeldRunner
from tests.ui.transfer.conftest import actions

pytestmark = pytest.mark.usefixtures("everyday_umask")

ALT = Qt.KeyboardModifier.AltModifier


def _open(qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow],
          runner: HeldRunner | None = None) -> MainWindow:
    ChartService(clinic.context()).add_charts(demo_charts())
    window = make_window(clinic, runner)
    window.open_patient(DEMO_RA_MRN)
    if runner is not None:
        _release_all(runner)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    return window


def _release_all(runner: HeldRunner) -> None:
    while runner.tasks:
        runner.take().release()


def _dialog(qtbot: QtBot, window: MainWindow) -> ResearchExportDialog:
    assert window.transfer is not None
    assert window.transfer.research_action.isEnabled()
    window.transfer.research_action.trigger()
    dialog = window.transfer.research_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type_folder(qtbot: QtBot, dialog: ResearchExportDialog, folder: Path) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)  # the Folder label's buddy
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.folder_edit)
    dialog.folder_edit.selectAll()
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.folder_edit, str(folder))


def _export_details(clinic: Clinic) -> list[dict[str, object]]:
    with clinic.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT changes_json FROM audit_log WHERE action = 'export' ORDER BY id"
        )).scalars()
        return [json.loads(row) for row in rows]


def test_the_open_patient_pseudonymised_on_the_runner_with_a_report(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    runner = HeldRunner()
    window = _open(qtbot, clinic, make_window, runner)
    dialog = _dialog(qtbot, window)
    assert dialog.this_patient.isChecked()
    folder = tmp_path / "study"
    _type_folder(qtbot, dialog, folder)
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(dialog.pseudonymise_box.isChecked)
    assert "still personal data" in dialog.pseudonymise_note.text()
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Return)  # Export is the default button
    assert not folder.exists(), "nothing is written before the runner runs the work"
    assert runner.tasks, "the export waits on the window's runner"
    _release_all(runner)
    assert {p.name for p in folder.iterdir()} == FILES
    _header, patients = read_export(folder)["patients"]
    assert len(patients) == 1 and "mrn" not in patients[0]
    assert patients[0]["study_id"] == "S0001"
    assert _export_details(clinic) == [
        {"format": "csv", "pseudonymised": True, "to": "study", "patients_in_export": 1}
    ]
    report = window.transfer.research_flow.report if window.transfer else None
    assert report is not None and report.isVisible()
    assert str(folder) in report.heading.text() and "pseudonymised" in report.heading.text()
    for name in FILES:
        assert name in report.text.toPlainText()
    # plurals written out, for a person: "1 patient", "(1 row)", "(3 rows)"
    assert "of 1 patient (pseudonymised)" in report.heading.text()
    assert "patients.csv  (1 row)" in report.text.toPlainText()
    assert "(s)" not in report.text.toPlainText()
    assert "Exported the research tables of 1 patient to" in window.statusBar().currentMessage()
    readme = (folder / "README.txt").read_text("utf-8")
    assert "for 1 patient." in readme and "Patients: 1 row\n" in readme and "(s)" not in readme


def test_all_patients_identified(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = _open(qtbot, clinic, make_window)
    dialog = _dialog(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, ALT)
    qtbot.waitUntil(dialog.all_patients.isChecked)
    folder = tmp_path / "all"
    _type_folder(qtbot, dialog, folder)
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_E, ALT)  # &Export
    qtbot.waitUntil(lambda: folder.exists())
    _header, patients = read_export(folder)["patients"]
    assert sorted(p["mrn"] for p in patients) == sorted(c.patient.mrn for c in demo_charts())
    assert len(_export_details(clinic)) == len(demo_charts())


def test_a_folder_that_is_not_empty_is_named_and_nothing_is_done(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = _open(qtbot, clinic, make_window)
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "mine.txt").write_text("keep", "utf-8")
    dialog = _dialog(qtbot, window)
    _type_folder(qtbot, dialog, folder)
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Return)
    flow = window.transfer.research_flow if window.transfer else None
    assert flow is not None
    box = flow.problem
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "Folder:" in box.text() and "not empty" in box.text() and str(folder) in box.text()
    assert "Nothing was exported" in box.text()
    assert [p.name for p in folder.iterdir()] == ["mine.txt"]
    assert "export" not in actions(clinic)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # OK: back to the dialog, the cursor in the folder
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.focusWidget() is dialog.folder_edit)
    assert dialog.folder_edit.text() == str(folder)


def test_every_field_of_the_dialog_has_its_own_access_key(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow]
) -> None:
    window = _open(qtbot, clinic, make_window)
    dialog = _dialog(qtbot, window)
    folder_label = next(
        label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.folder_edit
    )
    texts = [dialog.this_patient.text(), dialog.all_patients.text(), folder_label.text(),
             dialog.browse_button.text(), dialog.pseudonymise_box.text(),
             dialog.export_button.text()]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts]
    assert all(keys) and len(set(keys)) == len(keys), keys


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="Linux /proc")
def test_the_report_names_a_killed_export_s_folder_removed_beside_it(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    leftover = killed_export_leftover(tmp_path, "x-abc")  # its process has exited
    window = _open(qtbot, clinic, make_window)
    dialog = _dialog(qtbot, window)
    folder = tmp_path / "study"
    _type_folder(qtbot, dialog, folder)
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_E, ALT)  # &Export
    qtbot.waitUntil(lambda: folder.exists())
    assert not leftover.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".calcitrack-export-")] == []
    report = window.transfer.research_flow.report if window.transfer else None
    assert report is not None
    qtbot.waitUntil(report.isVisible)
    said = " ".join(label.text() for label in report.findChildren(QLabel))
    assert f"Removed {leftover}: the temporary folder of an export that did not finish" in said
