"""File → Export FHIR R4…, driven by the keyboard: the open patient or every patient as a FHIR
R4 Bundle that validates, written privately, one audit entry per patient; the visit summaries
inside when the box is ticked; a file that cannot be written is named and nothing exported."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.services.audit_service import AuditService
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.file_modes import mode
from tests.ui.transfer.conftest import actions

pytestmark = pytest.mark.usefixtures("everyday_umask")

ALT = Qt.KeyboardModifier.AltModifier


def _open(qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow]) -> MainWindow:
    ChartService(clinic.context()).add_charts(demo_charts())
    window = make_window(clinic)
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    return window


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _kinds(path: Path) -> list[str]:
    bundle = Bundle.model_validate_json(path.read_text(encoding="utf-8"))
    return [e.resource.get_resource_type() for e in bundle.entry or []]


def test_the_menu_offers_it_with_an_access_key(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow]
) -> None:
    window = _open(qtbot, clinic, make_window)
    assert window.transfer is not None
    action = window.transfer.fhir_action
    assert action in window.file_menu.actions() and action.isEnabled()
    assert action.text() == "Export F&HIR R4…"
    letters = [a.text().split("&")[1][:1].lower() for a in window.file_menu.actions()
               if "&" in a.text()]  # fmt: skip
    assert len(letters) == len(set(letters)), "two File menu items share an access key"


def test_the_open_patient_by_keyboard(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = _open(qtbot, clinic, make_window)
    assert window.transfer is not None
    window.transfer.fhir_action.trigger()
    dialog = window.transfer.fhir_flow.dialog
    assert dialog is not None and dialog.this_patient.isChecked()
    assert not dialog.summaries.isChecked()
    qtbot.waitUntil(dialog.isActiveWindow)
    target = tmp_path / "one.json"
    qtbot.keyClick(_focused(), Qt.Key.Key_F, ALT)  # &File:
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.path_edit)
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(target))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists)
    kinds = _kinds(target)
    assert kinds.count("Patient") == 1 and "DocumentReference" not in kinds
    if os.name == "posix":
        assert mode(target) == 0o600
    entries = [e for e in AuditService(clinic.context()).entries() if e.action == "export"]
    assert [(e.patient_mrn, e.changes["format"], e.changes["to"], e.changes["with_summaries"])
            for e in entries] == [(DEMO_RA_MRN, "fhir", "one.json", False)]  # fmt: skip
    message = window.statusBar().currentMessage()
    assert f"Exported 1 patient as a FHIR R4 Bundle to {target}" in message


def test_all_patients_with_summaries_by_keyboard(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = _open(qtbot, clinic, make_window)
    assert window.transfer is not None
    window.transfer.fhir_action.trigger()
    dialog = window.transfer.fhir_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(_focused(), Qt.Key.Key_A, ALT)  # &All patients
    qtbot.waitUntil(dialog.all_patients.isChecked)  # a mnemonic clicks after a moment
    qtbot.keyClick(_focused(), Qt.Key.Key_S, ALT)  # Include visit &summaries (PDF)
    qtbot.waitUntil(dialog.summaries.isChecked)
    target = tmp_path / "all.json"
    dialog.path_edit.setText(str(target))
    qtbot.keyClick(_focused(), Qt.Key.Key_E, ALT)  # &Export
    qtbot.waitUntil(target.exists, timeout=120_000)
    kinds = _kinds(target)
    charts = demo_charts()
    assert kinds.count("Patient") == len(charts)
    assert kinds.count("DocumentReference") == sum(len(c.visits) for c in charts)
    assert actions(clinic).count("export") == len(charts)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()  # a count as a person writes it
    assert f"Exported {len(charts)} patients as a FHIR R4 Bundle to {target}" in message


def test_a_file_that_cannot_be_written_is_named_and_nothing_is_exported(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = _open(qtbot, clinic, make_window)
    assert window.transfer is not None
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    window.transfer.fhir_action.trigger()
    dialog = window.transfer.fhir_flow.dialog
    assert dialog is not None
    dialog.path_edit.setText(str(blocker / "one.json"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    box = window.transfer.fhir_flow.problem
    assert box is not None and box.isVisible()
    assert "Nothing was exported" in box.text() and str(blocker) in box.text()
    assert "export" not in actions(clinic)
    box.accept()  # back to the dialog as she left it, to correct the file
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.focusWidget() is dialog.path_edit)
    assert dialog.path_edit.text() == str(blocker / "one.json")


def test_the_window_starts_without_loading_fhir_resources() -> None:
    """The R4B models load on the first export: the window's start is benchmarked."""
    import subprocess
    import sys

    code = (
        "import sys, calcitrack.app; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fhir', 'fhir_core')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)  # fmt: skip
    assert done.stdout.strip() == "[]"


def test_declining_to_replace_a_file_goes_back_to_the_dialog_as_she_left_it(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """"Replace it?" No: the file is kept, nothing exported, and the dialog comes back with the
    file name, the patients and the summaries box as chosen, to give another name (it closed,
    and everything chosen had to be chosen again)."""
    window = _open(qtbot, clinic, make_window)
    assert window.transfer is not None
    flow = window.transfer.fhir_flow
    asked: list[Path] = []
    flow.confirm_replace = lambda _parent, path: asked.append(path) or False
    existing = tmp_path / "kept.json"
    existing.write_text("kept", encoding="utf-8")
    window.transfer.fhir_action.trigger()
    dialog = flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(_focused(), Qt.Key.Key_A, ALT)  # &All patients
    qtbot.waitUntil(dialog.all_patients.isChecked)
    qtbot.keyClick(_focused(), Qt.Key.Key_S, ALT)  # Include visit &summaries (PDF)
    qtbot.waitUntil(dialog.summaries.isChecked)
    dialog.path_edit.setText(str(existing))
    qtbot.keyClick(_focused(), Qt.Key.Key_E, ALT)  # &Export
    qtbot.waitUntil(lambda: asked == [existing])
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.focusWidget() is dialog.path_edit)
    assert dialog.path_edit.text() == str(existing)
    assert dialog.all_patients.isChecked() and dialog.summaries.isChecked()
    assert existing.read_text(encoding="utf-8") == "kept"
    assert "export" not in actions(clinic)
