"""Benchmark: building a synthetic clinic of 100,000 visits, against copying the same rows with
bare sqlite3.

The baseline is honest: the rows the build wrote, read back as stored, inserted with stdlib
``executemany`` in one transaction into a new file with the same schema (tables with their
constraints, indexes and triggers) and the same connection settings as the app's engine
(foreign keys on, WAL, synchronous FULL: store/engine.py). The build's time covers everything:
generating the charts, building the rows, inserting them and the audit entry.

Run with `make bench`. Prints the median times and the ratio to the baseline measured in the same
run on the same machine (DESIGN.md, performance conventions); asserts nothing about seconds.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.store.records.patient_search_grams import GRAMS_TABLE
from tests.support.accounts import open_signed_in

PATIENTS = 14_300
"""About 7 visits each with the default seed: 100,192 visits."""
VISITS = 100_000
ROUNDS = 3


def _build(path: Path) -> tuple[float, float]:
    """Seconds of the build: wall clock and this process's CPU."""
    clinic = open_signed_in(f"sqlite:///{path}")
    try:
        started, cpu = time.perf_counter(), time.process_time()
        build_synthetic_clinic(clinic.context(), PATIENTS)
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        clinic.close()


def _copy_rows(source: Path, target: Path) -> tuple[float, float, int]:
    """Baseline: the same rows into the same schema with stdlib executemany, one transaction."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        tables = [
            r[0]
            for r in src.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        # The search index (an FTS5 table) is created as a virtual table, which makes its own
        # shadow tables, and is filled by the patients' triggers, as in the app; so are the
        # counts of the search keys' pieces (created as a table, filled by triggers): none of
        # them is copied here by hand, and the shadow tables are not created by hand either.
        virtual = [
            r[0]
            for r in src.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        shadow = {f"{v}_{part}" for v in virtual
                  for part in ("data", "idx", "content", "docsize", "config")}  # fmt: skip
        filled_by_triggers = {*virtual, *shadow, GRAMS_TABLE}
        tables = [t for t in tables if t not in filled_by_triggers]
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
            dst.execute(f"PRAGMA {pragma}")
        schema = src.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY type = 'table' DESC, rowid"
        ).fetchall()
        for name, sql in schema:
            if name not in shadow:
                dst.execute(sql)
        data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
        started, cpu = time.perf_counter(), time.process_time()
        with dst:
            for table, rows in data.items():
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        counted = f"SELECT count(*), sum(patients) FROM {GRAMS_TABLE}"
        assert dst.execute(counted).fetchone() == src.execute(counted).fetchone()  # same work
        return wall, cpu, sum(len(r) for r in data.values())
    finally:
        src.close()
        dst.close()


def _visits(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM visits").fetchone()[0])
    finally:
        conn.close()


def test_synthetic_clinic_build(tmp_path: Path) -> None:
    ours, baseline, ours_cpu, baseline_cpu, rows, visits = [], [], [], [], 0, 0
    for i in range(ROUNDS):
        db = tmp_path / f"synthetic-{i}.sqlite3"
        wall, cpu = _build(db)
        ours.append(wall)
        ours_cpu.append(cpu)
        visits = _visits(db)
        wall, cpu, rows = _copy_rows(db, tmp_path / f"copy-{i}.sqlite3")
        baseline.append(wall)
        baseline_cpu.append(cpu)
    ours_median, base_median = statistics.median(ours), statistics.median(baseline)
    cpu_median, base_cpu_median = statistics.median(ours_cpu), statistics.median(baseline_cpu)
    print(
        f"\nsynthetic clinic of {PATIENTS} patients, {visits} visits ({rows} rows): "
        f"median {ours_median:.2f} s; bare sqlite3 executemany of the same rows: "
        f"median {base_median:.2f} s; ratio {ours_median / base_median:.1f}x "
        f"(CPU time of this process, less swayed by other load: {cpu_median:.2f} s against "
        f"{base_cpu_median:.2f} s, {cpu_median / base_cpu_median:.1f}x)"
    )
    assert visits >= VISITS and rows > PATIENTS * 10
