"""The clinic settings dialog shows the data-quality checks in their own section, labelled as
data-quality checks and not clinical thresholds, each with its visible default and origin; an
admin changes one from the keyboard and it is handed over like every other setting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import (
    DATA_QUALITY_DEFINITIONS,
    DQ_ROM_ABOVE_NORMAL_DEG,
    ClinicSettings,
)
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog, SettingsChanges

TITLE = "Data-quality checks (not clinical thresholds)"


def _dialog(qtbot: QtBot) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(ClinicSettings.defaults(), choose_logo_file=lambda _p: None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def _lines(dialog: ClinicSettingsDialog, key: str) -> list[str]:
    document = QTextDocument()
    document.setHtml(dialog.notes[key].text())
    return [" ".join(line.split()) for line in document.toPlainText().splitlines()]


def test_the_data_quality_section_shows_every_default_as_clinic_policy(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    box = next(b for b in dialog.findChildren(QGroupBox) if b.title() == TITLE)
    note = dialog.section_notes["data_quality"]
    assert box.isAncestorOf(note)
    assert "asks the nurse to confirm it before it is saved" in note.text()
    assert "change no flag and no assessment" in note.text()
    shown = {
        DQ_ROM_ABOVE_NORMAL_DEG: "data-quality check default 10°",
        "data_quality/lesion_area_grew_pct": "data-quality check default 100 %",
        "data_quality/lesion_area_shrank_pct": "data-quality check default 50 %",
        "data_quality/weight_change_pct": "data-quality check default 5 %",
        "data_quality/weight_change_pct_per_month": "data-quality check default 1 % per month",
        "data_quality/lab_outside_range_factor": "data-quality check default 2 ×",
    }
    for definition in DATA_QUALITY_DEFINITIONS:
        spin = dialog.spins[definition.key]
        assert box.isAncestorOf(spin)
        assert spin.value() == definition.default
        tag, origin = _lines(dialog, definition.key)
        assert tag == shown[definition.key]
        assert origin.startswith("data-quality check (clinic policy), not a clinical threshold: ")
        assert "DOMAIN" not in origin and "§" not in origin
    assert "[R82]" in _lines(dialog, "data_quality/weight_change_pct")[1]


def test_an_admin_changes_a_data_quality_limit_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    spin = dialog.spins[DQ_ROM_ABOVE_NORMAL_DEG]
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    assert _lines(dialog, DQ_ROM_ABOVE_NORMAL_DEG)[0] == "data-quality check default 10° · changed"
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    changes = submitted.args[0]
    assert isinstance(changes, SettingsChanges) and changes.values is not None
    assert changes.values[DQ_ROM_ABOVE_NORMAL_DEG] == 15
