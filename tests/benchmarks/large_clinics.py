"""Large synthetic clinics for the benchmarks, built once and cached on disk outside the repository.

A clinic of N patients is ``build_synthetic_clinic`` (``calcitrack demo --synthetic N``) plus one
heavy patient (``HEAVY_MRN``: 120 visits, 8 lesions, 6 drugs; tests/reports/dashboard_support.py)
and the test account (tests/support/accounts.py), with every patient's flags assessed and stored,
as a working clinic has them (each write stores them). Building 50,000 takes minutes, so the
result is kept:

- ``clinic-<N>-<fingerprint>.sqlite3``: the SQLite file; benchmarks copy it before opening it;
- ``clinic-<N>-<fingerprint>.pgdump``: the same clinic moved to PostgreSQL with the app's own
  copy (store/clinic_copy.py, as ``calcitrack db migrate-to`` does) and saved with
  ``pg_dump -Fc``; each bench session restores it into a fresh database of the session's server
  (``pg_restore -j2``), since that server is thrown away at the end of the session.

The fingerprint changes, and the clinic is built again, when anything that makes it changes: the
schema head, the assessment rules' version, the generator (synthetic_clinic.py), the bulk writer
(store/bulk.py), the heavy patient's maker and ``RECIPE`` below (bump it when this module changes
what it builds). Older files for the same N are removed when a new one is built.

The cache lives in ``$CALCITRACK_BENCH_CACHE``, else ``$XDG_CACHE_HOME/calcitrack-bench``, else
``~/.cache/calcitrack-bench``: a folder only its owner may open (0700), files 0600 (the patients
are made up, but the files are treated as patient data). Delete the folder to clear it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.review.assessment import RULES_VERSION, assess
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic, synthetic_charts
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.store import flag_repository, settings_repository
from calcitrack.store.clinic_copy import copy_clinic
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import SCHEMA_HEAD
from calcitrack.store.records import PatientRecord
from tests.reports.dashboard_support import large_chart
from tests.support.accounts import open_signed_in
from tests.support.postgres_server import PostgresServer, find_binaries

RECIPE = 1
"""Bump when this module changes what goes into a cached clinic."""
SEED = 1
HEAVY_MRN = "SYN-LARGE"
"""The heavy patient: 120 visits, 8 lesions, 6 drugs (the issue's dashboard case)."""
CHECKED = 300
"""Patients whose stored flags are compared with the app's own assessment path (see _flags)."""

_ROOT = Path(__file__).resolve().parents[2]
_MAKERS = (
    "calcitrack/services/demo/synthetic_clinic.py",
    "calcitrack/store/bulk.py",
    "tests/reports/dashboard_support.py",
)


def cache_dir() -> Path:
    """The cache folder (created owner-only)."""
    configured = os.environ.get("CALCITRACK_BENCH_CACHE", "").strip()
    if configured:
        folder = Path(configured).expanduser()
    else:
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
        folder = Path(base).expanduser() / "calcitrack-bench"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    return folder


def fingerprint() -> str:
    """What makes a cached clinic: schema head, rules version, the generators' source."""
    digest = hashlib.sha256(f"recipe {RECIPE} schema {SCHEMA_HEAD} rules {RULES_VERSION} "
                            f"seed {SEED}".encode())
    for name in _MAKERS:
        digest.update(name.encode() + b"\0" + (_ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def _say(text: str) -> None:
    print(f"\n[large clinics] {text}", flush=True)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One builder at a time (two bench sessions started together wait for each other)."""
    lock = folder / ".lock"
    with open(lock, "a") as handle:
        lock.chmod(0o600)
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _private(path: Path) -> Path:
    path.chmod(0o600)
    return path


def _drop_older(folder: Path, patients: int, keep: str, suffix: str) -> None:
    for old in folder.glob(f"clinic-{patients}-*{suffix}"):
        if old.name != keep:
            old.unlink(missing_ok=True)


def sqlite_clinic(patients: int) -> Path:
    """The cached SQLite clinic of ``patients`` synthetic patients (+ the heavy one), built now if
    it is missing. Do not open it: copy it (``copy_sqlite_clinic``)."""
    folder = cache_dir()
    path = folder / f"clinic-{patients}-{fingerprint()}.sqlite3"
    with _locked(folder):
        if not path.exists():
            _drop_older(folder, patients, path.name, ".sqlite3")
            _build_sqlite(path, patients)
    return path


def copy_sqlite_clinic(patients: int, into: Path) -> str:
    """A private copy of the cached clinic in folder ``into``; its SQLAlchemy URL."""
    source = sqlite_clinic(patients)
    target = into / f"clinic-{patients}.sqlite3"
    shutil.copyfile(source, target)
    _private(target)
    return f"sqlite:///{target}"


def _build_sqlite(path: Path, patients: int) -> None:
    building = path.with_name(path.name + ".building")
    for leftover in path.parent.glob(building.name + "*"):
        leftover.unlink()
    url = f"sqlite:///{building}"
    _say(f"building the cached clinic of {patients} patients in {path.parent} (once; later runs "
         "reuse it until its generator or the schema changes)")
    started = time.perf_counter()
    clinic = open_signed_in(url)
    try:
        build_synthetic_clinic(clinic.context(), patients, seed=SEED)
        written = time.perf_counter()
        _say(f"  {patients} synthetic patients written (bulk): {written - started:.0f} s")
        ChartService(clinic.context()).add_charts([heavy_chart()])
        _flags(clinic, patients)
        with clinic.engine.connect() as conn:  # nothing left in the write-ahead log
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        clinic.close()
    with contextlib.closing(sqlite3.connect(building)) as conn:  # one file to copy
        conn.execute("PRAGMA journal_mode=DELETE")
    building.rename(path)
    _private(path)
    _say(f"  cached clinic ready: {path.stat().st_size / 1e6:.0f} MB, "
         f"{time.perf_counter() - started:.0f} s in all")


def heavy_chart() -> PatientChart:
    """The heavy patient: 120 visits over 10 years, 8 lesions, 6 drugs."""
    chart = large_chart(visits=120, lesions=8, drugs=6, years=10)
    assert chart.patient.mrn == HEAVY_MRN
    return chart


def _flags(clinic: Clinic, patients: int) -> None:
    """Store every patient's assessment, as a working clinic has it.

    The app's path (``FlagCacheService.refresh``: load each chart, assess it, store it) takes
    about 5–8 ms a patient here, most of it loading the chart: 4–7 minutes at 50,000. The synthetic
    charts are made again from the same seed and assessed in memory instead (the loading is what
    is skipped); a sample of ``CHECKED`` patients, and the heavy one, go through the app's own
    path, and any difference between the two stops the build. Whatever the check finds stale
    afterwards is refreshed the app's way too, so nothing is left stale.
    """
    context = clinic.context()
    cache = FlagCacheService(context)
    today = context.today()
    started = time.perf_counter()
    with clinic.uow.begin(context.actor_id) as session:
        settings = settings_repository.load(session)
        ids = dict(session.execute(select(PatientRecord.mrn, PatientRecord.id)).tuples().all())
        for chart in synthetic_charts(patients, seed=SEED):
            assessment = assess(chart, settings, on=today)
            flag_repository.save(
                session,
                ids[chart.patient.mrn],
                assessment.flags,
                response_category=assessment.response.category.value,
                assessed_on=today,
                settings_version=settings.assessed_version,
                rules_version=RULES_VERSION,
            )
    took = time.perf_counter() - started
    _say(f"  {patients} patients assessed in memory and their flags stored: {took:.0f} s")
    sample = random.Random(SEED).sample(sorted(ids.values()), min(CHECKED, len(ids)))
    with clinic.uow.read() as session:
        before = flag_repository.load_all(session)
    stored = {i: before.get(i) for i in sample}
    started = time.perf_counter()
    cache.refresh(sample)  # the app's own path: load, assess, store
    each = (time.perf_counter() - started) / len(sample)
    with clinic.uow.read() as session:
        everything = flag_repository.load_all(session)
    def outcome(row: flag_repository.StoredFlags | None) -> object:
        return None if row is None else (row.flags, row.response_category)

    differ = [i for i in sample if outcome(stored[i]) != outcome(everything.get(i))]
    assert not differ, f"in-memory assessment differs from the app's for patient ids {differ}"
    stale = cache.stale_patient_ids()  # the heavy patient (added with a write: stored already)
    cache.refresh(stale)
    assert not cache.stale_patient_ids()
    _say(f"  checked {len(sample)} against the app's FlagCacheService.refresh ({each * 1000:.1f} "
         f"ms a patient, i.e. {each * patients / 60:.0f} min for all {patients} that way): "
         f"identical; {len(stale)} more refreshed the app's way")


def pg_tool(name: str) -> str:
    """pg_dump or pg_restore from the same installation as the test server."""
    return str(find_binaries().bindir / name)


def _pg_version() -> str:
    return subprocess.run(
        [pg_tool("pg_dump"), "--version"], check=True, capture_output=True, text=True
    ).stdout.strip()


def postgres_dump(patients: int, server: PostgresServer) -> Path:
    """The cached ``pg_dump -Fc`` of the clinic moved to PostgreSQL, made now (on ``server``)
    if it is missing."""
    folder = cache_dir()
    key = hashlib.sha256(f"{fingerprint()} {_pg_version()}".encode()).hexdigest()[:16]
    path = folder / f"clinic-{patients}-{key}.pgdump"
    source = sqlite_clinic(patients)
    with _locked(folder):
        if not path.exists():
            _drop_older(folder, patients, path.name, ".pgdump")
            _build_dump(source, path, server)
    return path


def _build_dump(source: Path, path: Path, server: PostgresServer) -> None:
    name = f"bench_build_{os.getpid()}"
    url = server.create_database(name)
    started = time.perf_counter()
    copied = path.with_name(path.name + ".source.sqlite3")  # opening a file may change it
    shutil.copyfile(source, copied)
    _private(copied)
    try:
        src, dst = make_engine(f"sqlite:///{copied}"), make_engine(url)
        try:
            report = copy_clinic(src, dst)  # what `calcitrack db migrate-to` does
        finally:
            src.dispose()
            dst.dispose()
        moved = time.perf_counter()
        _say(f"  moved to PostgreSQL with the app's copy: {report.rows} rows, "
             f"{moved - started:.0f} s")
        partial = path.with_name(path.name + ".building")
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY, 0o600))  # pg_dump keeps the mode
        subprocess.run(
            [pg_tool("pg_dump"), "-Fc", "--no-owner", "-f", str(partial),
             "-d", server.conninfo(name)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        partial.rename(path)
        _private(path)
        _say(f"  pg_dump -Fc cached: {path.stat().st_size / 1e6:.0f} MB, "
             f"{time.perf_counter() - moved:.0f} s")
    finally:
        server.drop_database(name)
        for leftover in path.parent.glob(copied.name + "*"):
            leftover.unlink()


def restore_postgres(patients: int, server: PostgresServer, name: str) -> str:
    """A fresh database ``name`` on ``server`` holding the cached clinic; its SQLAlchemy URL."""
    dump = postgres_dump(patients, server)
    url = server.create_database(name)
    started = time.perf_counter()
    subprocess.run(
        [pg_tool("pg_restore"), "-j2", "--no-owner", "-d", server.conninfo(name), str(dump)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    finally:
        engine.dispose()
    _say(f"restored the cached PostgreSQL clinic of {patients} patients (pg_restore -j2 + "
         f"ANALYZE): {time.perf_counter() - started:.0f} s")
    return url
