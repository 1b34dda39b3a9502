"""The correction dialog on its own: what it can tell itself (a dose that is not a number, a stop
before the start) is named below the fields and nothing is handed on; the stop's date and reason
are typed only once the period is marked stopped."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.ui.medications.correct_period_dialog import CorrectPeriodDialog

PERIOD = MedicationPeriod(
    "diltiazem", "Diltiazem", 60.0, DoseUnit.MG, Frequency.BID, Route.ORAL,
    date(2025, 3, 24), None, "start for calcinosis", id=7, version=3,
)  # fmt: skip


def _dialog(qtbot: QtBot) -> tuple[CorrectPeriodDialog, list[object]]:
    dialog = CorrectPeriodDialog(PERIOD, "Haddad, Amal")
    qtbot.addWidget(dialog)
    handed: list[object] = []
    dialog.correction_ready.connect(lambda period, confirmed: handed.append(period))
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog, handed


def test_a_dose_that_is_not_a_number_is_named_and_nothing_is_handed_on(qtbot: QtBot) -> None:
    dialog, handed = _dialog(qtbot)
    dialog.dose_edit.setFocus()
    qtbot.keyClick(dialog.dose_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.dose_edit, "6O")
    qtbot.keyClick(dialog.dose_edit, Qt.Key.Key_Return)
    assert handed == []
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text().startswith("Not saved. Dose: ")
    assert dialog.dose_edit.text() == "6O"  # kept as typed


def test_the_stop_is_typed_once_the_period_is_marked_stopped(qtbot: QtBot) -> None:
    dialog, handed = _dialog(qtbot)
    assert not dialog.stop_edit.isEnabled() and not dialog.stop_reason_edit.isEnabled()
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Sto&pped
    qtbot.waitUntil(dialog.stopped_check.isChecked)  # a mnemonic clicks a little later
    assert dialog.stop_edit.isEnabled() and dialog.stop_reason_edit.isEnabled()
    dialog.stop_edit.set_day(date(2025, 6, 2))
    qtbot.keyClick(dialog.stop_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert dialog.stop_reason_edit.hasFocus()
    qtbot.keyClicks(dialog.stop_reason_edit, "stopped: ankle oedema")
    qtbot.keyClick(dialog.stop_reason_edit, Qt.Key.Key_Return)
    assert len(handed) == 1
    corrected = handed[0]
    assert isinstance(corrected, MedicationPeriod)
    assert (corrected.stop_on, corrected.stop_reason) == (date(2025, 6, 2), "stopped: ankle oedema")
    assert (corrected.id, corrected.version, corrected.dose) == (7, 3, 60.0)
