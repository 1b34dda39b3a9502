"""The visit form's labs section, typed into as a nurse would.

Derived values are worked out here from DOMAIN.md §4.1 and the §4.2 factors, not by calling
``calcitrack.domain``.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.errors import Problem
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.lab_entry_panel import LabEntryPanel, LabRow

DAY = date(2026, 9, 14)


def _ra_chart() -> PatientChart:
    return next(c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN)


@pytest.fixture
def panel(qtbot: QtBot) -> LabEntryPanel:
    widget = LabEntryPanel()
    qtbot.addWidget(widget)
    widget.set_context(FormContext(_ra_chart(), DAY, DAY, 60.1))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _enter(
    qtbot: QtBot,
    panel: LabEntryPanel,
    code: str,
    value: str,
    unit: str,
    low: str = "",
    high: str = "",
) -> LabRow:
    """Add a row, pick the analyte, type the value, Tab to the unit and so on."""
    row = panel.add_row()
    assert row.analyte_combo.hasFocus()
    row.analyte_combo.setCurrentIndex(row.analyte_combo.findData(code))
    qtbot.keyClick(row.analyte_combo, Qt.Key.Key_Tab)
    assert row.value_edit.hasFocus()
    qtbot.keyClicks(row.value_edit, value)
    qtbot.keyClick(row.value_edit, Qt.Key.Key_Tab)
    assert row.unit_combo.hasFocus()
    row.unit_combo.setCurrentIndex(row.unit_combo.findData(unit))
    for edit, text in ((row.low_edit, low), (row.high_edit, high)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert edit.hasFocus()
        qtbot.keyClicks(edit, text)
    return row


def _derived_text(panel: LabEntryPanel) -> str:
    return "\n".join(label.text() for label in panel.derived_labels)


def test_esr_and_crp_are_left_to_the_scores_section(panel: LabEntryPanel) -> None:
    row = panel.add_row()
    codes = {row.analyte_combo.itemData(i) for i in range(row.analyte_combo.count())}
    assert "esr" not in codes and "crp" not in codes
    assert {"calcium_total", "albumin", "phosphate", "creatinine", "pth_intact"} <= codes


def test_add_lab_from_the_keyboard_adds_the_mineral_panel_in_order(
    qtbot: QtBot, panel: LabEntryPanel
) -> None:
    assert panel.add_button.shortcut().toString() == "Alt+A"
    for _ in range(4):
        panel.add_button.setFocus()
        qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
        assert panel.rows[-1].analyte_combo.hasFocus()
    assert [row.code for row in panel.rows] == [
        "calcium_total",
        "albumin",
        "phosphate",
        "creatinine",
    ]


def test_si_calcium_and_albumin_give_corrected_calcium(qtbot: QtBot, panel: LabEntryPanel) -> None:
    _enter(qtbot, panel, "calcium_total", "2.2", "mmol/L")
    assert "Corrected calcium: needs albumin" in _derived_text(panel)
    _enter(qtbot, panel, "albumin", "30", "g/L")
    expected = 2.2 + 0.02 * (40 - 30)  # DOMAIN.md §4.1, SI form [R24]
    assert f"Corrected calcium {expected:.2f} mmol/L" in _derived_text(panel)
    assert panel.derived()[0].value == pytest.approx(expected)


def test_creatinine_in_umol_l_gives_egfr(qtbot: QtBot, panel: LabEntryPanel) -> None:
    _enter(qtbot, panel, "creatinine", "88.4", "umol/L")
    age = 51  # born 1975-01-20, visit 2026-09-14
    scr = 88.4 / 88.4  # mg/dL
    egfr = 142 * min(scr / 0.7, 1) ** -0.241 * max(scr / 0.7, 1) ** -1.2 * 0.9938**age * 1.012
    assert f"eGFR (CKD-EPI 2021) {egfr:.0f} mL/min/1.73 m²" in _derived_text(panel)
    assert "entered as 88.4 µmol/L" in _derived_text(panel)


def test_a_value_out_of_the_labs_range_is_flagged(qtbot: QtBot, panel: LabEntryPanel) -> None:
    row = _enter(qtbot, panel, "albumin", "30", "g/L", "35", "50")
    assert row.flag_label.text() == "↓ low"
    assert "reporting lab's range 35–50 g/L" in row.flag_label.toolTip()
    row.low_edit.clear()
    qtbot.keyClicks(row.low_edit, "28")
    assert row.flag_label.text() == ""


def test_without_a_lab_range_the_typical_range_is_used_and_said(
    qtbot: QtBot, panel: LabEntryPanel
) -> None:
    row = _enter(qtbot, panel, "calcium_total", "11", "mg/dL")  # typical 8.5–10.5 mg/dL
    assert row.flag_label.text() == "↑ high"
    assert "typical adult range 8.5–10.5 mg/dL" in row.flag_label.toolTip()
    assert "metastatic" in row.flag_label.toolTip()
    pth = _enter(qtbot, panel, "pth_intact", "45.6", "pg/mL")
    assert pth.flag_label.text() == ""
    assert "No reference range" in pth.flag_label.toolTip()


def test_with_albumin_typed_the_calcium_row_says_the_corrected_calcium_is_read(
    qtbot: QtBot, panel: LabEntryPanel
) -> None:
    """One rule with the safety flag: a measured calcium above the lab's range is not read as
    abnormal mineral metabolism when albumin brings the corrected value inside it."""
    calcium = _enter(qtbot, panel, "calcium_total", "10.7", "mg/dL", "8.5", "10.5")
    assert calcium.flag_label.text() == "↑ high"  # the measured value against the lab's range
    assert "metastatic" in calcium.flag_label.toolTip()
    assert "measured total calcium is read" in calcium.flag_label.toolTip()
    _enter(qtbot, panel, "albumin", "4.8", "g/dL")  # 10.7 + 0.8 × (4.0 − 4.8) = 10.06 mg/dL
    tip = calcium.flag_label.toolTip()
    assert "corrected calcium is read" in tip and "metastatic" not in tip
    assert "Corrected calcium 10.06 mg/dL" in _derived_text(panel)
    assert "metastatic" not in _derived_text(panel)


def test_ca_p_product_above_the_alert_is_flagged(qtbot: QtBot, panel: LabEntryPanel) -> None:
    _enter(qtbot, panel, "calcium_total", "11", "mg/dL")
    _enter(qtbot, panel, "phosphate", "7", "mg/dL")
    text = _derived_text(panel)
    assert f"Calcium × phosphate {11 * 7:.1f} mg²/dL² ↑" in text
    assert "metastatic" in text


def test_a_range_upside_down_turns_red(qtbot: QtBot, panel: LabEntryPanel) -> None:
    row = _enter(qtbot, panel, "phosphate", "1.1", "mmol/L", "1.45", "0.81")
    assert field_marks.is_marked(row.low_edit)
    assert "low end is above its high end" in panel.message_label.text()


def test_problems_use_the_lab_results_order(qtbot: QtBot, panel: LabEntryPanel) -> None:
    first = _enter(qtbot, panel, "calcium_total", "2.2", "mmol/L")
    panel.add_row("albumin")  # left empty: not a result
    third = _enter(qtbot, panel, "phosphate", "1.1", "mmol/L")
    assert [r.analyte for r in panel.lab_results(DAY)] == ["calcium_total", "phosphate"]
    panel.show_problems(
        [Problem("labs[1].value", "must not be negative"), Problem("[0].unit", "unknown unit")]
    )
    assert field_marks.is_marked(third.value_edit)
    assert field_marks.is_marked(first.unit_combo)
    assert not field_marks.is_marked(panel.rows[1].value_edit)
    assert "must not be negative" in panel.message_label.text()
    qtbot.keyClicks(third.value_edit, "5")  # editing the field clears its routed mark
    assert not field_marks.is_marked(third.value_edit)


def test_remove_row_moves_the_focus_on(qtbot: QtBot, panel: LabEntryPanel) -> None:
    _enter(qtbot, panel, "calcium_total", "2.2", "mmol/L")
    row = _enter(qtbot, panel, "albumin", "30", "g/L")
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert [r.analyte for r in panel.lab_results(DAY)] == ["calcium_total"]
    assert panel.rows[0].analyte_combo.hasFocus()


def test_rows_sit_before_add_lab_in_the_tab_order(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    panel = LabEntryPanel()
    notes = QLineEdit()
    layout.addWidget(panel)
    layout.addWidget(notes)
    form.show()
    qtbot.waitExposed(form)
    form.windowHandle().requestActivate()
    qtbot.waitUntil(form.isActiveWindow)
    first = panel.add_row()
    second = panel.add_row()
    first.remove_button.setFocus()
    qtbot.keyClick(first.remove_button, Qt.Key.Key_Tab)
    assert second.analyte_combo.hasFocus()
    second.remove_button.setFocus()
    qtbot.keyClick(second.remove_button, Qt.Key.Key_Tab)
    assert panel.add_button.hasFocus()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Tab)
    assert notes.hasFocus()


def test_load_shows_that_days_labs_and_keeps_their_ids(panel: LabEntryPanel) -> None:
    chart = _ra_chart()
    first = min(chart.visits, key=lambda v: v.visit_date)
    stored = [
        __import__("dataclasses").replace(r, id=i + 1, version=2) for i, r in enumerate(chart.labs)
    ]
    panel.load(first, stored)
    expected = [
        r for r in stored if r.collected_on == first.visit_date and r.analyte not in ("esr", "crp")
    ]
    assert panel.lab_results(first.visit_date) == expected
    # Calcium 8.5 mg/dL, albumin 4.5 g/dL: 8.5 + 0.8 × (4.0 − 4.5) = 8.1 mg/dL.
    assert "Corrected calcium 8.10 mg/dL ↓" in _derived_text(panel)


def test_state_round_trips_exactly(qtbot: QtBot, panel: LabEntryPanel) -> None:
    chart = _ra_chart()
    panel.load(chart.visits[3], chart.labs)
    _enter(qtbot, panel, "vitamin_d_25oh", "18.", "ng/mL", "20", "")
    state = panel.state()
    assert json.loads(json.dumps(state)) == state  # the draft file is JSON
    other = LabEntryPanel()
    qtbot.addWidget(other)
    other.set_context(FormContext(chart, DAY, DAY))
    other.restore_state(state)
    assert other.state() == state
    assert other.lab_results(DAY) == panel.lab_results(DAY)
    assert [label.text() for label in other.derived_labels] == [
        label.text() for label in panel.derived_labels
    ]
    other.restore_state({"rows": []})
    assert other.state() == {"rows": []} and not other.rows
