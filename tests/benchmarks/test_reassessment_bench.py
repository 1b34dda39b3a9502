"""Benchmark: re-assessing every patient of a large clinic after a clinic settings change.

The window's path (``FlagCacheService.reassess`` in worker processes, one per core, chunks of
``CHUNK`` patients, then ``store_reassessed`` in short transactions) over the whole clinic, against
two baselines measured in the same run on a sample of ``SAMPLE`` patients:

- the old path, ``FlagCacheService.refresh`` in batches of 50 (each chart loaded alone, assessed
  and stored in the same thread);
- a bare loop of ``assess()`` over charts already in memory (the floor of one process).

Here the chunks are assessed and stored one after the other; the window stores a chunk while the
next one is assessed, so it is a little faster than this. Prints patients per second, the total,
the projection for 50,000 patients and the ratios; asserts nothing about seconds (DESIGN.md).

The clinic is the cached large one of the benchmarks (tests/benchmarks/large_clinics.py), on
SQLite and on PostgreSQL; ``CALCITRACK_BENCH_PATIENTS`` sets its size (default 50,000; the
projection says what 50,000 would take from the rate measured). Run with ``make bench``, or alone:
``.venv/bin/python -m pytest tests/benchmarks/test_reassessment_bench.py -o addopts="" -p
no:cacheprovider -s -q``.
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from datetime import date

from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import SAFETY_HR_WARNING
from calcitrack.domain.review.assessment import assess
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.reassessment_pool import default_processes
from calcitrack.store import chart_repository, settings_repository
from calcitrack.ui.admin.clinic_settings_flow import CHUNK
from tests.benchmarks.conftest import LARGE
from tests.support.accounts import open_signed_in

PATIENTS = LARGE + 1  # the synthetic patients and the heavy one
TARGET = 50_000
SAMPLE = 500
ROUNDS = 3
TODAY = date(2026, 11, 21)


def large_clinic(url: str) -> Clinic:
    """The cached large clinic (tests/benchmarks/large_clinics.py: every patient assessed),
    signed in, its stored flags then thrown away: patients never assessed, as after a bulk load
    or an upgrade."""
    clinic = open_signed_in(url)
    clinic.today = lambda: TODAY
    with clinic.context().uow.begin(clinic.context().actor_id) as session:
        session.execute(text("DELETE FROM patient_flags"))
    return clinic


def _change_settings(ctx: ServiceContext, value: float) -> None:
    """An admin saves a threshold: every stored assessment is out of date."""
    settings = ClinicSettingsService(ctx)
    current = settings.current()
    values = dict(current.values)
    values[SAFETY_HR_WARNING] = value
    settings.save(values, based_on_version=current.version)


def _reassess_all(ctx: ServiceContext) -> tuple[float, int]:
    cache = FlagCacheService(ctx)
    try:
        started = time.perf_counter()
        ids = cache.stale_patient_ids()
        for start in range(0, len(ids), CHUNK):
            cache.store_reassessed(cache.reassess(ids[start : start + CHUNK]))
        took = time.perf_counter() - started
    finally:
        cache.close()
    assert cache.stale_patient_ids() == []
    return took, len(ids)


def _old_path(ctx: ServiceContext, ids: list[int]) -> float:
    cache = FlagCacheService(ctx, processes=1)
    started = time.perf_counter()
    for start in range(0, len(ids), 50):
        cache.refresh(ids[start : start + 50])
    return time.perf_counter() - started


def _bare_assess(ctx: ServiceContext, ids: list[int]) -> float:
    with ctx.uow.read() as session:
        settings = settings_repository.load(session)
        charts = [chart_repository.load_chart(session, pid) for pid in ids]
    started = time.perf_counter()
    for chart in charts:
        assert chart is not None
        assess(chart, settings, on=TODAY)
    return time.perf_counter() - started


def test_reassessing_every_patient(large_clinic_url: str) -> None:
    engine = large_clinic_url.split(":", 1)[0].split("+", 1)[0]
    started = time.perf_counter()
    clinic = large_clinic(large_clinic_url)
    built = time.perf_counter() - started
    try:
        ctx = dataclasses.replace(clinic.context(), today=lambda: TODAY)
        took, count = _reassess_all(ctx)  # patients never assessed
        assert count == PATIENTS
        _change_settings(ctx, 80)
        after_change, count = _reassess_all(ctx)
        assert count == PATIENTS
        old, bare = [], []
        for value in range(ROUNDS):
            _change_settings(ctx, 81 + value)
            sample = FlagCacheService(ctx).stale_patient_ids()[:SAMPLE]
            old.append(_old_path(ctx, sample))
            bare.append(_bare_assess(ctx, sample))
    finally:
        clinic.close()
    per_new = statistics.median([took, after_change]) / PATIENTS
    per_old = statistics.median(old) / SAMPLE
    per_bare = statistics.median(bare) / SAMPLE
    print(
        f"\n[{engine}] re-assessing {PATIENTS:,} patients ({default_processes()} worker "
        f"processes, chunks of {CHUNK}; clinic opened in {built:.0f} s): never assessed "
        f"{took:.1f} s, after a settings change {after_change:.1f} s = "
        f"{1 / per_new:,.0f} patients/s; projected for {TARGET:,}: {per_new * TARGET:.0f} s "
        f"(goal ≤ 300 s)\n"
        f"  baselines on {SAMPLE} patients, medians of {ROUNDS}: old path (one chart at a time, "
        f"batches of 50) {per_old * 1000:.1f} ms/patient = {per_old * TARGET:.0f} s for "
        f"{TARGET:,}; bare assess() on loaded charts {per_bare * 1000:.2f} ms/patient\n"
        f"  ratio new/old per patient: {per_new / per_old:.2f}x "
        f"({per_old / per_new:.1f}x faster); new/bare assess: {per_new / per_bare:.1f}x"
    )
