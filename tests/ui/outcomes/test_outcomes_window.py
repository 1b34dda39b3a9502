"""Tools → Clinic outcomes… on a real SQLite clinic (the constructed clinic of
tests/domain/outcomes, whose outcomes are counted by hand there), driven by the keyboard: the
question asked, Compute (on the runner, with a busy bar), the hand counts in the tables, the
charts, the disclaimer in view; the PDF written, read back with the window's numbers, and recorded
in the audit trail; wrong things refused with a message and nothing written."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.outcomes.outcomes_types import DISCLAIMER
from calcitrack.reports.exports.outcomes_pdf_writer import write_outcomes_pdf
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.research.outcomes_service import OutcomesService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.outcomes.outcomes_dialog import OutcomesDialog
from calcitrack.ui.outcomes.outcomes_source import OutcomesTools
from calcitrack.ui.shell.main_window import MainWindow
from tests.cli.test_outcomes_cli import refuse_export_entries
from tests.domain.outcomes.outcomes_clinic import AS_OF
from tests.domain.outcomes.outcomes_clinic import clinic as constructed
from tests.support.accounts import open_signed_in
from tests.ui.held_runner import HeldRunner
from tests.ui.main_window_support import shown_main_window
from tests.ui.shell.test_access_keys import clashes

ALT = Qt.KeyboardModifier.AltModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise()


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    ChartService(opened.context()).add_charts(list(constructed()))
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    main = shown_main_window(qtbot, clinic)
    yield main
    # a window of its own: closing the main window (pytest-qt's teardown) leaves it shown, over
    # the next test's widgets on the offscreen screen (their mouse events went to it)
    for dialog in main.findChildren(OutcomesDialog):
        dialog.close()


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = ALT) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def _click(qtbot: QtBot, button: QPushButton, key: Qt.Key) -> None:
    """Alt+key on a button: an animated click, which lands a moment later."""
    with qtbot.waitSignal(button.clicked, timeout=2_000):
        _press(qtbot, key)


def _open(qtbot: QtBot, window: MainWindow) -> OutcomesDialog:
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert isinstance(tools, QMenu)
    action = next(a for a in tools.actions() if a.text() == "Clinic &outcomes…")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(OutcomesDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _ask_as_of(qtbot: QtBot, dialog: OutcomesDialog) -> None:
    """Alt+A, the as-of day typed as a person does, Tab, then Alt+C."""
    _press(qtbot, Qt.Key.Key_A)
    assert QApplication.focusWidget() is dialog.form.as_of_edit
    qtbot.keyClicks(dialog.form.as_of_edit, AS_OF.isoformat())
    qtbot.keyClick(dialog.form.as_of_edit, Qt.Key.Key_Tab)
    assert dialog.form.as_of_edit.day() == AS_OF
    _click(qtbot, dialog.form.compute_button, Qt.Key.Key_C)


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_tools_clinic_outcomes_shows_the_hand_counts(qtbot: QtBot, window: MainWindow) -> None:
    minimum = window.minimumSizeHint()
    dialog = _open(qtbot, window)
    assert dialog.form.regimen() == ("diltiazem", "colchicine")  # the default
    assert dialog.disclaimer.isVisible() and DISCLAIMER in dialog.disclaimer.text()
    assert not dialog.pdf_button.isEnabled()  # nothing computed yet
    _ask_as_of(qtbot, dialog)
    report = dialog.report
    assert report is not None and report.query.as_of == AS_OF
    # the hand counts of tests/domain/outcomes (8 started, 6 still on, 2 never took both)
    assert _cells(dialog.results.tables["cohort"])[:3] == [
        ["Started the regimen", "8 patients"],
        ["Still on it", "6 (75 %)"],
        ["Stopped", "2 (25 %)"],
    ]
    assert ["Never took the whole regimen", "2"] in _cells(dialog.results.tables["cohort"])
    assert ["Visits while on it", "15"] in _cells(dialog.results.tables["cohort"])
    windows = _cells(dialog.results.tables["windows"])
    assert windows[0] == ["Improved", "1 (12 %)", "1 (12 %)"]
    assert windows[1] == ["Stable", "0 (0 %)", "1 (12 %)"]
    assert dialog.results.texts["time_to_improved"].text().startswith(
        "n 5 · events 2 · censored 3 · median 180 days"
    )
    assert dialog.results.texts["drug_survival"].text().startswith("n 8 · events 2 · censored 6")
    flags = dialog.results.tables["flags"]
    assert flags.horizontalHeaderItem(0).text() == "Flag"  # safety and review flags
    assert flags.accessibleName() == "Safety and review flags"
    for chart in dialog.results.charts.values():
        assert not chart.pixmap().isNull() and chart.pixmap().width() > 300
    assert dialog.disclaimer.isVisible()
    assert clashes(dialog) == {}
    assert window.minimumSizeHint() == minimum
    # Alt+R: the drug survival tab
    _press(qtbot, Qt.Key.Key_R)
    assert dialog.results.tabText(dialog.results.currentIndex()) == "D&rug survival"


def test_export_pdf_writes_the_numbers_shown_and_records_it(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, tmp_path: Path
) -> None:
    dialog = _open(qtbot, window)
    _ask_as_of(qtbot, dialog)
    target = tmp_path / "clinic outcomes"
    dialog.choose_file = lambda suggested, _filter: str(target)  # type: ignore[method-assign]
    _click(qtbot, dialog.pdf_button, Qt.Key.Key_P)
    written = tmp_path / "clinic outcomes.pdf"  # the suffix added
    assert dialog.message.text() == f"The PDF was written to {written}"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(written).pages).split())
    for row in _cells(dialog.results.tables["windows"]):
        assert " ".join(row).strip() in text, row
    for label, value in _cells(dialog.results.tables["cohort"]):
        assert f"{label} {value}" in text
    assert dialog.results.texts["time_to_improved"].text() in text
    exports = [e for e in AuditService(clinic.context()).entries()
               if e.action == AuditAction.EXPORT]  # fmt: skip
    assert len(exports) == 8  # one per cohort patient
    assert all(e.changes == {"format": "outcomes-pdf", "to": written.name} for e in exports)


def test_wrong_things_are_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, tmp_path: Path
) -> None:
    dialog = _open(qtbot, window)
    # no drug ticked: Alt+G goes to the first drug, Space unticks; then colchicine
    _press(qtbot, Qt.Key.Key_G)
    assert QApplication.focusWidget() is dialog.form.drug_boxes["diltiazem"]
    qtbot.keyClick(dialog.form.drug_boxes["diltiazem"], Qt.Key.Key_Space)
    assert not dialog.form.drug_boxes["diltiazem"].isChecked()
    dialog.form.drug_boxes["colchicine"].setChecked(False)
    _click(qtbot, dialog.form.compute_button, Qt.Key.Key_C)
    assert dialog.message.text() == "Regimen: tick one or more drugs."
    assert QApplication.focusWidget() is dialog.form.drug_boxes["diltiazem"]
    assert dialog.report is None
    dialog.form.set_regimen(["diltiazem", "colchicine"])
    _ask_as_of(qtbot, dialog)
    before = len(AuditService(clinic.context()).entries())
    # the file dialog cancelled
    dialog.choose_file = lambda suggested, _filter: ""  # type: ignore[method-assign]
    _click(qtbot, dialog.pdf_button, Qt.Key.Key_P)
    assert dialog.message.text() == "No file chosen: the PDF was not written."
    # a folder that does not exist
    nowhere = tmp_path / "missing" / "outcomes.pdf"
    dialog.choose_file = lambda suggested, _filter: str(nowhere)  # type: ignore[method-assign]
    _click(qtbot, dialog.pdf_button, Qt.Key.Key_P)
    assert dialog.message.text() == (
        f"The PDF was not written: {nowhere}: the folder {nowhere.parent} does not exist."
    )
    # a folder where the file should be
    folder = tmp_path / "taken.pdf"
    folder.mkdir()
    dialog.choose_file = lambda suggested, _filter: str(folder)  # type: ignore[method-assign]
    _click(qtbot, dialog.pdf_button, Qt.Key.Key_P)
    assert "is a folder; give a file name such as outcomes.pdf" in dialog.message.text()
    assert len(AuditService(clinic.context()).entries()) == before
    assert not [p for p in tmp_path.rglob("*") if "outcomes" in p.name or p.suffix == ".tmp"]
    assert list(folder.iterdir()) == []


def test_compute_runs_on_the_runner_with_a_busy_bar(qtbot: QtBot, clinic: Clinic) -> None:
    runner = HeldRunner()
    tools = OutcomesTools(OutcomesService(clinic.context()), write_outcomes_pdf, None,
                          today=lambda: AS_OF)  # fmt: skip
    dialog = OutcomesDialog(tools, runner, may_export=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.form.compute_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible()
    assert not dialog.form.compute_button.isEnabled()
    assert dialog.message.text() == "Computing the outcomes…"
    assert dialog.report is None
    runner.take().release()
    assert not dialog.busy.isVisible() and dialog.form.compute_button.isEnabled()
    assert dialog.report is not None and dialog.report.n == 8
    assert not dialog.pdf_button.isEnabled()  # this account may not export


def test_an_unknown_regimen_from_the_service_names_the_field(
    qtbot: QtBot, clinic: Clinic
) -> None:
    """The service refuses (it checks the query first); the window says which field and why."""
    tools = OutcomesTools(OutcomesService(clinic.context()), write_outcomes_pdf, None,
                          today=lambda: AS_OF)  # fmt: skip
    dialog = OutcomesDialog(tools, InlineTaskRunner(), may_export=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.window_spin.setMinimum(0)
    dialog.form.window_spin.setValue(0)
    dialog.compute()
    assert dialog.message.text() == "Nothing was computed. Window: must be at least 1 day."
    assert dialog.report is None
    focused: QWidget | None = QApplication.focusWidget()
    assert focused is None or focused is dialog.form.window_spin


def test_export_csv_writes_the_same_report_and_records_it(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, tmp_path: Path
) -> None:
    dialog = _open(qtbot, window)
    _ask_as_of(qtbot, dialog)
    report = dialog.report
    assert report is not None
    target = tmp_path / "outcomes.csv"
    dialog.choose_file = lambda suggested, _filter: str(target)  # type: ignore[method-assign]
    _click(qtbot, dialog.csv_button, Qt.Key.Key_S)
    assert dialog.message.text() == f"The CSV was written to {target}"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    value = {(r["section"], r["measure"]): r["value"] for r in rows if not r["mrn"]}
    assert value[("cohort", "n")] == "8"  # the window's "8 patients"
    assert value[("cohort", "still_on")] == "6"
    assert value[("cohort", "not_started")] == "2"
    assert value[("cohort", "visits_on_regimen")] == "15"
    exports = [e for e in AuditService(clinic.context()).entries()
               if e.action == AuditAction.EXPORT]  # fmt: skip
    assert len(exports) == 8
    assert all(e.changes == {"format": "outcomes-csv", "to": "outcomes.csv"} for e in exports)


def test_an_as_of_day_after_today_is_refused(qtbot: QtBot, clinic: Clinic) -> None:
    """A day that has not come would count the windows still ahead as over."""
    tools = OutcomesTools(OutcomesService(clinic.context()), write_outcomes_pdf, None,
                          today=lambda: AS_OF)  # fmt: skip
    dialog = OutcomesDialog(tools, InlineTaskRunner(), may_export=True)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    later = AS_OF + timedelta(days=1)
    _press(qtbot, Qt.Key.Key_A)
    qtbot.keyClicks(dialog.form.as_of_edit, later.isoformat())
    qtbot.keyClick(dialog.form.as_of_edit, Qt.Key.Key_Tab)
    assert dialog.form.as_of_edit.day() == later
    _click(qtbot, dialog.form.compute_button, Qt.Key.Key_C)
    assert dialog.message.text() == (
        f"Nothing was computed. As of: after today ({AS_OF.isoformat()}); the records can only "
        "be read up to today."
    )
    assert dialog.report is None
    assert QApplication.focusWidget() is dialog.form.as_of_edit


def test_the_window_takes_at_most_91_days(qtbot: QtBot, window: MainWindow) -> None:
    """Wider, the windows about 6 and 12 months (day 182, day 365) would overlap."""
    dialog = _open(qtbot, window)
    _press(qtbot, Qt.Key.Key_W)
    assert QApplication.focusWidget() is dialog.form.window_spin
    qtbot.keyClicks(dialog.form.window_spin, "95")
    assert dialog.form.window_spin.value() == 9  # Qt refuses the 5 that would make 95
    assert dialog.form.window_spin.maximum() == 91


@pytest.mark.parametrize(("button", "key", "name"), [("pdf_button", Qt.Key.Key_P, "o.pdf"),
                                                      ("csv_button", Qt.Key.Key_S, "o.csv")])
def test_an_export_the_trail_cannot_record_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, button: str, key: Qt.Key, name: str
) -> None:
    """Recorded before the file is renamed into place: no file the trail does not show."""
    dialog = _open(qtbot, window)
    _ask_as_of(qtbot, dialog)
    refuse_export_entries(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    target = tmp_path / name
    dialog.choose_file = lambda suggested, _filter: str(target)  # type: ignore[method-assign]
    _click(qtbot, getattr(dialog, button), key)
    assert not target.exists() and list(tmp_path.glob(".*.tmp")) == []
    assert dialog.message.text().startswith(f"The {name[-3:].upper()} was not written to {target}")


def test_a_refused_compute_clears_the_previous_results_and_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The results of the previous question are not exported under a new, refused one."""
    dialog = _open(qtbot, window)
    _ask_as_of(qtbot, dialog)
    assert dialog.report is not None and dialog.pdf_button.isEnabled()
    _press(qtbot, Qt.Key.Key_A)
    qtbot.keyClicks(dialog.form.as_of_edit, (date.today() + timedelta(days=3)).isoformat())
    qtbot.keyClick(dialog.form.as_of_edit, Qt.Key.Key_Tab)
    assert not dialog.pdf_button.isEnabled() and not dialog.csv_button.isEnabled()
    assert "previous question" in dialog.stale_note.text() and dialog.stale_note.isVisible()
    _click(qtbot, dialog.form.compute_button, Qt.Key.Key_C)
    assert dialog.message.text().startswith("Nothing was computed. As of: after today")
    assert dialog.report is None and dialog.results.tables == {}
    assert not dialog.stale_note.isVisible()
    chosen: list[str] = []

    def choose(suggested: str, _filter: str) -> str:
        chosen.append(suggested)
        return str(tmp_path / "o.pdf")

    dialog.choose_file = choose  # type: ignore[method-assign]
    _press(qtbot, Qt.Key.Key_P)
    qtbot.wait(50)
    assert chosen == [] and not (tmp_path / "o.pdf").exists()
    assert not dialog.pdf_button.isEnabled() and not dialog.csv_button.isEnabled()


def test_a_changed_question_disables_export_until_computed_or_changed_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(qtbot, window)
    _ask_as_of(qtbot, dialog)
    _press(qtbot, Qt.Key.Key_W)
    qtbot.keyClick(dialog.form.window_spin, Qt.Key.Key_Up)
    assert not dialog.pdf_button.isEnabled() and dialog.stale_note.isVisible()
    assert dialog.results.tables  # still shown, marked as the previous question's
    qtbot.keyClick(dialog.form.window_spin, Qt.Key.Key_Down)  # the question computed again
    assert dialog.pdf_button.isEnabled() and not dialog.stale_note.isVisible()
    qtbot.keyClick(dialog.form.window_spin, Qt.Key.Key_Up)
    _click(qtbot, dialog.form.compute_button, Qt.Key.Key_C)
    assert dialog.report is not None and dialog.report.query.window_days == 43
    assert dialog.pdf_button.isEnabled() and not dialog.stale_note.isVisible()
