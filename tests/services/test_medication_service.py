"""Correcting and deleting medication periods as recorded, on a real SQLite file and a real
PostgreSQL server: validated first (stop after start, no overlap of one drug, hard limits, dose
sense confirmed), written with field-by-field audit entries in the same transaction, refused for
a stale read (who saved it, when) and for a period of a signed visit."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import DoseUnit, Frequency
from calcitrack.domain.entities import MedicationPeriod, PatientChart
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import (
    ConflictError,
    NotFoundError,
    SignedVisitError,
    StaleEditError,
)
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.medication_service import MedicationService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.records import AuditEntryRecord, MedicationDeletionRecord
from calcitrack.store.schema import metadata
from tests.support.accounts import TEST_PASSWORD
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
MRN = "MC-1"
D1, D2 = date(2025, 1, 13), date(2025, 4, 14)


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts([sample_chart(MRN)])
    return context


def _chart(ctx: ServiceContext) -> PatientChart:
    return PatientService(ctx).chart(MRN)


def _periods(ctx: ServiceContext) -> tuple[MedicationPeriod, MedicationPeriod]:
    """The first diltiazem period (D1 → D2, 60 mg) and the current one (from D2, 120 mg)."""
    meds = sorted(_chart(ctx).medications, key=lambda m: m.start_on)
    return meds[0], meds[1]


def _dump(clinic: Clinic) -> dict[str, list[str]]:
    with clinic.engine.connect() as conn:
        return {
            t.name: sorted(repr(tuple(row)) for row in conn.execute(select(t)))
            for t in metadata.sorted_tables
        }


def _entries(clinic: Clinic, action: str) -> list[AuditEntryRecord]:
    with clinic.uow.read() as session:
        return list(
            session.scalars(
                select(AuditEntryRecord)
                .where(AuditEntryRecord.action == action)
                .where(AuditEntryRecord.table_name.in_(["medication_periods",
                                                         "medication_period_deletions"]))
                .order_by(AuditEntryRecord.id)
            )
        )


def _changes(entry: AuditEntryRecord) -> dict[str, object]:
    changes: dict[str, object] = json.loads(entry.changes_json)
    return changes


def test_a_correction_is_saved_and_audited_field_by_field(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    first, _ = _periods(ctx)
    corrected = dataclasses.replace(
        first, dose=90.0, frequency=Frequency.TID, start_reason="start: typed 60, meant 90"
    )
    saved = MedicationService(ctx).correct_period(MRN, first, corrected)
    assert (saved.dose, saved.frequency, saved.version) == (90.0, Frequency.TID, first.version + 1)
    assert _periods(ctx)[0] == saved
    (update,) = _entries(clinic, "update")
    assert update.record_id == str(first.id)
    assert _changes(update) == {
        "dose": [60.0, 90.0],
        "frequency": ["bid", "tid"],
        "start_reason": ["start for calcinosis", "start: typed 60, meant 90"],
        "version": [first.version, first.version + 1],
    }


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"stop_on": D1}, "stop_on", "after the start"),
        ({"stop_on": date(2025, 5, 1)}, "start_on", "overlaps"),  # into the current period
        ({"start_on": date(2025, 5, 1), "stop_on": None}, "start_on", "overlaps"),
        ({"dose": 200_000.0}, "dose", "between"),
        ({"start_on": date(2027, 1, 1), "stop_on": None}, "start_on", "future"),
        ({"drug": "methotrexate"}, "drug", "delete it"),
    ],
)
def test_a_bad_correction_names_the_field_and_changes_nothing(
    clinic: Clinic, ctx: ServiceContext, change: dict[str, object], field: str, words: str
) -> None:
    first, _ = _periods(ctx)
    before = _dump(clinic)
    with pytest.raises(DomainValidationError) as refused:
        MedicationService(ctx).correct_period(MRN, first, dataclasses.replace(first, **change))
    assert any(p.field == field and words in p.reason for p in refused.value.problems), (
        refused.value.problems
    )
    assert _dump(clinic) == before


def test_a_dose_above_the_label_needs_confirmation_which_is_recorded(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    _, current = _periods(ctx)
    corrected = dataclasses.replace(current, dose=300.0)  # 300 mg twice daily = 600 mg/day
    before = _dump(clinic)
    with pytest.raises(UnconfirmedValuesError) as asked:
        MedicationService(ctx).correct_period(MRN, current, corrected)
    assert _dump(clinic) == before
    (unusual,) = asked.value.unusual
    assert unusual.field == "dose" and "480" in unusual.reason
    MedicationService(ctx).correct_period(MRN, current, corrected, confirmed=[unusual])
    assert _periods(ctx)[1].dose == 300.0
    (confirm,) = _entries(clinic, "confirm")
    details = _changes(confirm)
    assert details["door"] == "medication correction"
    assert "600 mg/day" in str(details["confirmed"]) + str(details["reason_shown"])


def test_a_stale_correction_is_refused_with_who_and_when(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    first, _ = _periods(ctx)
    MedicationService(ctx).correct_period(MRN, first, dataclasses.replace(first, dose=90.0))
    before = _dump(clinic)
    with pytest.raises(StaleEditError) as refused:
        MedicationService(ctx).correct_period(MRN, first, dataclasses.replace(first, dose=75.0))
    message = str(refused.value)
    assert "was changed by someone else" in message and "Dose" in message
    assert ctx.actor.display_name in message
    assert [str(c) for c in refused.value.changes] == ["Dose: 60 → 90"]
    assert _dump(clinic) == before
    with pytest.raises(StaleEditError):
        MedicationService(ctx).delete_period(MRN, first, "entered twice")
    assert _dump(clinic) == before


def test_a_period_deleted_in_error_keeps_the_reason_and_its_values_in_the_trail(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    first, current = _periods(ctx)
    with pytest.raises(DomainValidationError):
        MedicationService(ctx).delete_period(MRN, current, "   ")
    MedicationService(ctx).delete_period(MRN, current, "entered for the wrong patient")
    assert [m.id for m in _chart(ctx).medications] == [first.id]
    with clinic.uow.read() as session:
        (kept,) = session.scalars(select(MedicationDeletionRecord))
        assert (kept.period_id, kept.drug_name, kept.start_on, kept.reason) == (
            current.id, "Diltiazem", D2, "entered for the wrong patient"
        )
    deleted = [e for e in _entries(clinic, "delete") if e.table_name == "medication_periods"]
    assert [e.record_id for e in deleted] == [str(current.id)]
    assert _changes(deleted[0])["dose"] == 120.0
    with pytest.raises(NotFoundError):
        MedicationService(ctx).delete_period(MRN, current, "again")


def test_a_period_of_a_signed_visit_changes_only_by_amendment(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    first, current = _periods(ctx)
    visit = next(v for v in _chart(ctx).visits if v.visit_date == D2)
    VisitService(ctx).sign(MRN, visit, TEST_PASSWORD)
    before = _dump(clinic)
    service = MedicationService(ctx)
    for period in (first, current):  # stopped at the signed visit; started at it
        with pytest.raises(SignedVisitError) as refused:
            service.correct_period(MRN, period, dataclasses.replace(period, dose=90.0))
        assert "amending that visit" in str(refused.value)
        assert "2025-04-14" in str(refused.value)
        with pytest.raises(SignedVisitError):
            service.delete_period(MRN, period, "entered in error")
    assert _dump(clinic) == before


def test_a_period_started_at_a_signed_first_visit_is_refused_too(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    first, _ = _periods(ctx)
    visit = next(v for v in _chart(ctx).visits if v.visit_date == D1)
    VisitService(ctx).sign(MRN, visit, TEST_PASSWORD)
    assert _chart(ctx).signature_of(visit.id) is not None
    with pytest.raises(SignedVisitError):
        MedicationService(ctx).correct_period(
            MRN, first, dataclasses.replace(first, dose_unit=DoseUnit.MG, dose=61.0)
        )


def test_a_physician_amends_the_signed_visit_to_correct_its_period(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    _, current = _periods(ctx)
    visit = next(v for v in _chart(ctx).visits if v.visit_date == D2)
    VisitService(ctx).sign(MRN, visit, TEST_PASSWORD)
    service = MedicationService(ctx)
    before = _dump(clinic)
    with pytest.raises(DomainValidationError):  # the reason is required
        service.amend_period(MRN, current, dataclasses.replace(current, dose=150.0), " ")
    with pytest.raises(DomainValidationError):  # and the correction valid
        service.amend_period(MRN, current, dataclasses.replace(current, stop_on=D1), "typo")
    assert _dump(clinic) == before
    saved = service.amend_period(
        MRN, current, dataclasses.replace(current, dose=150.0), "150 mg was prescribed"
    )
    assert saved is not None and saved.dose == 150.0
    chart = _chart(ctx)
    signature = chart.signature_of(visit.id)
    assert signature is not None and signature.content_matches is True  # bound to the amendment
    (amendment,) = signature.amendments
    assert amendment.reason == "150 mg was prescribed"
    assert [c.label for c in amendment.changes] == ["Medication: Diltiazem"]
    assert "150 mg" in amendment.changes[0].after and "120 mg" in amendment.changes[0].before
    (amend,) = _amend_entries(clinic)
    assert _changes(amend)["reason"] == "150 mg was prescribed"


def test_a_physician_amends_the_signed_visit_to_delete_its_period(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    _, current = _periods(ctx)
    visit = next(v for v in _chart(ctx).visits if v.visit_date == D2)
    VisitService(ctx).sign(MRN, visit, TEST_PASSWORD)
    assert MedicationService(ctx).amend_period(MRN, current, None, "never given") is None
    chart = _chart(ctx)
    assert current.id not in [m.id for m in chart.medications]
    signature = chart.signature_of(visit.id)
    assert signature is not None and signature.content_matches is True
    assert signature.amendments[0].reason == "never given"


def test_an_amendment_is_refused_for_a_period_of_no_signed_visit(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    _, current = _periods(ctx)
    before = _dump(clinic)
    with pytest.raises(ConflictError):
        MedicationService(ctx).amend_period(
            MRN, current, dataclasses.replace(current, dose=150.0), "why not"
        )
    assert _dump(clinic) == before


def _amend_entries(clinic: Clinic) -> list[AuditEntryRecord]:
    with clinic.uow.read() as session:
        return list(
            session.scalars(select(AuditEntryRecord).where(AuditEntryRecord.action == "amend"))
        )
