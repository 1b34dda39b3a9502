"""Property: for any name (accents, combining marks, apostrophes, hyphens, letters Unicode does not
decompose) and any part of the patient's search key typed back, the list in SQL finds the
patient, and finds exactly the patients the Python reference finds (SQLite: the trigram index for
3+ characters, the key itself below that)."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.patient_list import PatientListQuery, StatusFilter
from calcitrack.domain.text import patient_search_key, search_text
from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from tests.support import patient_list_reference as reference
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
NAME_CHARACTERS = st.one_of(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.sampled_from("áàâäãåçéèêëíìîïñóòôöõúùûüýÿÁÉÍÑÓÚÜØøÆæŒœŁłĐđÞþßİı"),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),  # combining marks
    st.sampled_from(" -'’‐–`"),
)
NAMES = st.text(NAME_CHARACTERS, min_size=1, max_size=14).filter(lambda n: n.strip(" -'’‐–`"))


@pytest.fixture
def ctx(sqlite_url: str) -> Iterator[ServiceContext]:
    clinic = open_signed_in(sqlite_url)
    yield dataclasses.replace(clinic.context(), today=lambda: TODAY)
    clinic.close()


_MRNS = itertools.count(1)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(family=NAMES, given_name=NAMES, data=st.data())
def test_any_part_of_the_key_finds_the_patient(
    ctx: ServiceContext, family: str, given_name: str, data: st.DataObject
) -> None:
    service = PatientService(ctx)
    mrn = f"P-{next(_MRNS):05d}"
    patient = dataclasses.replace(
        sample_chart(mrn).patient, family_name=family, given_name=given_name
    )
    try:
        service.create(patient)
    except DomainValidationError:  # a name the form refuses: nothing to search for
        return
    key = patient_search_key(mrn, family, given_name)
    part = data.draw(st.sampled_from(key.split("\x1f")[1:]))  # one of the name's orders
    start = data.draw(st.integers(0, max(len(part) - 1, 0)))
    typed = part[start : start + data.draw(st.integers(1, 8))]
    query = PatientListQuery(search=typed, status=StatusFilter.ALL)

    page = service.list_page(query, limit=10_000, today=TODAY)
    found = {s.patient.mrn for s in page.rows}
    needle = search_text(typed)
    if needle and needle in key:
        assert mrn in found, (typed, key)
    with ctx.uow.read() as session:
        want = reference.list_page(session, query, offset=0, limit=10_000, today=TODAY)
    assert [s.patient.mrn for s in page.rows] == [s.patient.mrn for s in want.rows], typed
    assert (page.matching, page.total) == (want.matching, want.total), typed
    first = service.list_page(PatientListQuery(search=typed), limit=2, today=TODAY)
    with ctx.uow.read() as session:
        want = reference.list_page(session, PatientListQuery(search=typed), offset=0, limit=2,
                                   today=TODAY)  # fmt: skip
    assert first == want, typed  # the first page of a typed search, the active patients
