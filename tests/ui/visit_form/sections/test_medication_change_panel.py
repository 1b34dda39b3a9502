"""The visit form's medication section on the stored RA demo chart, driven as a nurse would.

mg/kg/day is worked out here as dose × doses per day ÷ weight (DOMAIN.md §0.7).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.visits.visit_entry import (
    MedicationChange,
    MedicationChangeKind,
    VisitEntry,
    validate_visit_entry,
)
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.medication_change_panel import MedicationChangePanel
from calcitrack.ui.visit_form.sections.medication_change_row import ChangeRow
from tests.support.accounts import open_signed_in

DAY = date(2026, 9, 21)  # a week after the demo's last visit (2026-09-14, 60.1 kg)
WEIGHT = 60.1


@pytest.fixture(scope="module")
def ra_chart(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PatientChart]:
    path: Path = tmp_path_factory.mktemp("clinic") / "c.sqlite3"
    clinic = open_signed_in(f"sqlite:///{path}")
    ChartService(clinic.context()).add_charts(demo_charts())
    yield PatientService(clinic.context()).chart(DEMO_RA_MRN)
    clinic.close()


@pytest.fixture
def panel(qtbot: QtBot, ra_chart: PatientChart) -> MedicationChangePanel:
    widget = MedicationChangePanel()
    qtbot.addWidget(widget)
    widget.set_context(FormContext(ra_chart, DAY, DAY, WEIGHT))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _diltiazem_id(chart: PatientChart) -> int:
    (period,) = [m for m in chart.medications if m.drug == "diltiazem" and m.active_on(DAY)]
    assert period.id is not None
    return period.id


def _press(qtbot: QtBot, button: object) -> None:
    button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(button, Qt.Key.Key_Space)  # type: ignore[arg-type]


def _tab(qtbot: QtBot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _change_diltiazem_dose(
    qtbot: QtBot, panel: MedicationChangePanel, dose: str, reason: str
) -> ChangeRow:
    _press(qtbot, panel.dose_button)
    row = panel.rows[-1]
    assert row.drug_combo.hasFocus()
    qtbot.keyClicks(row.drug_combo, "Dil")  # keyboard search in the regimen's periods
    assert row.drug_combo.currentText().startswith("Diltiazem 60 mg twice daily")
    _tab(qtbot)
    assert row.dose_edit.hasFocus()  # the drug-name field is only for "other"
    qtbot.keyClicks(row.dose_edit, dose)
    for _ in range(4):  # unit, frequency, route (kept from the current period), reason
        _tab(qtbot)
    assert row.reason_edit.hasFocus()
    qtbot.keyClicks(row.reason_edit, reason)
    return row


def test_regimen_and_diltiazem_mg_per_kg_at_this_visits_weight(
    panel: MedicationChangePanel,
) -> None:
    text = panel.regimen_label.text()
    for drug in ("Methotrexate", "Hydroxychloroquine", "Folic acid", "Diltiazem", "Colchicine"):
        assert drug in text
    assert "2025-03-24" in text  # since
    per_kg = 60 * 2 / WEIGHT  # 60 mg twice daily at 60.1 kg
    assert panel.diltiazem_label.text() == (
        f"Diltiazem 60 mg twice daily = 120 mg/day = {per_kg:.2f} mg/kg/day at 60.1 kg "
        "(this visit's weight)"
    )
    assert panel.warning_label.isHidden()


def test_without_a_weight_the_latest_earlier_one_is_used_and_said(
    panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    panel.set_context(FormContext(ra_chart, DAY, DAY, None))
    text = panel.diltiazem_label.text()
    assert "no weight recorded at this visit" in text
    assert f"{120 / 60.1:.2f} mg/kg/day at 60.1 kg (weight of 2026-09-14" in text
    no_visits = dataclasses.replace(ra_chart, visits=())
    panel.set_context(FormContext(no_visits, DAY, DAY, None))
    assert panel.diltiazem_label.text().endswith(
        "= 120 mg/day · mg/kg/day: no weight recorded at this visit (nor before)"
    )


def test_a_dose_change_typed_from_the_keyboard(
    qtbot: QtBot, panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    assert panel.after_label.isHidden()
    _change_diltiazem_dose(qtbot, panel, "90", "Slow response")
    assert panel.changes() == [
        MedicationChange(
            kind=MedicationChangeKind.DOSE,
            drug="diltiazem",
            reason="Slow response",
            drug_name="Diltiazem",
            dose=90.0,
            dose_unit=DoseUnit.MG,
            frequency=Frequency.BID,
            route=Route.ORAL,
            period_id=_diltiazem_id(ra_chart),
        )
    ]
    assert panel.after_label.text() == (
        f"After these changes: Diltiazem 90 mg twice daily = 180 mg/day = "
        f"{180 / WEIGHT:.2f} mg/kg/day at 60.1 kg (this visit's weight)"
    )
    entry = VisitEntry(Visit(ra_chart.patient.id, DAY), medication_changes=tuple(panel.changes()))
    assert validate_visit_entry(entry, ra_chart, today=DAY) == []


def test_above_the_label_maximum_is_a_warning_with_its_source(
    qtbot: QtBot, panel: MedicationChangePanel
) -> None:
    row = _change_diltiazem_dose(qtbot, panel, "300", "Trial of high dose")
    assert "600 mg/day" in panel.after_label.text()  # 300 mg × 2
    check = row.dose_sense_text()
    assert check.startswith(
        "⚠ Diltiazem 300 mg twice daily = 600 mg/day: above 480 mg/day, the label maximum"
    )
    assert "[R38]" in check and "Decision support: for the prescriber to review." in check
    assert not row.dose_label.isHidden()
    assert panel.after_warning_label.isHidden()  # said once, on the row it concerns


def _start(qtbot: QtBot, panel: MedicationChangePanel, drug: str, dose: str) -> ChangeRow:
    """Start a drug from the keyboard: its name's first letters, Tab, the dose."""
    _press(qtbot, panel.start_button)
    row = panel.rows[-1]
    qtbot.keyClicks(row.drug_combo, drug)
    _tab(qtbot)
    qtbot.keyClicks(row.dose_edit, dose)
    return row


def _frequency(qtbot: QtBot, row: ChangeRow, typed: str) -> None:
    row.frequency_combo.setFocus()
    qtbot.keyClicks(row.frequency_combo, typed)


def test_methotrexate_typed_twice_daily_shows_the_fatal_error_as_it_is_typed(
    qtbot: QtBot, panel: MedicationChangePanel
) -> None:
    """Issue reproduction 1's dose, typed: methotrexate 90 mg twice daily."""
    row = _start(qtbot, panel, "Methot", "90")
    assert row.drug_combo.currentData() == "methotrexate"
    assert row.frequency_combo.currentData() == "qd"  # a start defaults to once daily
    _frequency(qtbot, row, "tw")
    assert row.frequency_combo.currentData() == "bid"
    lines = row.dose_sense_text().splitlines()
    # 90 mg × 2 = 180 mg/day; × 7 = 1260 mg/week
    assert lines[0].startswith(
        "⚠ Methotrexate 90 mg twice daily = 180 mg/day = 1260 mg/week: low-dose methotrexate "
        "is taken once weekly; scheduling it daily instead of weekly is a classic prescribing "
        "error"
    )
    assert "[R63]" in lines[0]
    assert lines[1].startswith("⚠ Methotrexate 90 mg twice daily = 1260 mg/week: above 25")
    assert lines[2].startswith("Label: once weekly")
    for _ in range(3):  # twice, three, four times daily, once weekly
        qtbot.keyClick(row.frequency_combo, Qt.Key.Key_Down)
    assert row.frequency_combo.currentData() == "qw"
    lines = row.dose_sense_text().splitlines()  # 90 mg once weekly: still above 25 mg/week
    assert len(lines) == 2 and "above 25 mg/week" in lines[0]
    row.dose_edit.selectAll()
    qtbot.keyClicks(row.dose_edit, "15")
    assert row.dose_sense_text().startswith("Label: once weekly")  # only the hint is left
    assert "Dose check: warning above 25 mg/week." in row.dose_sense_text()


def test_changing_the_weekly_methotrexate_to_30_mg_is_a_warning_for_review(
    qtbot: QtBot, panel: MedicationChangePanel
) -> None:
    _press(qtbot, panel.dose_button)
    row = panel.rows[-1]
    qtbot.keyClicks(row.drug_combo, "Met")
    assert row.frequency_combo.currentData() == "qw"  # kept from the period being changed
    _tab(qtbot)
    qtbot.keyClicks(row.dose_edit, "30")
    (warning, hint) = row.dose_sense_text().splitlines()
    assert warning.startswith("⚠ Methotrexate 30 mg once weekly = 30 mg/week: above 25 mg/week")
    assert hint.startswith("Label: once weekly")


def test_a_per_kg_maximum_uses_this_visits_weight_and_says_so(
    qtbot: QtBot, panel: MedicationChangePanel
) -> None:
    row = _start(qtbot, panel, "Azat", "100")
    _frequency(qtbot, row, "tw")
    # 100 mg × 2 = 200 mg/day ÷ 60.1 kg = 3.33 mg/kg/day, above 2.5 mg/kg/day [R78]
    assert row.dose_sense_text().startswith(
        f"⚠ Azathioprine 100 mg twice daily = {200 / WEIGHT:.2f} mg/kg/day at 60.1 kg "
        "(this visit's weight): above 2.5 mg/kg/day"
    )


def test_the_clinics_limit_is_the_one_checked(
    qtbot: QtBot, panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    strict = ClinicSettings.from_stored({"safety/diltiazem_max_mg_per_day": 360})
    panel.set_context(FormContext(ra_chart, DAY, DAY, WEIGHT, settings=strict))
    row = _change_diltiazem_dose(qtbot, panel, "200", "Trial")  # 400 mg/day
    assert "above 360 mg/day, the clinic's limit" in row.dose_sense_text()


def test_a_drug_with_no_label_maximum_says_the_clinic_has_set_none(
    qtbot: QtBot, panel: MedicationChangePanel
) -> None:
    row = _start(qtbot, panel, "Warf", "50")
    assert row.dose_sense_text() == (
        "Label: once daily, individualised by INR (usually 2-10 mg) [R74]. Dose check: no label "
        "maximum found; the clinic has set no limit (mg/day)."
    )


def test_a_recorded_regimen_above_the_label_is_said_under_it(
    panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    daily = tuple(
        dataclasses.replace(m, frequency=Frequency.QD) if m.drug == "methotrexate" else m
        for m in ra_chart.medications
    )
    panel.set_context(FormContext(dataclasses.replace(ra_chart, medications=daily), DAY, DAY, 60))
    warning = panel.warning_label.text()
    assert not panel.warning_label.isHidden()
    assert warning.startswith("⚠ Methotrexate 15 mg once daily = 15 mg/day = 105 mg/week")
    assert "classic prescribing error" in warning


def test_a_missing_reason_is_marked_when_problems_are_shown(
    qtbot: QtBot, panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    row = _change_diltiazem_dose(qtbot, panel, "90", "")
    assert not field_marks.is_marked(row.reason_edit)  # not while typing
    entry = VisitEntry(Visit(ra_chart.patient.id, DAY), medication_changes=tuple(panel.changes()))
    problems = validate_visit_entry(entry, ra_chart, today=DAY)
    assert [p.field for p in problems] == ["medication_changes[0].reason"]
    panel.show_problems(problems)
    assert field_marks.is_marked(row.reason_edit)
    assert "say why" in row.reason_edit.toolTip()
    assert "Change dose of Diltiazem, reason: say why" in panel.message_label.text()
    widget, name, _ = panel.problem_target("medication_changes[0].reason")  # type: ignore[misc]
    assert widget is row.reason_edit and name.startswith("Medications: Change dose of Diltiazem")
    qtbot.keyClicks(row.reason_edit, "Slow response")
    assert not field_marks.is_marked(row.reason_edit)


def test_start_another_drug_by_name_and_stop_one(
    qtbot: QtBot, panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    _press(qtbot, panel.start_button)
    start = panel.rows[-1]
    assert start.name_edit.isHidden()
    start.drug_combo.setCurrentIndex(start.drug_combo.findData("other"))
    assert not start.name_edit.isHidden()
    _tab(qtbot)
    assert start.name_edit.hasFocus()
    qtbot.keyClicks(start.name_edit, "Sodium bicarbonate")
    _tab(qtbot)
    qtbot.keyClicks(start.dose_edit, "500")
    _press(qtbot, panel.stop_button)
    stop = panel.rows[-1]
    qtbot.keyClicks(stop.drug_combo, "Met")
    assert stop.dose_edit.isHidden()
    stop.reason_edit.setText("Calcinosis work-up")
    started, stopped = panel.changes()
    assert (started.kind, started.drug, started.drug_name, started.dose) == (
        MedicationChangeKind.START,
        "other",
        "Sodium bicarbonate",
        500.0,
    )
    (methotrexate,) = [m for m in ra_chart.medications if m.drug == "methotrexate"]
    assert (stopped.kind, stopped.drug, stopped.period_id, stopped.dose) == (
        MedicationChangeKind.STOP,
        "methotrexate",
        methotrexate.id,
        None,
    )


def test_rows_follow_each_other_in_the_tab_order(qtbot: QtBot, ra_chart: PatientChart) -> None:
    # In the form, widgets below the section (the notes) exist before any row is added.
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    panel = MedicationChangePanel()
    notes = QLineEdit()
    layout.addWidget(panel)
    layout.addWidget(notes)
    panel.set_context(FormContext(ra_chart, DAY, DAY, WEIGHT))
    form.show()
    qtbot.waitExposed(form)
    form.windowHandle().requestActivate()
    qtbot.waitUntil(form.isActiveWindow)
    first = panel.add_change(MedicationChangeKind.STOP)
    second = panel.add_change(MedicationChangeKind.START)
    panel.dose_button.setFocus()
    _tab(qtbot)
    assert first.drug_combo.hasFocus()
    first.remove_button.setFocus()
    _tab(qtbot)
    assert second.drug_combo.hasFocus()
    second.remove_button.setFocus()
    _tab(qtbot)
    assert notes.hasFocus()
    qtbot.mouseClick(first.remove_button, Qt.MouseButton.LeftButton)
    assert panel.rows == [second] and second.drug_combo.hasFocus()


def test_overlap_is_shown_in_the_message(panel: MedicationChangePanel) -> None:
    panel.show_problems([Problem("medication_changes", "Colchicine periods overlap")])
    assert panel.message_label.text() == "Colchicine periods overlap"


def test_no_regimen_leaves_only_start(panel: MedicationChangePanel, ra_chart: PatientChart) -> None:
    panel.set_context(FormContext(dataclasses.replace(ra_chart, medications=()), DAY, DAY, 60))
    assert not panel.stop_button.isEnabled() and not panel.dose_button.isEnabled()
    assert panel.start_button.isEnabled()
    assert "No medication" in panel.regimen_label.text()


def test_state_round_trips_even_before_the_context(
    qtbot: QtBot, panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    _change_diltiazem_dose(qtbot, panel, "90", "Slow response")
    panel.add_change(MedicationChangeKind.START).reason_edit.setText("Flare")
    _press(qtbot, panel.stop_button)
    qtbot.keyClicks(panel.rows[-1].drug_combo, "Col")
    state = panel.state()
    assert json.loads(json.dumps(state)) == state  # the draft file is JSON
    other = MedicationChangePanel()
    qtbot.addWidget(other)
    other.restore_state(state)  # the draft comes back before the form gives the chart
    assert other.state() == state
    assert other.changes() == panel.changes()
    other.set_context(FormContext(ra_chart, DAY, DAY, WEIGHT))
    assert other.state() == state
    assert other.changes() == panel.changes()
    assert other.after_label.text() == panel.after_label.text()
    other.restore_state({"rows": []})
    assert other.changes() == [] and other.after_label.isHidden()


# ------------------------------------------------------------ the drug is kept by its identity


def _stopped(chart: PatientChart, drug: str, on: date) -> PatientChart:
    """``chart`` with the period of ``drug`` stopped on ``on`` (someone else saved that)."""
    medications = tuple(
        dataclasses.replace(m, stop_on=on, stop_reason="Stopped") if m.drug == drug else m
        for m in chart.medications
    )
    return dataclasses.replace(chart, medications=medications)


def test_a_date_without_the_drug_leaves_the_change_without_a_drug_never_another(
    qtbot: QtBot, panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    row = _change_diltiazem_dose(qtbot, panel, "90", "Slow response")
    before = date(2025, 1, 6)  # diltiazem started on 2025-03-24; methotrexate was taken
    panel.set_context(FormContext(ra_chart, before, DAY, WEIGHT))
    assert row.drug_combo.currentIndex() == -1
    assert row.drug_combo.placeholderText() == (
        "Diltiazem 60 mg twice daily: not taken on this date"
    )
    assert row.change().drug == "diltiazem"
    assert row.change().period_id == _diltiazem_id(ra_chart)
    assert row.title() == "Change dose of Diltiazem"
    panel.set_context(FormContext(ra_chart, DAY, DAY, WEIGHT))
    assert row.drug_combo.currentText() == "Diltiazem 60 mg twice daily"
    assert row.change().period_id == _diltiazem_id(ra_chart)


def test_a_restored_row_takes_its_period_by_identity_once_the_regimen_is_offered(
    qtbot: QtBot, panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    _press(qtbot, panel.stop_button)
    qtbot.keyClicks(panel.rows[-1].drug_combo, "Col")
    _change_diltiazem_dose(qtbot, panel, "90", "Slow response")
    state = panel.state()
    other = MedicationChangePanel()
    qtbot.addWidget(other)
    other.set_context(FormContext(ra_chart, DAY, DAY, WEIGHT))  # as the form does: context first
    assert other.restore_state(state) == []
    assert [r.drug_combo.currentText() for r in other.rows] == [
        "Colchicine 0.5 mg once daily",
        "Diltiazem 60 mg twice daily",
    ]
    assert other.changes() == panel.changes()
    assert other.state() == state


def test_a_change_of_a_period_stopped_since_is_said_and_not_moved(
    qtbot: QtBot, panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    _change_diltiazem_dose(qtbot, panel, "90", "Slow response")
    state = panel.state()
    other = MedicationChangePanel()
    qtbot.addWidget(other)
    other.set_context(FormContext(_stopped(ra_chart, "diltiazem", DAY), DAY, DAY, WEIGHT))
    lost = other.restore_state(state)
    assert lost == [
        "The dose change of Diltiazem to 90 mg twice daily could not be put back as typed: "
        f"Diltiazem 60 mg twice daily is not taken on {DAY.isoformat()} (it was stopped or "
        "changed since, or the date is not the same). The change is kept without a drug: "
        "choose the drug again, or remove it."
    ]
    (row,) = other.rows
    assert row.drug_combo.currentIndex() == -1
    assert row.change() == panel.changes()[0]  # still names diltiazem's period: refused on Save
    assert row.dose_edit.text() == "90" and row.reason_edit.text() == "Slow response"
    assert other.state() == state


def test_unknown_codes_of_a_draft_are_said_and_left_empty(
    qtbot: QtBot, panel: MedicationChangePanel
) -> None:
    start = {
        "kind": "start",
        "drug": "unobtainium",
        "drug_name": "",
        "dose": "5",
        "dose_unit": "mg",
        "frequency": "hourly",
        "route": "oral",
        "reason": "Trial",
    }
    lost = panel.restore_state({"rows": [start, {"kind": "swap", "drug": "colchicine"}]})
    assert lost == [
        "The start of unobtainium 5 mg could not be put back as typed: unobtainium is not in "
        "CalciTrack's list of drugs.",
        "The start of unobtainium 5 mg could not be put back as typed: the frequency “hourly” "
        "is not known: choose it again.",
        "A change “swap” of Colchicine could not be put back: CalciTrack has no such "
        "medication change. Type it again.",
    ]
    (row,) = panel.rows
    assert row.drug_combo.currentIndex() == -1 and row.frequency_combo.currentIndex() == -1
    change = row.change()
    assert change.drug == "unobtainium" and change.frequency is None and change.dose == 5


def test_a_weight_of_0_typed_gives_no_mg_per_kg_and_no_error(
    panel: MedicationChangePanel, ra_chart: PatientChart
) -> None:
    panel.set_context(FormContext(ra_chart, DAY, DAY, 0.0))
    assert panel.diltiazem_label.text() == (
        "Diltiazem 60 mg twice daily = 120 mg/day · mg/kg/day: none for a weight of 0 kg"
    )
