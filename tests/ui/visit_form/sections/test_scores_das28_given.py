"""The DAS28 a clinic was given (typed from another form) in the visit form's scores section: its
value and variant, typed and chosen from the keyboard, and the check against its own components
while the nurse types.

The expected DAS28 is worked out here from the published formula, not by calling the domain.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import Visit
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.scores_panel import ScoresPanel

DAY = date(2026, 9, 14)


@pytest.fixture
def panel(qtbot: QtBot) -> ScoresPanel:
    widget = ScoresPanel()
    qtbot.addWidget(widget)
    chart = next(c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN)
    widget.set_context(FormContext(chart, DAY, DAY, 60.1))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _choose_variant(qtbot: QtBot, panel: ScoresPanel, label: str) -> None:
    """Into the variant list, then Home and Down until the variant shows, as the keyboard does."""
    combo = panel.das28_variant_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label


def _das28_crp(tjc: int, sjc: int, crp_mg_l: float, ptga: float) -> float:
    return (
        0.56 * math.sqrt(tjc)
        + 0.28 * math.sqrt(sjc)
        + 0.36 * math.log(crp_mg_l + 1)
        + 0.014 * ptga
        + 0.96
    )


def _is_amber(widget: object) -> bool:
    return bool(widget.property("unusual"))  # type: ignore[attr-defined]


def test_the_given_das28_and_its_variant_are_typed_and_saved(
    qtbot: QtBot, panel: ScoresPanel
) -> None:
    assert panel.das28_variant_combo.currentData() is None  # nothing chosen until she does
    _type_into(qtbot, panel.das28_given_edit, "4,36")  # a comma is a decimal point
    _choose_variant(qtbot, panel, "DAS28-CRP")
    visit = panel.apply_to(Visit(None, DAY))
    assert visit.das28_recorded == 4.36
    assert visit.das28_recorded_variant is Das28Variant.CRP
    panel.das28_given_edit.clear()
    _choose_variant(qtbot, panel, "—")
    emptied = panel.apply_to(dataclasses.replace(visit))
    assert emptied.das28_recorded is None and emptied.das28_recorded_variant is None


def test_a_refused_keystroke_stays_on_screen_and_is_named(
    qtbot: QtBot, panel: ScoresPanel
) -> None:
    _type_into(qtbot, panel.das28_given_edit, "4.l")
    assert panel.das28_given_edit.text() == "4.l"
    assert field_marks.is_marked(panel.das28_given_edit)
    assert [p.field for p in panel.input_problems()] == ["das28_recorded"]
    assert "DAS28 given" in panel.message_label.text()


def test_a_given_das28_out_of_range_is_red(qtbot: QtBot, panel: ScoresPanel) -> None:
    _type_into(qtbot, panel.das28_given_edit, "12")
    assert field_marks.is_marked(panel.das28_given_edit)
    assert "between 0 and 10" in panel.das28_given_edit.toolTip()


def test_a_given_das28_far_from_its_components_turns_amber_naming_both_values(
    qtbot: QtBot, panel: ScoresPanel
) -> None:
    for name, text in (("tender_joints_28", "3"), ("swollen_joints_28", "1"),
                       ("patient_global_mm", "25")):
        _type_into(qtbot, panel.edits[name], text)
    _type_into(qtbot, panel.crp_edit, "1.8")
    computed = _das28_crp(3, 1, 1.8, 25)
    _choose_variant(qtbot, panel, "DAS28-CRP")
    _type_into(qtbot, panel.das28_given_edit, f"{computed + 0.5:.2f}")
    edit = panel.das28_given_edit
    assert _is_amber(edit) and not field_marks.is_marked(edit)
    reason = edit.toolTip()
    assert f"{computed + 0.5:.2f}" in reason and f"{computed:.2f}" in reason
    assert "0.1" in reason and "DAS28-CRP" in reason
    assert reason in panel.das28_check_label.text()
    assert panel.das28_check_label.isVisible()
    # Within 0.1 of its components: no mark.
    edit.clear()
    _type_into(qtbot, edit, f"{computed + 0.04:.2f}")
    assert not _is_amber(edit)
    assert not panel.das28_check_label.isVisible()
    # The other variant is never compared with DAS28-CRP.
    edit.clear()
    _type_into(qtbot, edit, f"{computed + 0.5:.2f}")
    assert _is_amber(edit)
    _choose_variant(qtbot, panel, "DAS28-ESR")
    assert not _is_amber(edit)


def test_an_earlier_visit_shows_its_given_das28_and_keeps_it(panel: ScoresPanel) -> None:
    visit = Visit(None, DAY, das28_recorded=3.9, das28_recorded_variant=Das28Variant.ESR)
    panel.load(visit, [])
    assert panel.das28_given_edit.text() == "3.9"
    assert panel.das28_variant_combo.currentText() == "DAS28-ESR"
    again = panel.apply_to(Visit(None, DAY))
    assert (again.das28_recorded, again.das28_recorded_variant) == (3.9, Das28Variant.ESR)


def test_the_given_das28_comes_back_from_the_sections_state(
    qtbot: QtBot, panel: ScoresPanel
) -> None:
    _type_into(qtbot, panel.das28_given_edit, "5.l")
    _choose_variant(qtbot, panel, "DAS28-ESR")
    state = panel.state()
    other = ScoresPanel()
    qtbot.addWidget(other)
    assert other.restore_state(state) == []
    assert other.das28_given_edit.text() == "5.l"
    assert other.das28_variant_combo.currentData() == "esr"


def test_a_variant_in_a_draft_no_longer_offered_is_said(qtbot: QtBot) -> None:
    other = ScoresPanel()
    qtbot.addWidget(other)
    lost = other.restore_state({"das28_recorded": "4", "das28_recorded_variant": "sdai"})
    assert other.das28_given_edit.text() == "4"
    assert other.das28_variant_combo.currentData() is None
    assert len(lost) == 1 and "sdai" in lost[0] and "DAS28 given" in lost[0]


def test_a_draft_from_before_the_field_keeps_the_das28_the_visit_was_given(
    panel: ScoresPanel,
) -> None:
    """A draft written before this field existed says nothing of it: the edited visit's DAS28
    given stays as loaded (it was emptied, and Save would then have dropped it)."""
    visit = Visit(None, DAY, das28_recorded=3.9, das28_recorded_variant=Das28Variant.ESR)
    panel.load(visit, [])
    assert panel.restore_state({"pain_nrs": "4", "crp_unit": "mg/L"}) == []
    again = panel.apply_to(visit)
    assert (again.pain_nrs, again.das28_recorded, again.das28_recorded_variant) == (
        4, 3.9, Das28Variant.ESR,
    )
