"""The rules of one visit entry: which lesions to measure, medication changes, and every problem."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    Laterality,
    LesionStatus,
    Route,
    Sex,
    UnderlyingDisease,
)
from calcitrack.domain.entities import (
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    Visit,
)
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.domain.visits.visit_entry import (
    LesionStatusChange,
    MedicationChange,
    MedicationChangeKind,
    VisitEntry,
    apply_medication_changes,
    lesions_to_measure,
    regimen_on,
    validate_visit_entry,
)

TODAY = date(2026, 6, 1)
PATIENT = Patient("T-1", "Test", "Ana", Sex.FEMALE, date(1970, 1, 1), UnderlyingDisease.DM, id=1)
DILTIAZEM = MedicationPeriod(
    "diltiazem", "Diltiazem", 60, DoseUnit.MG, Frequency.BID, Route.ORAL, date(2026, 1, 5), id=7
)
CHART = PatientChart(
    PATIENT,
    lesions=(
        Lesion("A", "thigh", Laterality.RIGHT, date(2026, 1, 5), id=1),
        Lesion("B", "elbow", Laterality.LEFT, date(2026, 1, 5), id=2),
        Lesion(
            "C",
            "hand",
            Laterality.LEFT,
            date(2026, 1, 5),
            status=LesionStatus.EXCISED,
            status_changed_on=date(2026, 3, 2),
            id=3,
        ),
        Lesion("D", "knee", Laterality.RIGHT, date(2026, 3, 2), id=4),
    ),
    visits=(
        Visit(
            1,
            date(2026, 1, 5),
            lesion_measurements=(
                LesionMeasurement("A", 20, 10),
                LesionMeasurement("B", 8, 6),
                LesionMeasurement("C", 5, 5),
            ),
            id=10,
        ),
        Visit(
            1,
            date(2026, 3, 2),
            lesion_measurements=(LesionMeasurement("A", 22, 11), LesionMeasurement("D", 4, 3)),
            id=11,
        ),
    ),
    medications=(DILTIAZEM,),
)


def _start(drug: str = "colchicine", **kw: object) -> MedicationChange:
    values: dict[str, object] = {
        "dose": 0.5,
        "dose_unit": DoseUnit.MG,
        "frequency": Frequency.QD,
        "route": Route.ORAL,
    } | kw
    return MedicationChange(MedicationChangeKind.START, drug, "interaction checked", **values)


def _fields(entry: VisitEntry) -> set[str]:
    return {p.field for p in validate_visit_entry(entry, CHART, today=TODAY)}


def test_active_lesions_are_carried_forward_with_their_latest_measurement() -> None:
    carried = {c.lesion.label: c for c in lesions_to_measure(CHART, TODAY)}
    assert set(carried) == {"A", "B", "D"}  # C was excised
    assert carried["A"].last == LesionMeasurement("A", 22, 11)
    assert carried["A"].last_on == date(2026, 3, 2)
    assert carried["B"].last_on == date(2026, 1, 5)


def test_editing_the_first_visit_offers_what_was_active_then() -> None:
    carried = {c.lesion.label: c for c in lesions_to_measure(CHART, date(2026, 1, 5), visit_id=10)}
    assert set(carried) == {"A", "B", "C"}  # D came later
    assert carried["A"].last is None


def test_a_valid_entry_has_no_problems() -> None:
    visit = Visit(1, TODAY, lesion_measurements=(LesionMeasurement("A", 21, 10),))
    entry = VisitEntry(
        visit,
        new_lesions=(Lesion("E", "forearm", Laterality.LEFT, TODAY),),
        status_changes=(LesionStatusChange("B", LesionStatus.RESOLVED),),
        labs=(entered("calcium_total", TODAY, 2.3, "mmol/L"),),
        medication_changes=(_start(),),
    )
    assert validate_visit_entry(entry, CHART, today=TODAY) == []


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (VisitEntry(Visit(1, date(2026, 3, 2))), "visit_date"),
        (
            VisitEntry(Visit(1, TODAY, lesion_measurements=(LesionMeasurement("C", 3, 3),))),
            "lesion_measurements[0].lesion",
        ),
        (
            VisitEntry(Visit(1, TODAY), new_lesions=(Lesion("A", "hand", Laterality.LEFT, TODAY),)),
            "new_lesions[0].label",
        ),
        (
            VisitEntry(
                Visit(1, TODAY),
                new_lesions=(Lesion("E", "hand", Laterality.LEFT, date(2026, 5, 1)),),
            ),
            "new_lesions[0].first_seen_on",
        ),
        (
            VisitEntry(
                Visit(1, TODAY), status_changes=(LesionStatusChange("Z", LesionStatus.RESOLVED),)
            ),
            "status_changes[0].lesion",
        ),
        (
            VisitEntry(
                Visit(1, TODAY), labs=(entered("phosphate", date(2026, 5, 1), 1.0, "mmol/L"),)
            ),
            "labs[0].collected_on",
        ),
        (
            VisitEntry(
                Visit(1, TODAY),
                labs=(
                    entered("phosphate", TODAY, 1.0, "mmol/L"),
                    entered("phosphate", TODAY, 3.1, "mg/dL"),
                ),
            ),
            "labs[1].analyte",
        ),
        (
            VisitEntry(Visit(1, TODAY), medication_changes=(_start("diltiazem"),)),
            "medication_changes[0].drug",
        ),
        (
            VisitEntry(Visit(1, TODAY), medication_changes=(_start(dose=None),)),
            "medication_changes[0].dose",
        ),
        (
            VisitEntry(Visit(1, TODAY), medication_changes=(_start(dose=-1.0),)),
            "medication_changes[0].dose",
        ),
        (
            VisitEntry(Visit(1, TODAY), medication_changes=(_start(route=None),)),
            "medication_changes[0].route",
        ),
        (
            VisitEntry(
                Visit(1, TODAY),
                medication_changes=(
                    MedicationChange(MedicationChangeKind.STOP, "colchicine", "rash", period_id=99),
                ),
            ),
            "medication_changes[0].period_id",
        ),
        (
            VisitEntry(
                Visit(1, date(2026, 1, 5), id=10, version=1),
                medication_changes=(
                    MedicationChange(MedicationChangeKind.STOP, "diltiazem", "rash", period_id=7),
                ),
            ),
            "medication_changes[0].period_id",
        ),
        (
            VisitEntry(
                Visit(1, TODAY),
                medication_changes=(
                    MedicationChange(MedicationChangeKind.STOP, "diltiazem", "", period_id=7),
                ),
            ),
            "medication_changes[0].reason",
        ),
    ],
    ids=[
        "second visit same day",
        "measuring an excised lesion",
        "new lesion label clash",
        "new lesion seen another day",
        "status change of unknown lesion",
        "lab from another day",
        "same analyte twice",
        "starting a drug already taken",
        "start without dose",
        "negative dose",
        "start without route",
        "stopping a period that does not exist",
        "stopping on the day it started",
        "stop without reason",
    ],
)
def test_each_problem_names_its_field(entry: VisitEntry, field: str) -> None:
    assert field in _fields(entry)


def test_editing_a_visit_may_keep_its_own_date() -> None:
    stored = CHART.visits[1]
    assert "visit_date" not in _fields(VisitEntry(dataclasses.replace(stored, version=1)))


def test_a_dose_change_closes_the_current_period_and_opens_the_next() -> None:
    change = MedicationChange(
        MedicationChangeKind.DOSE,
        "diltiazem",
        "titration",
        dose=90,
        dose_unit=DoseUnit.MG,
        frequency=Frequency.BID,
        route=Route.ORAL,
        period_id=7,
    )
    closed, opened = apply_medication_changes(CHART.medications, [change], TODAY)
    assert closed == [dataclasses.replace(DILTIAZEM, stop_on=TODAY, stop_reason="titration")]
    assert [(m.drug, m.dose, m.start_on, m.stop_on, m.atc) for m in opened] == [
        ("diltiazem", 90, TODAY, None, "C08DB01")
    ]
    after = [*closed, *opened]
    assert [m.dose for m in regimen_on(after, TODAY)] == [90]
    assert [m.dose for m in regimen_on(after, date(2026, 5, 31))] == [60]


def test_a_chart_not_stored_yet_still_carries_last_values_forward() -> None:
    unsaved = dataclasses.replace(
        CHART, visits=tuple(dataclasses.replace(v, id=None) for v in CHART.visits)
    )
    carried = {c.lesion.label: c for c in lesions_to_measure(unsaved, TODAY)}
    assert carried["A"].last == LesionMeasurement("A", 22, 11)
