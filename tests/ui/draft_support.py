"""What the tests of the visit form's drafts share: the form opened as the app opens it, keys as a
nurse presses them, a crash, and charts as someone else saved them meanwhile."""

from __future__ import annotations

import dataclasses
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Frequency
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView

TODAY = date(2026, 10, 12)


def open_form(
    qtbot: QtBot, chart: PatientChart, drafts: DraftStore, *, crashes: bool = False
) -> VisitFormView:
    """The form, shown; one that ``crashes`` is not closed by the test's end (it is gone)."""
    form = VisitFormView(chart, today=TODAY, drafts=drafts)
    if not crashes:
        qtbot.addWidget(form)
    form.resize(1200, 900)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def press_button(qtbot: QtBot, button: QWidget) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def tab(qtbot: QtBot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def period_id(chart: PatientChart, drug: str) -> int:
    (period,) = [m for m in chart.medications if m.drug == drug and m.active_on(TODAY)]
    assert period.id is not None
    return period.id


def crash(qtbot: QtBot, form: VisitFormView, store: DraftStore) -> None:
    """Wait for the draft the form keeps while typing, then end it as kill -9 would."""
    typed = form.draft_payload()["sections"]
    qtbot.waitUntil(lambda: (store.load(form.draft_key) or {}).get("sections") == typed)
    shiboken6.delete(form)  # no close, no hide: the process dies here


def stopped(chart: PatientChart, drug: str, on: date) -> PatientChart:
    """``chart`` with the period of ``drug`` stopped on ``on`` (as someone else saved it)."""
    medications = tuple(
        dataclasses.replace(m, stop_on=on, stop_reason="Stopped") if m.drug == drug else m
        for m in chart.medications
    )
    return dataclasses.replace(chart, medications=medications)


def type_dose_change(qtbot: QtBot, form: VisitFormView, search: str) -> None:
    press_button(qtbot, form.medications.dose_button)
    row = form.medications.rows[-1]
    qtbot.keyClicks(row.drug_combo, search)
    tab(qtbot)
    qtbot.keyClicks(row.dose_edit, "90")
    row.frequency_combo.setCurrentIndex(row.frequency_combo.findData(Frequency.BID.value))
    row.reason_edit.setFocus()
    qtbot.keyClicks(row.reason_edit, "Fingers still blanching")


DILTIAZEM_LOST = (
    "The dose change of Diltiazem to 90 mg twice daily could not be put back as typed: "
    "Diltiazem 60 mg twice daily is not taken on {day} (it was stopped or changed since, or the "
    "date is not the same). The change is kept without a drug: choose the drug again, or remove "
    "it."
)


def saved_again(chart: PatientChart, visit: Visit) -> tuple[PatientChart, Visit]:
    """``chart`` once someone else saved ``visit`` again (its version moved on)."""
    newer = dataclasses.replace(visit, version=visit.version + 1)
    visits = tuple(newer if v.id == visit.id else v for v in chart.visits)
    return dataclasses.replace(chart, visits=visits), newer


def edit_form(chart: PatientChart, store: DraftStore, visit: Visit) -> VisitFormView:
    labs = [lab for lab in chart.labs if lab.visit_id == visit.id]
    return VisitFormView(chart, today=TODAY, drafts=store, visit=visit, visit_labs=labs)
