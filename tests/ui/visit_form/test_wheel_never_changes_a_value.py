"""The mouse wheel scrolls; it never changes a value (QA trial: one wheel tick over the Route box
turned "Oral" into "Intravenous", over a lesion's Status "Active" into "Resolved", which was
saved). A real wheel event is sent to the widget under the pointer, focused or not: the value
stays, and the form (or the list, the dialog) scrolls instead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.patients.patient_dialog import PatientDialog
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView
from tests.support.accounts import open_signed_in

TODAY = date(2026, 10, 12)
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
    view.resize(1200, 700)  # shorter than the sections: the form scrolls
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def wheel(widget: QWidget, notches: int) -> None:
    """One real wheel event at the middle of ``widget``, sent to the widget under the pointer
    there (a spin box's text field, a combo box itself); ``notches`` < 0 scrolls down."""
    middle = widget.rect().center()
    under = widget.childAt(middle) or widget
    local = under.mapFrom(widget, middle)
    event = QWheelEvent(
        QPointF(local),
        QPointF(under.mapToGlobal(local)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(under, event)


def value_of(box: QWidget) -> object:
    if isinstance(box, QComboBox):
        return box.currentIndex(), box.currentText()
    assert isinstance(box, QAbstractSpinBox)
    return box.text()


def wheel_scrolls_not_changes(
    qtbot: QtBot, area: QAbstractScrollArea, box: QWidget, *, focused: bool
) -> None:
    """The wheel turned over ``box`` scrolls ``area`` (down, or up when at the end) and
    leaves the value of ``box`` as it was."""
    if focused:
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(box.hasFocus)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the test needs something to scroll"
    before, at = value_of(box), bar.value()
    notches = 1 if at == bar.maximum() else -1
    wheel(box, notches)
    wheel(box, notches)
    assert value_of(box) == before, f"{box.accessibleName()} changed under the wheel"
    assert bar.value() != at, f"the wheel over {box.accessibleName()} did not scroll"


@pytest.mark.parametrize("focused", [False, True], ids=["pointer-only", "focused"])
def test_the_wheel_over_the_visit_type_or_the_date_scrolls_the_form(
    qtbot: QtBot, form: VisitFormView, focused: bool
) -> None:
    wheel_scrolls_not_changes(qtbot, form.scroll_area, form.header.type_combo, focused=focused)
    wheel_scrolls_not_changes(qtbot, form.scroll_area, form.date_edit, focused=focused)
    assert form.visit_date() == TODAY


@pytest.mark.parametrize("focused", [False, True], ids=["pointer-only", "focused"])
def test_the_wheel_over_a_lesion_status_or_method_changes_nothing(
    qtbot: QtBot, form: VisitFormView, focused: bool
) -> None:
    row = form.lesions.rows[0]
    assert row.status_combo is not None
    form.scroll_area.ensureWidgetVisible(row.status_combo)
    wheel_scrolls_not_changes(qtbot, form.scroll_area, row.status_combo, focused=focused)
    wheel_scrolls_not_changes(qtbot, form.scroll_area, row.method, focused=focused)
    assert row.status_combo.currentText() == "Active"
    assert not form.is_dirty()


@pytest.mark.parametrize("focused", [False, True], ids=["pointer-only", "focused"])
def test_the_wheel_over_a_new_change_row_leaves_the_drug_and_route_as_chosen(
    qtbot: QtBot, form: VisitFormView, focused: bool
) -> None:
    """Rows added after the form opened are covered too: the nurse tabbed into the drug box of a
    dose change, then scrolled."""
    row = form.medications.add_change(MedicationChangeKind.DOSE)
    qtbot.waitUntil(lambda: row.drug_combo.isVisible())
    form.scroll_area.ensureWidgetVisible(row.route_combo)
    drug, route = row.drug_combo.currentText(), row.route_combo.currentText()
    wheel_scrolls_not_changes(qtbot, form.scroll_area, row.drug_combo, focused=focused)
    wheel_scrolls_not_changes(qtbot, form.scroll_area, row.route_combo, focused=focused)
    wheel_scrolls_not_changes(qtbot, form.scroll_area, row.frequency_combo, focused=focused)
    assert (row.drug_combo.currentText(), row.route_combo.currentText()) == (drug, route)
    start = form.medications.add_change(MedicationChangeKind.START)
    qtbot.waitUntil(lambda: start.drug_combo.isVisible())
    form.scroll_area.ensureWidgetVisible(start.drug_combo)
    wheel_scrolls_not_changes(qtbot, form.scroll_area, start.drug_combo, focused=focused)


def test_the_wheel_over_new_lesion_and_lab_rows_changes_nothing(
    qtbot: QtBot, form: VisitFormView
) -> None:
    lesion = form.lesions.add_lesion()
    assert lesion.site_combo is not None and lesion.side_combo is not None
    form.scroll_area.ensureWidgetVisible(lesion.site_combo)
    for box in (lesion.site_combo, lesion.side_combo, lesion.method):
        wheel_scrolls_not_changes(qtbot, form.scroll_area, box, focused=True)
    lab = form.labs.rows[0] if form.labs.rows else form.labs.add_row()
    form.scroll_area.ensureWidgetVisible(lab.analyte_combo)
    for box in (lab.analyte_combo, lab.unit_combo, form.scores.crp_unit_combo):
        form.scroll_area.ensureWidgetVisible(box)
        wheel_scrolls_not_changes(qtbot, form.scroll_area, box, focused=True)


def test_every_box_of_the_form_is_guarded(qtbot: QtBot, form: VisitFormView) -> None:
    """No drop-down, spin box or date edit anywhere in the form takes the wheel (the next one
    added to a section is covered without anyone remembering to)."""
    form.lesions.add_lesion()
    form.medications.add_change(MedicationChangeKind.START)
    boxes = [w for w in form.findChildren(QWidget) if isinstance(w, (QComboBox, QAbstractSpinBox))]
    assert len(boxes) > 20
    for box in boxes:
        if not box.isVisible():
            continue
        before = value_of(box)
        box.setFocus(Qt.FocusReason.TabFocusReason)
        for notches in (-1, 1):  # down, then up: no end of the list hides a change
            wheel(box, notches)
            assert value_of(box) == before, box.accessibleName() or box.objectName()


def test_the_wheel_over_a_question_on_the_form_changes_no_choice_nor_scrolls_the_form(
    qtbot: QtBot, form: VisitFormView
) -> None:
    """Save with lesions left unmeasured asks per lesion (not measured / resolved / excised):
    the wheel over a choice leaves it, and the form behind the question stays where it was."""
    form.scroll_area.verticalScrollBar().setValue(40)
    form.save()
    dialog = form.partial_question.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    for choice in dialog.choices.values():
        before = value_of(choice)
        for notches in (-1, 1):
            wheel(choice, notches)
            assert value_of(choice) == before
            assert form.scroll_area.verticalScrollBar().value() == 40
    dialog.reject()


def test_dm_patient_lesion_status_stays_active_under_the_wheel_and_saves_active(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The QA trial's reproduction: DEMO-0002, one tick over R buttock's Status."""
    view = VisitFormView(_CHARTS[DEMO_DM_MRN], today=TODAY, drafts=DraftStore(tmp_path / "d"))
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    for row in view.lesions.rows:
        assert row.status_combo is not None
        view.scroll_area.ensureWidgetVisible(row.status_combo)
        wheel(row.status_combo, -1)
        wheel(row.method, -1)
    assert {r.status_combo.currentText() for r in view.lesions.rows if r.status_combo} == {
        "Active"
    }
    assert not view.entry().status_changes


# ------------------------------------------------------------------ the rest of the window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    ChartService(clinic.context()).add_charts(demo_charts())
    clinic.today = lambda: TODAY
    shown = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    clinic.close()


def test_the_wheel_changes_no_filter_of_the_patient_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.patient_list
    listed = panel.visible_mrns()
    for box in (panel.disease_combo, panel.status_combo, panel.sort_combo):
        before = value_of(box)
        box.setFocus(Qt.FocusReason.TabFocusReason)
        wheel(box, -1)
        wheel(box, -1)
        assert value_of(box) == before, box.accessibleName()
    assert panel.visible_mrns() == listed


def test_the_wheel_changes_nothing_in_the_patient_dialog(qtbot: QtBot, window: MainWindow) -> None:
    """A dialog the window opens is covered too (its parent is the window)."""
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.edit_patient_action.isEnabled())
    window.edit_patient_action.trigger()
    dialog = window.findChild(PatientDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    combos = [w for w in dialog.fields.values() if isinstance(w, QComboBox)]
    assert combos
    for box in combos:
        before = value_of(box)
        box.setFocus(Qt.FocusReason.TabFocusReason)
        for notches in (-1, 1):  # down, then up: no end of the list hides a change
            wheel(box, notches)
            assert value_of(box) == before, box.accessibleName()
    dialog.reject()
