"""Plausibility in the real visit form, in the main window on the demo clinic (real SQLite file,
real services), typed as a nurse types: hip flexion 200° is refused naming the field; 140° is
marked amber and Save asks to confirm it — Go back keeps the form as typed, Confirm saves and the
audit trail holds who confirmed which value at which visit, with the reason she was shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import DQ_ROM_ABOVE_NORMAL_DEG
from calcitrack.domain.codes import Role, Side
from calcitrack.services.audit_service import AuditService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common import field_marks
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.visit_form.form import VisitFormView
from calcitrack.ui.visit_form.unusual import GO_BACK_STATUS
from calcitrack.ui.visit_form.unusual_values_dialog import UnusualValuesDialog
from tests.support.accounts import signed_in
from tests.ui.demo_window import CTRL, TODAY, nurse_clinic, ra_patient_window, retype
from tests.ui.visit_question import keep_not_measured


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    with nurse_clinic(tmp_path, "nurse.rui", "Rui Costa") as opened:
        yield opened


def _window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    return ra_patient_window(qtbot, clinic)


def _new_visit(qtbot: QtBot, window: MainWindow) -> VisitFormView:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    form = window.visit_flow.form
    assert form is not None
    return form


def _save(qtbot: QtBot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_S, CTRL)


def _visits(clinic: Clinic) -> int:
    return len(PatientService(clinic.context()).chart(DEMO_RA_MRN).visits)


def _dialog(qtbot: QtBot, form: VisitFormView) -> UnusualValuesDialog:
    qtbot.waitUntil(lambda: form.unusual.dialog is not None and form.unusual.dialog.isVisible())
    dialog = form.unusual.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.back_button)
    return dialog


def test_hip_flexion_200_is_refused_and_140_is_confirmed_before_it_is_saved(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = _window(qtbot, clinic)
    before = _visits(clinic)
    form = _new_visit(qtbot, window)
    hip = form.rom.cell("hip", "flexion", Side.RIGHT)

    # 200°: impossible, red while typing, Save refused naming the field
    retype(qtbot, hip, "200")
    qtbot.waitUntil(lambda: field_marks.is_marked(hip))
    assert "200° is impossible" in hip.toolTip()
    _save(qtbot)
    texts = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert len(texts) == 1
    assert texts[0].startswith("Range of motion: right hip flexion: 200° is impossible")
    assert form.unusual.dialog is None and window.visit_flow.form is form
    assert _visits(clinic) == before

    # 140°: possible but above the normal 125°: amber while typing, Save asks
    retype(qtbot, hip, "140")
    qtbot.waitUntil(lambda: not field_marks.is_marked(hip) and bool(hip.property("unusual")))
    assert "15° above the normal reference of 125° [R22]" in hip.toolTip()
    retype(qtbot, hip, "250")  # red wins over amber, with its own reason
    qtbot.waitUntil(lambda: field_marks.is_marked(hip) and not hip.property("unusual"))
    assert "250° is impossible" in hip.toolTip()
    retype(qtbot, hip, "140")
    qtbot.waitUntil(lambda: not field_marks.is_marked(hip) and bool(hip.property("unusual")))
    _save(qtbot)
    keep_not_measured(qtbot, form, next_question=True)  # no lesion measured: asked first, once
    dialog = _dialog(qtbot, form)
    shown = dialog.table.text()
    for part in ("Hip flexion, right", "140°", "15° above the normal reference of 125° [R22]",
                 "ask when above the normal reference by more than 10°"):
        assert part in shown
    assert dialog.back_button.isDefault() and not dialog.confirm_button.isDefault()

    # Enter is "Go back and correct": nothing saved, the form as typed, at the value
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.unusual.dialog is None)
    assert window.visit_flow.form is form and hip.text() == "140"
    assert form.status_label.text() == GO_BACK_STATUS
    assert window.focusWidget() is hip  # back at the value (once the window is active again)
    with qtbot.waitActive(window):
        window.activateWindow()
    assert _visits(clinic) == before

    # Save again, Alt+C: "Confirm and save"
    _save(qtbot)
    dialog = _dialog(qtbot, form)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    saved = next(v for v in chart.visits if v.visit_date == TODAY)
    assert [(r.joint, r.movement, r.side, r.degrees) for r in saved.rom] == [
        ("hip", "flexion", Side.RIGHT, 140.0)
    ]
    [entry] = [e for e in AuditService(signed_in(clinic).context()).entries()
               if e.action == "confirm"]
    assert (entry.actor_username, entry.record_id, entry.patient_mrn) == (
        "nurse.rui", str(saved.id), DEMO_RA_MRN
    )
    assert entry.changes["confirmed"] == "Hip flexion, right: 140°"
    assert entry.changes["reason_shown"] == "15° above the normal reference of 125° [R22]"
    assert entry.changes["visit_date"] == TODAY.isoformat()


def test_values_the_service_finds_unusual_under_newer_settings_are_asked_on_the_next_save(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = _window(qtbot, clinic)
    form = _new_visit(qtbot, window)
    admin = signed_in(clinic).context()  # another workstation tightens the check meanwhile
    settings = ClinicSettingsService(admin)
    settings.save({DQ_ROM_ABOVE_NORMAL_DEG: 0}, based_on_version=settings.current().version)
    signed_in(clinic, "nurse.rui", "Rui Costa", Role.NURSE)
    hip = form.rom.cell("hip", "flexion", Side.RIGHT)
    retype(qtbot, hip, "130")  # 5° above: fine for the form's 10°, not for the stored 0°
    _save(qtbot)
    keep_not_measured(qtbot, form)
    qtbot.waitUntil(lambda: form.problem_list.isVisible())
    text = form.problem_list.item(0).text()
    assert "130° is unusual and was not confirmed" in text
    assert window.visit_flow.form is form
    _save(qtbot)
    dialog = _dialog(qtbot, form)
    assert "5° above the normal reference of 125°" in dialog.table.text()
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    chart = PatientService(clinic.context()).chart(DEMO_RA_MRN)
    assert any(v.visit_date == TODAY for v in chart.visits)


def test_methotrexate_changed_to_twice_daily_is_asked_about_before_it_is_saved(
    qtbot: QtBot, clinic: Clinic
) -> None:
    # the reproduction's dose change: methotrexate 90 mg twice daily (1260 mg a week)
    window = _window(qtbot, clinic)
    before = _visits(clinic)
    form = _new_visit(qtbot, window)
    qtbot.mouseClick(form.medications.dose_button, Qt.MouseButton.LeftButton)
    row = form.medications.rows[-1]
    row.drug_combo.setCurrentIndex(row.drug_combo.findText("Methotrexate", Qt.MatchStartsWith))
    retype(qtbot, row.dose_edit, "90")
    row.frequency_combo.setCurrentIndex(row.frequency_combo.findText("twice daily"))
    retype(qtbot, row.reason_edit, "flare")
    qtbot.waitUntil(lambda: bool(row.dose_edit.property("unusual")))
    _save(qtbot)
    keep_not_measured(qtbot, form, next_question=True)
    dialog = _dialog(qtbot, form)
    shown = dialog.table.text()
    for part in ("Change dose of Methotrexate", "90 mg twice daily",
                 "Methotrexate scheduled twice daily, not weekly", "[R63]",
                 "Decision support"):
        assert part in shown
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Return)  # go back: nothing saved
    qtbot.waitUntil(lambda: form.unusual.dialog is None)
    assert _visits(clinic) == before and row.dose_edit.text() == "90"
    with qtbot.waitActive(window):
        window.activateWindow()

    _save(qtbot)
    dialog = _dialog(qtbot, form)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    confirmed = [e.changes["check"] for e in AuditService(signed_in(clinic).context()).entries()
                 if e.action == "confirm"]
    assert sorted(confirmed) == ["methotrexate_above_max", "methotrexate_not_weekly"]
