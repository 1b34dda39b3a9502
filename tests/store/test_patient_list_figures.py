"""The list's figures on ``patients`` (last visit, next due, visits, active lesions) stay exact
whoever writes, on a real SQLite file and a real PostgreSQL server: the services (a visit
recorded, edited, deleted; lesions added and resolved), an import, a bulk-written synthetic
clinic, raw SQL, and a move SQLite → PostgreSQL → SQLite. Each time they are compared with the
figures computed in Python from the visits and lesions themselves."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import Visit
from calcitrack.domain.patient_list import ListColumn, PatientListQuery, StatusFilter
from calcitrack.domain.visits.visit_entry import LesionStatusChange, VisitEntry
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import patient_list_repository
from calcitrack.store.clinic_copy import copy_clinic
from calcitrack.store.engine import make_engine
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 20)
Figures = dict[int, tuple[object, object, int, int]]


def _as_date(value: object) -> object:
    return date.fromisoformat(value) if isinstance(value, str) else value


def stored(engine: Engine) -> Figures:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, last_visit_on, next_due_on, visit_count, active_lesions "
                "FROM patients"
            )
        ).all()
    return {r[0]: (_as_date(r[1]), _as_date(r[2]), r[3], r[4]) for r in rows}


def expected(engine: Engine) -> Figures:
    """The figures from the rows, in Python."""
    with engine.connect() as conn:
        patients = conn.execute(text("SELECT id FROM patients")).scalars().all()
        visits = conn.execute(
            text("SELECT patient_id, visit_date, next_visit_due_on FROM visits")
        ).all()
        lesions = conn.execute(text("SELECT patient_id, status FROM lesions")).all()
    figures: Figures = {}
    for pid in patients:
        own = sorted((_as_date(v[1]), _as_date(v[2])) for v in visits if v[0] == pid)
        active = sum(1 for le in lesions if le[0] == pid and le[1] == "active")
        last, due = own[-1] if own else (None, None)
        figures[pid] = (last, due, len(own), active)
    return figures


def assert_exact(engine: Engine) -> Figures:
    figures = stored(engine)
    assert figures == expected(engine)
    return figures


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts(demo_charts())  # the import path
    return context


def _ra(ctx: ServiceContext, clinic: Clinic) -> tuple[object, object, int, int]:
    pid = PatientService(ctx).chart(DEMO_RA_MRN).patient.id
    assert pid is not None
    return stored(clinic.engine)[pid]


def test_visits_and_lesions_written_through_the_services(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    figures = assert_exact(clinic.engine)
    assert any(f[2] > 0 for f in figures.values()) and any(f[3] > 0 for f in figures.values())
    before = _ra(ctx, clinic)
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    active = [le for le in chart.lesions if le.status is LesionStatus.ACTIVE]
    last = chart.visits[-1]
    visit = Visit(
        chart.patient.id, TODAY, clinician=last.clinician, next_visit_due_on=date(2027, 2, 19)
    )
    resolved = LesionStatusChange(active[0].label, LesionStatus.RESOLVED)
    service = VisitService(ctx)
    service.record(DEMO_RA_MRN, VisitEntry(visit, status_changes=(resolved,)))
    assert_exact(clinic.engine)
    assert _ra(ctx, clinic) == (TODAY, date(2027, 2, 19), before[2] + 1, before[3] - 1)

    stored_visit = PatientService(ctx).chart(DEMO_RA_MRN).visits[-1]
    service.update(
        DEMO_RA_MRN, VisitEntry(dataclasses.replace(stored_visit, next_visit_due_on=None))
    )
    assert_exact(clinic.engine)
    assert _ra(ctx, clinic)[:3] == (TODAY, None, before[2] + 1)

    stored_visit = PatientService(ctx).chart(DEMO_RA_MRN).visits[-1]
    service.delete(DEMO_RA_MRN, stored_visit, "entered on the wrong patient")
    assert_exact(clinic.engine)
    assert _ra(ctx, clinic) == before


def test_the_list_shows_and_sorts_by_them(ctx: ServiceContext, clinic: Clinic) -> None:
    figures = stored(clinic.engine)
    with Session(clinic.engine) as session:
        query = PatientListQuery(
            sort=ListColumn.VISITS, descending=True, status=StatusFilter.ALL
        )
        page = patient_list_repository.list_page(
            session, query, offset=0, limit=500, today=TODAY
        )
    counts = [row.visit_count for row in page.rows]
    assert counts == sorted(counts, reverse=True) and len(counts) == len(figures)
    for row in page.rows:
        assert row.patient.id is not None
        last, due, visits, lesions = figures[row.patient.id]
        assert (row.last_visit_on, row.next_due_on, row.visit_count, row.active_lesions) == (
            last, due, visits, lesions,
        )  # fmt: skip


def test_a_bulk_written_synthetic_clinic(clinic: Clinic) -> None:
    build_synthetic_clinic(clinic.context(), 25, seed=5)
    figures = assert_exact(clinic.engine)
    assert len(figures) == 25 and sum(f[2] for f in figures.values()) > 25


def test_raw_sql_writes_and_deletes(ctx: ServiceContext, clinic: Clinic) -> None:
    with clinic.engine.begin() as conn:
        conn.execute(text("UPDATE lesions SET status = 'resolved' WHERE id % 2 = 0"))
        conn.execute(text("UPDATE visits SET next_visit_due_on = NULL WHERE id % 3 = 0"))
        columns = [c["name"] for c in inspect(conn).get_columns("lesions") if c["name"] != "id"]
        copied = ", ".join("label || ' copy'" if c == "label" else c for c in columns)
        conn.execute(
            text(
                f"INSERT INTO lesions ({', '.join(columns)}) SELECT {copied} FROM lesions "
                "WHERE status = 'active'"
            )
        )
    assert_exact(clinic.engine)
    with clinic.engine.begin() as conn:
        conn.execute(text("DELETE FROM lesions WHERE label LIKE '% copy' AND id % 2 = 0"))
        conn.execute(text("UPDATE lesions SET status = 'active' WHERE label LIKE '% copy'"))
    assert_exact(clinic.engine)


@pytest.mark.postgres
def test_a_move_to_a_server_and_back_keeps_them(
    sqlite_url: str, postgres_url: str, tmp_path: Path
) -> None:
    clinic = open_signed_in(sqlite_url)
    ctx = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(ctx).add_charts(demo_charts())
    build_synthetic_clinic(ctx, 10, seed=7)
    clinic.close()
    back = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    engines = [make_engine(url) for url in (sqlite_url, postgres_url, back)]
    try:
        copy_clinic(engines[0], engines[1])
        copy_clinic(engines[1], engines[2])
        here = assert_exact(engines[0])
        assert assert_exact(engines[1]) == here
        assert assert_exact(engines[2]) == here
    finally:
        for engine in engines:
            engine.dispose()
