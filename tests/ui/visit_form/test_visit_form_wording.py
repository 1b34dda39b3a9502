"""What the visit form says, read as a nurse reads it (QA trial): "No lesion measured today yet" on
a form dated two days back; areas shown "12,566 mm²" on a form that reads a comma as a decimal
point; "Start drug" choosing a drug already on the regimen, its row red before anything was
typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VALIDATE_DELAY_MS, VisitFormView

TODAY = date(2026, 12, 6)
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


def type_date(qtbot: QtBot, form: VisitFormView, text: str) -> None:
    form.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.date_edit, text)
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Tab)


def test_a_form_dated_another_day_says_at_this_visit_not_today(
    qtbot: QtBot, form: VisitFormView
) -> None:
    burden = form.lesions.burden_label
    assert burden.text().startswith("No lesion measured today yet")
    type_date(qtbot, form, "2026-12-04")
    assert form.visit_date() == date(2026, 12, 4)
    assert burden.text().startswith("No lesion measured at this visit yet"), burden.text()
    row = form.lesions.rows[0]
    qtbot.keyClicks(row.longest, "12")
    qtbot.keyClicks(row.width, "8")
    assert burden.text().startswith("Burden at this visit:"), burden.text()
    assert "today" not in burden.text()
    type_date(qtbot, form, "2026-12-06")
    assert burden.text().startswith("Burden today:"), burden.text()


def test_areas_group_digits_with_a_space_never_a_comma(qtbot: QtBot, form: VisitFormView) -> None:
    """π/4 × 160 × 100 = 12 566 mm²: a comma there reads as a decimal point in this form."""
    row = form.lesions.rows[0]
    qtbot.keyClicks(row.longest, "160")
    qtbot.keyClicks(row.width, "100")
    assert row.area_label.text() == "12\u00a0566 mm²"
    assert "12\u00a0566 mm²" in form.lesions.burden_label.text()
    for label in form.findChildren(QLabel):
        if label.isVisible() and any(c.isdigit() for c in label.text()):
            assert "," not in label.text().replace(", ", ""), label.text()


def test_start_drug_chooses_no_drug_until_the_nurse_does(
    qtbot: QtBot, form: VisitFormView
) -> None:
    taken = {p.drug for p in form.medications.regimen()}
    assert "methotrexate" in taken
    form.medications.start_button.setFocus()
    qtbot.keyClick(form.medications.start_button, Qt.Key.Key_Space)
    row = form.medications.rows[-1]
    assert QApplication.focusWidget() is row.drug_combo
    assert row.drug_combo.currentIndex() == -1 and row.drug_code() not in taken
    assert row.drug_combo.currentText() == ""  # the placeholder ("Drug…") shows
    qtbot.wait(VALIDATE_DELAY_MS * 2)  # the live check has run
    assert not [w for w in row.inputs() if field_marks.is_marked(w)], "red before any typing"
    assert "already" not in form.medications.message_label.text()
    qtbot.keyClicks(row.drug_combo, "Colch")  # the nurse picks by typing its first letters
    assert row.drug_code() == "colchicine"
    assert row.title() == "Start Colchicine"


def test_a_start_left_without_a_drug_is_refused_naming_the_field(
    qtbot: QtBot, form: VisitFormView
) -> None:
    row = form.medications.add_change(MedicationChangeKind.START)
    qtbot.keyClicks(row.dose_edit, "0.5")
    qtbot.keyClicks(row.reason_edit, "Flare")
    assert not form.save()
    texts = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert any("drug" in t.lower() and "choose the drug" in t for t in texts), texts
    assert field_marks.is_marked(row.drug_combo)
