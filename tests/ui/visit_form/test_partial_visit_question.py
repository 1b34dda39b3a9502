"""A visit saved with active lesions left unmeasured: the form asks, per lesion, not measured today
/ resolved / excised, answered from the keyboard; and its live line compares only the lesions
measured at both visits (calcitrack.ui.visit_form.partial, unmeasured_lesions_dialog,
lesion_burden_text), on the stored demo chart of DEMO-0001.

DEMO-0001's last visit (2026-09-14) measured its five lesions; R knee was 45 × 30 mm. Today
(2026-10-12) the nurse measures R knee alone, 40 × 28 mm: the change on the one lesion measured at
both is (1120 − 1350) / 1350 = −17.0 %; the old comparison of totals read −96.6 %.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visits.visit_completeness import unmeasured_at
from calcitrack.domain.visits.visit_entry import LesionStatusChange, VisitEntry
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView
from calcitrack.ui.visit_form.unmeasured_lesions_dialog import (
    UnmeasuredLesion,
    UnmeasuredLesionsDialog,
)
from tests.ui.visit_question import answer, keep_not_measured, open_question

TODAY = date(2026, 10, 12)
CTRL = Qt.KeyboardModifier.ControlModifier
OTHERS = ("R lateral thigh", "R buttock", "L lateral thigh", "R upper chest")
_CHARTS: dict[str, PatientChart] = {}


@pytest.fixture(scope="module", autouse=True)
def stored_charts(stored_demo_charts: dict[str, PatientChart]) -> Iterator[None]:
    _CHARTS.update(stored_demo_charts)
    yield
    _CHARTS.clear()


@pytest.fixture
def form(qtbot: QtBot, tmp_path: Path) -> VisitFormView:
    view = VisitFormView(_CHARTS[DEMO_RA_MRN], today=TODAY, drafts=DraftStore(tmp_path / "d"))
    qtbot.addWidget(view)
    view.resize(1200, 900)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def _type(qtbot: QtBot, start: object, *values: str) -> None:
    start.setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
    for value in values:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, value)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def _measure_knee_only(qtbot: QtBot, form: VisitFormView) -> None:
    _type(qtbot, form.lesions.row("R knee").longest, "40", "28", "8")


def _ctrl_s(qtbot: QtBot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_S, CTRL)


def _focused_choice() -> QComboBox:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QComboBox)
    return focused


# ------------------------------------------------------------------------- the live line


def test_the_live_line_compares_only_the_lesion_measured_at_both(
    qtbot: QtBot, form: VisitFormView
) -> None:
    line = form.lesions.burden_label
    assert line.text() == "No lesion measured today yet (5 active)."
    _measure_knee_only(qtbot, form)
    by_hand = (40 * 28 - 45 * 30) / (45 * 30) * 100
    assert round(by_hand) == -17
    assert line.text() == (
        "Burden today: 880 mm² (ellipse, 1 of 5 active lesions measured) · −17 % from previous "
        f"visit (2026-09-14), 1 of 5 lesions measured at both; {', '.join(OTHERS)} not measured "
        "today."
    )
    assert "−97 %" not in line.text()
    # an answer in a lesion's Status box takes it out of the comparison's gaps
    chest = form.lesions.row("R upper chest").status_combo
    assert chest is not None
    chest.setCurrentIndex(chest.findData(LesionStatus.EXCISED.value))
    # R upper chest 8 × 6 = 48 then, 0 now: (1120 − 1350 − 48) / (1350 + 48) = −19.9 %
    assert "−20 % from previous visit (2026-09-14), 1 of 5 lesions measured at both; " in (
        line.text()
    )
    assert "R upper chest resolved or excised since (counted as 0)" in line.text()


# ---------------------------------------------------------------------------- the question


def test_ctrl_s_asks_about_each_lesion_not_measured_and_enter_saves_them_not_measured(
    qtbot: QtBot, form: VisitFormView
) -> None:
    _measure_knee_only(qtbot, form)
    with qtbot.assertNotEmitted(form.save_requested):
        _ctrl_s(qtbot)
    dialog = open_question(qtbot, form)
    assert dialog.windowTitle() == "Lesions not measured"
    assert list(dialog.choices) == list(OTHERS)
    texts = [w.text() for w in dialog.findChildren(type(form.lesions.burden_label))]
    assert "Thigh, right" in texts  # site
    assert "last 225×85 mm, depth 19 mm on 2026-09-14 (ultrasound)" in texts  # last size
    assert all(c.currentText() == "Not measured today" for c in dialog.choices.values())
    assert _focused_choice() is dialog.choices["R lateral thigh"]  # keyboard in the first line

    with qtbot.waitSignal(form.save_requested) as saved:
        keep_not_measured(qtbot, form)
    entry: VisitEntry = saved.args[0]
    assert [m.lesion_label for m in entry.visit.lesion_measurements] == ["R knee"]
    assert entry.status_changes == ()
    # stored like this, the visit is incomplete, derived from what is stored
    assert unmeasured_at(form.chart.lesions, entry.visit) == OTHERS


def test_resolved_and_excised_are_chosen_with_the_keyboard_and_become_status_changes(
    qtbot: QtBot, form: VisitFormView
) -> None:
    _measure_knee_only(qtbot, form)
    _ctrl_s(qtbot)
    dialog = open_question(qtbot, form)
    qtbot.keyClicks(_focused_choice(), "R")  # R lateral thigh: resolved
    qtbot.keyClick(_focused_choice(), Qt.Key.Key_Tab)
    assert _focused_choice() is dialog.choices["R buttock"]
    qtbot.keyClick(_focused_choice(), Qt.Key.Key_Down)  # resolved …
    qtbot.keyClick(_focused_choice(), Qt.Key.Key_Down)  # … excised
    qtbot.keyClick(_focused_choice(), Qt.Key.Key_Tab)
    qtbot.keyClick(_focused_choice(), Qt.Key.Key_Tab)  # L lateral thigh: not measured
    qtbot.keyClicks(_focused_choice(), "E")  # R upper chest: excised
    assert dialog.answers() == {
        "R lateral thigh": LesionStatus.RESOLVED,
        "R buttock": LesionStatus.EXCISED,
        "L lateral thigh": None,
        "R upper chest": LesionStatus.EXCISED,
    }
    with qtbot.waitSignal(form.save_requested) as saved:
        answer(qtbot, form, Qt.Key.Key_Return)
    entry: VisitEntry = saved.args[0]
    assert entry.status_changes == (
        LesionStatusChange("R lateral thigh", LesionStatus.RESOLVED),
        LesionStatusChange("R buttock", LesionStatus.EXCISED),
        LesionStatusChange("R upper chest", LesionStatus.EXCISED),
    )
    # the same path as choosing it in the lesion's own Status box
    status = form.lesions.row("R buttock").status_combo
    assert status is not None and status.currentData() == LesionStatus.EXCISED.value
    assert form.lesions.row("L lateral thigh").status() is LesionStatus.ACTIVE


def test_esc_goes_back_to_the_form_with_nothing_changed_and_saved(
    qtbot: QtBot, form: VisitFormView
) -> None:
    _measure_knee_only(qtbot, form)
    _ctrl_s(qtbot)
    open_question(qtbot, form)
    qtbot.keyClicks(_focused_choice(), "R")  # chosen, then thought better of
    with qtbot.assertNotEmitted(form.save_requested):
        answer(qtbot, form, Qt.Key.Key_Escape)
    assert form.partial_question.dialog is None
    assert form.entry().status_changes == ()
    assert [r.label() for r in form.lesions.unmeasured_rows()] == list(OTHERS)
    first = form.lesions.row("R lateral thigh").longest
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)  # measure it now
    assert form.save_button.isEnabled()
    _type(qtbot, first, "220", "80")
    _ctrl_s(qtbot)  # asked again, now about three lesions
    assert list(open_question(qtbot, form).choices) == list(OTHERS[1:])


def test_a_visit_with_every_active_lesion_accounted_for_is_saved_without_a_question(
    qtbot: QtBot, form: VisitFormView
) -> None:
    _measure_knee_only(qtbot, form)
    for label in OTHERS:
        status = form.lesions.row(label).status_combo
        assert status is not None
        status.setCurrentIndex(status.findData(LesionStatus.RESOLVED.value))
    with qtbot.waitSignal(form.save_requested):
        _ctrl_s(qtbot)
    assert form.partial_question.dialog is None


def test_after_a_refused_save_the_same_answers_are_not_asked_again(
    qtbot: QtBot, form: VisitFormView
) -> None:
    _measure_knee_only(qtbot, form)
    _ctrl_s(qtbot)
    with qtbot.waitSignal(form.save_requested):
        keep_not_measured(qtbot, form)
    form.save_failed("The database was busy", [])
    with qtbot.waitSignal(form.save_requested):
        form.save()
    assert form.partial_question.dialog is None


def test_the_question_shows_its_text_and_every_last_size_whole(qtbot: QtBot) -> None:
    # it once opened narrower than its content: the intro cut at the top, the last sizes cut
    dialog = UnmeasuredLesionsDialog(
        [
            UnmeasuredLesion(
                "L lateral thigh", "Thigh, left",
                "last 90×45 mm, depth 11 mm on 2026-09-14 (ultrasound)",
            ),
            UnmeasuredLesion(
                "R upper chest", "Chest, right", "last 8×6 mm, depth 8 mm on 2026-09-14 (caliper)"
            ),
        ],
        today=True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in dialog.findChildren(QLabel):
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()
