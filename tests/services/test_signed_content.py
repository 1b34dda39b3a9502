"""A signature bound to the visit's content, as the chart and the PDF summary show it (real
SQLite file and PostgreSQL server; the PDF read back with pypdf): a signed visit changed behind
the application's back is marked invalid next to its signature, an untouched or amended one is
not, one signed before content was bound is neither valid nor invalid."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from calcitrack.domain.signed_content import ChangedSignature, content_hash, signature_check
from calcitrack.services.signature_service import SignatureService
from calcitrack.services.visit_service import VisitService
from tests.services.test_sign_off import FOLLOW_UP, MRN, PASSWORD, Ward, _pdf_text, _ward

BASELINE = date(2025, 1, 13)
INVALID = "Signature invalid — the record changed after signing"


@pytest.fixture
def ward(db_url: str) -> Iterator[Ward]:
    yield from _ward(db_url)


@pytest.fixture
def sqlite_ward(sqlite_url: str) -> Iterator[Ward]:
    yield from _ward(sqlite_url)


def _sign_both(ward: Ward) -> None:
    for day in (BASELINE, FOLLOW_UP):
        VisitService(ward.ruiz).sign(MRN, ward.visit(day), PASSWORD)


def _sql(ward: Ward, statement: str) -> None:
    with ward.clinic.engine.begin() as conn:
        conn.execute(text(statement))


def test_the_chart_marks_only_the_changed_signature_invalid(ward: Ward) -> None:
    _sign_both(ward)
    follow_up = ward.visit(FOLLOW_UP).id
    _sql(ward, f"UPDATE visits SET pain_nrs=9, weight_kg=99 WHERE id={follow_up}")
    chart = ward.chart()
    changed, untouched = chart.signature_of(follow_up), chart.signature_of(ward.visit(BASELINE).id)
    assert changed is not None and untouched is not None
    assert changed.invalid and changed.describe().startswith(INVALID)
    assert untouched.content_matches is True and not untouched.invalid
    check = SignatureService(ward.ruiz).check()
    assert check.changed == (ChangedSignature(follow_up, FOLLOW_UP, MRN),)
    assert (check.verified, check.unbound) == (1, 0)
    assert MRN not in check.log_text()


def test_an_amendment_binds_the_signature_to_the_amended_content(ward: Ward) -> None:
    _sign_both(ward)
    visit = ward.visit(FOLLOW_UP)
    amended = VisitService(ward.lee).amend(MRN, ward.entry(visit, pain_nrs=6), "pain misread")
    signature = ward.chart().signature_of(visit.id)
    assert signature is not None and signature.content_matches is True
    assert amended.version == ward.visit(FOLLOW_UP).version  # the next edit starts from it
    VisitService(ward.lee).amend(MRN, ward.entry(ward.visit(FOLLOW_UP), pain_nrs=5), "again")
    assert SignatureService(ward.ruiz).check().changed == ()


def test_a_signature_without_a_bound_hash_is_counted_not_invalid(ward: Ward) -> None:
    _sign_both(ward)
    follow_up = ward.visit(FOLLOW_UP).id
    _sql(ward, f"UPDATE visits SET signed_content_hash=NULL, pain_nrs=9 WHERE id={follow_up}")
    signature = ward.chart().signature_of(follow_up)
    assert signature is not None and signature.content_matches is None and not signature.invalid
    check = SignatureService(ward.ruiz).check()
    assert (check.verified, check.changed, check.unbound) == (1, (), 1)


def test_the_pdf_of_a_changed_signed_visit_says_so_next_to_the_signature(
    sqlite_ward: Ward,
) -> None:
    ward = sqlite_ward
    _sign_both(ward)
    _sql(ward, f"UPDATE lesion_measurements SET width_mm = 4.0 WHERE visit_id = "
               f"{ward.visit(FOLLOW_UP).id}")  # fmt: skip
    changed = _pdf_text(ward, FOLLOW_UP)
    assert "SIGNATURE INVALID: this visit's record was changed after it was signed" in changed
    assert f"{INVALID}. Signed — reviewed and approved by Dr Ruiz" in changed
    untouched = _pdf_text(ward, BASELINE)
    assert "Signed — reviewed and approved by Dr Ruiz" in untouched
    assert "invalid" not in untouched.lower()


def test_the_hash_is_of_the_canonical_content() -> None:
    one = {"visit": {"pain_nrs": 3, "visit_date": date(2025, 4, 14)}, "labs": []}
    same = {"labs": [], "visit": {"visit_date": date(2025, 4, 14), "pain_nrs": 3}}
    assert content_hash(one) == content_hash(same)
    assert content_hash(one) != content_hash({**one, "visit": {"pain_nrs": 9}})
    assert signature_check([(1, BASELINE, "A", True), (2, BASELINE, "B", None)]).ok
