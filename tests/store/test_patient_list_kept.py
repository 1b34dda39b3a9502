"""The matches kept from the last searches (store/patient_list_kept.py): the list they give is
the Python reference's after any sequence of searches and of writes made through this engine or
through another one on the same file (another workstation), and a search typed on is answered
from the last one's matches without sorting the clinic again."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.patient_list import PatientListQuery, StatusFilter
from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from calcitrack.store import patient_list_kept as kept
from tests.support import patient_list_reference as reference
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
WORDS = st.text(st.sampled_from("abñ"), min_size=2, max_size=6)
"""Names from three letters: every search of three of them finds some patients and not others."""
SEARCHES = st.sampled_from(("abab", "abba", "baba", "bbana", "naab"))
"""Typed letter by letter from the third: often again, so that kept matches are asked for again."""
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("search"), SEARCHES, st.sampled_from(StatusFilter), st.integers(0, 6)),
        st.tuples(st.just("search"), SEARCHES, st.just(StatusFilter.ACTIVE), st.just(0)),
        st.tuples(st.just("new"), st.booleans(), WORDS, WORDS),
        st.tuples(st.just("rename"), st.booleans(), WORDS, WORDS),
        st.tuples(st.just("archive"), st.booleans(), st.booleans()),
        st.tuples(st.just("delete"), st.booleans()),
    ),
    min_size=1,
    max_size=16,
)
_MRNS = itertools.count(1)


@dataclasses.dataclass
class Workstations:
    here: ServiceContext
    """The window's: its list is the one checked."""
    there: ServiceContext
    """Another workstation's engine on the same file."""


def _open(url: str) -> Iterator[Workstations]:
    here, there = open_signed_in(url), open_signed_in(url)
    contexts = Workstations(
        dataclasses.replace(here.context(), today=lambda: TODAY),
        dataclasses.replace(there.context(), today=lambda: TODAY),
    )
    service = PatientService(contexts.here)
    for family, given_name in itertools.product(("abab", "babña", "ñaba"), ("aab", "bba", "nab")):
        patient = sample_chart(f"W-{next(_MRNS):04d}").patient
        service.create(dataclasses.replace(patient, family_name=family, given_name=given_name))
    yield contexts
    here.close()
    there.close()


@pytest.fixture
def clinic(db_url: str) -> Iterator[Workstations]:
    """Two workstations on one database, SQLite or PostgreSQL."""
    yield from _open(db_url)


@pytest.fixture
def sqlite_clinic(sqlite_url: str) -> Iterator[Workstations]:
    yield from _open(sqlite_url)


def _check(ctx: ServiceContext, query: PatientListQuery, offset: int, limit: int) -> None:
    got = PatientService(ctx).list_page(query, offset=offset, limit=limit, today=TODAY)
    with ctx.uow.read() as session:
        want = reference.list_page(session, query, offset=offset, limit=limit, today=TODAY)
    assert [s.patient.mrn for s in got.rows] == [s.patient.mrn for s in want.rows], query
    assert got == want, (query, offset, limit)


def _write(ctx: ServiceContext, step: tuple[object, ...]) -> None:
    service = PatientService(ctx)
    listed = service.list_patients(include_archived=True)
    chosen = listed[len(listed) // 2].patient if listed else None
    family, given = str(step[-2]), str(step[-1])
    try:
        if step[0] == "new":
            patient = sample_chart(f"W-{next(_MRNS):04d}").patient
            service.create(dataclasses.replace(patient, family_name=family, given_name=given))
        elif step[0] == "rename" and chosen is not None:
            service.update(dataclasses.replace(chosen, family_name=family, given_name=given))
        elif step[0] == "archive" and chosen is not None:
            service.set_archived(chosen, bool(step[2]))
        elif step[0] == "delete" and chosen is not None:
            with ctx.uow.engine.begin() as conn:  # no service deletes a patient
                conn.execute(text("DELETE FROM patients WHERE id = :id"), {"id": chosen.id})
    except DomainValidationError:  # a name the form refuses: nothing changed
        pass


@pytest.mark.parametrize("cap", [4, 5000])
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_searches_between_writes_here_and_there_list_what_the_reference_lists(
    clinic: Workstations,
    monkeypatch: pytest.MonkeyPatch,
    cap: int,
    steps: list[tuple[object, ...]],
) -> None:
    """With ``cap`` 4 some searches find too many to keep and the other shortcuts answer them."""
    monkeypatch.setattr(kept, "CAP", cap)
    for step in steps:
        if step[0] == "search":
            typed, status, offset = str(step[1]), step[2], int(str(step[3]))
            assert isinstance(status, StatusFilter)
            for grown in range(3, len(typed) + 1):  # typed letter by letter
                _check(clinic.here, PatientListQuery(search=typed[:grown], status=status), 0, 50)
            _check(clinic.here, PatientListQuery(search=typed, status=status), offset, 3)
        else:
            _write(clinic.here if step[1] else clinic.there, step)


def _statements(ctx: ServiceContext, query: PatientListQuery) -> list[str]:
    """What SQLite ran to answer ``query``."""
    ran: list[str] = []
    traced: list[Any] = []

    def trace(dbapi_connection: Any, *_: Any) -> None:
        dbapi_connection.set_trace_callback(ran.append)
        traced.append(dbapi_connection)

    event.listen(ctx.uow.engine, "checkout", trace)
    try:
        PatientService(ctx).list_page(query, offset=0, limit=5, today=TODAY)
    finally:
        event.remove(ctx.uow.engine, "checkout", trace)
        for connection in traced:
            connection.set_trace_callback(None)
    assert ran, "nothing traced"
    return ran


def test_a_search_typed_on_is_answered_from_the_last_ones_matches(
    sqlite_clinic: Workstations,
) -> None:
    ctx = sqlite_clinic.here
    first = _statements(ctx, PatientListQuery(search="aba"))
    assert any("ORDER BY name_key" in s for s in first), first  # found and sorted
    again = _statements(ctx, PatientListQuery(search="aba"))
    assert not any("MATCH" in s for s in again), again  # kept
    assert not any("count(" in s.lower() for s in again), again  # the clinic's total kept
    short = _statements(ctx, PatientListQuery(search="ab"))
    assert any("patient_search_grams" in s for s in short), short  # counted
    short = _statements(ctx, PatientListQuery(search="ab"))
    assert not any("patient_search_grams" in s for s in short), short  # the count kept
    longer = _statements(ctx, PatientListQuery(search="abab"))
    assert any("MATCH" in s for s in longer), longer  # its own matches, among those kept
    assert not any("ORDER BY name_key" in s for s in longer), longer  # not sorted again
    _write(sqlite_clinic.there, ("rename", False, "zz", "zz"))
    after = _statements(ctx, PatientListQuery(search="abab"))
    assert any("ORDER BY name_key" in s for s in after), after  # forgotten: found again
    _check(ctx, PatientListQuery(search="abab"), 0, 50)


def test_a_write_on_the_reading_connection_itself_is_seen(sqlite_clinic: Workstations) -> None:
    """SQLite's data version does not move for a connection's own writes: its count of changes
    must be asked as well."""
    ctx = sqlite_clinic.here
    ctx.uow.engine.dispose()  # from here on one connection reads, writes and reads again
    _check(ctx, PatientListQuery(search="abab"), 0, 50)
    service = PatientService(ctx)
    found = service.list_page(PatientListQuery(search="abab"), limit=50, today=TODAY).rows
    service.update(dataclasses.replace(found[0].patient, family_name="zz", given_name="zz"))
    assert ctx.uow.engine.pool.checkedin() == 1  # type: ignore[attr-defined]
    _check(ctx, PatientListQuery(search="abab"), 0, 50)
