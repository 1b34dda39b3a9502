"""The visit form and its questions in the pseudo-language: every text a person reads came through
the translation (but the patient's data and the domain's texts), and none is clipped by the longer
text."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import (
    Das28Variant,
)
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.laboratory import labs
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.rom import JOINTS, movements_of
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.validation import validate_visit
from calcitrack.domain.visits.visit_entry import (
    MedicationChange,
    MedicationChangeKind,
    VisitEntry,
    validate_visit_entry,
)
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView
from calcitrack.ui.visit_form.routing import waits_for_save
from calcitrack.ui.visit_form.unmeasured_lesions_dialog import (
    UnmeasuredLesion,
    UnmeasuredLesionsDialog,
)
from calcitrack.ui.visit_form.unusual_values_dialog import UnusualValuesDialog
from calcitrack.ui.workspace.lab_flowsheet_model import unit_label
from tests.support.pseudo_locale import OPEN, clipped, untranslated

pytestmark = pytest.mark.usefixtures("pseudo_language")

TODAY = date(2026, 10, 12)


def _domain_texts() -> tuple[str, ...]:
    units = {u for a in labs.ANALYTES.values() for u in a.accepted_units}
    return (
        *(v.label for v in Das28Variant),  # a score's name, the same in every language
        *(drug.name for drug in DRUGS.values()),
        *units,
        *(unit_label(unit) for unit in units),
        *(joint.capitalize() for joint in JOINTS),
        *(m.source for joint in JOINTS for m in movements_of(joint)),  # citations
    )


DOMAIN_TEXTS = _domain_texts()
"""Texts of the domain shown as they are: the drugs' names (stored with each period as the
patient's data, so not translated), the DAS28 variants (a score's name, the same in every
language), the range-of-motion references' sources (citations), the lab units (UCUM symbols) and
the joints' names (shown by the window as their codes capitalised). The coded values' labels, the
body sites, the analytes, the movements and the validation reasons come through gettext,
pseudo-translated with the window."""


@pytest.fixture
def chart(stored_demo_charts: dict[str, PatientChart]) -> PatientChart:
    return stored_demo_charts[DEMO_RA_MRN]


@pytest.fixture
def form(qtbot: QtBot, chart: PatientChart, tmp_path: Path) -> Iterator[VisitFormView]:
    opened = VisitFormView(chart, today=TODAY, drafts=DraftStore(tmp_path / "drafts"))
    qtbot.addWidget(opened)
    opened.resize(1400, 900)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened


def _data(chart: PatientChart) -> tuple[str, ...]:
    """What is the patient's (names, labels), not language."""
    patient = chart.patient
    return (
        patient.display_name,
        patient.mrn,
        *(lesion.label for lesion in chart.lesions),
        *(f"<b>{lesion.label}</b>" for lesion in chart.lesions),
        *(p.drug_name for p in chart.medications),
        *DOMAIN_TEXTS,
    )


def _checked(window: QWidget, *data: str) -> None:
    if isinstance(window, VisitFormView):  # the derived labs' formulas: the domain's
        data = (*data, *(html.escape(value.formula) for value in window.labs.derived()))
    found = untranslated(window, data=data)
    assert found == [], "\n".join(found)
    cut = clipped(window)
    assert cut == [], "\n".join(cut)


def test_the_form_as_it_opens(form: VisitFormView, chart: PatientChart) -> None:
    assert form.save_button.text().startswith(OPEN)
    _checked(form, *_data(chart))


def test_the_form_with_a_new_lesion_a_lab_and_a_medication_change(
    qtbot: QtBot, form: VisitFormView, chart: PatientChart
) -> None:
    form.lesions.add_lesion()
    form.labs.add_row()
    qtbot.mouseClick(form.medications.start_button, Qt.MouseButton.LeftButton)
    form.rom.add_joint("elbow")
    qtbot.wait(50)  # the rows just built are laid out
    _checked(form, *_data(chart))


def test_the_form_after_save_is_refused(
    qtbot: QtBot, form: VisitFormView, chart: PatientChart
) -> None:
    form.scores.edits["pain_nrs"].setText("12")  # out of range
    form.vitals.weight.setText("6O")  # not a number
    assert not form.save()
    assert form.problems_box.isVisible()
    _checked(form, *_data(chart))


def test_the_question_about_lesions_not_measured(qtbot: QtBot, chart: PatientChart) -> None:
    lesions = [
        UnmeasuredLesion(lesion.label, "R knee, right", "last 45×30 mm on 2026-09-14 (caliper)")
        for lesion in chart.lesions[:2]
    ]
    for today, shown in ((True, lesions), (False, lesions[:1])):
        dialog = UnmeasuredLesionsDialog(shown, today=today)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        sites_and_sizes = [text for one in shown for text in (one.site, one.last)]
        _checked(dialog, *_data(chart), *sites_and_sizes)


def test_the_question_about_unusual_values(qtbot: QtBot) -> None:
    value = UnusualValue(
        check="weight",
        field="weight_kg",
        subject="visit",
        label_text="Weight",
        value="250 kg",
        reason_text="above the clinic's 200 kg",
        setting="weight",
        limit_text="200 kg",
    )
    dialog = UnusualValuesDialog([value])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle().startswith(OPEN)
    _checked(dialog, value.describe())


def test_a_value_still_missing_waits_for_save_whatever_the_language(chart: PatientChart) -> None:
    """The form tells a value still missing from a wrong one by the problem's kind: the reasons
    are in the nurse's language (here the pseudo-language), never read."""
    half_pressure = Visit(None, TODAY, systolic_bp_mmhg=120)
    (missing,) = validate_visit(half_pressure, chart.patient, [], today=TODAY)
    assert missing.reason.startswith(OPEN)
    assert waits_for_save(missing)
    assert waits_for_save(missing.under("visits[0]"))
    upside_down = Visit(None, TODAY, systolic_bp_mmhg=80, diastolic_bp_mmhg=90)
    (wrong,) = validate_visit(upside_down, chart.patient, [], today=TODAY)
    assert wrong.reason.startswith(OPEN)
    assert not waits_for_save(wrong)
    no_reason = MedicationChange(MedicationChangeKind.START, "", "")
    problems = validate_visit_entry(
        VisitEntry(Visit(None, TODAY), medication_changes=(no_reason,)), chart, today=TODAY
    )
    waiting = {p.field for p in problems if waits_for_save(p)}
    assert {"medication_changes[0].drug", "medication_changes[0].reason",
            "medication_changes[0].dose"} <= waiting  # fmt: skip
    assert all(p.reason.startswith(OPEN) for p in problems)
