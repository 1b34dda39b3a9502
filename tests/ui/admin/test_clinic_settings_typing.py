"""The clinic settings dialog's numbers, typed as an admin would: nothing typed is dropped,
clamped or rounded; text that is not a number the setting takes stays on the field, is marked
there at once and refuses the save with the setting named and the reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import (
    ACCOUNTS_LOCKOUT_MINUTES,
    DEFINITIONS,
    RESPONSE_PROGRESSED_PCT,
    SAFETY_SBP,
    SURGERY_ADEQUATE_MG_KG_DAY,
    ClinicSettings,
)
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog
from calcitrack.ui.common import field_marks
from tests.ui.keyboard import type_text

STORED = ClinicSettings.from_stored({SAFETY_SBP: 95}, version=4)


def _no_file_dialog(_parent: QWidget) -> str | None:
    raise AssertionError("a test must never open the real file dialog")


@pytest.fixture
def dialog(qtbot: QtBot) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(STORED, choose_logo_file=_no_file_dialog)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def type_over(qtbot: QtBot, dialog: ClinicSettingsDialog, key: str, text: str) -> QWidget:
    """Select what the field shows, type ``text`` over it, then Tab to the next field."""
    spin = dialog.spins[key]
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    spin.selectAll()
    type_text(qtbot, spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    return spin


def save_is_refused(qtbot: QtBot, dialog: ClinicSettingsDialog) -> str:
    with qtbot.assertNotEmitted(dialog.changes_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message_label.isVisible()
    return dialog.message_label.text()


@pytest.mark.parametrize(
    ("key", "text", "reason"),
    [
        (SAFETY_SBP, "1l0", "“1l0” is not a number — letters are not allowed"),
        (SAFETY_SBP, "9O", "(“O” is a letter, not the digit 0)"),
        (ACCOUNTS_LOCKOUT_MINUTES, "1.25", "“1.25” must be a whole number"),
        (ACCOUNTS_LOCKOUT_MINUTES, "1,5", "“1,5” must be a whole number"),
        (RESPONSE_PROGRESSED_PCT, "-5", "must not be negative (typed “-5”)"),
        (RESPONSE_PROGRESSED_PCT, "abc", "“abc” is not a number — letters are not allowed"),
        (SURGERY_ADEQUATE_MG_KG_DAY, "1,5.0", "only one decimal mark is allowed"),
    ],
)
def test_text_that_is_not_a_number_is_kept_marked_and_refused_on_save(
    qtbot: QtBot, dialog: ClinicSettingsDialog, key: str, text: str, reason: str
) -> None:
    spin = type_over(qtbot, dialog, key, text)
    assert spin.text() == text  # after Tab too: nothing dropped, clamped or put back
    assert field_marks.is_marked(spin)  # at once
    assert reason in spin.toolTip()
    assert spin.accessibleDescription() == spin.toolTip()
    assert reason in save_is_refused(qtbot, dialog)
    assert f"{spin.accessibleName()}: " in dialog.message_label.text()  # the setting named
    assert spin.text() == text
    assert QApplication.focusWidget() is spin


def test_a_number_above_the_range_is_kept_and_refused_not_cut_to_its_first_digits(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    spin = type_over(qtbot, dialog, ACCOUNTS_LOCKOUT_MINUTES, "99999")
    assert spin.text() == "99999 minutes"  # a spin box kept "999"
    assert "between 1 and 1440 minutes, got 99999" in save_is_refused(qtbot, dialog)


def test_a_fixed_value_clears_the_mark_and_saves(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    spin = type_over(qtbot, dialog, SAFETY_SBP, "1l0")
    assert field_marks.is_marked(spin)
    type_over(qtbot, dialog, SAFETY_SBP, "100")
    assert not field_marks.is_marked(spin)
    assert spin.text() == "100 mmHg"  # the unit comes back beside a number once typed
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert submitted.args[0].values[SAFETY_SBP] == 100.0


def test_the_arrow_keys_still_step_a_number_and_leave_text_that_is_not_one(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    spin = dialog.spins[SAFETY_SBP]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert (spin.value(), spin.text()) == (96, "96 mmHg")
    type_over(qtbot, dialog, SAFETY_SBP, "9O")
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.text() == "9O"


def test_every_setting_reads_back_the_value_it_shows(dialog: ClinicSettingsDialog) -> None:
    for definition in DEFINITIONS:
        assert dialog.spins[definition.key].value() == STORED.optional(definition.key)
