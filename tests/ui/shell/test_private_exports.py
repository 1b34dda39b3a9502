"""What the window writes for a person to take away is hers alone, whatever the umask: the PDF
summary (Ctrl+P), the audit trail's CSV and the charts' image come out 0600, the folder she chose
is left as it is, and each export is in the audit trail. Only the operating system's parts (the
file chooser, the program that opens the PDF) are answered by the test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit import AuditEntry
from calcitrack.services.audit_service import AuditService
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.audit.audit_viewer_dialog import AuditViewerDialog
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.workspace.patient_workspace import OVERVIEW, VISITS
from tests.support.accounts import TEST_USERNAME, open_signed_in
from tests.support.file_modes import mode
from tests.ui.demo_window import ra_patient_window

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.usefixtures("everyday_umask"),
]

TODAY = date(2026, 11, 20)


@pytest.fixture
def demo_clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    ChartService(clinic.context()).add_charts(demo_charts())
    clinic.today = lambda: TODAY
    yield clinic
    clinic.close()


@pytest.fixture
def chosen(tmp_path: Path) -> Path:
    """The folder she picks in the file chooser: hers, readable by others as she made it."""
    folder = tmp_path / "for the GP"
    folder.mkdir()
    assert mode(folder) == 0o755
    return folder


def _window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    window = ra_patient_window(qtbot, clinic)
    return window


def _newest(clinic: Clinic) -> AuditEntry:
    return AuditService(clinic.context()).entries(newest_first=True, limit=1)[0]


def test_the_pdf_summary_from_ctrl_p_is_private_and_in_the_trail(
    qtbot: QtBot, demo_clinic: Clinic, chosen: Path
) -> None:
    window = _window(qtbot, demo_clinic)
    window.show_workspace(VISITS)
    window.summary_flow.open_file = lambda path: True
    window.workspace.visits.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.summary_flow.dialog
    assert dialog is not None
    dialog.path_edit.setText(str(chosen / "summary.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (chosen / "summary.pdf").is_file())

    assert (mode(chosen / "summary.pdf"), mode(chosen)) == (0o600, 0o755)
    entry = _newest(demo_clinic)
    assert (entry.action, entry.actor_username, entry.patient_mrn) == (
        "pdf", TEST_USERNAME, DEMO_RA_MRN
    )
    assert entry.changes["to"] == str(chosen / "summary.pdf")


def test_the_charts_image_is_private_and_in_the_trail(
    qtbot: QtBot, demo_clinic: Clinic, chosen: Path
) -> None:
    window = _window(qtbot, demo_clinic)
    window.show_workspace(OVERVIEW)
    qtbot.waitUntil(lambda: window.workspace.overview.panel is not None)
    view = window.workspace.overview.panel.trajectory_view  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.current is not None, timeout=20_000)
    view.export_to(chosen / "charts.png")  # what choosing the file in "Export charts" does
    qtbot.waitUntil(lambda: view.status.text().startswith("Charts saved"))
    assert (mode(chosen / "charts.png"), mode(chosen)) == (0o600, 0o755)
    qtbot.waitUntil(lambda: _newest(demo_clinic).action == "export")
    entry = _newest(demo_clinic)
    assert (entry.actor_username, entry.table_name, entry.patient_mrn, entry.changes) == (
        TEST_USERNAME, "patients", DEMO_RA_MRN, {"format": "png", "file": "charts.png"}
    )


def test_the_audit_trails_csv_is_private_and_in_the_trail(
    qtbot: QtBot, demo_clinic: Clinic, chosen: Path
) -> None:
    (chosen / "trail.csv").write_text("an older export\n", encoding="utf-8")  # 0644
    dialog = AuditViewerDialog(
        AuditService(demo_clinic.context()), InlineTaskRunner(),
        usernames=[TEST_USERNAME], today=lambda: TODAY,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda _suggested: str(chosen / "trail.csv")  # type: ignore[method-assign]
    dialog.confirm_replace = lambda _path: True  # type: ignore[method-assign]
    dialog.show()
    with qtbot.waitSignal(dialog.export_finished):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert (mode(chosen / "trail.csv"), mode(chosen)) == (0o600, 0o755)
    assert (chosen / "trail.csv").read_text(encoding="utf-8-sig").startswith("entry,")
    entry = _newest(demo_clinic)
    assert (entry.action, entry.actor_username, entry.changes["file"]) == (
        "export", TEST_USERNAME, "trail.csv"
    )
