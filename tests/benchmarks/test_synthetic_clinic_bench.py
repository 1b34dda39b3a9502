"""Benchmark: building a synthetic clinic, against copying the same rows with bare sqlite3.

Run with `make bench`. Prints the median times and the ratio to the baseline measured in the same
run on the same machine (DESIGN.md, performance conventions); asserts nothing about seconds.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from tests.support.accounts import open_signed_in

PATIENTS = 2000
ROUNDS = 3


def _build(path: Path) -> float:
    clinic = open_signed_in(f"sqlite:///{path}")
    try:
        started = time.perf_counter()
        build_synthetic_clinic(clinic.context(), PATIENTS)
        return time.perf_counter() - started
    finally:
        clinic.close()


def _copy_rows(source: Path, target: Path) -> tuple[float, int]:
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
        for (sql,) in src.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ):
            dst.execute(sql)
        data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
        started = time.perf_counter()
        with dst:
            for table, rows in data.items():
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        return time.perf_counter() - started, sum(len(r) for r in data.values())
    finally:
        src.close()
        dst.close()


def test_synthetic_clinic_build(tmp_path: Path) -> None:
    ours, baseline, rows = [], [], 0
    for i in range(ROUNDS):
        db = tmp_path / f"synthetic-{i}.sqlite3"
        ours.append(_build(db))
        seconds, rows = _copy_rows(db, tmp_path / f"copy-{i}.sqlite3")
        baseline.append(seconds)
    ours_median, base_median = statistics.median(ours), statistics.median(baseline)
    print(
        f"\nsynthetic clinic of {PATIENTS} patients ({rows} rows): "
        f"median {ours_median:.2f} s; bare sqlite3 executemany of the same rows: "
        f"median {base_median:.2f} s; ratio {ours_median / base_median:.1f}x"
    )
    assert rows > PATIENTS * 10
