"""Bulk writing of many charts with Core inserts (the synthetic clinic for benchmarks).

The ORM unit of work is too slow for hundreds of thousands of rows; here ids are assigned up
front and every table is filled with executemany inserts in one transaction.

Core inserts bypass the per-row audit (store/audit_trail/audit.py): the rows are made-up benchmark
patients, and one audit entry per row would double the rows written. Instead the write is recorded
as one
``bulk_insert`` entry in the chain (who, when, how many patients, and per table the rows and the
range of ids written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.laboratory import labs
from calcitrack.store import mapping
from calcitrack.store.audit_trail import audit
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

_TABLES = (
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


class _Rows:
    def __init__(self, session: Session, actor_id: int, now: datetime) -> None:
        self.stamp = {
            "created_at": now,
            "updated_at": now,
            "created_by_id": actor_id,
            "updated_by_id": actor_id,
            "version": 1,
        }
        self.rows: dict[type[Base], list[dict[str, Any]]] = {t: [] for t in _TABLES}
        self.next_id: dict[type[Base], int] = {
            t: (session.scalar(select(func.max(t.id))) or 0) + 1 for t in _TABLES
        }
        self.first_id = dict(self.next_id)

    def written(self) -> dict[str, dict[str, int]]:
        """Per table: the rows added and the range of their ids (tables with none left out)."""
        return {
            t.__tablename__: {
                "rows": self.next_id[t] - self.first_id[t],
                "first_id": self.first_id[t],
                "last_id": self.next_id[t] - 1,
            }
            for t in _TABLES
            if self.next_id[t] > self.first_id[t]
        }

    def add(self, table: type[Base], values: dict[str, Any]) -> int:
        row_id = self.next_id[table]
        self.next_id[table] += 1
        self.rows[table].append({"id": row_id, **values, **self.stamp})
        return row_id


def write_charts(
    session: Session,
    charts: Iterable[PatientChart],
    *,
    actor_id: int,
    now: datetime,
    chunk: int = 500,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert new charts (already valid) without the ORM; returns how many patients were written."""
    count = 0
    rows = _Rows(session, actor_id, now)
    with audit.bulk_writes(session):
        for chart in charts:
            _add_chart(rows, chart)
            count += 1
            if count % chunk == 0:
                _flush(session, rows)
                if progress:
                    progress(chunk)
        _flush(session, rows)
    _advance_sequences(session)
    audit.record_event(
        session, AuditAction.BULK_INSERT, details={"patients": count, "tables": rows.written()}
    )
    if progress and count % chunk:
        progress(count % chunk)
    return count


def _add_chart(rows: _Rows, chart: PatientChart) -> None:
    patient_id = rows.add(PatientRecord, mapping.patient_values(chart.patient))
    lesion_ids = {
        le.label: rows.add(LesionRecord, {"patient_id": patient_id, **mapping.lesion_values(le)})
        for le in chart.lesions
    }
    visit_ids = {}
    for v in chart.visits:
        visit_id = rows.add(VisitRecord, {"patient_id": patient_id, **mapping.visit_values(v)})
        visit_ids[v.visit_date] = visit_id
        for m in v.lesion_measurements:
            rows.add(
                LesionMeasurementRecord,
                {"visit_id": visit_id, **mapping.measurement_values(m, lesion_ids[m.lesion_label])},
            )
        for r in v.rom:
            rows.add(RomMeasurementRecord, {"visit_id": visit_id, **mapping.rom_values(r)})
    for lab in chart.labs:
        rows.add(
            LabResultRecord,
            {
                "patient_id": patient_id,
                "visit_id": visit_ids.get(lab.collected_on),
                "analyte": lab.analyte,
                "loinc": labs.analyte(lab.analyte).loinc,
                "collected_on": lab.collected_on,
                "value": lab.value,
                "unit": lab.unit,
                "normalised_value": lab.normalised_value,
                "normalised_unit": lab.normalised_unit,
                "ref_low": lab.ref_low,
                "ref_high": lab.ref_high,
            },
        )
    for med in chart.medications:
        rows.add(
            MedicationPeriodRecord, {"patient_id": patient_id, **mapping.medication_values(med)}
        )


def _advance_sequences(session: Session) -> None:
    """On PostgreSQL, move each table's id sequence past the largest id (the ids above were
    chosen here, not drawn from the sequences, which would hand them out again); SQLite needs
    nothing (a new row's id follows the largest there)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        name = table.__tablename__
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"
            )
        )


def _flush(session: Session, rows: _Rows) -> None:
    for table in _TABLES:
        batch = rows.rows[table]
        if batch:
            session.execute(insert(table.__table__), batch)
            batch.clear()
