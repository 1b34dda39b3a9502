"""The DAS28 a clinic was given, in the whole visit form on the stored demo clinic: typed and its
variant chosen with the keyboard alone, a value without its variant named on Save (not while she
is still choosing it), and what is saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView
from tests.ui.visit_question import keep_not_measured

TODAY = date(2026, 10, 12)
CTRL = Qt.KeyboardModifier.ControlModifier


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
         ) -> None:  # fmt: skip
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def test_a_das28_given_is_typed_its_variant_asked_on_save_and_saved(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart], tmp_path: Path
) -> None:
    form = VisitFormView(stored_demo_charts[DEMO_RA_MRN], today=TODAY,
                         drafts=DraftStore(tmp_path / "drafts"))  # fmt: skip
    qtbot.addWidget(form)
    form.resize(1200, 900)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    given, variant = form.scores.das28_given_edit, form.scores.das28_variant_combo
    given.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(given, "4.2")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is variant
    qtbot.wait(450)  # the live check has run: choosing the variant is still to come
    assert not field_marks.is_marked(variant)

    assert form.save() is False
    texts = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert "Disease activity: DAS28 given variant: a recorded DAS28 needs its variant (ESR or " \
           "CRP), and a variant its DAS28" in texts
    assert field_marks.is_marked(variant)
    form.problem_list.setFocus()
    form.problem_list.setCurrentRow(texts.index(next(t for t in texts if "DAS28" in t)))
    _key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is variant
    _key(qtbot, Qt.Key.Key_Down)  # — → DAS28-ESR
    assert variant.currentText() == "DAS28-ESR"
    qtbot.waitUntil(lambda: not field_marks.is_marked(variant))

    _key(qtbot, Qt.Key.Key_S, CTRL)
    with qtbot.waitSignal(form.save_requested) as saved:
        keep_not_measured(qtbot, form)
    visit = saved.args[0].visit
    assert (visit.das28_recorded, visit.das28_recorded_variant) == (4.2, Das28Variant.ESR)
