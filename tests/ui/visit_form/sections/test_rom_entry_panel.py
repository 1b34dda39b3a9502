"""The range-of-motion section: joints pre-filled from the lesions' sites, the normal reference
beside each value and an amber warning below it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Side
from calcitrack.domain.entities import PatientChart, RomMeasurement
from calcitrack.domain.errors import Problem
from calcitrack.services.demo.demo_clinic import DEMO_JDM_MRN, DEMO_RA_MRN
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.rom_entry_panel import RomEntryPanel

TODAY = date(2026, 10, 12)
HIP_FLEXION_NORMAL = 125  # VA 38 CFR §4.71 plate II, DOMAIN.md §3
_CHARTS: dict[str, PatientChart] = {}


@pytest.fixture(scope="module", autouse=True)
def stored_charts(stored_demo_charts: dict[str, PatientChart]) -> Iterator[None]:
    _CHARTS.update(stored_demo_charts)
    yield
    _CHARTS.clear()


def make_panel(qtbot: QtBot, sites: list[str], mrn: str = DEMO_RA_MRN) -> RomEntryPanel:
    panel = RomEntryPanel()
    qtbot.addWidget(panel)
    panel.set_context(FormContext(_CHARTS[mrn], TODAY, TODAY))
    panel.set_sites(sites)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    return panel


def test_a_thigh_lesion_brings_the_hip_and_the_knee(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["thigh"])
    assert panel.joints() == ("hip", "knee")
    assert make_panel(qtbot, ["buttock"]).joints() == ("hip",)
    assert make_panel(qtbot, ["face"]).joints() == ()


def test_the_previous_value_is_greyed_beside_the_input(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["buttock"])
    cells = {c.key: c for c in panel._cells}
    assert cells["hip/flexion/right"].last.text() == "last 118°"
    assert cells["hip/flexion/left"].last.text() == "last 120°"
    assert cells["hip/abduction/right"].last.text() == ""


def test_a_value_below_the_reference_is_amber_not_red(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["thigh"])
    right = panel.cell("hip", "flexion", Side.RIGHT)
    right.setFocus()
    qtbot.keyClicks(right, "110")
    qtbot.keyClick(right, Qt.Key.Key_Tab)
    assert right.property("below_normal") is True
    assert right.toolTip() == f"below normal ({HIP_FLEXION_NORMAL}°)"
    assert not field_marks.is_marked(right)
    left = QApplication.focusWidget()
    assert left is panel.cell("hip", "flexion", Side.LEFT)
    qtbot.keyClicks(left, "130")
    assert left.property("below_normal") is not True
    assert panel.measurements() == [
        RomMeasurement("hip", "flexion", Side.RIGHT, 110.0),
        RomMeasurement("hip", "flexion", Side.LEFT, 130.0),
    ]
    right.selectAll()
    qtbot.keyClicks(right, "125")
    assert right.property("below_normal") is False and right.toolTip() == ""


def test_an_extension_deficit_is_typed_as_a_negative_value(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["elbow"], DEMO_JDM_MRN)
    edit = panel.cell("elbow", "extension", Side.LEFT)
    qtbot.keyClicks(edit, "-15")
    assert panel.measurements() == [RomMeasurement("elbow", "extension", Side.LEFT, -15.0)]
    assert edit.property("below_normal") is True


def test_a_problem_marks_the_value_red_and_the_warning_returns_after(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["thigh"])
    edit = panel.cell("knee", "flexion", Side.RIGHT)
    qtbot.keyClicks(edit, "-95")
    panel.show_problems([Problem("[0].degrees", "must be between -90 and 200 °, got -95")])
    assert field_marks.is_marked(edit) and "between" in edit.toolTip()
    assert panel.problem_target("[0].degrees") == (
        edit,
        "Range of motion: right knee flexion",
        "Right knee flexion",
    )
    assert panel.message_label.text() == (
        "Right knee flexion: must be between -90 and 200 °, got -95"
    )
    panel.show_problems([])
    assert not field_marks.is_marked(edit)
    assert edit.toolTip() == "below normal (140°)"


def test_another_joint_can_be_added_and_values_survive_a_lesion_resolved(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["thigh"])
    qtbot.keyClicks(panel.cell("knee", "flexion", Side.LEFT), "100")
    index = panel.joint_combo.findData("shoulder")
    panel.joint_combo.setCurrentIndex(index)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.joints() == ("shoulder", "hip", "knee")
    panel.set_sites([])
    assert panel.joints() == ("shoulder", "knee")
    assert panel.measurements() == [RomMeasurement("knee", "flexion", Side.LEFT, 100.0)]


def test_state_and_load_bring_values_back(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, ["buttock"])
    qtbot.keyClicks(panel.cell("hip", "internal_rotation", Side.RIGHT), "36")
    again = make_panel(qtbot, [])
    again.restore_state(panel.state())
    assert again.measurements() == panel.measurements()

    visit = _CHARTS[DEMO_RA_MRN].visits[-1]
    loaded = RomEntryPanel()
    qtbot.addWidget(loaded)
    loaded.set_context(FormContext(_CHARTS[DEMO_RA_MRN], visit.visit_date, TODAY, None, visit.id))
    loaded.load(visit)
    assert sorted(loaded.measurements(), key=str) == sorted(visit.rom, key=str)
    assert all(r.id is not None for r in loaded.measurements())
