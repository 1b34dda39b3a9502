"""What changed between two readings of a visit or a patient, in words a nurse reads, and how the
user's own edit is carried over onto a record someone else saved meanwhile."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    Laterality,
    LesionStatus,
    MeasurementMethod,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
)
from calcitrack.domain.entities import (
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.domain.visits.record_changes import (
    ChangeStamp,
    not_carried_over,
    patient_changes,
    patient_items,
    rebase_patient,
    text_in,
)
from calcitrack.domain.visits.visit_changes import (
    VisitContent,
    entry_content,
    medication_changes_on,
    stored_visit_content,
    visit_changes,
    visit_items,
)
from calcitrack.domain.visits.visit_entry import (
    LesionStatusChange,
    MedicationChange,
    MedicationChangeKind,
    VisitEntry,
)

DAY = date(2026, 3, 2)
PATIENT = Patient(
    "T-1", "Test", "Ana", Sex.FEMALE, date(1970, 1, 1), UnderlyingDisease.DM, id=1, version=3
)
CALCIUM = dataclasses.replace(
    entered("calcium_total", DAY, 2.35, "mmol/L", 2.1, 2.6), visit_id=11, id=5
)
VISIT = Visit(
    1,
    DAY,
    clinician="Dr Ruiz",
    pain_nrs=3,
    weight_kg=60.5,
    lesion_measurements=(
        LesionMeasurement("A", 22, 11, 4.0, lesion_id=1),
        LesionMeasurement("D", 4, 3, lesion_id=4),
    ),
    rom=(RomMeasurement("knee", "flexion", Side.RIGHT, 120),),
    id=11,
    version=2,
)
CHART = PatientChart(
    PATIENT,
    lesions=(
        Lesion("A", "thigh", Laterality.RIGHT, date(2026, 1, 5), id=1),
        Lesion(
            "B",
            "elbow",
            Laterality.LEFT,
            date(2026, 1, 5),
            status=LesionStatus.RESOLVED,
            status_changed_on=DAY,
            id=2,
        ),
        Lesion("D", "knee", Laterality.RIGHT, DAY, id=4),
    ),
    visits=(VISIT,),
    labs=(CALCIUM,),
    medications=(
        MedicationPeriod(
            "diltiazem",
            "Diltiazem",
            60,
            DoseUnit.MG,
            Frequency.BID,
            Route.ORAL,
            date(2026, 1, 5),
            stop_on=DAY,
            stop_reason="growing",
            id=7,
        ),
        MedicationPeriod(
            "diltiazem",
            "Diltiazem",
            120,
            DoseUnit.MG,
            Frequency.BID,
            Route.ORAL,
            DAY,
            start_reason="growing",
            id=8,
        ),
        MedicationPeriod(
            "colchicine",
            "Colchicine",
            0.5,
            DoseUnit.MG,
            Frequency.QD,
            Route.ORAL,
            date(2025, 6, 1),
            stop_on=DAY,
            stop_reason="diarrhoea",
            id=9,
        ),
    ),
)


def _stored(chart: PatientChart = CHART) -> VisitContent:
    content = stored_visit_content(chart, 11)
    assert content is not None
    return content


def _changes(before: VisitContent, after: VisitContent) -> list[tuple[str, str, str]]:
    return [(c.label, c.before, c.after) for c in visit_changes(before, after)]


def test_a_stored_visit_reads_back_with_everything_saved_with_it() -> None:
    content = _stored()
    assert content.visit is VISIT and content.labs == (CALCIUM,)
    assert [le.label for le in content.new_lesions] == ["D"]  # first seen at this visit
    assert content.ended_lesions == (LesionStatusChange("B", LesionStatus.RESOLVED),)
    assert [(c.kind, c.drug, c.dose, c.reason) for c in content.medication_changes] == [
        (MedicationChangeKind.DOSE, "diltiazem", 120, "growing"),
        (MedicationChangeKind.STOP, "colchicine", None, "diarrhoea"),
    ]
    assert stored_visit_content(CHART, 99) is None


def test_the_same_visit_read_twice_has_no_changes() -> None:
    assert visit_changes(_stored(), _stored()) == []


def test_each_change_is_named_as_the_form_names_it_in_the_forms_order() -> None:
    before = _stored()
    visit = dataclasses.replace(
        VISIT,
        visit_date=date(2026, 3, 3),
        pain_nrs=5,
        weight_kg=None,
        notes="Tender today.",
        lesion_measurements=(
            LesionMeasurement("A", 25, 11, 4.0, MeasurementMethod.ULTRASOUND, ulcerated=True),
            LesionMeasurement("D", 4, 3),
        ),
        rom=(RomMeasurement("knee", "flexion", Side.RIGHT, 110),),
    )
    calcium = dataclasses.replace(CALCIUM, value=2.6, ref_high=None)
    after = dataclasses.replace(before, visit=visit, labs=(calcium,))
    assert _changes(before, after) == [
        ("Visit date", "2026-03-02", "2026-03-03"),
        ("Lesion A: longest diameter", "22 mm", "25 mm"),
        ("Lesion A: measured by", "Caliper", "Ultrasound"),
        ("Lesion A: signs", "none", "ulcerated"),
        ("Pain NRS", "3", "5"),
        ("Range of motion: right knee flexion", "120°", "110°"),
        ("Calcium, total (serum/plasma)", "2.35 mmol/L", "2.6 mmol/L"),
        ("Calcium, total (serum/plasma): reference", "2.1–2.6 mmol/L", "≥ 2.1 mmol/L"),
        ("Weight", "60.5 kg", "—"),
        ("Notes", "—", "Tender today."),
    ]


def test_something_only_one_reading_has_is_one_change_saying_what_its_absence_means() -> None:
    before = _stored()
    after = dataclasses.replace(
        before,
        visit=dataclasses.replace(VISIT, lesion_measurements=VISIT.lesion_measurements[:1]),
        labs=(CALCIUM, entered("phosphate", DAY, 1.1, "mmol/L")),
        ended_lesions=(),
        medication_changes=before.medication_changes[:1],
    )
    assert _changes(before, after) == [
        ("Lesion D", "4 × 3 mm, caliper, signs: none", "not measured"),
        ("Lesion B: status", "resolved at this visit", "active"),
        ("Phosphate, inorganic (serum/plasma)", "not entered", "1.1 mmol/L"),
        ("Medication: Colchicine", "stop (diarrhoea)", "no change"),
    ]


def test_medication_changes_read_back_as_start_dose_change_and_stop() -> None:
    changes = medication_changes_on(CHART.medications, DAY)
    assert [c.kind for c in changes] == [MedicationChangeKind.DOSE, MedicationChangeKind.STOP]
    assert medication_changes_on(CHART.medications, date(2025, 6, 1))[0].kind is (
        MedicationChangeKind.START
    )
    items = {i.key: i.summary for i in visit_items(_stored())}
    assert items["medication:diltiazem"] == "change dose to 120 mg twice daily, oral (growing)"


def test_an_unedited_form_entry_holds_exactly_the_stored_visit() -> None:
    stored = _stored()
    entry = VisitEntry(VISIT, status_changes=stored.ended_lesions, labs=stored.labs)
    assert visit_changes(stored, entry_content(entry, CHART)) == []


def test_a_new_visits_entry_holds_its_new_lesions_and_medication_changes() -> None:
    day = date(2026, 6, 1)
    entry = VisitEntry(
        Visit(1, day, lesion_measurements=(LesionMeasurement("E", 5, 4),)),
        new_lesions=(Lesion("E", "forearm", Laterality.LEFT, day),),
        medication_changes=(
            MedicationChange(
                MedicationChangeKind.START,
                "colchicine",
                "flare",
                dose=0.5,
                dose_unit=DoseUnit.MG,
                frequency=Frequency.QD,
                route=Route.ORAL,
            ),
        ),
    )
    items = {i.key: i.summary for i in visit_items(entry_content(entry, CHART))}
    assert items["new_lesion:E"] == "Forearm, left"
    assert items["medication:colchicine"] == "start 0.5 mg once daily, oral (flare)"


def test_what_a_reading_holds_for_a_change_whole_part_or_absent() -> None:
    items = visit_items(_stored())
    assert text_in(items, "pain_nrs") == "3"
    assert text_in(items, "lesion:A/longest_mm") == "22 mm"
    assert text_in(items, "lesion:D") == "4 × 3 mm, caliper, signs: none"
    assert text_in(items, "lesion:Z/width_mm") == "not measured"
    assert text_in(items, "lab:phosphate") == "not entered"


def test_patient_changes_and_the_users_edit_carried_onto_the_stored_patient() -> None:
    read = PATIENT
    stored = dataclasses.replace(read, family_name="Testa", given_name="Ana Maria", version=4)
    yours = dataclasses.replace(read, given_name="Anna", date_of_birth=date(1970, 1, 2))
    assert [(c.label, c.before, c.after) for c in patient_changes(read, stored)] == [
        ("Family name", "Test", "Testa"),
        ("Given name", "Ana", "Ana Maria"),
    ]
    merged, collided = rebase_patient(read, yours, stored)
    assert merged.version == 4 and merged.family_name == "Testa"  # theirs kept
    assert merged.date_of_birth == date(1970, 1, 2)  # only yours changed it: carried over
    assert merged.given_name == "Ana Maria" and collided == ["given_name"]  # both: stored kept
    left = not_carried_over(patient_items(read), patient_items(yours), patient_items(merged))
    assert left == [FieldChange("given_name", "Given name", "Ana Maria", "Anna")]


def test_a_stamp_says_who_and_when_in_local_time() -> None:
    at = datetime(2026, 11, 20, 9, 42, tzinfo=timezone.utc)
    local = at.astimezone()
    text = ChangeStamp("Dr Ben Okafor", at).describe()
    assert text == f"Dr Ben Okafor on {local:%Y-%m-%d} at {local:%H:%M}"
