"""File → Export FHIR R4… for every patient tells its progress per patient, as the clinic-day
summaries do: the window's busy label reads "FHIR export: k of n patients" as it goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("everyday_umask")

ALT = Qt.KeyboardModifier.AltModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_every_patient_is_counted_as_it_is_written(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    charts = demo_charts()
    ChartService(clinic.context()).add_charts(charts)
    window = make_window(clinic)
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    assert window.transfer is not None
    flow = window.transfer.fhir_flow
    told: list[tuple[int, int, str]] = []
    labels: list[str] = []
    flow.progressed.connect(lambda done, total, doing: told.append((done, total, doing)))
    flow.progressed.connect(lambda *_: labels.append(window.busy_label.text()))
    window.transfer.fhir_action.trigger()
    dialog = flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(_focused(), Qt.Key.Key_A, ALT)  # &All patients
    qtbot.waitUntil(dialog.all_patients.isChecked)
    target = tmp_path / "all.json"
    dialog.path_edit.setText(str(target))
    qtbot.keyClick(_focused(), Qt.Key.Key_E, ALT)  # &Export
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=60_000)
    n = len(charts)
    assert [(done, total) for done, total, _ in told] == [(k, n) for k in range(1, n + 1)]
    assert labels[-1] == f"FHIR export: {n} of {n} patients"
    bundle = Bundle.model_validate_json(target.read_text(encoding="utf-8"))
    assert sum(e.resource.get_resource_type() == "Patient" for e in bundle.entry or []) == n
    assert window.progress_bar.isHidden()
