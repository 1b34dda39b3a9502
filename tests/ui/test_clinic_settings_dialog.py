"""The clinic settings dialog: stored values shown with their origin, edited from the keyboard,
handed over on Save, and refused values marked without closing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QDoubleSpinBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import (
    DEFINITION_BY_KEY,
    DEFINITIONS,
    RESPONSE_IMPROVED_PCT,
    SAFETY_HR_WARNING,
    SAFETY_SBP,
    SURGERY_ADEQUATE_MG_KG_DAY,
    ClinicSettings,
)
from calcitrack.domain.errors import Problem
from calcitrack.ui import field_marks
from calcitrack.ui.clinic_settings_dialog import HEADER, ClinicSettingsDialog

STORED = ClinicSettings.from_stored(
    {SAFETY_SBP: 95, SURGERY_ADEQUATE_MG_KG_DAY: 2.25, RESPONSE_IMPROVED_PCT: -30}, version=4
)
DEFAULTS = {d.key: d.default for d in DEFINITIONS}


@pytest.fixture
def dialog(qtbot: QtBot) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(STORED)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def _type(qtbot: QtBot, spin: QSpinBox | QDoubleSpinBox, text: str) -> None:
    """Replace the number in ``spin`` as typed (the locale's decimal point for a ".")."""
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    spin.selectAll()
    qtbot.keyClicks(spin, text.replace(".", spin.locale().decimalPoint()))


def test_the_stored_values_are_shown_with_the_version_they_were_read_at(
    dialog: ClinicSettingsDialog,
) -> None:
    assert dialog.based_on_version == 4
    assert dialog.values() == dict(STORED.values)
    sbp = dialog.spins[SAFETY_SBP]
    assert isinstance(sbp, QSpinBox)  # a whole number of mmHg
    assert (sbp.value(), sbp.minimum(), sbp.maximum(), sbp.text()) == (95, 50, 140, "95 mmHg")
    dose = dialog.spins[SURGERY_ADEQUATE_MG_KG_DAY]
    assert isinstance(dose, QDoubleSpinBox)
    assert dose.value() == 2.25 and dose.suffix() == " mg/kg/day"
    assert dialog.spins[RESPONSE_IMPROVED_PCT].value() == -30


def _plain(dialog: ClinicSettingsDialog, key: str) -> list[str]:
    """The note beside a setting as a person reads it, line by line."""
    document = QTextDocument()
    document.setHtml(dialog.notes[key].text())
    return [" ".join(line.split()) for line in document.toPlainText().splitlines()]


def test_every_setting_says_where_its_default_comes_from(dialog: ClinicSettingsDialog) -> None:
    for definition in DEFINITIONS:
        tag_line, origin = _plain(dialog, definition.key)
        assert origin == definition.origin_note
        assert tag_line.startswith("clinic policy" if definition.policy else "published")
    assert _plain(dialog, SAFETY_HR_WARNING)[0] == "clinic policy default 50/min"
    assert _plain(dialog, SAFETY_SBP)[0] == "published default 90 mmHg · changed"
    assert _plain(dialog, RESPONSE_IMPROVED_PCT)[0] == "published default −25 % · changed"


def test_the_header_says_what_the_thresholds_change(dialog: ClinicSettingsDialog) -> None:
    texts = [w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")]
    assert HEADER in texts
    assert "Decision support: changing them changes which patients are flagged." in HEADER


def test_the_sections_group_the_settings(dialog: ClinicSettingsDialog) -> None:
    from PySide6.QtWidgets import QGroupBox

    boxes = {box.title(): box for box in dialog.findChildren(QGroupBox)}
    assert list(boxes) == ["Response assessment", "Reconsider-surgery review", "Safety flags"]
    assert boxes["Safety flags"].isAncestorOf(dialog.spins[SAFETY_SBP])
    assert boxes["Response assessment"].isAncestorOf(dialog.spins[RESPONSE_IMPROVED_PCT])


def test_restore_defaults_puts_every_value_back_but_saves_nothing(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    with qtbot.assertNotEmitted(dialog.settings_submitted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.values() == DEFAULTS
    assert dialog.spins[SAFETY_SBP].text() == "90 mmHg"
    assert "changed" not in dialog.notes[SAFETY_SBP].text()
    assert dialog.isVisible()


def test_save_hands_over_every_value_typed_and_waits(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    _type(qtbot, dialog.spins[SAFETY_SBP], "100")
    _type(qtbot, dialog.spins[SURGERY_ADEQUATE_MG_KG_DAY], "3.5")
    with qtbot.waitSignal(dialog.settings_submitted) as submitted:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert submitted.args == [{**STORED.values, SAFETY_SBP: 100.0, SURGERY_ADEQUATE_MG_KG_DAY: 3.5}]
    assert dialog.isVisible() and not dialog.save_button.isEnabled()  # until the save is done
    dialog.mark_saved(ClinicSettings.from_stored(submitted.args[0], 5))
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.based_on_version == 5


def test_enter_saves_from_the_keyboard(qtbot: QtBot, dialog: ClinicSettingsDialog) -> None:
    _type(qtbot, dialog.spins[SAFETY_HR_WARNING], "55")
    with qtbot.waitSignal(dialog.settings_submitted) as submitted:
        qtbot.keyClick(dialog.spins[SAFETY_HR_WARNING], Qt.Key.Key_Return)
    assert submitted.args[0][SAFETY_HR_WARNING] == 55


def test_escape_cancels_without_handing_anything_over(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    _type(qtbot, dialog.spins[SAFETY_SBP], "100")
    with qtbot.assertNotEmitted(dialog.settings_submitted):
        qtbot.keyClick(dialog.spins[SAFETY_SBP], Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_problems_mark_their_fields_and_list_the_reasons_without_closing(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    with qtbot.waitSignal(dialog.settings_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    reason = "must be between 50 and 140 mmHg, got 200"
    dialog.show_problems([Problem(SAFETY_SBP, reason), Problem("settings", "saved elsewhere")])
    sbp = dialog.spins[SAFETY_SBP]
    assert dialog.isVisible()
    assert field_marks.is_marked(sbp) and sbp.toolTip() == reason
    assert not field_marks.is_marked(dialog.spins[SAFETY_HR_WARNING])
    label = DEFINITION_BY_KEY[SAFETY_SBP].label
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == f"{label}: {reason}\nsettings: saved elsewhere"
    assert QApplication.focusWidget() is sbp
    assert dialog.save_button.isEnabled()  # fix it and save again
    _type(qtbot, sbp, "100")
    assert not field_marks.is_marked(sbp)
    assert reason not in sbp.toolTip()


def test_a_failed_save_is_said_and_the_dialog_stays(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    with qtbot.waitSignal(dialog.settings_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.show_error("the clinic settings were saved by someone else since you opened them")
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert "someone else" in dialog.message_label.text()


def test_tab_walks_the_settings_top_to_bottom_then_the_buttons(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    first = dialog.spins[DEFINITIONS[0].key]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in DEFINITIONS:
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == [dialog.spins[d.key] for d in DEFINITIONS]
    assert QApplication.focusWidget() is dialog.restore_button
    last = dialog.spins[DEFINITIONS[-1].key]
    assert (
        dialog.scroll.viewport().rect().contains(last.mapTo(dialog.scroll.viewport(), QPoint(0, 0)))
    ), "the focused setting is scrolled into view"


def test_the_wheel_does_not_change_a_setting_it_passes_over(dialog: ClinicSettingsDialog) -> None:
    spin = dialog.spins[SAFETY_SBP]
    dialog.save_button.setFocus()
    centre = QPointF(spin.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(spin.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin, wheel)
    assert spin.value() == 95
    spin.setFocus()
    QApplication.sendEvent(spin, QWheelEvent(wheel))
    assert spin.value() == 96  # once focused, the wheel steps it as usual


def test_nothing_is_cut_off_at_the_size_the_dialog_opens(dialog: ClinicSettingsDialog) -> None:
    """Every note shows all its lines, and the settings fit across without scrolling sideways."""
    viewport = dialog.scroll.viewport()
    assert dialog.scroll.widget().minimumSizeHint().width() <= viewport.width()
    for definition in DEFINITIONS:
        note = dialog.notes[definition.key]
        assert note.height() >= note.heightForWidth(note.width()), definition.key
        spin = dialog.spins[definition.key]
        assert spin.width() >= spin.minimumSizeHint().width()


def test_a_stored_value_outside_the_range_is_shown_and_refused_not_clamped(
    qtbot: QtBot,
) -> None:
    """A value another CalciTrack stored beyond this one's range: Save says so, never rounds it."""
    dialog = ClinicSettingsDialog(ClinicSettings.from_stored({SAFETY_SBP: 150}, 2))
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.spins[SAFETY_SBP].value() == 150
    with qtbot.assertNotEmitted(dialog.settings_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert field_marks.is_marked(dialog.spins[SAFETY_SBP])
    assert "between 50 and 140 mmHg, got 150" in dialog.message_label.text()


def test_saving_is_said_in_plain_text_and_a_refusal_in_red(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    with qtbot.waitSignal(dialog.settings_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    label = dialog.message_label
    assert label.text() == "Saving…"
    plain = label.palette().color(label.foregroundRole()).name()
    dialog.show_error("not saved: the database is unreachable")
    assert label.palette().color(label.foregroundRole()).name() == "#c62828" != plain
