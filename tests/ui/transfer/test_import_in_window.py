"""File → Import…: the interchange file the command line imports, from the window, on the task
runner, all or nothing. A refused file lists every problem by JSON path in a dialog that can be
scrolled and copied, and nothing is stored; unusual values are imported only once the user ticks
that she checked them (the command line's --accept-unusual), each then confirmed in the trail."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.import_export import interchange
from calcitrack.ui.common.task_runner import TaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.transfer.transfer_menu import TransferMenu
from tests.support.accounts import TEST_USERNAME, signed_in
from tests.support.sample_chart import sample_chart
from tests.ui.transfer.conftest import actions, count_rows


def _file(tmp_path: Path, name: str, hip: float = 100, calcium: float = 9.4,
          mrn: str = "T-100") -> Path:
    document: dict[str, Any] = interchange.export_document([sample_chart(mrn)])
    patient = document["patients"][0]
    patient["visits"][1]["rom"] = [
        {"joint": "hip", "movement": "flexion", "side": "right", "degrees": hip}
    ]
    patient["labs"][0].update(value=calcium, unit="mg/dL", ref_low=None, ref_high=None)
    path = tmp_path / name
    path.write_text(json.dumps(document), "utf-8")
    return path


def _menu(window: MainWindow) -> TransferMenu:
    assert window.transfer is not None
    return window.transfer


def _import(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    _menu(window).import_flow.choose_file = lambda: str(path)
    _menu(window).import_action.trigger()


def test_a_refused_file_lists_every_problem_by_json_path_and_stores_nothing(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(clinic)
    bad = _file(tmp_path, "bad.json", hip=200)
    document = json.loads(bad.read_text("utf-8"))
    document["patients"][0]["visits"][0]["visit_date"] = "2025-02-30"
    bad.write_text(json.dumps(document), "utf-8")
    _import(qtbot, window, bad)

    report = _menu(window).import_flow.report
    assert report is not None and report.isVisible()
    assert "nothing was imported" in report.heading.text()
    lines = report.text.toPlainText().splitlines()
    assert any(line.startswith("$.patients[0].visits[0].visit_date") for line in lines), lines
    assert report.text.isReadOnly()
    qtbot.mouseClick(report.copy_button, Qt.MouseButton.LeftButton)
    assert "$.patients[0]" in QApplication.clipboard().text()
    assert count_rows(clinic, "patients") == 0
    assert "Traceback" not in report.text.toPlainText()


def test_an_impossible_value_is_named_with_its_patient_and_visit(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(clinic)
    _import(qtbot, window, _file(tmp_path, "bad.json", hip=200))
    report = _menu(window).import_flow.report
    assert report is not None
    assert report.heading.text() == "bad.json: 1 problem(s); nothing was imported."
    assert report.text.toPlainText().startswith(
        "$.patients[0].visits[1].rom[0].degrees (MRN T-100, visit of 2025-04-14): "
        "200° is impossible"
    )
    assert report.confirm_box is None
    assert count_rows(clinic, "patients") == 0


def test_broken_json_names_the_file_line_and_column(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(clinic)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "calcitrack-interchange",\n  "patients": [', "utf-8")
    _import(qtbot, window, broken)
    report = _menu(window).import_flow.report
    assert report is not None
    text = report.text.toPlainText()
    assert str(broken) in text and "not valid JSON" in text and "line 2" in text
    assert count_rows(clinic, "patients") == 0


def test_a_file_over_the_size_limit_is_refused_unread(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(clinic)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:  # sparse: 257 MB on paper, nothing on the disk
        out.truncate(257_000_000)
    _import(qtbot, window, huge)
    report = _menu(window).import_flow.report
    assert report is not None
    text = report.text.toPlainText()
    assert str(huge) in text and "larger than the 256 MB an import reads" in text
    assert count_rows(clinic, "patients") == 0


def test_unusual_values_are_imported_only_once_ticked_and_are_confirmed_in_the_trail(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(clinic)
    _import(qtbot, window, _file(tmp_path, "odd.json", hip=140, calcium=2.35))
    report = _menu(window).import_flow.report
    assert report is not None and report.confirm_box is not None
    assert report.import_button is not None
    assert report.heading.text().startswith("odd.json: 2 unusual value(s); nothing was imported")
    assert "$.patients[0].labs[0].value (MRN T-100, lab of 2025-01-13)" in report.text.toPlainText()
    assert not report.import_button.isEnabled()
    assert count_rows(clinic, "patients") == 0

    report.confirm_box.setFocus()
    qtbot.keyClick(report.confirm_box, Qt.Key.Key_Space)
    assert report.import_button.isEnabled()
    qtbot.mouseClick(report.import_button, Qt.MouseButton.LeftButton)

    assert count_rows(clinic, "patients") == 1
    assert actions(clinic).count("confirm") == 2
    assert window.patient_list.model.rowCount() == 1
    done = _menu(window).import_flow.report
    assert done is not None and "accepted 2 unusual value(s)" in done.heading.text()
    assert TEST_USERNAME in done.heading.text()


def test_a_good_file_is_imported_on_the_task_runner_with_progress(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(clinic, TaskRunner())
    path = _file(tmp_path, "good.json")
    seen: list[tuple[int, int]] = []
    _menu(window).import_flow.progressed.connect(lambda done, total: seen.append((done, total)))
    _import(qtbot, window, path)
    qtbot.waitUntil(lambda: "Imported 1 patient(s)" in window.statusBar().currentMessage(),
                    timeout=20_000)
    qtbot.waitUntil(lambda: window.patient_list.model.rowCount() == 1)  # the list refreshed
    window.runner.shutdown()
    assert seen == [(1, 1)]
    assert count_rows(clinic, "patients") == 1


def test_an_account_that_may_not_import_finds_import_disabled(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow]
) -> None:
    signed_in(clinic, "admin.only", "Admin Only", Role.ADMIN)
    window = make_window(clinic)
    assert not _menu(window).import_action.isEnabled()
    assert not _menu(window).export_action.isEnabled()
    assert not _menu(window).clinic_day_action.isEnabled()
    assert _menu(window).import_action in window.file_menu.actions()


def test_import_is_in_the_file_menu_for_a_nurse(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow]
) -> None:
    signed_in(clinic, "nurse", "A Nurse", Role.NURSE)
    window = make_window(clinic)
    assert _menu(window).import_action.isEnabled()
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Import charts (JSON)…" in texts


def test_a_file_changed_after_its_unusual_values_were_listed_is_refused(
    qtbot: QtBot, clinic: Clinic, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(clinic)
    path = _file(tmp_path, "odd.json", hip=140, calcium=2.35)
    _import(qtbot, window, path)
    report = _menu(window).import_flow.report
    assert report is not None and report.confirm_box is not None
    _file(tmp_path, "odd.json", hip=170, calcium=2.35)  # changed after she checked the list
    report.confirm_box.setChecked(True)
    assert report.import_button is not None
    qtbot.mouseClick(report.import_button, Qt.MouseButton.LeftButton)
    again = _menu(window).import_flow.report
    assert again is not None and again is not report
    assert again.heading.text().startswith("odd.json changed since its unusual values were listed")
    assert count_rows(clinic, "patients") == 0
    assert "confirm" not in actions(clinic)
