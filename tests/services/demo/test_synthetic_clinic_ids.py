"""After a synthetic clinic (Core bulk inserts with ids chosen up front), the next rows written
through the services get new ids on both engines: on PostgreSQL the bulk writer moves every
table's id sequence past the ids it used (else the next insert failed on pk_patients)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select, table

from calcitrack.bootstrap import Clinic
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from tests.services.test_visit_service import TODAY, _entry
from tests.support.sample_chart import sample_chart


def _count(clinic: Clinic, name: str) -> int:
    with clinic.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table(name))))


def test_a_patient_and_a_visit_after_a_synthetic_clinic(clinic: Clinic) -> None:
    ctx = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    assert build_synthetic_clinic(ctx, 4, seed=2) == 4
    visits = _count(clinic, "visits")

    ChartService(ctx).add_charts([c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN])
    created = PatientService(ctx).create(sample_chart("AFTER-1").patient)
    recorded = VisitService(ctx).record(DEMO_RA_MRN, _entry(ctx))

    assert created.id is not None and recorded.id is not None
    assert _count(clinic, "patients") == 6
    ra = PatientService(ctx).chart(DEMO_RA_MRN)
    assert _count(clinic, "visits") == visits + len(ra.visits)
    assert recorded.visit_date == TODAY
