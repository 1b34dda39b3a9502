"""The patient list in SQL gives the answers of the Python reference (tests/support), on SQLite and
PostgreSQL: every column in both orders, each filter, searches with accents, hyphens,
apostrophes, 1-, 2- and 3+-character texts and MRN fragments, paging and list positions."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.patient_list import ListColumn, PatientListQuery, StatusFilter
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.store import patient_list_shortcuts as shortcuts
from tests.support import patient_list_reference as reference
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)

#: (MRN, family name, given name): accents, combining marks, hyphens, apostrophes, a folded-name
#: tie ("Nuñez María" and "Nunez Maria"), letters Unicode does not decompose.
NAMED = (
    ("N-001", "Nuñez", "María"),
    ("N-002", "Nunez", "Maria"),
    ("N-003", "Ferreira-Nuñez", "José"),
    ("N-004", "O'Brien", "Seán"),
    ("N-005", "Sørensen", "Åse"),
    ("N-006", "Nun\u0303ez", "Lucía"),  # n + combining tilde
    ("n-007", "Łukasiewicz", "Ægir"),
    ("X-100", "Zúñiga", "Ángel"),
    ("G*?[a]1", "Glob", "Signs"),  # the search's GLOB wildcards in an MRN
)
SEARCHES = (
    "",
    "n",
    "nu",
    "nun",
    "nunez",
    "Núñez",
    "NUÑEZ MARÍA",
    "maria nunez",
    "nunez, maria",
    "ferreira nunez",
    "Ferreira-Nuñez",
    "obrien",
    "O'Brien",
    "o brien",
    "sorensen",
    "lukasiewicz",
    "n-00",
    "00",
    "X-1",
    "x-100",
    "%",
    "_",
    'a"b',
    "*",
    "?",
    "[",
    "]",
    "[a]",
    "a*",
    "*?",
    "?[",
    "[a",
    "a]",
    "g*",
    "zzzzqqq",
)


@pytest.fixture
def ctx(clinic: Clinic) -> Iterator[ServiceContext]:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    build_synthetic_clinic(context, 40, seed=7)
    ChartService(context).add_charts(demo_charts())
    patients = PatientService(context)
    for mrn, family, given in NAMED:
        patient = dataclasses.replace(
            sample_chart(mrn).patient, family_name=family, given_name=given
        )
        patients.create(patient)
    for summary in patients.list_patients()[::9]:
        patients.set_archived(summary.patient, True)
    flags = FlagCacheService(context)
    flags.refresh(flags.stale_patient_ids())
    with clinic.engine.begin() as conn:  # some stale, one never assessed
        ids = [row[0] for row in conn.execute(text("SELECT id FROM patients ORDER BY id"))]
        conn.execute(
            text("UPDATE patient_flags SET settings_version = 99 WHERE patient_id IN (:a, :b)"),
            {"a": ids[3], "b": ids[10]},
        )
        conn.execute(
            text("UPDATE patient_flags SET rules_version = 0 WHERE patient_id = :a"),
            {"a": ids[5]},
        )
        conn.execute(text("DELETE FROM patient_flags WHERE patient_id = :a"), {"a": ids[7]})
    yield context


def _check(ctx: ServiceContext, query: PatientListQuery, *, positions: bool = False) -> None:
    service = PatientService(ctx)
    with ctx.uow.read() as session:
        want = reference.list_page(session, query, offset=0, limit=10_000, today=TODAY)
    got = service.list_page(query, offset=0, limit=10_000, today=TODAY)
    assert [s.patient.mrn for s in got.rows] == [s.patient.mrn for s in want.rows], query
    assert got == want, query
    if positions:
        for i in range(0, len(want.rows), 5):
            assert service.list_position(query, want.rows[i].patient.mrn, today=TODAY) == i
        assert service.list_position(query, "NOT-AN-MRN", today=TODAY) is None


def test_every_column_in_both_orders_under_each_filter(ctx: ServiceContext) -> None:
    filters = (
        PatientListQuery(),
        PatientListQuery(status=StatusFilter.ARCHIVED),
        PatientListQuery(status=StatusFilter.ALL),
        PatientListQuery(disease=UnderlyingDisease.SSC),
        PatientListQuery(on_diltiazem=True, status=StatusFilter.ALL),
    )
    for base in filters:
        for column in ListColumn:
            for descending in (False, True):
                query = dataclasses.replace(base, sort=column, descending=descending)
                _check(ctx, query, positions=base == filters[0] or base == filters[2])


def test_searches_find_what_the_reference_finds(ctx: ServiceContext) -> None:
    for search in SEARCHES:
        for sort in (ListColumn.NAME, ListColumn.FLAGS):
            _check(
                ctx,
                PatientListQuery(search=search, sort=sort, status=StatusFilter.ALL),
                positions=True,
            )
        _check(ctx, PatientListQuery(search=search, descending=True))


@pytest.mark.parametrize("walk", [4, 30, 10_000])
def test_the_shortcuts_of_a_typed_search_give_the_same_pages(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, walk: int
) -> None:
    """What a keystroke asks (store/patient_list_shortcuts.py): first and later pages in name
    order under each status, both directions, with the walk short enough to fail, long enough
    to succeed, or longer than the clinic; the counts from the trigram index."""
    monkeypatch.setattr(shortcuts, "WALK", walk)
    service = PatientService(ctx)
    for search in SEARCHES:
        for status in StatusFilter:
            for descending in (False, True):
                query = PatientListQuery(search=search, status=status, descending=descending)
                for offset, limit in ((0, 1), (0, 3), (0, 8), (3, 4), (10, 100)):
                    with ctx.uow.read() as session:
                        want = reference.list_page(
                            session, query, offset=offset, limit=limit, today=TODAY
                        )
                    got = service.list_page(query, offset=offset, limit=limit, today=TODAY)
                    assert got == want, (query, offset, limit)


def test_accents_are_ignored_both_ways(ctx: ServiceContext) -> None:
    service = PatientService(ctx)

    def found(search: str) -> set[str]:
        page = service.list_page(PatientListQuery(search=search, status=StatusFilter.ALL))
        return {s.patient.mrn for s in page.rows}

    assert {"N-001", "N-002", "N-003", "N-006"} <= found("nunez")
    assert found("nunez") == found("Núñez") == found("NUNEZ")
    assert found("obrien") == found("O'Brien") == {"N-004"}
    assert "n-007" in found("N-00")


def test_pages_join_up_to_the_whole_list(ctx: ServiceContext) -> None:
    service = PatientService(ctx)
    for query in (PatientListQuery(), PatientListQuery(sort=ListColumn.LAST_VISIT)):
        whole = service.list_page(query, offset=0, limit=10_000)
        rows = []
        for offset in range(0, whole.matching + 7, 7):
            page = service.list_page(query, offset=offset, limit=7)
            assert (page.offset, page.matching, page.total) == (
                offset,
                whole.matching,
                whole.total,
            )
            rows.extend(page.rows)
        assert tuple(rows) == whole.rows
        assert service.list_page(query, offset=whole.matching, limit=7).rows == ()
        assert whole.total > whole.matching  # archived patients count in the total


def test_flags_read_with_other_settings_or_rules_are_stale(ctx: ServiceContext) -> None:
    rows = PatientService(ctx).list_page(PatientListQuery(status=StatusFilter.ALL)).rows
    stale = [s for s in rows if s.flags_stale]
    assert len(stale) == 3
    assert all(s.flags_assessed_on is not None for s in stale)
    assert sum(1 for s in rows if s.flags_assessed_on is None) == 1
