"""A counted unit reads in the singular after 1 in the clinic settings dialog: the idle lock at 1
shows "1 minute", not "1 minutes", whether stored, stepped to or typed; any other number keeps
the plural, and the units that are not counted words (%, mmHg, /min, mg/kg/day) never change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import (
    ACCOUNTS_IDLE_LOCK_MINUTES,
    BACKUP_KEEP_DAILY,
    FOLLOW_UP_WEEKS,
    SAFETY_SBP,
    SURGERY_ULCER_VISITS,
    ClinicSettings,
    definition,
)
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog
from calcitrack.ui.admin.clinic_settings_texts import description
from calcitrack.ui.admin.setting_spin_box import unit_text
from tests.ui.admin.test_clinic_settings_typing import _no_file_dialog, type_over

STORED = ClinicSettings.from_stored(
    {ACCOUNTS_IDLE_LOCK_MINUTES: 1, BACKUP_KEEP_DAILY: 1, FOLLOW_UP_WEEKS: 1}, version=2
)


@pytest.fixture
def dialog(qtbot: QtBot) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(STORED, choose_logo_file=_no_file_dialog)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def test_a_stored_1_reads_in_the_singular(dialog: ClinicSettingsDialog) -> None:
    assert dialog.spins[ACCOUNTS_IDLE_LOCK_MINUTES].text() == "1 minute"
    assert dialog.spins[BACKUP_KEEP_DAILY].text() == "1 day"
    assert dialog.spins[FOLLOW_UP_WEEKS].text() == "1 week"
    assert dialog.spins[SURGERY_ULCER_VISITS].text() == "2 visits"


def test_the_arrows_switch_between_singular_and_plural(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    spin = dialog.spins[ACCOUNTS_IDLE_LOCK_MINUTES]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert (spin.value(), spin.text(), spin.suffix()) == (2, "2 minutes", " minutes")
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert (spin.value(), spin.text(), spin.suffix()) == (1, "1 minute", " minute")


@pytest.mark.parametrize(
    ("typed", "shown", "value"),
    [
        ("1", "1 minute", 1),
        ("1 minutes", "1 minute", 1),
        ("1 minute", "1 minute", 1),
        ("5", "5 minutes", 5),
        ("5 minute", "5 minutes", 5),
        ("15 minutes", "15 minutes", 15),
    ],
)
def test_a_typed_number_gets_the_form_of_the_unit_it_takes(
    qtbot: QtBot, dialog: ClinicSettingsDialog, typed: str, shown: str, value: int
) -> None:
    spin = type_over(qtbot, dialog, ACCOUNTS_IDLE_LOCK_MINUTES, typed)
    assert (spin.text(), spin.value()) == (shown, value)
    if value == STORED[ACCOUNTS_IDLE_LOCK_MINUTES]:
        return  # nothing changed: nothing to save
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert submitted.args[0].values[ACCOUNTS_IDLE_LOCK_MINUTES] == value


def test_units_that_are_not_counted_words_stay_as_they_are(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    assert unit_text(1, "%") == "1 %"
    assert unit_text(1, "/min") == "1/min"
    assert unit_text(1, "mg/kg/day") == "1 mg/kg/day"
    assert unit_text(1, "% per month") == "1 % per month"
    assert unit_text(1, "g/kg per 4 weeks") == "1 g/kg per 4 weeks"
    assert unit_text(1.5, "months") == "1.5 months"
    assert unit_text(-1, "visits") == "−1 visits"
    spin = type_over(qtbot, dialog, SAFETY_SBP, "100")
    assert spin.text() == "100 mmHg"


def test_the_tooltip_range_reads_in_the_singular_too() -> None:
    text = description(definition(ACCOUNTS_IDLE_LOCK_MINUTES))
    assert "from 1 minute to 120 minutes" in text
    assert "default 10 minutes" in text
