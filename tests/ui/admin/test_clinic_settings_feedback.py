"""The clinic settings dialog says what is wrong where it is wrong, and never throws changes away
unasked. QA: "1l0" typed in a threshold was framed red, but the reason appeared only after Save
(or in a hover tooltip); Esc closed the dialog without asking about the changed values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import ACCOUNTS_LOCKOUT_MINUTES, SAFETY_SBP
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog
from calcitrack.ui.common import field_marks
from tests.ui.admin.test_clinic_settings_typing import STORED, _no_file_dialog, type_over


def _dialog(qtbot: QtBot) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(STORED, choose_logo_file=_no_file_dialog)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def _reason_beside(dialog: ClinicSettingsDialog, key: str) -> str:
    """The reason shown on screen beside the setting's field ("" when none is shown)."""
    label = dialog.reasons[key]
    return label.text() if label.isVisible() else ""


# ---------------------------------------------------------------- the reason, at once


def test_the_reason_shows_beside_the_field_as_it_is_typed_before_any_save(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    spin = dialog.spins[SAFETY_SBP]
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    spin.selectAll()
    qtbot.keyClicks(spin, "1l")  # no Tab, no Save
    assert field_marks.is_marked(spin)
    assert "“1l” is not a number — letters are not allowed" in _reason_beside(dialog, SAFETY_SBP)
    assert not dialog.message_label.isVisible()  # nothing saved, nothing listed below
    qtbot.keyClick(spin, Qt.Key.Key_Backspace)
    assert _reason_beside(dialog, SAFETY_SBP) == ""  # "1" is a number: the reason goes
    assert not field_marks.is_marked(spin)


def test_a_number_out_of_range_is_explained_when_the_field_is_left(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    type_over(qtbot, dialog, ACCOUNTS_LOCKOUT_MINUTES, "99999")  # then Tab
    spin = dialog.spins[ACCOUNTS_LOCKOUT_MINUTES]
    assert field_marks.is_marked(spin)
    assert "between 1 and 1440 minutes, got 99999" in _reason_beside(
        dialog, ACCOUNTS_LOCKOUT_MINUTES
    )
    type_over(qtbot, dialog, ACCOUNTS_LOCKOUT_MINUTES, "30")
    assert _reason_beside(dialog, ACCOUNTS_LOCKOUT_MINUTES) == ""
    assert not field_marks.is_marked(spin)


def test_each_field_shows_only_its_own_reason(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    type_over(qtbot, dialog, SAFETY_SBP, "9O")
    shown = {key: _reason_beside(dialog, key) for key in dialog.spins}
    assert [key for key, text in shown.items() if text] == [SAFETY_SBP]


# ---------------------------------------------------------------- leaving with changes


def _question(dialog: ClinicSettingsDialog, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.discard_question is not None)
    box = dialog.discard_question
    assert box is not None and box.isVisible()
    return box


def _answer(box: QMessageBox, qtbot: QtBot, button: QMessageBox.StandardButton) -> None:
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def test_escape_with_a_changed_value_asks_and_keep_editing_keeps_it(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    type_over(qtbot, dialog, SAFETY_SBP, "100")
    qtbot.keyClick(dialog.spins[ACCOUNTS_LOCKOUT_MINUTES], Qt.Key.Key_Escape)
    box = _question(dialog, qtbot)
    assert "Discard" in box.text() and "systolic BP" in box.informativeText()  # names what changed
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter keeps
    _answer(box, qtbot, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()
    assert dialog.spins[SAFETY_SBP].text() == "100 mmHg"


def test_cancel_with_a_changed_value_asks_and_discard_closes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    type_over(qtbot, dialog, SAFETY_SBP, "100")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    with qtbot.assertNotEmitted(dialog.changes_submitted):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        box = _question(dialog, qtbot)
        with qtbot.waitSignal(dialog.finished):
            _answer(box, qtbot, QMessageBox.StandardButton.Discard)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_text_that_is_not_a_number_counts_as_a_change(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    type_over(qtbot, dialog, SAFETY_SBP, "1l0")
    qtbot.keyClick(dialog.spins[ACCOUNTS_LOCKOUT_MINUTES], Qt.Key.Key_Escape)
    _question(dialog, qtbot)
    assert dialog.isVisible()


def test_a_changed_clinic_name_counts_as_a_change(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.clinic.name_edit.setFocus()
    dialog.clinic.name_edit.selectAll()
    qtbot.keyClicks(dialog.clinic.name_edit, "Rheumatology, Ward 4")
    qtbot.keyClick(dialog.clinic.name_edit, Qt.Key.Key_Escape)
    _question(dialog, qtbot)


def test_escape_with_nothing_changed_closes_at_once(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    type_over(qtbot, dialog, SAFETY_SBP, "95")  # typed, but the value stored
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.spins[SAFETY_SBP], Qt.Key.Key_Escape)
    assert dialog.discard_question is None
    assert not dialog.isVisible()


def test_closing_the_window_with_a_change_asks_too(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    type_over(qtbot, dialog, SAFETY_SBP, "100")
    dialog.close()
    _question(dialog, qtbot)
    assert dialog.isVisible()
