"""The same seed writes the same synthetic clinic, row for row, on both engines: a digest of every
table the bulk writer fills (every column but the two timestamps, which are the time of the
write), computed on the bulk writer as it was before it was made faster (issue of the 100,000
visit load), must not change. On SQLite the values as stored (storage classes, date and
timestamp text) are pinned too, so that a faster writer cannot store the same values differently.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.services.audit_service import AuditService
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.store.base import Base
from calcitrack.store.records import (
    ImagingStudyRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionRecord,
    MedicationPeriodRecord,
    PatientRecord,
    ProcedureRecord,
    RomMeasurementRecord,
    VisitRecord,
)

TABLES: tuple[type[Base], ...] = (
    PatientRecord,
    LesionRecord,
    VisitRecord,
    LesionMeasurementRecord,
    RomMeasurementRecord,
    LabResultRecord,
    MedicationPeriodRecord,
    ImagingStudyRecord,
    ProcedureRecord,
)
TIMESTAMPS = ("created_at", "updated_at")
DERIVED = (
    "search_key", "name_key", "mrn_key",  # the list's keys (from the name and MRN)
    "last_visit_on", "next_due_on", "visit_count", "active_lesions",  # kept by triggers
)
"""Columns of patients worked out from other columns or rows (tested in tests/store); the
digests were pinned before they existed and cover what the generator itself writes."""
PATIENTS, SEED = 40, 11

ROWS = {
    "patients": 40,
    "lesions": 140,
    "visits": 232,
    "lesion_measurements": 851,
    "rom_measurements": 232,
    "lab_results": 696,
    "medication_periods": 35,
    "imaging_studies": 0,
    "procedures": 0,
}
DIGEST = "ac02f8fbc1c885fe23bb1a5f3a84265ea3b9204175de92a4af7d76e316f36e76"
"""sha256 of the rows read back through the records' column types (the same on both engines)."""
SQLITE_DIGEST = "7db4f72c19045769956d9a7b445a9aca385e5ce31eb3ea5f19f55a7c3403ee52"
"""sha256 of the rows as SQLite stores them (its storage class and text of every value)."""


def _text(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"f{value!r}"
    if isinstance(value, (date, datetime)):
        return f"d{value.isoformat()}"
    return f"{type(value).__name__}:{value}"


def _columns(record: type[Base]) -> list[str]:
    return [
        c.name for c in record.__table__.columns if c.name not in (*TIMESTAMPS, *DERIVED)
    ]


def _typed_digest(clinic: Clinic) -> tuple[str, dict[str, int], set[datetime]]:
    digest, counts, stamps = hashlib.sha256(), {}, set()
    with clinic.engine.connect() as conn:
        for record in TABLES:
            table = record.__table__
            rows = conn.execute(select(table).order_by(table.c.id)).mappings().all()
            counts[table.name] = len(rows)
            digest.update(f"#{table.name}\n".encode())
            for row in rows:
                stamps.update(row[name] for name in TIMESTAMPS)
                line = "|".join(_text(row[name]) for name in _columns(record))
                digest.update(f"{line}\n".encode())
    return digest.hexdigest(), counts, stamps


def _sqlite_digest(path: str) -> tuple[str, set[str]]:
    digest, stamps = hashlib.sha256(), set()
    conn = sqlite3.connect(path)
    try:
        for record in TABLES:
            names = _columns(record)
            listed = ", ".join(f"{n}, typeof({n})" for n in [*names, *TIMESTAMPS])
            digest.update(f"#{record.__tablename__}\n".encode())
            for row in conn.execute(f"SELECT {listed} FROM {record.__tablename__} ORDER BY id"):
                pairs = [f"{row[i + 1]}:{row[i]!r}" for i in range(0, 2 * len(names), 2)]
                digest.update(("|".join(pairs) + "\n").encode())
                stamps.update(f"{row[i + 1]}:{row[i]}" for i in range(2 * len(names), len(row), 2))
    finally:
        conn.close()
    return digest.hexdigest(), stamps


def test_the_same_seed_writes_the_same_rows(clinic: Clinic) -> None:
    ctx = clinic.context()
    assert build_synthetic_clinic(ctx, PATIENTS, seed=SEED) == PATIENTS

    digest, counts, stamps = _typed_digest(clinic)
    assert counts == ROWS
    assert digest == DIGEST
    # Every row carries the one time of the write, timezone-aware.
    [stamp] = stamps
    assert stamp.tzinfo is not None
    assert AuditService(ctx).verify().ok

    if clinic.engine.dialect.name == "sqlite":
        path = clinic.engine.url.database
        assert path is not None
        stored, stored_stamps = _sqlite_digest(path)
        assert stored == SQLITE_DIGEST
        [stored_stamp] = stored_stamps
        assert re.fullmatch(r"text:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", stored_stamp)
