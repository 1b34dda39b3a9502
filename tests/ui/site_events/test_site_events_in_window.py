"""Imaging studies and procedures entered, corrected and deleted in the real window by a nurse with
the keyboard alone, on a real SQLite file: the Imaging & procedures tab's buttons (Alt+G, Alt+U,
F2, Delete) and the visit form's "Imaging & procedures…"; a refusal (a date before birth, a
signed visit's day, someone else's save meanwhile) is said over the dialog, which keeps what was
typed, the cursor back in the field, and nothing is stored."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import ImagingModality, ImagingVerdict, Laterality, Role
from calcitrack.domain.entities import ImagingStudy, PatientChart
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.site_event_service import SiteEventService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.records import SiteEventDeletionRecord
from calcitrack.store.schema import metadata
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.site_events.event_dialog import SiteEventDialog
from calcitrack.ui.site_events.imaging_dialog import ImagingDialog
from calcitrack.ui.site_events.procedure_dialog import ProcedureDialog
from calcitrack.ui.site_events.site_event_flow import SiteEventFlow
from calcitrack.ui.workspace.patient_workspace import SITE_EVENTS
from tests.support.accounts import TEST_PASSWORD, open_signed_in, signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
MRN = "IMG-1"
D1 = date(2025, 1, 13)  # the sample chart's first visit, with its X-ray
ALT = Qt.KeyboardModifier.AltModifier
FINGER, ELBOW = "R index finger", "L elbow"


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    ChartService(opened.context()).add_charts([sample_chart(MRN)])
    signed_in(opened, "nurse.img", "Nurse Img", Role.NURSE)
    opened.today = lambda: TODAY
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    shown = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.open_patient(MRN)
    qtbot.waitUntil(lambda: shown.workspace.chart is not None)
    shown.workspace.tabs.setCurrentIndex(SITE_EVENTS)
    qtbot.waitUntil(shown.workspace.site_events.view.isVisible)
    return shown


def _flow(window: MainWindow) -> SiteEventFlow:
    flow = window.findChild(SiteEventFlow)
    assert isinstance(flow, SiteEventFlow)
    return flow


def _chart(clinic: Clinic) -> PatientChart:
    return PatientService(clinic.context()).chart(MRN)


def _dump(clinic: Clinic) -> dict[str, list[str]]:
    with clinic.engine.connect() as conn:
        return {
            t.name: sorted(repr(tuple(row)) for row in conn.execute(select(t)))
            for t in metadata.sorted_tables
        }


def _closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _dialog(qtbot: QtBot, window: MainWindow) -> SiteEventDialog:
    flow = _flow(window)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Alt+``key`` in the Imaging & procedures tab."""
    view = _back_to(qtbot, window)
    qtbot.keyClick(view, key, ALT)


def _on_row(qtbot: QtBot, window: MainWindow, row: int, key: Qt.Key) -> None:
    """``key`` (F2, Delete) on the table's ``row``."""
    view = _back_to(qtbot, window)
    view.selectRow(row)
    qtbot.keyClick(view, key)


def _back_to(qtbot: QtBot, window: MainWindow) -> QWidget:
    window.activateWindow()  # back from a dialog
    qtbot.waitUntil(window.isActiveWindow)
    view = window.workspace.site_events.view
    view.setFocus()
    return view


def _retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _type_date(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Focus the date as Tab does (its first section selected), type it, Tab away."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Type the start of an item's text into the combo, as a person does."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def _tick(qtbot: QtBot, lesions: QListWidget, *labels: str) -> None:
    lesions.setFocus()
    for row in range(lesions.count()):
        lesions.setCurrentRow(row)
        item = lesions.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in labels
        if wanted != (item.checkState() == Qt.CheckState.Checked):
            qtbot.keyClick(lesions, Qt.Key.Key_Space)
        assert (item.checkState() == Qt.CheckState.Checked) == wanted


def _new_xray(qtbot: QtBot, window: MainWindow) -> ImagingDialog:
    _press(qtbot, window, Qt.Key.Key_G)  # New imagin&g study…
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, ImagingDialog)
    assert dialog.modality_combo.hasFocus()  # the keyboard starts at the first field
    _type_date(qtbot, dialog.date_edit, "2026-11-02")
    _choose(qtbot, dialog.site_combo, "Hand")
    _choose(qtbot, dialog.side_combo, "Right")
    _tick(qtbot, dialog.lesion_list, FINGER, ELBOW)
    _retype(qtbot, dialog.findings_edit, "Extensive subcutaneous calcifications")
    _retype(qtbot, dialog.reader_edit, "Dr Radiologist")
    _choose(qtbot, dialog.verdict_combo, "More")
    return dialog


def test_a_nurse_adds_corrects_and_deletes_an_xray_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    dialog = _new_xray(qtbot, window)
    qtbot.keyClick(dialog.verdict_combo, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: _closed(dialog))
    (study,) = [s for s in _chart(clinic).imaging if s.study_date == date(2026, 11, 2)]
    assert dataclasses.replace(study, id=None, patient_id=None, version=0) == ImagingStudy(
        date(2026, 11, 2), ImagingModality.XRAY, "hand", Laterality.RIGHT, (FINGER, ELBOW),
        "Extensive subcutaneous calcifications", "Dr Radiologist", ImagingVerdict.MORE,
    )  # fmt: skip
    panel = window.workspace.site_events
    model = panel.model
    assert [model.data(model.index(0, c)) for c in range(model.columnCount())] == [
        "2026-11-02", "X-ray", "Hand", "Right", f"{FINGER}, {ELBOW}", "More calcification",
        "Extensive subcutaneous calcifications", "Dr Radiologist", "—",
    ]  # fmt: skip
    assert window.focusWidget() is panel.view  # back in the list, on the row just saved
    assert panel.selected() == study

    _on_row(qtbot, window, 0, Qt.Key.Key_F2)  # Correct…
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, ImagingDialog)
    assert dialog.verdict_combo.currentText() == "More calcification"
    _choose(qtbot, dialog.verdict_combo, "Unchanged")
    _tick(qtbot, dialog.lesion_list, FINGER)
    qtbot.keyClick(dialog.lesion_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(dialog))
    corrected = next(s for s in _chart(clinic).imaging if s.id == study.id)
    assert (corrected.verdict, corrected.lesion_labels, corrected.version) == (
        ImagingVerdict.UNCHANGED, (FINGER,), study.version + 1
    )
    with clinic.engine.connect() as conn:
        update = conn.exec_driver_sql(
            "SELECT changes_json FROM audit_log WHERE action = 'update' "
            "AND table_name = 'imaging_studies'"
        ).scalar_one()
    assert json.loads(update)["verdict"] == ["more", "unchanged"]

    _on_row(qtbot, window, 0, Qt.Key.Key_Delete)
    flow = _flow(window)
    qtbot.waitUntil(lambda: flow.delete_dialog is not None and flow.delete_dialog.isVisible())
    remove = flow.delete_dialog
    assert remove is not None and not remove.delete_button.isEnabled()  # no reason yet
    remove.activateWindow()
    qtbot.waitUntil(remove.isActiveWindow)
    qtbot.keyClicks(remove.reason_edit, "Entered for the wrong patient")
    qtbot.keyClick(remove.reason_edit, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: _closed(remove))
    assert study.id not in [s.id for s in _chart(clinic).imaging]
    with clinic.uow.read() as session:
        (kept,) = session.scalars(select(SiteEventDeletionRecord))
        assert (kept.kind, kept.record_id, kept.reason) == (
            "imaging", study.id, "Entered for the wrong patient"
        )


def test_a_procedure_before_birth_is_named_over_the_dialog_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    before = _dump(clinic)
    _press(qtbot, window, Qt.Key.Key_U)  # New proced&ure…
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, ProcedureDialog)
    _type_date(qtbot, dialog.date_edit, "1960-01-01")
    _choose(qtbot, dialog.site_combo, "Elbow")
    _tick(qtbot, dialog.lesion_list, ELBOW)
    _retype(qtbot, dialog.operator_edit, "Dr Surgeon")
    qtbot.keyClick(dialog.operator_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem_box is not None and dialog.problem_box.isVisible())
    box = dialog.problem_box
    assert box is not None
    assert "Date: 1960-01-01 is before the patient's date of birth (1968-06-02)" in box.text()
    assert _dump(clinic) == before
    qtbot.keyClick(box, Qt.Key.Key_Return)  # read: the cursor is back in the date
    qtbot.waitUntil(dialog.date_edit.hasFocus)
    assert dialog.isVisible() and dialog.operator_edit.text() == "Dr Surgeon"  # as typed


def test_a_blank_site_is_named_before_the_service_is_asked_and_esc_cancels(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    before = _dump(clinic)
    _press(qtbot, window, Qt.Key.Key_G)
    dialog = _dialog(qtbot, window)
    qtbot.keyClick(dialog.modality_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem_box is not None and dialog.problem_box.isVisible())
    assert dialog.problem_box is not None
    assert "Body site: is required" in dialog.problem_box.text()
    dialog.problem_box.accept()
    qtbot.waitUntil(dialog.site_combo.hasFocus)
    qtbot.keyClick(dialog.site_combo, Qt.Key.Key_Escape)  # Esc cancels
    qtbot.waitUntil(lambda: _closed(dialog))
    assert _dump(clinic) == before


def test_on_a_signed_visit_day_a_nurse_is_told_it_needs_a_physicians_amendment(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    owner = open_signed_in(clinic.where)
    try:
        chart = PatientService(owner.context()).chart(MRN)
        visit = next(v for v in chart.visits if v.visit_date == D1)
        VisitService(owner.context()).sign(MRN, visit, TEST_PASSWORD)
    finally:
        owner.close()
    window.refresh()
    qtbot.waitUntil(lambda: window.workspace.chart is not None
                    and window.workspace.chart.signature_of(visit.id) is not None)  # fmt: skip
    before = _dump(clinic)
    _press(qtbot, window, Qt.Key.Key_U)
    dialog = _dialog(qtbot, window)
    _type_date(qtbot, dialog.date_edit, D1.isoformat())
    _choose(qtbot, dialog.site_combo, "Finger")
    qtbot.keyClick(dialog.site_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem_box is not None and dialog.problem_box.isVisible())
    assert dialog.problem_box is not None
    text = dialog.problem_box.text()
    assert "2025-01-13" in text and "signed" in text and "a physician amends it" in text
    assert _dump(clinic) == before
    dialog.problem_box.accept()
    dialog.reject()

    panel = window.workspace.site_events  # the visit's X-ray: correcting it does not open
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.data(panel.model.index(r, 0)) == D1.isoformat())  # fmt: skip
    _on_row(qtbot, window, row, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: getattr(window, "message_box", None) is not None)
    qtbot.waitUntil(window.message_box.isVisible)
    assert "amending that visit" in window.message_box.text()
    assert _flow(window).dialog is None


def test_a_correction_saved_meanwhile_elsewhere_is_refused_with_who(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    panel = window.workspace.site_events
    procedure_row = next(r for r in range(panel.model.rowCount())
                         if panel.model.data(panel.model.index(r, 1)) == "Surgical excision")
    _on_row(qtbot, window, procedure_row, Qt.Key.Key_F2)
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, ProcedureDialog)
    other = open_signed_in(clinic.where, "nurse.other", "Nurse Other", Role.NURSE)
    try:
        read = PatientService(other.context()).chart(MRN).procedures[0]
        SiteEventService(other.context()).correct_procedure(
            MRN, read, dataclasses.replace(read, operator="Dr Elsewhere")
        )
    finally:
        other.close()
    before = _dump(clinic)
    _retype(qtbot, dialog.operator_edit, "Dr Here")
    qtbot.keyClick(dialog.operator_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem_box is not None and dialog.problem_box.isVisible())
    assert dialog.problem_box is not None
    assert "Nurse Other" in dialog.problem_box.text()
    assert "Operator" in dialog.problem_box.text()
    assert _dump(clinic) == before
    assert dialog.operator_edit.text() == "Dr Here"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a menu popping up
def test_the_visit_form_records_a_study_on_the_visit_day(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    window.new_visit_action.trigger()
    form = window.visit_flow.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    form.date_edit.set_day(date(2026, 11, 19))
    form.site_events_button.setFocus()
    qtbot.keyClick(form.site_events_button, Qt.Key.Key_Space)
    flow = _flow(window)
    qtbot.waitUntil(lambda: flow.form_menu is not None and flow.form_menu.isVisible())
    assert flow.form_menu is not None
    qtbot.keyClick(flow.form_menu, Qt.Key.Key_S)  # Imaging &study…
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, ImagingDialog)
    assert dialog.day() == date(2026, 11, 19)  # the visit's day
    assert "saved now, on its own" in dialog.intro_label.text()
    _choose(qtbot, dialog.modality_combo, "Ultrasound")
    _choose(qtbot, dialog.site_combo, "Finger")
    qtbot.keyClick(dialog.site_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(dialog))
    assert [s.modality for s in _chart(clinic).imaging if s.study_date == date(2026, 11, 19)] == [
        ImagingModality.ULTRASOUND
    ]
    assert window.visit_flow.form is form and form.isVisible()  # the visit is still open


def test_a_physician_corrects_a_signed_visits_study_as_its_amendment(
    qtbot: QtBot, clinic: Clinic
) -> None:
    signed_in(clinic)  # the physician (test account)
    chart = _chart(clinic)
    visit = next(v for v in chart.visits if v.visit_date == D1)
    VisitService(clinic.context()).sign(MRN, visit, TEST_PASSWORD)
    window = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_patient(MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    window.workspace.tabs.setCurrentIndex(SITE_EVENTS)
    panel = window.workspace.site_events
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.data(panel.model.index(r, 0)) == D1.isoformat())  # fmt: skip
    _on_row(qtbot, window, row, Qt.Key.Key_F2)
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, ImagingDialog)
    assert dialog.amend_reason_edit.isVisible() and "2025-01-13" in dialog.amend_note.text()
    before = _dump(clinic)
    _choose(qtbot, dialog.verdict_combo, "Less")
    qtbot.keyClick(dialog.verdict_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem_box is not None and dialog.problem_box.isVisible())
    assert dialog.problem_box is not None
    assert "Reason for the amendment: say why" in dialog.problem_box.text()
    assert _dump(clinic) == before
    dialog.problem_box.accept()
    qtbot.waitUntil(dialog.amend_reason_edit.hasFocus)
    qtbot.keyClicks(dialog.amend_reason_edit, "The report compared with 2024")
    qtbot.keyClick(dialog.amend_reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(dialog))
    after = _chart(clinic)
    assert next(s for s in after.imaging if s.study_date == D1).verdict is ImagingVerdict.LESS
    signature = after.signature_of(visit.id)
    assert signature is not None and signature.content_matches is True
    assert [a.reason for a in signature.amendments] == ["The report compared with 2024"]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a menu popping up
def test_a_study_saved_from_the_visit_form_is_listed_once_the_form_closes(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    """The chart was not reloaded under the open form, nor after it closed: the tab did not list
    the study until F5, and a nurse would have entered it again (the QA trial)."""
    window.new_visit_action.trigger()
    form = window.visit_flow.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    form.site_events_button.setFocus()
    qtbot.keyClick(form.site_events_button, Qt.Key.Key_Space)
    flow = _flow(window)
    qtbot.waitUntil(lambda: flow.form_menu is not None and flow.form_menu.isVisible())
    assert flow.form_menu is not None
    assert flow.form_menu.activeAction() is not None  # Enter takes the first item
    qtbot.keyClick(flow.form_menu, Qt.Key.Key_P)  # &Procedure…
    dialog = _dialog(qtbot, window)
    _choose(qtbot, dialog.site_combo, "Finger")
    qtbot.keyClick(dialog.site_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(dialog))
    assert window.visit_flow.form is form
    window.visit_flow.cancel()
    if window.visit_flow.form is not None:  # asked whether to keep the typing: discard it
        qtbot.waitUntil(lambda: window.visit_flow.question is not None)
        box = window.visit_flow.question
        assert box is not None
        box.button(box.StandardButton.No).click()
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    window.workspace.tabs.setCurrentIndex(SITE_EVENTS)
    panel = window.workspace.site_events
    qtbot.waitUntil(
        lambda: any(
            panel.model.data(panel.model.index(r, 1)) == "Surgical excision"
            and panel.model.data(panel.model.index(r, 0)) == TODAY.isoformat()
            for r in range(panel.model.rowCount())
        )
    )


def test_a_nurse_is_told_before_typing_when_the_day_is_a_signed_visits(
    qtbot: QtBot, clinic: Clinic
) -> None:
    """She typed a whole study and was refused on saving (the QA trial): the dialog says it
    when it opens on a signed visit's day."""
    owner = open_signed_in(clinic.where)
    try:
        visit = next(v for v in PatientService(owner.context()).chart(MRN).visits
                     if v.visit_date == D1)  # fmt: skip
        VisitService(owner.context()).sign(MRN, visit, TEST_PASSWORD)
    finally:
        owner.close()
    clinic.today = lambda: D1  # she records the study on the day of that (signed) visit
    shown = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.open_patient(MRN)
    qtbot.waitUntil(lambda: shown.workspace.chart is not None)
    shown.workspace.tabs.setCurrentIndex(SITE_EVENTS)
    qtbot.waitUntil(shown.workspace.site_events.view.isVisible)
    _press(qtbot, shown, Qt.Key.Key_G)
    dialog = _dialog(qtbot, shown)
    assert dialog.day() == D1
    intro = dialog.intro_label.text()
    assert "the visit of 2025-01-13, which is signed" in intro
    assert "only a physician's amendment saves one" in intro
