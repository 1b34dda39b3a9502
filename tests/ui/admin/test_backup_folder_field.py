"""The backup folder in the clinic settings dialog, by itself: what Save hands over (only when it
changed, spaces dropped), Restore defaults empties it, leaving with it changed asks first, and a
folder that is fine here is not warned about."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS, BACKUP_FOLDER
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog, SettingsChanges

DEFAULT = Path("/home/nurse/.local/share/CalciTrack/backups")


def _no_dialog(_parent: QWidget, _start: str) -> str:
    raise AssertionError("a test must never open the real folder dialog")


def _dialog(qtbot: QtBot, folder: str) -> ClinicSettingsDialog:
    stored = ClinicSettings.from_stored({}, 3, {BACKUP_FOLDER: folder})
    dialog = ClinicSettingsDialog(stored, choose_logo_file=lambda _p: None,
                                  default_backup_folder=DEFAULT, choose_folder=_no_dialog)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def test_the_default_is_shown_with_this_workstation_s_path(qtbot: QtBot) -> None:
    field = _dialog(qtbot, "").backup_folder
    assert field.default_note.text() == (
        f"Empty: each workstation's own data folder: {DEFAULT} (in use)"
    )
    assert field.edit.placeholderText() == f"default: {DEFAULT}"
    assert not field.warning_label.isVisible()


def test_save_hands_over_the_folder_typed_without_its_spaces(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, "")
    qtbot.keyClicks(dialog.backup_folder.edit, f"  {tmp_path}  ")
    assert not dialog.backup_folder.warning_label.isVisible()
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    changes: SettingsChanges = submitted.args[0]
    assert changes.texts == {BACKUP_FOLDER: str(tmp_path), ARABIC_DIGITS: "latn"}
    assert changes.values is None and changes.identity is None  # the thresholds not resent


def test_restore_defaults_empties_the_folder(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "/srv/calcitrack")
    assert dialog.backup_folder.edit.text() == "/srv/calcitrack"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.backup_folder.text() == ""
    assert dialog.changes().texts == {BACKUP_FOLDER: "", ARABIC_DIGITS: "latn"}


def test_an_unchanged_folder_saves_nothing_and_a_changed_one_asks_before_it_is_lost(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, str(tmp_path))
    assert dialog.changes().texts is None and dialog.changed_names() == []
    dialog.backup_folder.set_text(str(tmp_path / "other"))
    assert dialog.changed_names() == ["Backup folder"]
    dialog.reject()
    assert dialog.discard_question is not None and dialog.isVisible()


@pytest.mark.parametrize("typed", ["backups", "~/backups"])
def test_a_relative_folder_is_marked_where_it_was_typed(qtbot: QtBot, typed: str) -> None:
    dialog = _dialog(qtbot, "")
    qtbot.keyClicks(dialog.backup_folder.edit, typed)
    qtbot.keyClick(dialog.backup_folder.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.backup_folder.reason.isVisible()
    assert dialog.backup_folder.reason.text().startswith("Must be an absolute path")
    assert dialog.message_label.text().startswith("Backup folder: must be an absolute path")
