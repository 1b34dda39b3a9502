"""The "Numbers in Arabic" section of the clinic settings dialog: it shows the stored choice, Save
hands over the one chosen (with the other text settings, the thresholds not resent), Restore
defaults puts Western digits back, and leaving with it changed names it in the question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS, BACKUP_FOLDER
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog, SettingsChanges


def _no_dialog(_parent: QWidget, _start: str) -> str:
    raise AssertionError("a test must never open the real folder dialog")


def _dialog(qtbot: QtBot, digits: str) -> ClinicSettingsDialog:
    stored = ClinicSettings.from_stored({}, 5, {ARABIC_DIGITS: digits})
    dialog = ClinicSettingsDialog(stored, choose_logo_file=lambda _p: None,
                                  default_backup_folder=Path("/srv/ct"), choose_folder=_no_dialog)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def test_the_stored_choice_is_the_one_shown(qtbot: QtBot) -> None:
    assert _dialog(qtbot, "arab").arabic_digits.arabic_indic.isChecked()
    western = _dialog(qtbot, "latn").arabic_digits
    assert western.western.isChecked() and not western.arabic_indic.isChecked()


def test_save_hands_over_the_digits_chosen(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "latn")
    section = dialog.arabic_digits
    section.arabic_indic.setFocus()
    qtbot.keyClick(section.arabic_indic, Qt.Key.Key_Space)
    assert section.digits() == "arab"
    assert dialog.changed_names() == ["Arabic digits"]
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    changes: SettingsChanges = submitted.args[0]
    assert changes.texts == {BACKUP_FOLDER: "", ARABIC_DIGITS: "arab"}
    assert changes.values is None and changes.identity is None
    assert changes.settings_version == 5


def test_restore_defaults_puts_western_digits_back(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "arab")
    assert dialog.changes().texts is None
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.arabic_digits.western.isChecked()
    assert dialog.changes().texts == {BACKUP_FOLDER: "", ARABIC_DIGITS: "latn"}


def test_leaving_with_the_choice_changed_asks_first(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "latn")
    button = dialog.arabic_digits.arabic_indic
    dialog.scroll_area.ensureWidgetVisible(button)
    # on its round indicator: the button is as wide as the section, its text is not
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.arabic_digits.digits() == "arab"
    dialog.reject()
    assert dialog.discard_question is not None and dialog.isVisible()
    question = dialog.discard_question
    assert "Arabic digits" in question.text() + question.informativeText()
