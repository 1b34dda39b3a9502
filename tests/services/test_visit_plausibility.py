"""The visit service re-checks plausibility whatever the form did, on a real SQLite file and a real
PostgreSQL server: an impossible value is refused with the field, an unusual one is refused until
confirmed, and a confirmation is written to the audit trail in the visit's own transaction."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import func, select, table

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import DQ_ROM_ABOVE_NORMAL_DEG
from calcitrack.domain.codes import Side
from calcitrack.domain.entities import RomMeasurement, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError, unusual_values
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.audit_service import AuditService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from tests.support.accounts import TEST_PASSWORD
from tests.support.sample_chart import CLINICAL_TABLES

TODAY = date(2026, 11, 20)


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts([c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN])
    return context


def _counts(clinic: Clinic) -> dict[str, int]:
    with clinic.engine.connect() as conn:
        tables = (*CLINICAL_TABLES, "audit_log")
        return {t: conn.scalar(select(func.count()).select_from(table(t))) for t in tables}


def _hip(ctx: ServiceContext, degrees: float, **changes: object) -> VisitEntry:
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    visit = Visit(chart.patient.id, TODAY, pain_nrs=3,
                  rom=(RomMeasurement("hip", "flexion", Side.RIGHT, degrees),))
    return VisitEntry(dataclasses.replace(visit, **changes))  # type: ignore[arg-type]


def _shown(ctx: ServiceContext, entry: VisitEntry) -> VisitEntry:
    """``entry`` with what the form would have shown confirmed."""
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    settings = ClinicSettingsService(ctx).current()
    return dataclasses.replace(entry, confirmed=tuple(unusual_values(entry, chart, settings)))


def _confirm_entries(ctx: ServiceContext) -> list[dict[str, object]]:
    return [
        {"actor": e.actor_username, "record": e.record_id, **e.changes}
        for e in AuditService(ctx).entries()
        if e.action == "confirm"
    ]


def test_hip_flexion_200_is_refused_naming_the_field_and_nothing_is_written(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    before = _counts(clinic)
    with pytest.raises(DomainValidationError) as refused:
        VisitService(ctx).record(DEMO_RA_MRN, _hip(ctx, 200))
    assert [p.field for p in refused.value.problems] == ["rom[0].degrees"]
    assert "200° is impossible" in refused.value.problems[0].reason
    assert _counts(clinic) == before


def test_an_unconfirmed_unusual_value_is_refused_and_nothing_is_written(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    before = _counts(clinic)
    with pytest.raises(UnconfirmedValuesError) as refused:
        VisitService(ctx).record(DEMO_RA_MRN, _hip(ctx, 140))
    assert [(p.field, p.reason) for p in refused.value.problems] == [
        ("rom[0].degrees",
         "140° is unusual and was not confirmed: 15° above the normal reference of 125° [R22]")
    ]
    assert _counts(clinic) == before


def test_a_confirmed_value_is_saved_and_the_confirmation_is_in_the_audit_trail(
    ctx: ServiceContext,
) -> None:
    saved = VisitService(ctx).record(DEMO_RA_MRN, _shown(ctx, _hip(ctx, 140)))
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    stored = next(v for v in chart.visits if v.id == saved.id)
    assert [r.degrees for r in stored.rom] == [140.0]
    assert _confirm_entries(ctx) == [
        {
            "actor": ctx.actor.username,
            "record": str(saved.id),
            "confirmed": "Hip flexion, right: 140°",
            "reason_shown": "15° above the normal reference of 125° [R22]",
            "setting": "Range of motion: ask when above the normal reference by more than 10°",
            "check": "rom_above_normal",
            "field": "rom[0].degrees",
            "visit_date": TODAY.isoformat(),
            "door": "visit entry",
        }
    ]
    assert AuditService(ctx).verify().ok


def test_an_edit_asks_again_only_for_a_changed_unusual_value(ctx: ServiceContext) -> None:
    service = VisitService(ctx)
    service.record(DEMO_RA_MRN, _shown(ctx, _hip(ctx, 140)))
    stored = max(PatientService(ctx).chart(DEMO_RA_MRN).visits, key=lambda v: v.visit_date)
    service.update(DEMO_RA_MRN, VisitEntry(dataclasses.replace(stored, pain_nrs=4)))
    assert len(_confirm_entries(ctx)) == 1  # 140° is as it was: not asked again
    stored = max(PatientService(ctx).chart(DEMO_RA_MRN).visits, key=lambda v: v.visit_date)
    changed = VisitEntry(dataclasses.replace(
        stored, rom=(dataclasses.replace(stored.rom[0], degrees=150.0),)
    ))
    with pytest.raises(UnconfirmedValuesError):
        service.update(DEMO_RA_MRN, changed)
    service.update(DEMO_RA_MRN, _shown(ctx, changed))
    assert [e["confirmed"] for e in _confirm_entries(ctx)] == [
        "Hip flexion, right: 140°", "Hip flexion, right: 150°"
    ]


def test_an_amendment_of_a_signed_visit_is_checked_too(ctx: ServiceContext) -> None:
    service = VisitService(ctx)
    service.record(DEMO_RA_MRN, _hip(ctx, 110))
    stored = max(PatientService(ctx).chart(DEMO_RA_MRN).visits, key=lambda v: v.visit_date)
    service.sign(DEMO_RA_MRN, stored, TEST_PASSWORD)
    stored = max(PatientService(ctx).chart(DEMO_RA_MRN).visits, key=lambda v: v.visit_date)
    amended = VisitEntry(dataclasses.replace(
        stored, rom=(dataclasses.replace(stored.rom[0], degrees=145.0),)
    ))
    with pytest.raises(UnconfirmedValuesError):
        service.amend(DEMO_RA_MRN, amended, "goniometer read again")
    service.amend(DEMO_RA_MRN, _shown(ctx, amended), "goniometer read again")
    assert [e["confirmed"] for e in _confirm_entries(ctx)] == ["Hip flexion, right: 145°"]


def test_the_clinics_stored_setting_decides_what_is_unusual(ctx: ServiceContext) -> None:
    settings = ClinicSettingsService(ctx)
    settings.save({DQ_ROM_ABOVE_NORMAL_DEG: 20}, based_on_version=settings.current().version)
    VisitService(ctx).record(DEMO_RA_MRN, _hip(ctx, 140))  # 15° above: within 20°
    assert _confirm_entries(ctx) == []
