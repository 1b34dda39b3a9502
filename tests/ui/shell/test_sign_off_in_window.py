"""Signing and amending from the main window, as a physician and as a nurse, on the demo clinic
(real SQLite file, real services, real event loop).

Signing is a signature: Ctrl+Shift+G opens a dialog that states what signing means and asks for
the physician's password again (focused; Enter signs, Esc cancels). A wrong password is refused
in the dialog, signs nothing and leaves a failed attempt in the audit trail; the right one signs,
and the trail's entry, the Visits tab and the PDF say "reviewed and approved"."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role, Side
from calcitrack.domain.entities import RomMeasurement, Visit
from calcitrack.domain.visits.plausibility import to_confirm
from calcitrack.domain.visits.visit_completeness import unmeasured_at
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.audit_service import AuditService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.visits.amend_reason_dialog import AmendReasonDialog
from calcitrack.ui.visits.sign_visit_dialog import SignVisitDialog
from calcitrack.ui.workspace.patient_workspace import VISITS
from calcitrack.ui.workspace.visit_table_model import COLUMNS
from tests.support.accounts import TEST_PASSWORD, open_signed_in, signed_in
from tests.ui.demo_window import ra_patient_window

TODAY = date(2026, 11, 20)
SIGNED = COLUMNS.index("Signed")


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(
        f"sqlite:///{tmp_path / 'demo.sqlite3'}", "dr.ines", "Dr Inês Sá", Role.PHYSICIAN
    )
    opened.today = lambda: TODAY
    ChartService(opened.context()).add_charts(demo_charts())
    yield opened
    opened.close()


def _window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    window = ra_patient_window(qtbot, clinic)
    window.workspace.tabs.setCurrentIndex(VISITS)
    return window


def _select_latest(window: MainWindow) -> None:
    view = window.workspace.visits.view
    view.setCurrentIndex(view.model().index(0, 0))


def _signed_cell(window: MainWindow) -> str:
    model = window.workspace.visits.model
    return str(model.data(model.index(0, SIGNED)))


def _press_sign(qtbot: QtBot, window: MainWindow) -> SignVisitDialog:
    """Ctrl+Shift+G, as the physician presses it; the dialog that opens."""
    window.workspace.visits.view.setFocus()
    qtbot.keyClick(
        window.workspace.visits.view, Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    dialog = window.sign_off_flow.dialog
    assert isinstance(dialog, SignVisitDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password_edit)
    return dialog


def _type_password(qtbot: QtBot, dialog: SignVisitDialog, password: str) -> None:
    """Type into the focused field, then Enter."""
    focused = QApplication.focusWidget()
    assert focused is dialog.password_edit
    qtbot.keyClicks(focused, password)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def _latest_signature(clinic: Clinic) -> object:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    latest = max(chart.visits, key=lambda v: v.visit_date)
    return chart.signature_of(latest.id)


def _trail(clinic: Clinic, since: int = 0) -> list[tuple[str, dict[str, object]]]:
    return [
        (e.action, e.changes) for e in AuditService(clinic.context()).entries()
        if e.id > since and e.action != "update"
    ]  # fmt: skip


def test_signing_asks_for_the_password_again_and_a_wrong_one_signs_nothing(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = _window(qtbot, clinic)
    assert _signed_cell(window) == "Not signed"
    _select_latest(window)
    assert window.sign_action.isEnabled()
    mark = AuditService(clinic.context()).entries()[-1].id
    dialog = _press_sign(qtbot, window)
    assert dialog.statement == (
        "By signing you confirm that you have reviewed and approved this visit's record "
        "(2026-09-14, Haddad, Amal, DEMO-0001). Signed by Dr Inês Sá."
    )

    _type_password(qtbot, dialog, "not my password")
    assert dialog.isVisible() and dialog.message_label.isVisible()
    assert dialog.message_label.text().startswith("Wrong password. The visit was not signed.")
    label = dialog.message_label  # its lines whole, not cut by the dialog's first height
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.password_edit.text() == "" and dialog.password_edit.hasFocus()
    assert _latest_signature(clinic) is None and _signed_cell(window) == "Not signed"
    [(action, details)] = _trail(clinic, mark)
    assert action == "login_failed"
    assert (details["how"], details["why"], details["visit_date"]) == (
        "visit signature", "wrong password", "2026-09-14"
    )

    _type_password(qtbot, dialog, TEST_PASSWORD)
    qtbot.waitUntil(lambda: window.sign_off_flow.dialog is None)
    qtbot.waitUntil(lambda: _signed_cell(window).startswith("Dr Inês Sá"))
    signature = _latest_signature(clinic)
    assert signature is not None and signature.signed_by == "Dr Inês Sá"  # type: ignore[attr-defined]
    [_failed, (action, details)] = _trail(clinic, mark)
    assert action == "sign" and details["meaning"] == "reviewed and approved"
    model = window.workspace.visits.model
    tip = str(model.data(model.index(0, SIGNED), Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Signed — reviewed and approved by Dr Inês Sá on ")
    assert "reviewed and approved" in window.statusBar().currentMessage()


def test_escape_cancels_signing_and_writes_nothing(qtbot: QtBot, clinic: Clinic) -> None:
    window = _window(qtbot, clinic)
    mark = AuditService(clinic.context()).entries()[-1].id
    dialog = _press_sign(qtbot, window)  # nothing selected: the latest unsigned visit
    assert "(2026-09-14, Haddad, Amal, DEMO-0001)" in dialog.statement
    qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sign_off_flow.dialog is None)
    assert _latest_signature(clinic) is None and _trail(clinic, mark) == []


def test_an_empty_password_is_not_sent_and_a_lockout_leaves_only_cancel(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = _window(qtbot, clinic)
    mark = AuditService(clinic.context()).entries()[-1].id
    dialog = _press_sign(qtbot, window)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.message_label.text() == "Enter your password to sign."
    assert _trail(clinic, mark) == []  # nothing was checked
    for _ in range(5):  # the clinic's default lockout
        _type_password(qtbot, dialog, "a guess")
    assert "The account is locked until" in dialog.message_label.text()
    assert not dialog.sign_button.isEnabled() and not dialog.password_edit.isEnabled()
    assert [action for action, _ in _trail(clinic, mark)] == ["login_failed"] * 5 + ["lockout"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sign_off_flow.dialog is None)
    assert _latest_signature(clinic) is None


def test_a_nurse_may_not_sign_and_a_signed_visit_opens_read_only(
    qtbot: QtBot, clinic: Clinic
) -> None:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    latest = max(chart.visits, key=lambda v: v.visit_date)
    VisitService(clinic.context()).sign(DEMO_RA_MRN, latest, TEST_PASSWORD)
    signed_in(clinic, "nurse.rui", "Rui Costa", Role.NURSE)
    window = _window(qtbot, clinic)
    assert not window.sign_action.isEnabled()
    assert not window.users_action.isEnabled() and not window.audit_action.isEnabled()
    assert window.new_visit_action.isEnabled()
    assert latest.id is not None
    window.visit_flow.edit_visit(latest.id)
    box = window.message_box
    assert isinstance(box, QMessageBox) and "read-only" in box.text()
    assert "Dr Inês Sá" in box.text()
    assert window.visit_flow.form is None
    window.visit_flow.delete_visit(latest.id)
    assert "kept" in window.message_box.text()
    assert len(PatientService(clinic.context()).chart(DEMO_RA_MRN).visits) == len(chart.visits)


def test_a_physician_amends_a_signed_visit_with_a_reason(qtbot: QtBot, clinic: Clinic) -> None:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    latest = max(chart.visits, key=lambda v: v.visit_date)
    VisitService(clinic.context()).sign(DEMO_RA_MRN, latest, TEST_PASSWORD)
    window = _window(qtbot, clinic)
    assert latest.id is not None
    window.visit_flow.edit_visit(latest.id)
    form = window.visit_flow.form
    assert form is not None
    assert "amendment" in window.statusBar().currentMessage()
    old_pain = latest.pain_nrs
    new_pain = 2 if old_pain != 2 else 3
    edit = form.scores.edits["pain_nrs"]
    edit.selectAll()
    qtbot.keyClicks(edit, str(new_pain))
    window.save_action.trigger()
    dialog = window.visit_flow.amend_dialog
    assert isinstance(dialog, AmendReasonDialog)
    assert not dialog.amend_button.isEnabled()  # no reason, no amendment
    qtbot.keyClicks(dialog.reason_edit, "Pain score transcribed from the wrong visit")
    dialog.amend_button.click()
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    stored = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    visit = next(v for v in stored.visits if v.id == latest.id)
    assert visit.pain_nrs == new_pain
    signature = stored.signature_of(latest.id)
    assert signature is not None and signature.signed_by == "Dr Inês Sá"
    amendment = signature.amendments[-1]
    assert amendment.reason == "Pain score transcribed from the wrong visit"
    pain = next(c for c in amendment.changes if "Pain" in c.label)
    assert (pain.before, pain.after) == (str(old_pain), str(new_pain))
    qtbot.waitUntil(lambda: "(amended)" in _signed_cell(window))


def test_cancelling_the_reason_saves_nothing_and_keeps_the_form(
    qtbot: QtBot, clinic: Clinic
) -> None:
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    latest = max(chart.visits, key=lambda v: v.visit_date)
    VisitService(clinic.context()).sign(DEMO_RA_MRN, latest, TEST_PASSWORD)
    window = _window(qtbot, clinic)
    assert latest.id is not None
    window.visit_flow.edit_visit(latest.id)
    form = window.visit_flow.form
    assert form is not None
    edit = form.scores.edits["pain_nrs"]
    edit.selectAll()
    qtbot.keyClicks(edit, "1" if latest.pain_nrs != 1 else "2")
    window.save_action.trigger()
    dialog = window.visit_flow.amend_dialog
    dialog.reject()
    assert window.visit_flow.form is form and form.save_button.isEnabled()
    assert form.status_label.text() == "Not saved"
    stored = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    assert next(v for v in stored.visits if v.id == latest.id).pain_nrs == latest.pain_nrs


def test_the_sign_dialog_says_the_visit_is_incomplete_and_holds_unusual_values(
    qtbot: QtBot, clinic: Clinic
) -> None:
    """The physician signs what she reviewed: the dialog names the lesions left unmeasured and
    the values saved past a data-quality check (confirmed by whoever saved them)."""
    context = clinic.context()
    chart = PatientService(context).chart(DEMO_RA_MRN)
    settings = ClinicSettingsService(context).current()
    visit = Visit(
        patient_id=chart.patient.id,
        visit_date=TODAY,
        rom=(RomMeasurement("hip", "flexion", Side.RIGHT, 170.0),),
    )
    entry = VisitEntry(visit)
    unusual = to_confirm(entry, chart, settings)
    assert unusual, "hip flexion 170° passes the clinic's check"
    VisitService(context).record(DEMO_RA_MRN, dataclasses.replace(entry, confirmed=tuple(unusual)))
    window = _window(qtbot, clinic)
    _select_latest(window)
    dialog = _press_sign(qtbot, window)
    said = dialog.cautions_label.text()
    assert dialog.cautions_label.isVisible()
    labels = unmeasured_at(chart.lesions, visit)
    assert labels
    assert "Incomplete visit" in said and all(label in said for label in labels), said
    assert "Hip flexion, right: 170°" in said and "confirmed" in said, said
    assert "data-quality" in said
    dialog.reject()

    chart = PatientService(context).chart(DEMO_RA_MRN)  # an earlier, complete visit: nothing
    earlier = sorted(chart.visits, key=lambda v: v.visit_date)[-2]
    assert not unmeasured_at(chart.lesions, earlier)
    assert earlier.id is not None
    row = window.workspace.visits.model.row_of_visit(earlier.id)
    assert row is not None
    view = window.workspace.visits.view
    view.setCurrentIndex(view.model().index(row, 0))
    with qtbot.waitActive(window):
        window.activateWindow()  # the window manager's part once the dialog has gone
    dialog = _press_sign(qtbot, window)
    assert earlier.visit_date.isoformat() in dialog.statement
    assert not dialog.cautions_label.isVisible()
    dialog.reject()
