"""The clinic's backup folder in the real window: an admin types or chooses it in Tools → Clinic
settings (the default, each workstation's own data folder, shown with its path), saves, and the
next automatic backup lands there; a folder this workstation cannot reach is warned about, saved
on a second Save, and the automatic backup then fails naming the folder and the reason; a
relative path is refused by name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.app import WorkstationSession
from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_text_settings import BACKUP_FOLDER
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.demo.demo_accounts import DEMO_PASSWORD
from calcitrack.store.locations import backups_dir
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import signed_in
from tests.ui.account_helpers import open_demo_clinic
from tests.ui.shell.test_workstation_session import _sign_in, _start

pytestmark = pytest.mark.automatic_backup  # these test it: it runs at sign-in

TODAY = date(2026, 11, 20)


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_demo_clinic(tmp_path / "demo.sqlite3", TODAY)
    yield opened
    opened.close()


def _blocked_default() -> None:
    """A file where this workstation's own backup folder should be: today's automatic backup
    fails at sign-in, so the next sign-in tries again (the trail decides once a day)."""
    backups_dir().parent.mkdir(parents=True, exist_ok=True)
    backups_dir().write_text("a file where the folder should be")


def _admin(qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]) -> tuple[
    WorkstationSession, MainWindow
]:
    running = _start(clinic, sessions)
    window = _sign_in(qtbot, running, "admin", DEMO_PASSWORD)
    assert running.daily_backup is not None
    qtbot.waitUntil(lambda: running.daily_backup.last_status is not None, timeout=60_000)
    return running, window


def _open_settings(qtbot: QtBot, window: MainWindow) -> ClinicSettingsDialog:
    window.clinic_settings_action.trigger()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is not None, timeout=10_000)
    dialog = window.settings_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _save(qtbot: QtBot, window: MainWindow, dialog: ClinicSettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_flow.dialog is None or not dialog.isVisible(),
                    timeout=10_000)


def _next_sign_in(qtbot: QtBot, running: WorkstationSession) -> MainWindow:
    running.switch_user()
    window = _sign_in(qtbot, running, "nurse", DEMO_PASSWORD)
    assert running.daily_backup is not None
    qtbot.waitUntil(lambda: running.daily_backup.last_status is not None, timeout=60_000)
    return window


def _stored_folder(clinic: Clinic) -> str:
    return ClinicSettingsService(signed_in(clinic).context()).current().text(BACKUP_FOLDER)


def test_an_admin_types_a_folder_and_the_next_automatic_backup_lands_there(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession], tmp_path: Path
) -> None:
    _blocked_default()
    chosen = tmp_path / "clinic-share" / "calcitrack"
    chosen.mkdir(parents=True)
    running, window = _admin(qtbot, clinic, sessions)
    assert window.backup_warning.isVisible()  # the workstation's folder is blocked
    dialog = _open_settings(qtbot, window)
    field = dialog.backup_folder
    assert field.edit.text() == ""
    assert field.default_note.text() == (
        f"Empty: each workstation's own data folder: {backups_dir()} (in use)"
    )
    qtbot.keyClicks(field.edit, str(chosen))
    assert not field.warning_label.isVisible()  # it exists and can be written here
    _save(qtbot, window, dialog)
    clinic.user = None
    assert _stored_folder(clinic) == str(chosen)

    nurse = _next_sign_in(qtbot, running)
    made = sorted(chosen.glob("calcitrack-auto-*.sqlite3"))
    assert len(made) == 1 and Path(f"{made[0]}.json").is_file()
    assert not nurse.backup_warning.isVisible()


def test_an_admin_chooses_the_folder_with_choose_and_tools_back_up_starts_there(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession], tmp_path: Path
) -> None:
    _blocked_default()
    chosen = tmp_path / "picked"
    chosen.mkdir()
    running, window = _admin(qtbot, clinic, sessions)
    asked: list[str] = []
    window.settings_flow.choose_folder = lambda _parent, start: asked.append(start) or str(chosen)
    dialog = _open_settings(qtbot, window)
    qtbot.mouseClick(dialog.backup_folder.choose_button, Qt.MouseButton.LeftButton)
    assert asked == [str(backups_dir())]  # the dialog opens on the folder in use
    assert dialog.backup_folder.edit.text() == str(chosen)
    assert "Backup folder" in dialog.changed_names()
    _save(qtbot, window, dialog)

    suggested: list[Path] = []
    running.choose_backup_file = lambda path: suggested.append(path) or ""  # type: ignore[method-assign]
    window.backup_action.trigger()
    assert suggested and suggested[0].parent == chosen

    _next_sign_in(qtbot, running)
    assert len(list(chosen.glob("calcitrack-auto-*.sqlite3"))) == 1


def test_an_unreachable_folder_is_warned_about_saved_on_a_second_save_then_fails_honestly(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession], tmp_path: Path
) -> None:
    _blocked_default()
    share = tmp_path / "nas-not-mounted"
    unreachable = share / "calcitrack"
    running, window = _admin(qtbot, clinic, sessions)
    dialog = _open_settings(qtbot, window)
    qtbot.keyClicks(dialog.backup_folder.edit, str(unreachable))
    qtbot.keyClick(dialog.backup_folder.edit, Qt.Key.Key_Return)  # Enter: Save, the default
    assert dialog.isVisible()  # warned, not yet saved
    assert dialog.backup_folder.warning_label.isVisible()
    assert "cannot be reached from this workstation" in dialog.backup_folder.warning_label.text()
    message = dialog.message_label.text()
    assert message.startswith(f"Backup folder: {unreachable} cannot be reached")
    assert "another workstation may reach a path (a network share) this one does not" in message
    clinic.user = None
    assert _stored_folder(clinic) == ""
    _save(qtbot, window, dialog)  # the second Save keeps it
    clinic.user = None
    assert _stored_folder(clinic) == str(unreachable)

    nurse = _next_sign_in(qtbot, running)
    assert nurse.backup_warning.isVisible()
    tip = nurse.backup_warning.toolTip()
    assert tip.startswith(f"The last automatic backup failed: backup folder {unreachable}")
    assert f"the folder {share} does not exist here" in tip
    assert not share.exists()


def test_a_relative_folder_is_refused_by_name_and_nothing_is_saved(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    _running, window = _admin(qtbot, clinic, sessions)
    dialog = _open_settings(qtbot, window)
    qtbot.keyClicks(dialog.backup_folder.edit, "backups")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message_label.text().startswith("Backup folder: must be an absolute path")
    assert dialog.backup_folder.reason.isVisible()
    clinic.user = None
    assert _stored_folder(clinic) == ""
