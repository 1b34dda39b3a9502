"""PDF visit summaries from the window: Ctrl+P export with its dialog, printing, progress.

The summaries are real (built and read back with pypdf); only the operating system's parts are
answered by the test: the file chooser, the print dialog (it picks "print to file") and the
program that would open the PDF.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.reports.exports.summary_writer import SummaryWriter
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.summary_source import SummarySource
from calcitrack.ui.common.task_runner import InlineTaskRunner, Runner, TaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.summaries.summary_export_dialog import SummaryExportDialog
from calcitrack.ui.workspace.patient_workspace import VISITS
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 20)
VISIT_DAYS = [date(2025, 3, 10), date(2025, 6, 16), date(2025, 9, 15)]


@pytest.fixture
def demo_clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    ChartService(clinic.context()).add_charts(demo_charts())
    clinic.today = lambda: TODAY
    yield clinic
    clinic.close()


def _window(qtbot: QtBot, clinic: Clinic, runner: Runner) -> MainWindow:
    window = build_main_window(clinic, runner)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _open_ra(qtbot: QtBot, window: MainWindow) -> None:
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    window.show_workspace(VISITS)


def _select_visit(window: MainWindow, day: date) -> None:
    panel = window.workspace.visits
    for row in range(panel.model.rowCount()):
        if panel.model.visit(row).visit_date == day:
            panel.view.setCurrentIndex(panel.model.index(row, 0))
            return
    raise AssertionError(f"no visit row for {day}")


def _ink(pdf: Path, folder: Path) -> int:
    """Dark pixels on the first page rendered by pdftoppm at 30 dpi."""
    stem = folder / f"ink-{pdf.stem}"
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True)
    page = QImage(f"{stem}.png")
    assert not page.isNull()
    return sum(
        1
        for y in range(page.height())
        for x in range(page.width())
        if page.pixelColor(x, y).lightness() < 160
    )


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


# -- the dialog ---------------------------------------------------------------------------------


def _dialog(qtbot: QtBot, folder: Path, **kw: object) -> SummaryExportDialog:
    dialog = SummaryExportDialog(
        "MRN/7", VISIT_DAYS, selected=VISIT_DAYS[1], folder=folder, open_when_done=True, **kw
    )
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_names_the_file_after_the_visit_until_the_user_names_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.visit_combo.currentText() == "2025-06-16"
    assert dialog.visit_combo.itemText(0) == "2025-09-15 (latest)"
    assert dialog.path() == tmp_path / "MRN_7_2025-06-16.pdf"
    dialog.visit_combo.setCurrentIndex(0)
    assert dialog.path() == tmp_path / "MRN_7_2025-09-15.pdf"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "for the GP"))
    dialog.visit_combo.setCurrentIndex(2)
    assert dialog.path() == tmp_path / "for the GP.pdf"  # .pdf added, her name kept


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Save to: give a file name for the PDF"),
        ("{tmp}", "is a folder; add a file name"),
        ("{tmp}/nowhere/x.pdf", "Save to: the folder {tmp}/nowhere does not exist"),
    ],
)
def test_dialog_refuses_a_file_it_cannot_write_and_says_why(
    qtbot: QtBot, tmp_path: Path, typed: str, problem: str
) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    dialog.path_edit.setText(typed.replace("{tmp}", str(tmp_path)))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem_label.text().endswith(problem.replace("{tmp}", str(tmp_path))) or (
        problem.replace("{tmp}", str(tmp_path)) in dialog.problem_label.text()
    )
    assert dialog.result() == 0


def test_dialog_asks_before_replacing_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    asked: list[Path] = []
    answer = [False]

    def confirm(_parent: QWidget, path: Path) -> bool:
        asked.append(path)
        return answer[0]

    dialog = _dialog(qtbot, tmp_path, confirm_replace=confirm)
    dialog.show()
    existing = tmp_path / "MRN_7_2025-06-16.pdf"
    existing.write_bytes(b"%PDF- an older summary")
    dialog.accept()
    assert asked == [existing] and dialog.isVisible()
    answer[0] = True
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == 1


def test_browse_takes_the_chosen_file(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, choose_file=lambda _p, _s: str(tmp_path / "chosen.pdf"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path() == tmp_path / "chosen.pdf"


def _shown(qtbot: QtBot, dialog: SummaryExportDialog) -> SummaryExportDialog:
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_alt_s_goes_to_the_save_to_field_and_its_label_shows_no_ampersand(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The "&Save to" label had no buddy (its field is a row of two widgets): it showed the
    ampersand as typed and Alt+S went nowhere."""
    dialog = _shown(qtbot, _dialog(qtbot, tmp_path))
    label = dialog.path_label
    assert label.buddy() is dialog.path_edit
    assert label.text() == "&Save to:"  # drawn as "Save to:" with S underlined, given a buddy
    assert dialog.visit_combo.hasFocus()
    qtbot.keyClick(dialog.visit_combo, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.path_edit.hasFocus()


def test_enter_in_the_save_to_field_exports(qtbot: QtBot, tmp_path: Path) -> None:
    """Enter in the path field used to press Browse… (every push button of a dialog is an
    "auto default" one) and open the file chooser instead of exporting."""
    chooser_opened: list[str] = []

    def choose(_parent: QWidget, suggested: str) -> str:
        chooser_opened.append(suggested)
        return ""

    dialog = _shown(qtbot, _dialog(qtbot, tmp_path, choose_file=choose))
    qtbot.keyClick(dialog.visit_combo, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "for the GP"))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert chooser_opened == []
    assert dialog.result() == 1 and dialog.path() == tmp_path / "for the GP.pdf"


# -- from the window ----------------------------------------------------------------------------


def test_ctrl_p_exports_the_selected_visit_and_opens_it(
    qtbot: QtBot, demo_clinic: Clinic, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_clinic, InlineTaskRunner())
    assert not window.export_pdf_action.isEnabled()  # no patient open yet
    _open_ra(qtbot, window)
    assert window.export_pdf_action.isEnabled() and window.print_action.isEnabled()
    chosen = sorted(v.visit_date for v in window.workspace.chart.visits)[2]
    _select_visit(window, chosen)
    opened: list[Path] = []
    steps: list[str] = []
    window.summary_flow.open_file = lambda path: opened.append(path) or True
    window.summary_flow.progressed.connect(lambda _s, _n, doing: steps.append(doing))

    window.workspace.visits.view.setFocus()
    focused = QApplication.focusWidget()
    assert focused is window.workspace.visits.view
    qtbot.keyClick(focused, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.summary_flow.dialog
    assert dialog is not None and dialog.visit() == chosen
    dialog.path_edit.setText(str(tmp_path / "summary.pdf"))
    assert dialog.open_check.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "summary.pdf"
    assert opened == [written]
    text = _pdf_text(written)
    assert DEMO_RA_MRN in text
    assert steps[:2] == ["Reading the chart", "Drawing the charts and tables"]
    assert str(written) in window.statusBar().currentMessage()
    assert not window.progress_bar.isVisible()

    # The folder and the choice to open are remembered for the next export.
    window.export_summary()
    again = window.summary_flow.dialog
    assert again is not None
    assert again.path().parent == tmp_path
    again.open_check.setChecked(False)
    again.accept()
    assert len(opened) == 1
    assert (tmp_path / f"{DEMO_RA_MRN}_{chosen.isoformat()}.pdf").is_file()


def test_export_runs_in_the_background_with_progress(
    qtbot: QtBot, demo_clinic: Clinic, tmp_path: Path
) -> None:
    runner = TaskRunner()
    window = _window(qtbot, demo_clinic, runner)
    try:
        _open_ra(qtbot, window)
        window.summary_flow.open_file = lambda _path: True
        window.export_summary()
        dialog = window.summary_flow.dialog
        assert dialog is not None
        dialog.path_edit.setText(str(tmp_path / "latest.pdf"))
        dialog.accept()
        assert window.summary_flow.busy
        qtbot.waitUntil(lambda: window.progress_bar.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: not window.summary_flow.busy, timeout=60_000)
        assert not window.progress_bar.isVisible()
        assert PdfReader(tmp_path / "latest.pdf").pages
    finally:
        runner.shutdown()


def test_a_failed_export_says_why(qtbot: QtBot, demo_clinic: Clinic, tmp_path: Path) -> None:
    window = _window(qtbot, demo_clinic, InlineTaskRunner())
    _open_ra(qtbot, window)
    window.export_summary()
    dialog = window.summary_flow.dialog
    assert dialog is not None
    # /proc exists, so the dialog accepts it, but no file can be made there (not even by root).
    dialog.path_edit.setText("/proc/summary.pdf")
    dialog.accept()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "the failure is shown"
    assert boxes[0].text().startswith(
        "The visit summary could not be written to /proc/summary.pdf: "
    )
    assert not window.summary_flow.busy and not window.progress_bar.isVisible()


def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, demo_clinic: Clinic, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_clinic, InlineTaskRunner())
    _open_ra(qtbot, window)
    printed = tmp_path / "printed.pdf"
    offered: list[int] = []

    def print_to_file(printer: QPrinter, _parent: QWidget, pages: int) -> bool:
        offered.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    window.summary_flow.ask_printer = print_to_file
    window.summary_flow.make_printer = lambda: QPrinter(QPrinter.PrinterMode.ScreenResolution)
    qtbot.keyClick(window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert offered and offered[0] >= 1
    assert len(PdfReader(printed).pages) == offered[0]
    assert "sent to" in window.statusBar().currentMessage()
    # The printed sheet carries the summary's first page, not a blank or a cut-off one.
    original = tmp_path / "original.pdf"
    original.write_bytes(SummaryWriter(SummarySource(demo_clinic.context())).pdf(DEMO_RA_MRN, None))
    printed_ink, original_ink = _ink(printed, tmp_path), _ink(original, tmp_path)
    assert 0.6 * original_ink < printed_ink < 1.1 * original_ink


def test_cancelled_print_prints_nothing(
    qtbot: QtBot, demo_clinic: Clinic, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_clinic, InlineTaskRunner())
    _open_ra(qtbot, window)
    window.summary_flow.ask_printer = lambda _printer, _parent, _pages: False
    window.print_summary()
    assert window.statusBar().currentMessage() == "Printing cancelled"
    assert not window.summary_flow.busy


def test_a_second_summary_waits_for_the_first(
    qtbot: QtBot, demo_clinic: Clinic
) -> None:
    runner = TaskRunner()
    window = _window(qtbot, demo_clinic, runner)
    try:
        _open_ra(qtbot, window)
        window.summary_flow.ask_printer = lambda _printer, _parent, _pages: False
        window.print_summary()
        assert window.summary_flow.busy
        window.export_summary()
        assert window.summary_flow.dialog is None
        assert "still being made" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: not window.summary_flow.busy, timeout=60_000)
    finally:
        runner.shutdown()
