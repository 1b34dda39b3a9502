"""The patient list's stored flags: written with every change to a chart, recomputed when out of
date, on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import SAFETY_HR_WARNING
from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import PatientSummary
from calcitrack.domain.visits.plausibility import unusual_values
from calcitrack.domain.visits.visit_entry import MedicationChange, MedicationChangeKind, VisitEntry
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService

TODAY = date(2026, 11, 21)


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts(
        [c for c in demo_charts() if c.patient.mrn in (DEMO_RA_MRN, DEMO_DM_MRN)]
    )
    return context


def _row(ctx: ServiceContext, mrn: str) -> PatientSummary:
    return next(s for s in PatientService(ctx).list_patients() if s.patient.mrn == mrn)


def _codes(row: PatientSummary) -> set[str]:
    return {f.code for f in row.flags}


def test_the_demo_patients_are_listed_with_their_flags_and_response(ctx: ServiceContext) -> None:
    ra, dm = _row(ctx, DEMO_RA_MRN), _row(ctx, DEMO_DM_MRN)
    assert _codes(ra) == {"colchicine_diltiazem"}
    assert ra.response_category == "improved"
    assert _codes(dm) == {"reconsider_surgery"}
    assert dm.response_category == "progressed"
    assert ra.flags_assessed_on == dm.flags_assessed_on == TODAY
    surgery = dm.flags[0]
    assert any("infect" in t for t in surgery.triggers)
    assert surgery.source


def test_a_saved_visit_updates_the_stored_flags_in_the_same_write(ctx: ServiceContext) -> None:
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    last = chart.visits[-1]
    slow = dataclasses.replace(
        last, id=None, version=0, visit_date=TODAY, heart_rate_bpm=38, next_visit_due_on=None
    )
    VisitService(ctx).record(DEMO_RA_MRN, VisitEntry(slow))
    ra = _row(ctx, DEMO_RA_MRN)
    assert {"colchicine_diltiazem", "diltiazem_bradycardia"} <= _codes(ra)
    brady = next(f for f in ra.flags if f.code == "diltiazem_bradycardia")
    assert any("38" in t for t in brady.triggers)


def test_methotrexate_saved_twice_daily_is_flagged_in_the_patient_list(
    ctx: ServiceContext,
) -> None:
    """Issue reproduction 1: the chart held methotrexate 90 mg twice daily and no flag fired."""
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    (mtx,) = [m for m in chart.medications if m.drug == "methotrexate" and m.stop_on is None]
    visit = dataclasses.replace(
        chart.visits[-1], id=None, version=0, visit_date=TODAY, next_visit_due_on=None
    )
    change = MedicationChange(
        MedicationChangeKind.DOSE, "methotrexate", "restored draft", dose=90,
        dose_unit=DoseUnit.MG, frequency=Frequency.BID, route=Route.ORAL, period_id=mtx.id,
    )
    entry = VisitEntry(visit, medication_changes=(change,))
    shown = unusual_values(entry, chart, ClinicSettingsService(ctx).current())
    assert {u.check for u in shown} == {"methotrexate_not_weekly", "methotrexate_above_max"}
    # saved as the form saves it once the nurse confirmed what she was asked about
    VisitService(ctx).record(DEMO_RA_MRN, dataclasses.replace(entry, confirmed=tuple(shown)))
    ra = _row(ctx, DEMO_RA_MRN)
    assert {"methotrexate_not_weekly", "methotrexate_above_max"} <= _codes(ra)
    flag = next(f for f in ra.flags if f.code == "methotrexate_not_weekly")
    assert flag.severity.value == "contraindication" and flag.source == "[R63]"
    assert flag.triggers[0].startswith(
        "Methotrexate 90 mg twice daily = 180 mg/day = 1260 mg/week on 2026-11-21"
    )


def test_everyone_is_stale_after_a_settings_change_until_refreshed(ctx: ServiceContext) -> None:
    cache = FlagCacheService(ctx)
    assert cache.stale_patient_ids() == []
    settings = ClinicSettingsService(ctx)
    current = settings.current()
    values = dict(current.values)
    values[SAFETY_HR_WARNING] = 80  # the RA patient's heart rate is 74/min at the last visit
    settings.save(values, based_on_version=current.version)
    stale = cache.stale_patient_ids()
    assert len(stale) == 2
    assert "diltiazem_heart_rate" not in _codes(_row(ctx, DEMO_RA_MRN))  # stored, not yet redone
    assert cache.refresh(stale) == 2
    assert cache.stale_patient_ids() == []
    assert "diltiazem_heart_rate" in _codes(_row(ctx, DEMO_RA_MRN))


def test_a_new_day_alone_leaves_the_stored_flags_as_they_are(ctx: ServiceContext) -> None:
    tomorrow = dataclasses.replace(ctx, today=lambda: date(2026, 11, 22))
    assert FlagCacheService(tomorrow).stale_patient_ids() == []
    assert _row(ctx, DEMO_RA_MRN).flags_assessed_on == TODAY  # the list says when
