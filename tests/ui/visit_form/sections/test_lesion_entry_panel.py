"""The lesion section of the visit form, typed into as a nurse would, on the demo charts."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Laterality, LesionStatus, MeasurementMethod
from calcitrack.domain.entities import Lesion, LesionMeasurement, PatientChart
from calcitrack.domain.errors import Problem
from calcitrack.domain.visits.visit_entry import LesionStatusChange
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.lesion_entry_panel import LesionEntryPanel

TODAY = date(2026, 10, 12)
RA_LABELS = ["R lateral thigh", "R buttock", "R knee", "L lateral thigh", "R upper chest"]


_CHARTS: dict[str, PatientChart] = {}


@pytest.fixture(scope="module", autouse=True)
def stored_charts(stored_demo_charts: dict[str, PatientChart]) -> Iterator[None]:
    _CHARTS.update(stored_demo_charts)
    yield
    _CHARTS.clear()


def chart(mrn: str) -> PatientChart:
    return _CHARTS[mrn]


def lesion_id(label: str, mrn: str = DEMO_RA_MRN) -> int | None:
    return next(lesion.id for lesion in chart(mrn).lesions if lesion.label == label)


def make_panel(qtbot: QtBot, mrn: str = DEMO_RA_MRN, day: date = TODAY) -> LesionEntryPanel:
    panel = LesionEntryPanel()
    qtbot.addWidget(panel)
    panel.set_context(FormContext(chart(mrn), day, TODAY))
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    return panel


def type_size(qtbot: QtBot, panel: LesionEntryPanel, label: str, *values: str) -> None:
    """Click into the lesion's longest diameter, then type each value and Tab."""
    row = panel.row(label)
    row.longest.setFocus()
    for value in values:
        focused = QApplication.focusWidget()
        qtbot.keyClicks(focused, value)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_every_active_lesion_is_carried_forward_with_its_last_values_greyed(
    qtbot: QtBot,
) -> None:
    panel = make_panel(qtbot)
    assert [r.label() for r in panel.rows] == RA_LABELS
    knee = panel.row("R knee")
    assert knee.last_label.text() == "last 45×30 mm, depth 9 mm on 2026-09-14 (caliper)"
    assert "color" in knee.last_label.styleSheet()
    assert knee.site_label.text() == "Knee, right"
    assert knee.longest.text() == "" and knee.width.text() == ""
    assert panel.row("R lateral thigh").method.currentData() == MeasurementMethod.ULTRASOUND
    assert panel.measurements() == []
    assert panel.site_codes() == ["thigh", "buttock", "knee", "chest"]


def test_area_and_change_show_live_as_the_size_is_typed(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    type_size(qtbot, panel, "R knee", "44", "29", "8")
    knee = panel.row("R knee")
    area = math.pi / 4 * 44 * 29
    before = math.pi / 4 * 45 * 30
    assert knee.area_label.text() == f"{area:,.0f} mm²".replace(",", "\u00a0")  # not a comma
    change = knee.change_label.text()
    assert change.startswith(f"−{before - area:.1f} mm²")
    assert f"(−{(before - area) / before * 100:.1f} %)" in change
    assert QApplication.focusWidget() is knee.method
    assert panel.measurements() == [
        LesionMeasurement(
            "R knee", 44.0, 29.0, 8.0, MeasurementMethod.CALIPER, lesion_id=lesion_id("R knee")
        )
    ]


def test_flags_and_method_are_part_of_the_measurement(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    type_size(qtbot, panel, "R buttock", "110", "70")
    row = panel.row("R buttock")
    qtbot.mouseClick(row.flags["ulcerated"], Qt.MouseButton.LeftButton)
    row.flags["tender"].setFocus()
    qtbot.keyClick(row.flags["tender"], Qt.Key.Key_Space)
    row.method.setFocus()
    qtbot.keyClicks(row.method, "C")
    [m] = panel.measurements()
    assert (m.ulcerated, m.tender, m.infected, m.method) == (
        True,
        True,
        False,
        MeasurementMethod.CALIPER,
    )


def test_enter_in_a_size_jumps_to_the_next_lesion(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    first = panel.row("R lateral thigh")
    first.longest.setFocus()
    qtbot.keyClicks(first.longest, "220")
    qtbot.keyClick(first.longest, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is panel.row("R buttock").longest


def test_half_a_size_is_a_problem_only_the_form_can_see(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    type_size(qtbot, panel, "R buttock", "110")
    assert panel.measurements() == []
    assert [p.field for p in panel.input_problems()] == ["lesion_rows[1].width_mm"]
    panel.show_problems(panel.input_problems())
    width = panel.row("R buttock").width
    assert field_marks.is_marked(width)
    assert "required" in width.toolTip()


def test_a_problem_of_a_measurement_marks_that_lesions_field(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    type_size(qtbot, panel, "R buttock", "110", "70")
    type_size(qtbot, panel, "R knee", "20", "30")
    reason = "the perpendicular width (30 mm) cannot exceed the longest diameter (20 mm)"
    panel.show_problems([Problem("lesion_measurements[1].width_mm", reason)])
    knee = panel.row("R knee")
    assert field_marks.is_marked(knee.width)
    assert knee.width.toolTip() == f"Lesion R knee, width: {reason}"  # the field named
    assert panel.message_label.text() == f"Lesion R knee, width: {reason}"
    assert not field_marks.is_marked(panel.row("R buttock").width)
    assert panel.problem_target("lesion_measurements[1].width_mm") == (
        knee.width,
        "Lesion R knee, width",
    )
    assert knee.area_label.text() == "—"
    panel.show_problems([])
    assert not field_marks.is_marked(knee.width)


def test_a_new_lesion_gets_a_coded_site_a_side_and_a_suggested_label(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.row("R knee").longest.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(panel.rows) == len(RA_LABELS) + 1)  # a mnemonic clicks later
    row = panel.rows[-1]
    assert row.carried is None
    assert QApplication.focusWidget() is row.label_edit
    assert row.label() == "Lesion 6"
    qtbot.keyClick(row.label_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Th")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "L")
    assert row.site_code() == "thigh" and row.laterality() is Laterality.LEFT
    assert row.label() == "L thigh"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_size(qtbot, panel, "L thigh", "12", "8")
    assert row.change_label.text() == "new"
    assert panel.new_lesions(TODAY) == [Lesion("L thigh", "thigh", Laterality.LEFT, TODAY)]
    assert panel.measurements()[-1].lesion_label == "L thigh"
    assert panel.input_problems() == []


def test_a_new_lesion_without_site_or_side_is_a_problem_and_can_be_removed(
    qtbot: QtBot,
) -> None:
    panel = make_panel(qtbot)
    row = panel.add_lesion()
    assert [p.field for p in panel.input_problems()] == [
        "lesion_rows[5].body_site",
        "lesion_rows[5].laterality",
    ]
    assert row.remove_button is not None
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert [r.label() for r in panel.rows] == RA_LABELS
    assert panel.new_lesions(TODAY) == []


def test_a_typed_label_is_kept_when_the_site_is_picked(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    row = panel.add_lesion()
    assert row.label_edit is not None and row.site_combo is not None
    row.label_edit.selectAll()
    qtbot.keyClicks(row.label_edit, "Sacral nodule")
    row.site_combo.setCurrentIndex(row.site_combo.findData("lower_back"))
    assert row.label() == "Sacral nodule"


def test_a_lesion_marked_resolved_becomes_a_status_change_and_leaves_the_rom_sites(
    qtbot: QtBot,
) -> None:
    panel = make_panel(qtbot)
    chest = panel.row("R upper chest")
    assert chest.status_combo is not None
    chest.status_combo.setFocus()
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClicks(chest.status_combo, "R")
    assert panel.status_changes() == [LesionStatusChange("R upper chest", LesionStatus.RESOLVED)]
    assert "chest" not in panel.site_codes()
    panel.show_problems([Problem("status_changes[0].lesion", "changed twice")])
    assert field_marks.is_marked(chest.status_combo)


def test_state_restores_into_a_fresh_panel(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    type_size(qtbot, panel, "R knee", "44", "29")
    row = panel.add_lesion()
    assert row.site_combo is not None and row.side_combo is not None
    row.site_combo.setCurrentIndex(row.site_combo.findData("elbow"))
    row.side_combo.setCurrentIndex(row.side_combo.findData("right"))
    panel.row("R upper chest").status_combo.setCurrentIndex(2)  # type: ignore[union-attr]
    state = panel.state()

    again = make_panel(qtbot)
    again.restore_state(state)
    assert again.measurements() == panel.measurements()
    assert again.new_lesions(TODAY) == panel.new_lesions(TODAY)
    assert again.new_lesions(TODAY)[0].label == "R elbow"
    assert again.status_changes() == [LesionStatusChange("R upper chest", LesionStatus.EXCISED)]


def test_a_date_typed_through_a_time_before_a_lesion_keeps_its_values(qtbot: QtBot) -> None:
    dm = chart(DEMO_DM_MRN)
    panel = make_panel(qtbot, DEMO_DM_MRN, date(2024, 8, 1))
    assert "R posterior thigh" in [r.label() for r in panel.rows]
    type_size(qtbot, panel, "R posterior thigh", "26", "21")
    panel.set_context(FormContext(dm, date(2023, 1, 1), TODAY))
    assert "R posterior thigh" not in [r.label() for r in panel.rows]
    panel.set_context(FormContext(dm, date(2024, 8, 1), TODAY))
    assert panel.measurements() == [
        LesionMeasurement(
            "R posterior thigh",
            26.0,
            21.0,
            method=MeasurementMethod.CALIPER,
            lesion_id=lesion_id("R posterior thigh", DEMO_DM_MRN),
        )
    ]


@pytest.mark.parametrize("mrn", [DEMO_RA_MRN, DEMO_DM_MRN])
def test_editing_a_visit_shows_its_measurements(qtbot: QtBot, mrn: str) -> None:
    c = chart(mrn)
    visit = c.visits[2]
    panel = LesionEntryPanel()
    qtbot.addWidget(panel)
    panel.set_context(FormContext(c, visit.visit_date, TODAY))
    panel.load(visit)
    assert panel.measurements() == list(visit.lesion_measurements)


def test_tab_runs_through_each_lesion_then_to_the_next_and_to_add_lesion(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    first = panel.row("R lateral thigh")
    assert first.status_combo is not None
    first.status_combo.setFocus()
    qtbot.keyClick(first.status_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.row("R buttock").longest
    last = panel.rows[-1].status_combo
    assert last is not None
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.add_button


def test_a_new_lesions_site_can_be_clicked_on_the_body_map(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.add_lesion()
    row = panel.rows[-1]
    assert row.map_button is not None and row.site_code() is None
    qtbot.mouseClick(row.map_button, Qt.MouseButton.LeftButton)
    dialog = row.site_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.map_view.site_clicked.emit("forearm", "left")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert row.site_code() == "forearm"
    assert row.laterality() is Laterality.LEFT
