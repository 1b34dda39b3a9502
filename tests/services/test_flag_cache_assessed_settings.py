"""Only a save that changes a setting the assessment reads makes the stored flags out of date
(``ClinicSettings.assessed_version``), on a real SQLite file and a real PostgreSQL server: the idle
lock, the backups, the follow-up interval, the data-quality checks and the backup folder leave
every patient's flags current and the list without "(out of date)"."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import (
    ACCOUNTS_IDLE_LOCK_MINUTES,
    DEFINITIONS,
    SAFETY_HR_WARNING,
    ClinicSettings,
    SettingDefinition,
)
from calcitrack.domain.clinic_text_settings import BACKUP_FOLDER
from calcitrack.domain.patient_list import PatientListQuery, StatusFilter
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService

TODAY = date(2026, 11, 21)
WARFARIN_MAX = "dose/warfarin_max_mg_per_day"  # optional: no label maximum, no default


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts(
        [c for c in demo_charts() if c.patient.mrn in (DEMO_RA_MRN, DEMO_DM_MRN)]
    )
    return context


def _out_of_date(ctx: ServiceContext) -> dict[str, bool]:
    """Each listed patient's "(out of date)", as the paged patient list reads it."""
    page = PatientService(ctx).list_page(PatientListQuery(status=StatusFilter.ALL))
    assert len(page.rows) == 2
    return {row.patient.mrn: row.flags_stale for row in page.rows}


def _save(ctx: ServiceContext, values: dict[str, float | None],
          texts: dict[str, str] | None = None) -> ClinicSettings:
    service = ClinicSettingsService(ctx)
    return service.save(values, based_on_version=service.current().version, texts=texts)


def _another_value(d: SettingDefinition, now: float) -> float:
    return d.minimum if now != d.minimum else d.maximum


def test_saving_only_the_idle_lock_leaves_every_flag_current(ctx: ServiceContext) -> None:
    cache = FlagCacheService(ctx)
    before = ClinicSettingsService(ctx).current()
    saved = _save(ctx, {ACCOUNTS_IDLE_LOCK_MINUTES: 1})
    assert saved.version == before.version + 1
    assert saved.assessed_version == before.assessed_version
    assert cache.stale_patient_ids() == []
    assert _out_of_date(ctx) == {DEMO_RA_MRN: False, DEMO_DM_MRN: False}


def test_no_setting_the_assessment_ignores_makes_flags_stale(ctx: ServiceContext) -> None:
    """Every one of them changed at once (and the backup folder), then saved twice more."""
    current = ClinicSettingsService(ctx).current()
    others = {d.key: _another_value(d, current[d.key]) for d in DEFINITIONS if not d.assessed}
    assert ACCOUNTS_IDLE_LOCK_MINUTES in others and len(others) >= 14
    _save(ctx, others, texts={BACKUP_FOLDER: "/srv/backups"})
    _save(ctx, {})  # a save of what is in force, as the dialog's Save with nothing changed
    saved = _save(ctx, {d.key: d.default for d in DEFINITIONS})  # every default again
    assert saved.version == current.version + 3
    assert saved.assessed_version == current.assessed_version
    assert FlagCacheService(ctx).stale_patient_ids() == []
    assert not any(_out_of_date(ctx).values())


def test_a_clinical_threshold_makes_every_flag_stale_until_refreshed(ctx: ServiceContext) -> None:
    cache = FlagCacheService(ctx)
    saved = _save(ctx, {SAFETY_HR_WARNING: 80, ACCOUNTS_IDLE_LOCK_MINUTES: 5})
    assert saved.assessed_version == saved.version
    stale = cache.stale_patient_ids()
    assert len(stale) == 2
    assert _out_of_date(ctx) == {DEMO_RA_MRN: True, DEMO_DM_MRN: True}
    assert cache.refresh(stale) == 2
    assert cache.stale_patient_ids() == []
    assert not any(_out_of_date(ctx).values())
    kept = _save(ctx, {ACCOUNTS_IDLE_LOCK_MINUTES: 20})  # after the refresh: stays current
    assert kept.assessed_version == saved.version < kept.version
    assert cache.stale_patient_ids() == []


def test_reassessing_in_chunks_records_the_assessed_version(ctx: ServiceContext) -> None:
    """The background path (``reassess``, ``store_reassessed``), as the window's refresher
    runs it after a threshold changed; a later save of the idle lock keeps its rows current."""
    cache = FlagCacheService(ctx, processes=1)
    saved = _save(ctx, {SAFETY_HR_WARNING: 80})
    ids = cache.stale_patient_ids()
    result = cache.reassess(ids)
    assert result.settings_version == saved.assessed_version
    assert cache.store_reassessed(result) == 2
    _save(ctx, {ACCOUNTS_IDLE_LOCK_MINUTES: 3})
    assert cache.stale_patient_ids() == []
    assert cache.reassess(ids).current == 2  # nothing to redo


def test_setting_and_unsetting_an_optional_dose_limit_is_a_change(ctx: ServiceContext) -> None:
    cache = FlagCacheService(ctx)
    set_ = _save(ctx, {WARFARIN_MAX: 10})
    assert set_.assessed_version == set_.version
    cache.refresh(cache.stale_patient_ids())
    same = _save(ctx, {WARFARIN_MAX: 10.0})
    assert same.assessed_version == set_.version
    assert cache.stale_patient_ids() == []
    unset = _save(ctx, {WARFARIN_MAX: None})
    assert unset.assessed_version == unset.version
    assert len(cache.stale_patient_ids()) == 2


def test_the_first_save_at_the_defaults_leaves_the_first_flags_current(
    ctx: ServiceContext,
) -> None:
    """The flags were stored before any save (version 0): writing every default as the first
    save (version 1) changes no value in force."""
    assert ClinicSettingsService(ctx).current().version == 0
    first = ClinicSettingsService(ctx).reset_to_defaults(based_on_version=0)
    assert (first.version, first.assessed_version) == (1, 0)
    assert FlagCacheService(ctx).stale_patient_ids() == []
