"""The counts of one- and two-character pieces (store/records/patient_search_grams.py) stay equal
to counting the keys themselves, on a real SQLite file (PostgreSQL keeps none), whatever
sequence of new patients, renames, archiving, restoring and deletions reaches ``patients``; and
the list's count of a short search read from them is the reference's."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.patient_list import PatientListQuery, StatusFilter
from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from calcitrack.store.records.patient_search_grams import GRAMS_TABLE
from tests.support import patient_list_reference as reference
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
NAMES = st.text(
    st.sampled_from("abcnñáÁ-' zØøß"), min_size=1, max_size=8
).filter(lambda n: n.strip(" -'"))
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("new"), NAMES, NAMES),
        st.tuples(st.just("rename"), NAMES, NAMES),
        st.tuples(st.just("archive"), st.booleans()),
        st.tuples(st.just("delete")),
    ),
    min_size=1,
    max_size=6,
)
_MRNS = itertools.count(1)


@pytest.fixture
def ctx(sqlite_url: str) -> Iterator[ServiceContext]:
    clinic = open_signed_in(sqlite_url)
    yield dataclasses.replace(clinic.context(), today=lambda: TODAY)
    clinic.close()


def _stored(ctx: ServiceContext) -> Counter[tuple[str, bool]]:
    with ctx.uow.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT gram, archived, patients FROM {GRAMS_TABLE}"))
        return Counter({(g, bool(a)): n for g, a, n in rows if n})


def _counted(ctx: ServiceContext) -> Counter[tuple[str, bool]]:
    """Each piece's patients, counted from the keys themselves."""
    counts: Counter[tuple[str, bool]] = Counter()
    with ctx.uow.engine.connect() as conn:
        for key, archived in conn.execute(text("SELECT search_key, archived FROM patients")):
            pieces = {key[i : i + w] for w in (1, 2) for i in range(len(key) - w + 1)}
            counts.update((piece, bool(archived)) for piece in pieces)
    return counts


def _apply(ctx: ServiceContext, step: tuple[object, ...]) -> None:
    service = PatientService(ctx)
    listed = service.list_patients(include_archived=True)
    chosen = listed[-1].patient if listed else None
    try:
        if step[0] == "new":
            patient = sample_chart(f"G-{next(_MRNS):04d}").patient
            service.create(dataclasses.replace(patient, family_name=step[1], given_name=step[2]))
        elif step[0] == "rename" and chosen is not None:
            service.update(dataclasses.replace(chosen, family_name=step[1], given_name=step[2]))
        elif step[0] == "archive" and chosen is not None:
            service.set_archived(chosen, bool(step[1]))
        elif step[0] == "delete" and chosen is not None:
            with ctx.uow.engine.begin() as conn:  # no service deletes a patient: the table can
                conn.execute(text("DELETE FROM patients WHERE id = :id"), {"id": chosen.id})
    except DomainValidationError:  # a name the form refuses: nothing changed
        pass


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS, typed=st.text(st.sampled_from("abnÑ- "), min_size=1, max_size=2))
def test_the_counts_follow_every_change(
    ctx: ServiceContext, steps: list[tuple[object, ...]], typed: str
) -> None:
    for step in steps:
        _apply(ctx, step)
        assert _stored(ctx) == _counted(ctx), step
    service = PatientService(ctx)
    for status in StatusFilter:
        query = PatientListQuery(search=typed, status=status)
        with ctx.uow.read() as session:
            want = reference.list_page(session, query, offset=0, limit=5, today=TODAY)
        got = service.list_page(query, offset=0, limit=5, today=TODAY)
        assert (got.matching, got.total) == (want.matching, want.total), (typed, status)
        assert got == want, (typed, status)
