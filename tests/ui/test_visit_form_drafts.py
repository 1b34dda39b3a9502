"""Drafts of the visit form put back exactly what was typed, on the demo clinic as stored (every
medication period and lesion has its id), typed into as a nurse would; and what cannot be put
back is said above the form before anything is saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Frequency
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visit_entry import MedicationChangeKind
from calcitrack.services.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.draft_store import DraftStore
from calcitrack.ui.visit_form import VisitFormView

TODAY = date(2026, 10, 12)
_CHARTS: dict[str, PatientChart] = {}


@pytest.fixture(scope="module", autouse=True)
def stored_charts(stored_demo_charts: dict[str, PatientChart]) -> Iterator[None]:
    _CHARTS.update(stored_demo_charts)
    yield
    _CHARTS.clear()


@pytest.fixture
def ra() -> PatientChart:
    return _CHARTS[DEMO_RA_MRN]


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


# ---------------------------------------------------------------- the drug comes back the same


@pytest.mark.parametrize("typed", ["Dil", "Col"])
def test_a_recovered_dose_change_stays_on_the_drug_it_was_typed_for(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path, typed: str
) -> None:
    """Issue 15, reproduction 1: the change came back on Methotrexate (or Hydroxychloroquine),
    the first period of the list, instead of Diltiazem (Colchicine)."""
    store = DraftStore(tmp_path / "drafts")
    first = open_form(qtbot, ra, store, crashes=True)
    section = first.medications
    press_button(qtbot, section.dose_button)
    row = section.rows[-1]
    qtbot.keyClicks(row.drug_combo, typed)  # keyboard search in the regimen's periods
    drug = {"Dil": "diltiazem", "Col": "colchicine"}[typed]
    assert row.change().period_id == period_id(ra, drug)
    tab(qtbot)
    qtbot.keyClicks(row.dose_edit, "90")
    row.frequency_combo.setCurrentIndex(row.frequency_combo.findData(Frequency.BID.value))
    row.reason_edit.setFocus()
    qtbot.keyClicks(row.reason_edit, "Fingers still blanching")
    typed_change = row.change()
    before = first.entry()
    crash(qtbot, first, store)

    second = open_form(qtbot, ra, store)
    assert second.has_draft()
    second.restore_draft()
    (back,) = second.medications.rows
    assert back.kind is MedicationChangeKind.DOSE
    assert back.change() == typed_change
    assert back.change().drug == drug and back.change().period_id == period_id(ra, drug)
    assert back.drug_combo.currentText() == row_text(ra, drug)
    assert back.title() == f"Change dose of {drug.capitalize()}"
    assert second.entry() == before


def row_text(chart: PatientChart, drug: str) -> str:
    from calcitrack.ui.medication_change_row import period_text

    (period,) = [m for m in chart.medications if m.drug == drug and m.active_on(TODAY)]
    return period_text(period)
