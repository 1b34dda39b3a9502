"""The recall list from the Today view (Alt+C): the overdue patients with identifiers only,
printed through the print dialog (to a PDF file here, read back) and exported as CSV, each output
recorded in the audit trail; the CSV is private and a formula typed as a name is neutralised."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.worklist import Worklist, WorklistRow
from calcitrack.reports.exports.recall_csv import write_recall_csv
from calcitrack.services.audit_service import AuditService
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.worklist.recall_dialog import RecallDialog
from tests.support.accounts import open_signed_in
from tests.support.file_modes import mode
from tests.ui.worklist import worklist_clinic as wc
from tests.ui.worklist.test_today_in_window import open_window


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    wc.fill(opened)
    yield opened
    opened.close()


def open_recall(qtbot: QtBot, window: MainWindow) -> RecallDialog:
    window.left_pane.today_action.trigger()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.left_pane.today.recall_dialog is not None)  # an animated click
    dialog = window.left_pane.today.recall_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)


def last_export(clinic: Clinic) -> dict[str, object]:
    [entry] = AuditService(clinic.context()).entries(newest_first=True, limit=1)
    assert entry.action == "export"
    details: dict[str, object] = json.loads(entry.changes_json)
    return details


def test_the_recall_list_shows_the_overdue_only(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = open_recall(qtbot, open_window(qtbot, clinic))
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows == [
        [wc.OVERDUE_30, "Barros, Inês", "2026-10-21", "30"],
        [wc.OVERDUE_2, "Castro, Inês", "2026-11-18", "2"],
    ]  # due today is not overdue yet


def test_exported_as_a_private_csv_and_audited(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path, everyday_umask: None
) -> None:
    dialog = open_recall(qtbot, open_window(qtbot, clinic))
    target = tmp_path / "out" / "recall"
    target.parent.mkdir()
    dialog.choose_file = lambda suggested: str(target)  # type: ignore[method-assign]
    alt(qtbot, Qt.Key.Key_X)
    written = target.with_name("recall.csv")
    qtbot.waitUntil(lambda: "exported" in dialog.message.text())
    assert dialog.message.text() == f"2 patients exported to {written}"
    with written.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [
            ["mrn", "family_name", "given_name", "next_visit_due", "days_overdue"],
            [wc.OVERDUE_30, "Barros", "Inês", "2026-10-21", "30"],
            [wc.OVERDUE_2, "Castro", "Inês", "2026-11-18", "2"],
        ]
    assert mode(written) == 0o600
    assert last_export(clinic) == {
        "list": "recall", "format": "csv", "patients": 2, "file": "recall.csv"
    }


def test_a_folder_that_does_not_exist_is_said_and_nothing_written(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    dialog = open_recall(qtbot, open_window(qtbot, clinic))
    nowhere = str(tmp_path / "nowhere" / "r.csv")
    dialog.choose_file = lambda suggested: nowhere  # type: ignore[method-assign]
    dialog.export_button.click()
    assert dialog.message.text() == f"The folder {tmp_path / 'nowhere'} does not exist"
    assert not (tmp_path / "nowhere").exists()


def test_printed_through_the_print_dialog_and_audited(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    dialog = open_recall(qtbot, open_window(qtbot, clinic))
    pdf = tmp_path / "printed.pdf"
    dialog.printer().setOutputFileName(str(pdf))  # the print dialog offers it: a file, not paper
    alt(qtbot, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: dialog.print_dialog is not None)
    printing = dialog.print_dialog
    assert printing is not None
    qtbot.waitUntil(printing.isVisible)
    printing.accept()
    text = " ".join("".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Recall list: overdue on 2026-11-20" in text
    assert wc.OVERDUE_30 in text and "Castro, Inês" in text and wc.DUE_TODAY not in text
    assert last_export(clinic) == {"list": "recall", "format": "printed", "patients": 2}


def test_a_formula_typed_as_a_name_is_neutralised(tmp_path: Path) -> None:
    worklist = Worklist(
        date(2026, 11, 20),
        due=(WorklistRow("=1+1", "@SUM(A1)", "-2", date(2026, 11, 1)),
             WorklistRow("M-2", "Silva", "Ana", date(2026, 11, 20))),
    )
    path = tmp_path / "r.csv"
    assert write_recall_csv(worklist, path) == 1
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1] == ["'=1+1", "'@SUM(A1)", "'-2", "2026-11-01", "19"]
