"""Re-assessing the whole clinic in worker processes, on a real SQLite file and a real PostgreSQL
server: the stored flags equal the one-at-a-time path's, a chart saved while its patient was being
re-assessed keeps its fresher flags, and a chart that cannot be assessed stays out of date and is
logged by patient id alone."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

import pytest
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import SAFETY_HR_WARNING
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import chart_repository, flag_repository, settings_repository
from calcitrack.store.records import PatientRecord

TODAY = date(2026, 11, 21)
SYNTHETIC = 120


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts(demo_charts())
    build_synthetic_clinic(context, SYNTHETIC)
    return context


def _change_settings(ctx: ServiceContext) -> None:
    """A threshold changed: every patient's stored flags are out of date."""
    settings = ClinicSettingsService(ctx)
    current = settings.current()
    values = dict(current.values)
    values[SAFETY_HR_WARNING] = 80  # the RA patient's heart rate is 74/min at the last visit
    settings.save(values, based_on_version=current.version)


def _one_at_a_time(ctx: ServiceContext, ids: list[int]) -> dict[int, tuple[object, ...]]:
    """What the old path stores: each chart loaded alone and assessed."""
    with ctx.uow.read() as session:
        settings = settings_repository.load(session)
        expected = {}
        for pid in ids:
            chart = chart_repository.load_chart(session, pid)
            assert chart is not None
            a = assess(chart, settings, on=TODAY)
            expected[pid] = (a.flags, a.response.category.value, TODAY, settings.version)
    return expected


def _stored(ctx: ServiceContext) -> dict[int, tuple[object, ...]]:
    with ctx.uow.read() as session:
        return {
            pid: (row.flags, row.response_category, row.assessed_on, row.settings_version)
            for pid, row in flag_repository.load_all(session).items()
        }


def _ranks(ctx: ServiceContext) -> dict[int, int | None]:
    """The list's flags order as stored (patient_flags.flag_rank): the flags column sorts by it."""
    with ctx.uow.read() as session:
        rows = session.execute(text("SELECT patient_id, flag_rank FROM patient_flags"))
        return {pid: rank for pid, rank in rows}


@pytest.mark.parametrize("processes", [2, 1], ids=["workers", "inline"])
def test_the_stored_flags_equal_the_one_at_a_time_path(ctx: ServiceContext, processes: int) -> None:
    _change_settings(ctx)
    cache = FlagCacheService(ctx, processes=processes)
    stale = cache.stale_patient_ids()
    assert len(stale) == SYNTHETIC + len(demo_charts())
    expected = _one_at_a_time(ctx, stale)
    try:
        done = cache.reassess(stale)
        assert (len(done.assessed), done.failed, done.current) == (len(stale), (), 0)
        assert cache.store_reassessed(done) == len(stale)
    finally:
        cache.close()
    assert _stored(ctx) == expected
    assert _ranks(ctx) == {pid: flag_repository.flag_rank(e[0]) for pid, e in expected.items()}  # type: ignore[arg-type]
    assert cache.stale_patient_ids() == []
    assert any(flags for flags, *_ in expected.values())  # not a clinic without flags
    ra = PatientService(ctx).chart(DEMO_RA_MRN).patient.id
    ra_flags = expected[ra or 0][0]
    assert "diltiazem_heart_rate" in {f.code for f in ra_flags}  # type: ignore[attr-defined]
    again = cache.reassess(stale)  # every row is current now: nothing is assessed twice
    assert (again.assessed, again.current) == ((), len(stale))


def test_a_chart_saved_while_it_was_reassessed_keeps_its_fresher_flags(
    ctx: ServiceContext,
) -> None:
    _change_settings(ctx)
    cache = FlagCacheService(ctx, processes=1)
    stale = cache.stale_patient_ids()
    read = cache.reassess(stale)  # the charts as they were before the visit below
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    slow = dataclasses.replace(
        chart.visits[-1], id=None, version=0, visit_date=TODAY, heart_rate_bpm=38,
        next_visit_due_on=None,
    )
    VisitService(ctx).record(DEMO_RA_MRN, VisitEntry(slow))  # its flags stored with the visit
    assert cache.store_reassessed(read) == len(stale) - 1
    ra = chart.patient.id
    assert ra is not None
    flags, _, _, version = _stored(ctx)[ra]
    assert "diltiazem_bradycardia" in {f.code for f in flags}  # type: ignore[attr-defined]
    assert version == ClinicSettingsService(ctx).current().version
    assert cache.stale_patient_ids() == []


def test_a_row_never_stored_is_stored_once_and_not_over_a_newer_one(ctx: ServiceContext) -> None:
    with ctx.uow.begin(ctx.actor_id) as session:
        session.execute(text("DELETE FROM patient_flags"))
    cache = FlagCacheService(ctx, processes=1)
    stale = cache.stale_patient_ids()
    first, second = cache.reassess(stale), cache.reassess(stale)
    assert all(r.token is None for r in first.assessed)
    assert cache.store_reassessed(first) == len(stale)
    assert cache.store_reassessed(second) == 0  # another workstation's run, stored first
    assert cache.stale_patient_ids() == []


def test_a_chart_that_cannot_be_assessed_stays_out_of_date_and_the_others_are_done(
    ctx: ServiceContext, caplog: pytest.LogCaptureFixture
) -> None:
    _change_settings(ctx)
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    broken = chart.patient.id
    assert broken is not None
    with ctx.uow.begin(ctx.actor_id) as session:  # a measurement of another patient's lesion
        session.execute(
            text(
                "UPDATE lesion_measurements SET lesion_id = (SELECT MAX(id) FROM lesions) "
                "WHERE id = (SELECT MIN(m.id) FROM lesion_measurements m "
                "JOIN visits v ON v.id = m.visit_id WHERE v.patient_id = :p)"
            ),
            {"p": broken},
        )
    cache = FlagCacheService(ctx, processes=2)
    stale = cache.stale_patient_ids()
    with caplog.at_level(logging.ERROR, logger="calcitrack"):
        try:
            done = cache.reassess(stale)
        finally:
            cache.close()
    assert done.failed == (broken,)
    assert cache.store_reassessed(done) == len(stale) - 1
    assert cache.stale_patient_ids() == [broken]
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(said) == 1
    assert said[0].startswith(f"could not assess patient id {broken} (KeyError at mapping.py:")
    assert said[0].endswith("); its flags stay out of date")
    names = {chart.patient.family_name, chart.patient.given_name, chart.patient.mrn}
    assert not any(name in message for name in names for message in said)


def test_the_worker_reads_with_a_connection_that_cannot_write(ctx: ServiceContext) -> None:
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session

    from calcitrack.store.reader_engine import reader_engine

    before = _stored(ctx)
    assert before
    engine = reader_engine(ctx.uow.engine.url.render_as_string(hide_password=False))
    try:
        with Session(engine) as session:
            assert session.query(PatientRecord).count() == SYNTHETIC + len(demo_charts())
            with pytest.raises(DBAPIError):
                session.execute(text("DELETE FROM patient_flags"))
                session.flush()
    finally:
        engine.dispose()
    assert _stored(ctx) == before
