"""The SQLite search index (an FTS5 table, not clinic data) neither blocks the move of a clinic to
a server nor is left behind: SQLite → PostgreSQL → SQLite, and each copy finds the same patients."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from calcitrack.domain.patient_list import PatientListQuery, StatusFilter
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.store import patient_list_repository
from calcitrack.store.clinic_copy import copy_clinic
from calcitrack.store.engine import make_engine
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
SEARCHES = ("nunez", "Núñez", "obrien", "ma", "m", "demo-00", "zzzq")


def _found(engine: Engine) -> dict[str, list[str]]:
    found = {}
    with Session(engine) as session:
        for search in SEARCHES:
            query = PatientListQuery(search=search, status=StatusFilter.ALL)
            page = patient_list_repository.list_page(
                session, query, offset=0, limit=500, today=TODAY
            )
            found[search] = [s.patient.mrn for s in page.rows]
    return found


@pytest.mark.postgres
def test_the_search_works_after_a_move_to_a_server_and_back(
    sqlite_url: str, postgres_url: str, tmp_path: Path
) -> None:
    clinic = open_signed_in(sqlite_url)
    ctx = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(ctx).add_charts(demo_charts())
    for mrn, family, given in (("N-1", "Nuñez", "María"), ("N-2", "O'Brien", "Seán")):
        named = dataclasses.replace(sample_chart(mrn).patient, family_name=family, given_name=given)
        PatientService(ctx).create(named)
    clinic.close()
    back = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    engines = [make_engine(url) for url in (sqlite_url, postgres_url, back)]
    try:
        copy_clinic(engines[0], engines[1])
        copy_clinic(engines[1], engines[2])
        here = _found(engines[0])
        assert "N-1" in here["nunez"] and here["obrien"] == ["N-2"]
        assert _found(engines[1]) == here
        assert _found(engines[2]) == here
    finally:
        for engine in engines:
            engine.dispose()
