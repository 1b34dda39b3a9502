"""Recording, editing and deleting visits on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest
from sqlalchemy import func, select, table

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import DoseUnit, Frequency, Laterality, LesionStatus, Route, Side
from calcitrack.domain.entities import Lesion, LesionMeasurement, RomMeasurement, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.domain.visits.visit_entry import (
    LesionStatusChange,
    MedicationChange,
    MedicationChangeKind,
    VisitEntry,
)
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.errors import ConflictError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.records import VisitDeletionRecord
from tests.support.sample_chart import CLINICAL_TABLES

TODAY = date(2026, 11, 20)


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts([c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN])
    return context


def _row_counts(clinic: Clinic) -> dict[str, int]:
    with clinic.engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(table(t))) for t in CLINICAL_TABLES}


def _entry(ctx: ServiceContext, day: date = TODAY) -> VisitEntry:
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    diltiazem = next(m for m in chart.medications if m.drug == "diltiazem" and m.stop_on is None)
    visit = Visit(
        chart.patient.id,
        day,
        weight_kg=59.5,
        pain_nrs=2,
        next_visit_due_on=date(2027, 2, 19),
        lesion_measurements=(
            LesionMeasurement("R lateral thigh", 220.0, 80.0, 6.0, ulcerated=True),
            LesionMeasurement("L forearm", 8.0, 5.0),
        ),
        rom=(RomMeasurement("hip", "flexion", Side.RIGHT, 110.0),),
    )
    return VisitEntry(
        visit,
        new_lesions=(Lesion("L forearm", "forearm", Laterality.LEFT, day),),
        status_changes=(LesionStatusChange("R upper chest", LesionStatus.RESOLVED),),
        labs=(
            entered("calcium_total", day, 2.35, "mmol/L"),
            entered("phosphate", day, 1.1, "mmol/L"),
        ),
        medication_changes=(
            MedicationChange(
                MedicationChangeKind.DOSE,
                "diltiazem",
                "lesions still growing, tolerating the dose",
                dose=120.0,
                dose_unit=DoseUnit.MG,
                frequency=Frequency.BID,
                route=Route.ORAL,
                period_id=diltiazem.id,
            ),
        ),
    )


def test_a_recorded_visit_comes_back_whole(ctx: ServiceContext) -> None:
    VisitService(ctx).record(DEMO_RA_MRN, _entry(ctx))
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    visit = chart.visits[-1]
    assert visit.visit_date == TODAY and visit.weight_kg == 59.5 and visit.pain_nrs == 2
    assert visit.next_visit_due_on == date(2027, 2, 19)
    areas = {m.lesion_label: m.area_mm2 for m in visit.lesion_measurements}
    assert areas == {
        "R lateral thigh": pytest.approx(math.pi / 4 * 220 * 80),
        "L forearm": pytest.approx(math.pi / 4 * 8 * 5),
    }
    lesions = {le.label: le for le in chart.lesions}
    assert lesions["L forearm"].first_seen_on == TODAY
    assert lesions["R upper chest"].status is LesionStatus.RESOLVED
    assert lesions["R upper chest"].status_changed_on == TODAY
    labs_today = {lab.analyte: lab for lab in chart.labs if lab.collected_on == TODAY}
    assert labs_today["calcium_total"].unit == "mmol/L"
    assert labs_today["calcium_total"].visit_id == visit.id
    assert labs_today["calcium_total"].normalised_value == pytest.approx(2.35 / 0.2495)
    diltiazem = sorted(
        (m for m in chart.medications if m.drug == "diltiazem"), key=lambda m: m.start_on
    )
    assert diltiazem[-2].stop_on == TODAY
    assert diltiazem[-2].stop_reason.startswith("lesions still growing")
    assert (diltiazem[-1].dose, diltiazem[-1].start_on, diltiazem[-1].stop_on) == (
        120.0,
        TODAY,
        None,
    )
    assert diltiazem[-1].atc == "C08DB01"


def test_an_invalid_entry_lists_every_problem_and_writes_nothing(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    before = _row_counts(clinic)
    entry = _entry(ctx)
    bad_visit = dataclasses.replace(
        entry.visit,
        pain_nrs=11,
        lesion_measurements=(LesionMeasurement("R lateral thigh", 10.0, 12.0),),
    )
    bad_change = dataclasses.replace(entry.medication_changes[0], reason=" ")
    with pytest.raises(DomainValidationError) as caught:
        VisitService(ctx).record(
            DEMO_RA_MRN,
            dataclasses.replace(entry, visit=bad_visit, medication_changes=(bad_change,)),
        )
    fields = {p.field for p in caught.value.problems}
    assert {"pain_nrs", "lesion_measurements[0].width_mm", "medication_changes[0].reason"} <= fields
    assert _row_counts(clinic) == before


def test_a_second_visit_on_the_same_day_is_refused(ctx: ServiceContext) -> None:
    VisitService(ctx).record(DEMO_RA_MRN, _entry(ctx))
    entry = _entry(ctx)
    with pytest.raises(DomainValidationError) as caught:
        VisitService(ctx).record(DEMO_RA_MRN, entry)
    assert "visit_date" in {p.field for p in caught.value.problems}


def test_editing_replaces_measurements_and_labs_and_refuses_a_stale_copy(
    ctx: ServiceContext,
) -> None:
    service = VisitService(ctx)
    service.record(DEMO_RA_MRN, _entry(ctx))
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    stored = chart.visits[-1]
    edited = dataclasses.replace(
        stored,
        pain_nrs=4,
        lesion_measurements=(LesionMeasurement("R lateral thigh", 215.0, 78.0, 6.0),),
    )
    saved = service.update(
        DEMO_RA_MRN,
        VisitEntry(edited, labs=(entered("calcium_total", TODAY, 9.6, "mg/dL"),)),
    )
    assert saved.version > stored.version
    again = PatientService(ctx).chart(DEMO_RA_MRN)
    visit = again.visits[-1]
    assert visit.pain_nrs == 4
    assert [m.lesion_label for m in visit.lesion_measurements] == ["R lateral thigh"]
    assert [(lab.analyte, lab.unit) for lab in again.labs if lab.visit_id == visit.id] == [
        ("calcium_total", "mg/dL")
    ]
    # the chest lesion was resolved at this visit only by the first version of it
    chest = next(le for le in again.lesions if le.label == "R upper chest")
    assert chest.status is LesionStatus.ACTIVE
    with pytest.raises(ConflictError, match="changed by someone else"):
        service.update(DEMO_RA_MRN, VisitEntry(dataclasses.replace(stored, pain_nrs=5)))
    assert PatientService(ctx).chart(DEMO_RA_MRN).visits[-1].pain_nrs == 4


def test_deleting_needs_a_reason_and_keeps_what_was_deleted(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    service = VisitService(ctx)
    service.record(DEMO_RA_MRN, _entry(ctx))
    visit = PatientService(ctx).chart(DEMO_RA_MRN).visits[-1]
    with pytest.raises(DomainValidationError, match="reason"):
        service.delete(DEMO_RA_MRN, visit, "  ")
    service.delete(DEMO_RA_MRN, visit, "entered on the wrong patient")
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    assert TODAY not in {v.visit_date for v in chart.visits}
    assert not [lab for lab in chart.labs if lab.collected_on == TODAY]
    labels = {le.label: le for le in chart.lesions}
    assert "L forearm" not in labels  # first seen at the deleted visit only
    assert labels["R upper chest"].status is LesionStatus.ACTIVE
    assert service.deletions(DEMO_RA_MRN) == [(TODAY, "entered on the wrong patient")]
    with clinic.engine.connect() as conn:
        snapshot = conn.scalar(select(VisitDeletionRecord.snapshot_json))
    assert '"R lateral thigh"' in snapshot and '"calcium_total"' in snapshot
