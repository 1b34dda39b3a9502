"""The window and backups: the day's automatic backup when the clinic opens (the window stays
usable), the warning in the status bar when it failed, and Tools → Restore for admins."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from calcitrack.app import WorkstationSession
from calcitrack.bootstrap import Clinic
from calcitrack.services.backups.backup_service import back_up_without_account
from calcitrack.services.demo.demo_accounts import DEMO_PASSWORD
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.admin.restore_dialog import RestoreDialog
from tests.support.accounts import signed_in
from tests.support.sample_chart import sample_chart
from tests.ui.account_helpers import open_demo_clinic
from tests.ui.shell.test_workstation_session import _sign_in, _start

pytestmark = pytest.mark.automatic_backup  # these test it: it runs at sign-in

TODAY = date(2026, 11, 20)


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_demo_clinic(tmp_path / "demo.sqlite3", TODAY)
    yield opened
    opened.close()


def _backups_folder() -> Path:
    return Path(os.environ["CALCITRACK_HOME"]) / "data" / "backups"


def _patients(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
    finally:
        conn.close()


def test_the_first_start_of_the_day_backs_up_and_shows_no_warning(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    running = _start(clinic, sessions)
    window = _sign_in(qtbot, running, "nurse", DEMO_PASSWORD)
    assert running.daily_backup is not None
    qtbot.waitUntil(lambda: running.daily_backup.last_status is not None, timeout=60_000)
    assert not window.backup_warning.isVisible()
    made = sorted(_backups_folder().glob("calcitrack-auto-*.sqlite3"))
    assert len(made) == 1
    assert made[0].stat().st_mode & 0o777 == 0o600
    assert _backups_folder().stat().st_mode & 0o777 == 0o700
    manifest = json.loads(Path(f"{made[0]}.json").read_text())
    assert manifest["kind"] == "automatic" and manifest["verification"]["ok"] is True


def test_a_failed_automatic_backup_is_shown_in_the_status_bar(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    _backups_folder().parent.mkdir(parents=True, exist_ok=True)
    _backups_folder().write_text("a file where the folder should be")
    running = _start(clinic, sessions)
    window = _sign_in(qtbot, running, "nurse", DEMO_PASSWORD)
    qtbot.waitUntil(lambda: running.daily_backup.last_status is not None, timeout=60_000)
    assert window.backup_warning.isVisible()
    assert window.backup_warning.text().startswith(
        "⚠ Backup: The last automatic backup failed"
    )
    assert str(_backups_folder()) in window.backup_warning.toolTip()


def test_an_admin_restores_a_backup_from_the_window_and_calcitrack_closes(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession], tmp_path: Path
) -> None:
    database = Path(clinic.engine.url.database or "")
    backup = back_up_without_account(clinic.uow, tmp_path / "copies" / "before.sqlite3").path
    ChartService(signed_in(clinic).context()).add_charts([sample_chart("AFTER-1")])  # then undone
    clinic.user = None
    assert _patients(database) == len(demo_charts()) + 1
    running = _start(clinic, sessions)
    nurse = _sign_in(qtbot, running, "nurse", DEMO_PASSWORD)
    assert not nurse.restore_action.isEnabled()
    running.switch_user()
    window = _sign_in(qtbot, running, "admin", DEMO_PASSWORD)
    qtbot.waitUntil(lambda: running.daily_backup.last_status is not None, timeout=60_000)
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    dialog = running.tool
    assert isinstance(dialog, RestoreDialog)
    dialog.choose_file = lambda: str(backup)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    shown = dialog.manifest_view.toPlainText()
    assert f"Holds: {len(demo_charts())} patients" in shown
    assert f"Restore into: {database}" in shown
    assert not dialog.restore_button.isEnabled()  # not before the admin confirmed
    qtbot.mouseClick(dialog.confirm_check, Qt.MouseButton.LeftButton)
    assert dialog.restore_button.isEnabled()
    quits: list[bool] = []
    running.quit_application = lambda: quits.append(True)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "will now close" in _message(window), timeout=60_000)
    assert _patients(database) == len(demo_charts())
    box = window.message_box
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: quits == [True])
    before = sorted((database.parent / "backups").glob("demo-before-restore-*.sqlite3"))
    assert len(before) == 1
    with sqlite3.connect(database) as conn:
        action, details = conn.execute(
            "SELECT a.action, a.changes_json FROM audit_log a ORDER BY a.id DESC LIMIT 1"
        ).fetchone()
    assert action == "restore" and json.loads(details)["account"] == "admin"


def _message(window: object) -> str:
    box = getattr(window, "message_box", None)
    return box.text() if box is not None else ""
