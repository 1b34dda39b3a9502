"""No silent change to a number, through the real visit form on the stored demo clinic: what is
typed in any number field stays as typed; text that is not a number is marked on the field, named
in its section's message line and in the list of problems, and the visit cannot be saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Side
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView
from tests.ui.keyboard import type_text
from tests.ui.visit_question import keep_not_measured

TODAY = date(2026, 10, 12)
CTRL = Qt.KeyboardModifier.ControlModifier
LETTERS = "letters are not allowed"
_CHARTS: dict[str, PatientChart] = {}


@pytest.fixture(scope="module", autouse=True)
def stored_charts(stored_demo_charts: dict[str, PatientChart]) -> Iterator[None]:
    _CHARTS.update(stored_demo_charts)
    yield
    _CHARTS.clear()


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


@pytest.fixture
def form(qtbot: QtBot, drafts: DraftStore) -> VisitFormView:
    return open_form(qtbot, drafts)


def open_form(qtbot: QtBot, drafts: DraftStore) -> VisitFormView:
    view = VisitFormView(_CHARTS[DEMO_RA_MRN], today=TODAY, drafts=drafts)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def type_into(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Focus the field, type ``text`` key by key, then Tab away, as a nurse would."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def listed(form: VisitFormView) -> list[str]:
    return [form.problem_list.item(i).text() for i in range(form.problem_list.count())]


def save_is_refused(qtbot: QtBot, form: VisitFormView) -> list[str]:
    with qtbot.assertNotEmitted(form.save_requested):
        focused = QApplication.focusWidget() or form
        qtbot.keyClick(focused, Qt.Key.Key_S, CTRL)
    assert form.problem_list.isVisible()
    assert form.status_label.text() == "Not saved: see the problems above"
    return listed(form)


# ------------------------------------------------------------------ the reproduction


def test_1l0_in_a_lesion_width_stays_1l0_is_marked_and_the_visit_is_not_saved(
    qtbot: QtBot, form: VisitFormView
) -> None:
    knee = form.lesions.row("R knee")
    type_into(qtbot, knee.longest, "40")
    type_into(qtbot, knee.width, "1l0")
    assert knee.width.text() == "1l0"  # not 10: nothing typed is dropped
    reason = "“1l0” is not a number — letters are not allowed (“l” is a letter, not the digit 1)"
    named = f"Lesion R knee, width: {reason}"
    assert field_marks.is_marked(knee.width)  # at once, on the field
    qtbot.waitUntil(lambda: form.lesions.message_label.text() == named)
    assert form.lesions.message_label.isVisible()
    assert knee.width.toolTip() == named
    assert knee.width.accessibleDescription() == named
    assert knee.area_label.text() == "—"  # no area worked out from a number nobody typed

    assert save_is_refused(qtbot, form) == [named]
    assert knee.width.text() == "1l0"
    assert form.entry().visit.lesion_measurements == ()
    qtbot.keyClick(form.problem_list, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is knee.width

    knee.width.selectAll()
    qtbot.keyClicks(knee.width, "10")
    assert not field_marks.is_marked(knee.width)  # at once
    qtbot.waitUntil(form.lesions.message_label.isHidden)
    with qtbot.waitSignal(form.save_requested) as saved:
        form.save_button.click()
        keep_not_measured(qtbot, form, next_question=True)  # the others: not measured today
        qtbot.waitUntil(lambda: form.unusual.dialog is not None)
        dialog = form.unusual.dialog
        assert dialog is not None and "shrank by 70 %" in dialog.table.text()  # from 45×30 mm
        dialog.confirm_button.click()
    (measurement,) = saved.args[0].visit.lesion_measurements
    assert (measurement.longest_mm, measurement.width_mm) == (40.0, 10.0)


def test_7o_in_a_lesion_size_is_not_saved_as_7(qtbot: QtBot, form: VisitFormView) -> None:
    knee = form.lesions.row("R knee")
    type_into(qtbot, knee.longest, "7O")
    type_into(qtbot, knee.width, "5")
    assert knee.longest.text() == "7O"
    texts = save_is_refused(qtbot, form)
    assert texts == [
        "Lesion R knee, longest diameter: “7O” is not a number — letters are not allowed "
        "(“O” is a letter, not the digit 0)"
    ]


def test_a_minus_sign_in_a_lesion_depth_is_refused_not_dropped(
    qtbot: QtBot, form: VisitFormView
) -> None:
    knee = form.lesions.row("R knee")
    for edit, text in ((knee.longest, "40"), (knee.width, "30"), (knee.depth, "−8")):
        type_into(qtbot, edit, text)
    assert knee.depth.text() == "−8"
    assert save_is_refused(qtbot, form) == [
        "Lesion R knee, depth: must not be negative (typed “−8”)"
    ]


def test_abc_in_esr_is_kept_and_refused_not_left_blank(qtbot: QtBot, form: VisitFormView) -> None:
    type_into(qtbot, form.scores.esr_edit, "abc")
    assert form.scores.esr_edit.text() == "abc"
    reason = "“abc” is not a number — letters are not allowed"
    assert form.scores.message_label.text() == f"ESR: {reason}"  # the section says it at once
    assert save_is_refused(qtbot, form) == [f"Disease activity: ESR: {reason}"]
    assert form.scores.esr_edit.text() == "abc"


# ---------------------------------------------------- every number field of the form

Getter = Callable[[VisitFormView], NumberEdit]


def _lab(field: str) -> Getter:
    def edit(form: VisitFormView) -> NumberEdit:
        if not form.labs.rows:
            form.labs.add_row("calcium_total")
        return form.labs.rows[0].number_edits()[field]

    return edit


def _dose(form: VisitFormView) -> NumberEdit:
    if not form.medications.rows:
        form.medications.add_change(MedicationChangeKind.DOSE)
    return form.medications.rows[0].dose_edit


FIELDS: list[tuple[str, Getter, str]] = [
    ("Lesion R knee, longest diameter", lambda f: f.lesions.row("R knee").longest, "4O"),
    ("Lesion R knee, depth", lambda f: f.lesions.row("R knee").depth, "8 mm"),
    ("Disease activity: Pain NRS", lambda f: f.scores.edits["pain_nrs"], "-3"),
    ("Disease activity: Patient global", lambda f: f.scores.edits["patient_global_mm"], "4O"),
    ("Disease activity: Evaluator global", lambda f: f.scores.edits["evaluator_global_mm"], "l5"),
    ("Disease activity: Tender joints TJC28", lambda f: f.scores.edits["tender_joints_28"], "2,5"),
    ("Disease activity: Swollen joints SJC28", lambda f: f.scores.edits["swollen_joints_28"], "O"),
    ("Disease activity: CRP", lambda f: f.scores.crp_edit, "1,234.5"),
    (
        "Range of motion: right hip flexion",
        lambda f: f.rom.cell("hip", "flexion", Side.RIGHT),
        "11O",
    ),
    ("Labs: Calcium, total (serum/plasma), value", _lab("value"), "2.4O"),
    ("Labs: Calcium, total (serum/plasma), lab low", _lab("ref_low"), "2,1O"),
    ("Labs: Calcium, total (serum/plasma), lab high", _lab("ref_high"), "1,000"),
    ("Weight", lambda f: f.vitals.edits["weight_kg"], "6O"),
    ("Height", lambda f: f.vitals.edits["height_cm"], "l60"),
    ("Heart rate", lambda f: f.vitals.edits["heart_rate_bpm"], "7 2"),
    ("Systolic BP", lambda f: f.vitals.edits["systolic_bp_mmhg"], "12O"),
    ("Diastolic BP", lambda f: f.vitals.edits["diastolic_bp_mmhg"], "-80"),
    ("Medications: Change dose of Methotrexate, new dose", _dose, "9O"),
]


@pytest.mark.parametrize(("name", "field", "text"), FIELDS, ids=[f[0] for f in FIELDS])
def test_every_number_field_keeps_the_text_and_the_form_names_it_on_save(
    qtbot: QtBot, form: VisitFormView, name: str, field: Getter, text: str
) -> None:
    edit = field(form)
    type_into(qtbot, edit, text)
    assert edit.text() == text
    assert edit.value() is None
    reason = edit.problem()
    assert reason is not None
    assert field_marks.is_marked(edit)
    texts = save_is_refused(qtbot, form)
    assert f"{name}: {reason}" in texts, texts
    assert edit.text() == text
    assert reason in edit.toolTip() and edit.accessibleDescription() == edit.toolTip()
    section_lines = [
        label.text()
        for label in form.findChildren(QLabel)
        if label.accessibleName() == "Problems" and label.isVisible()
    ]
    assert any(reason in line for line in section_lines), section_lines


def test_a_draft_keeps_1l0_as_typed_and_brings_it_back_marked(
    qtbot: QtBot, drafts: DraftStore
) -> None:
    form = open_form(qtbot, drafts)
    knee = form.lesions.row("R knee")
    type_into(qtbot, knee.longest, "40")
    type_into(qtbot, knee.width, "1l0")
    type_into(qtbot, form.scores.esr_edit, "abc")
    form.keep_draft()
    sections = drafts.load(form.draft_key)["sections"]  # type: ignore[index]
    assert sections["scores"]["esr"] == "abc"
    form.close()

    again = open_form(qtbot, drafts)
    assert again.has_draft()
    again.restore_draft()
    width = again.lesions.row("R knee").width
    assert (width.text(), again.scores.esr_edit.text()) == ("1l0", "abc")
    assert field_marks.is_marked(width) and field_marks.is_marked(again.scores.esr_edit)
    texts = save_is_refused(qtbot, again)
    assert [t.split(":")[0] for t in texts] == ["Lesion R knee, width", "Disease activity"]
