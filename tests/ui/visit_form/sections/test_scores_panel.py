"""The visit form's disease-activity section, typed into as a nurse would.

Expected scores are worked out here from the formulas of DOMAIN.md §2.1–§2.2, not by calling
``calcitrack.domain.scores``.
"""

from __future__ import annotations

import itertools
import json
import math
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.errors import Problem
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.scores_panel import ScoresPanel

DAY = date(2026, 9, 14)


def _ra_chart() -> PatientChart:
    return next(c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN)


@pytest.fixture
def panel(qtbot: QtBot) -> ScoresPanel:
    widget = ScoresPanel()
    qtbot.addWidget(widget)
    widget.set_context(FormContext(_ra_chart(), DAY, DAY, 60.1))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot: QtBot, panel: ScoresPanel, entries: list[tuple[str, str]]) -> None:
    """Click into the first field, then type each value and Tab to the next, as a nurse does."""
    for field, text in entries:
        widget = panel.edits.get(field) or getattr(panel, field)
        widget.setFocus()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _das28_esr(tjc: int, sjc: int, esr: float, ptga: float) -> float:
    return 0.56 * math.sqrt(tjc) + 0.28 * math.sqrt(sjc) + 0.70 * math.log(esr) + 0.014 * ptga


def _das28_crp(tjc: int, sjc: int, crp_mg_l: float, ptga: float) -> float:
    return (
        0.56 * math.sqrt(tjc)
        + 0.28 * math.sqrt(sjc)
        + 0.36 * math.log(crp_mg_l + 1)
        + 0.014 * ptga
        + 0.96
    )


def test_typing_then_tab_moves_through_the_fields_in_order(
    qtbot: QtBot, panel: ScoresPanel
) -> None:
    order = [
        panel.edits["pain_nrs"],
        panel.edits["patient_global_mm"],
        panel.edits["evaluator_global_mm"],
        panel.edits["tender_joints_28"],
        panel.edits["swollen_joints_28"],
        panel.esr_edit,
        panel.crp_edit,
        panel.crp_unit_combo,
    ]
    order[0].setFocus()
    qtbot.keyClicks(order[0], "3")
    for current, following in itertools.pairwise(order):
        assert current.hasFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert following.hasFocus()


def test_das28_esr_is_live_and_names_its_variant(qtbot: QtBot, panel: ScoresPanel) -> None:
    _type(qtbot, panel, [("tender_joints_28", "4"), ("swollen_joints_28", "2"), ("esr_edit", "30")])
    assert panel.das28_esr_label.text() == "DAS28-ESR: needs patient global"
    _type(qtbot, panel, [("patient_global_mm", "40")])
    expected = _das28_esr(4, 2, 30, 40)  # 4.46
    assert panel.das28_esr_label.text() == f"DAS28-ESR {expected:.2f} (moderate)"
    assert panel.das28_crp_label.isHidden()


def test_das28_says_what_it_needs_when_nothing_is_typed(qtbot: QtBot, panel: ScoresPanel) -> None:
    assert panel.das28_esr_label.text() == "DAS28: needs TJC, SJC, ESR or CRP, patient global"
    _type(qtbot, panel, [("tender_joints_28", "1")])
    assert panel.das28_esr_label.text() == "DAS28: needs SJC, ESR or CRP, patient global"
    assert panel.cdai_label.text() == "CDAI: needs SJC, patient global, evaluator global"


def test_crp_in_mg_dl_gives_the_same_das28_crp_as_mg_l(qtbot: QtBot, panel: ScoresPanel) -> None:
    # The RA case: no tender or swollen joints, patient global 10 mm, CRP 2.1 mg/L → DAS28-CRP
    # 1.51 as published. The same CRP as 0.21 mg/dL must give the same score.
    expected = _das28_crp(0, 0, 2.1, 10)
    assert round(expected, 2) == 1.51
    fields = [("tender_joints_28", "0"), ("swollen_joints_28", "0"), ("patient_global_mm", "10")]
    _type(qtbot, panel, [*fields, ("crp_edit", "2.1")])
    assert panel.crp_unit_combo.currentData() == "mg/L"
    assert panel.das28_crp_label.text() == "DAS28-CRP 1.51 (remission)"
    assert panel.crp_conversion_label.text() == "= 0.21 mg/dL"
    assert not panel.das28_note_label.isHidden()  # the ESR bands underestimate on CRP

    panel.crp_edit.clear()
    qtbot.keyClicks(panel.crp_edit, "0.21")
    panel.crp_unit_combo.setCurrentIndex(panel.crp_unit_combo.findData("mg/dL"))
    assert panel.das28_crp_label.text() == "DAS28-CRP 1.51 (remission)"
    assert panel.crp_conversion_label.text() == "= 2.1 mg/L"

    # The report's slip: "2.1 mg/dL" is 21 mg/L and a different score.
    panel.crp_edit.clear()
    qtbot.keyClicks(panel.crp_edit, "2.1")
    assert panel.das28_crp_label.text() == f"DAS28-CRP {_das28_crp(0, 0, 21, 10):.2f} (remission)"
    assert panel.das28_crp_label.text() != "DAS28-CRP 1.51 (remission)"


def test_cdai_and_sdai_convert_crp_to_mg_dl(qtbot: QtBot, panel: ScoresPanel) -> None:
    _type(
        qtbot,
        panel,
        [
            ("patient_global_mm", "40"),
            ("evaluator_global_mm", "30"),
            ("tender_joints_28", "4"),
            ("swollen_joints_28", "2"),
        ],
    )
    cdai = 4 + 2 + 40 / 10 + 30 / 10  # 13: moderate (> 10 – 22)
    assert panel.cdai_label.text() == f"CDAI {cdai:g} (moderate)"
    assert panel.sdai_label.text() == "SDAI: needs CRP"
    _type(qtbot, panel, [("crp_edit", "15")])  # 15 mg/L = 1.5 mg/dL
    assert panel.sdai_label.text() == f"SDAI {cdai + 1.5:g} (moderate)"
    assert "1.5 mg/dL" in panel.sdai_label.toolTip()
    panel.crp_edit.clear()
    qtbot.keyClicks(panel.crp_edit, "1.5")
    panel.crp_unit_combo.setCurrentIndex(panel.crp_unit_combo.findData("mg/dL"))
    assert panel.sdai_label.text() == f"SDAI {cdai + 1.5:g} (moderate)"


def test_both_markers_show_both_variants(qtbot: QtBot, panel: ScoresPanel) -> None:
    fields = [("tender_joints_28", "3"), ("swollen_joints_28", "1"), ("patient_global_mm", "25")]
    _type(qtbot, panel, [*fields, ("esr_edit", "38"), ("crp_edit", "1.8")])
    assert panel.das28_esr_label.text() == f"DAS28-ESR {_das28_esr(3, 1, 38, 25):.2f} (moderate)"
    assert panel.das28_crp_label.text() == f"DAS28-CRP {_das28_crp(3, 1, 1.8, 25):.2f} (low)"


def test_out_of_range_field_turns_red_and_says_why(qtbot: QtBot, panel: ScoresPanel) -> None:
    _type(qtbot, panel, [("pain_nrs", "13"), ("esr_edit", "0")])
    pain = panel.edits["pain_nrs"]
    assert field_marks.is_marked(pain)
    assert "between 0 and 10" in pain.toolTip()
    assert "Pain NRS must be between 0 and 10" in panel.message_label.text()
    assert field_marks.is_marked(panel.esr_edit)
    assert "ESR must be at least 1 mm/h" in panel.message_label.text()
    pain.clear()
    qtbot.keyClicks(pain, "7")
    assert not field_marks.is_marked(pain)


def test_apply_to_and_lab_results(qtbot: QtBot, panel: ScoresPanel) -> None:
    _type(qtbot, panel, [("pain_nrs", "6"), ("tender_joints_28", "2"), ("crp_edit", "0.8")])
    panel.crp_unit_combo.setCurrentIndex(panel.crp_unit_combo.findData("mg/dL"))
    visit = panel.apply_to(Visit(None, DAY, pain_nrs=1, swollen_joints_28=5))
    assert visit.pain_nrs == 6 and isinstance(visit.pain_nrs, int)
    assert visit.tender_joints_28 == 2
    assert visit.swollen_joints_28 is None  # emptied here
    assert visit.patient_global_mm is None
    (crp,) = panel.lab_results(DAY)
    assert (crp.analyte, crp.value, crp.unit, crp.collected_on) == ("crp", 0.8, "mg/dL", DAY)
    assert crp.normalised_value == pytest.approx(8.0)
    assert crp.normalised_unit == "mg/L"


def test_load_an_earlier_visit_shows_its_values_and_that_days_esr_and_crp(
    panel: ScoresPanel,
) -> None:
    chart = _ra_chart()
    first = min(chart.visits, key=lambda v: v.visit_date)
    panel.load(first, chart.labs)
    assert panel.edits["pain_nrs"].text() == str(first.pain_nrs)
    assert panel.edits["patient_global_mm"].text() == "10"
    assert panel.esr_edit.text() == "50"
    assert panel.crp_edit.text() == "2.1" and panel.crp_unit_combo.currentData() == "mg/L"
    # The recorded DAS28-CRP of that visit (1.51) is what the panel works out.
    assert first.das28_recorded == 1.51
    assert panel.das28_crp_label.text() == "DAS28-CRP 1.51 (remission)"
    assert [r.analyte for r in panel.lab_results(first.visit_date)] == ["esr", "crp"]
    assert "upper limit 30 mm/h" not in panel.esr_hint_label.text()  # age 51 on DAY: 30.5
    assert "30.5 mm/h" in panel.esr_hint_label.text() and "↑" in panel.esr_hint_label.text()


def test_problems_are_routed_to_fields_and_labs(qtbot: QtBot, panel: ScoresPanel) -> None:
    _type(qtbot, panel, [("esr_edit", "20"), ("crp_edit", "3")])
    panel.show_problems(
        [
            Problem("swollen_joints_28", "must be between 0 and 28, got 30"),
            Problem("labs[1].value", "must not be negative"),
            Problem("labs[1].unit", "'mg' is not a unit of CRP"),
            Problem("visit_date", "is in the future"),
        ]
    )
    assert field_marks.is_marked(panel.edits["swollen_joints_28"])
    assert field_marks.is_marked(panel.crp_edit)
    assert field_marks.is_marked(panel.crp_unit_combo)
    assert not field_marks.is_marked(panel.esr_edit)
    assert "visit_date: is in the future" in panel.message_label.text()
    panel.show_problems([Problem("[0].value", "must not be negative")])
    assert field_marks.is_marked(panel.esr_edit)
    assert not field_marks.is_marked(panel.crp_edit)
    assert not field_marks.is_marked(panel.edits["swollen_joints_28"])
    panel.show_problems([])
    assert not field_marks.is_marked(panel.esr_edit)
    assert panel.message_label.text() == ""


def test_every_edit_emits_changed(qtbot: QtBot, panel: ScoresPanel) -> None:
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.keyClicks(panel.edits["pain_nrs"], "2")
    with qtbot.waitSignal(panel.changed, timeout=1000):
        panel.crp_unit_combo.setCurrentIndex(1)


def test_state_round_trips_exactly(qtbot: QtBot, panel: ScoresPanel) -> None:
    chart = _ra_chart()
    panel.load(chart.visits[3], chart.labs)
    _type(qtbot, panel, [("evaluator_global_mm", "5")])
    panel.crp_unit_combo.setCurrentIndex(panel.crp_unit_combo.findData("mg/dL"))
    state = panel.state()
    assert json.loads(json.dumps(state)) == state  # the draft file is JSON
    other = ScoresPanel()
    qtbot.addWidget(other)
    other.restore_state(state)
    assert other.state() == state
    assert other.das28_crp_label.text() == panel.das28_crp_label.text()
    assert other.lab_results(DAY) == panel.lab_results(DAY)
    blank = ScoresPanel()
    qtbot.addWidget(blank)
    other.restore_state(blank.state())
    assert other.state() == blank.state()


def test_an_edited_visits_esr_and_crp_keep_the_reporting_labs_range_while_the_unit_stays(
    panel: ScoresPanel,
) -> None:
    chart = _ra_chart()
    first = min(chart.visits, key=lambda v: v.visit_date)
    stored = {r.analyte: r for r in chart.labs if r.collected_on == first.visit_date}
    assert stored["esr"].ref_high is not None and stored["crp"].ref_high is not None
    panel.load(first, chart.labs)
    kept = {r.analyte: r for r in panel.lab_results(first.visit_date)}
    for code in ("esr", "crp"):
        assert (kept[code].ref_low, kept[code].ref_high) == (
            stored[code].ref_low,
            stored[code].ref_high,
        )
    # a CRP now typed in mg/dL: the lab's range (in mg/L) no longer applies to it
    panel.crp_unit_combo.setCurrentIndex(panel.crp_unit_combo.findData("mg/dL"))
    crp = next(r for r in panel.lab_results(first.visit_date) if r.analyte == "crp")
    assert (crp.unit, crp.ref_low, crp.ref_high) == ("mg/dL", None, None)
