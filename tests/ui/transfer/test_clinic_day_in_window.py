"""File → Clinic-day summaries…: a PDF for every patient seen on a day, as `calcitrack report
--date D --out-dir DIR` writes them, with progress; a patient whose summary fails is listed with
the reason and the others are written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.reports.exports.summary_writer import summary_file_name
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.visit_service import VisitService
from calcitrack.ui.shell.main_window import MainWindow


def _busiest_day(clinic: Clinic) -> tuple[date, list[str]]:
    days = [v.visit_date for c in demo_charts() for v in c.visits]
    day = max(set(days), key=days.count)
    return day, VisitService(clinic.context()).mrns_with_visit_on(day)


def test_the_days_summaries_are_written_and_a_failure_is_listed(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    ChartService(clinic.context()).add_charts(demo_charts())
    day, mrns = _busiest_day(clinic)
    assert mrns
    folder = tmp_path / "day"
    folder.mkdir()
    in_the_way = folder / summary_file_name(mrns[0], day)
    in_the_way.mkdir()  # a folder where the first patient's PDF goes: that one fails
    window = make_window(clinic)
    assert window.transfer is not None
    seen: list[str] = []
    window.transfer.clinic_day_flow.progressed.connect(lambda _d, _t, doing: seen.append(doing))
    window.transfer.clinic_day_action.trigger()
    dialog = window.transfer.clinic_day_flow.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.date_edit.setFocus()
    qtbot.keyClicks(dialog.date_edit, day.isoformat())  # typed as written (it became another day)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.date_edit.day() == day
    dialog.folder_edit.setText(str(folder))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    report = window.transfer.clinic_day_flow.report
    assert report is not None and report.isVisible()
    n = len(mrns)
    assert report.heading.text() == (
        f"{n - 1} of {n} summaries for {day.isoformat()} written to {folder}; 1 failed:"
    )
    lines = report.text.toPlainText().splitlines()
    assert lines[0].startswith(f"FAILED {mrns[0]}: cannot write {in_the_way}")
    for mrn in mrns[1:]:
        assert (folder / summary_file_name(mrn, day)).is_file()
    assert seen[0] == f"Summaries: 0 of {n}"


def test_a_day_without_visits_says_so(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(clinic)
    assert window.transfer is not None
    window.transfer.clinic_day_action.trigger()
    dialog = window.transfer.clinic_day_flow.dialog
    assert dialog is not None
    dialog.folder_edit.setText(str(tmp_path / "new"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    box = window.transfer.clinic_day_flow.problem
    assert box is not None and "No visits on 2026-11-20" in box.text()


def test_a_folder_that_is_not_writable_is_named(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], unwritable_folder: Path
) -> None:
    window = make_window(clinic)
    assert window.transfer is not None
    locked = unwritable_folder
    window.transfer.clinic_day_action.trigger()
    dialog = window.transfer.clinic_day_flow.dialog
    assert dialog is not None
    dialog.folder_edit.setText(str(locked))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    box = window.transfer.clinic_day_flow.problem
    assert box is not None
    assert str(locked) in box.text() and "Permission denied" in box.text()
    box.accept()  # OK: back to the dialog as she left it, to correct the folder
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.focusWidget() is dialog.folder_edit)
    assert dialog.folder_edit.text() == str(locked)


def test_the_summaries_are_written_in_the_language_chosen_in_the_dialog(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """The dialog offers the languages ready, the window's first; the PDFs come out in the one
    chosen (read back with pypdf), the window stays in its own."""
    ChartService(clinic.context()).add_charts(demo_charts())
    day, mrns = _busiest_day(clinic)
    folder = tmp_path / "pt"
    folder.mkdir()
    window = make_window(clinic)
    assert window.transfer is not None
    window.transfer.clinic_day_action.trigger()
    dialog = window.transfer.clinic_day_flow.dialog
    assert dialog is not None
    combo = dialog.language_combo
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered[0] == "en" and {"pt_PT", "ar"} <= set(offered)
    assert combo.currentData() == "en"  # the window's
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.folder_edit.setText(str(folder))
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard's way to the next language
    assert combo.currentData() == "pt_PT"
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    report = window.transfer.clinic_day_flow.report
    assert report is not None and report.heading.text().startswith(f"{len(mrns)} of ")
    for mrn in mrns:
        text = "".join(
            page.extract_text() or ""
            for page in PdfReader(folder / summary_file_name(mrn, day)).pages
        )
        assert "Resumo da consulta" in text and "Visit summary" not in text
    assert window.transfer.clinic_day_action.text().replace("&", "").startswith("Clinic-day")
