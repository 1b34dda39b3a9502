"""Signing a visit and amending a signed one, on a real SQLite file and a real PostgreSQL server.

A physician signs a visit by entering her password again (an electronic signature); the
signature is stored with its meaning ("reviewed and approved"). A wrong password signs nothing
and writes only the failed attempt: the audit entry, and one more failure towards the account's
lockout (a signing password is a guess at the same password as a sign-in's, so it counts the
same; at the clinic's limit the account is locked, for signing and signing in alike). From then
on the visit is read-only (a nurse's or a physician's edit or delete is refused and nothing
changes). A physician amends it with a reason: the amended value is stored, the signature stays,
and the amendment keeps what the signed visit said, field by field. Signing and amending are
recorded in the audit trail; the PDF visit summary says who signed, what the signature means, and
that and why the visit was amended (read back with pypdf)."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.audit_trail.audit import AuditEntry
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.reports.summary.visit_summary import build_visit_summary
from calcitrack.services.accounts.account_service import (
    AccountLockedError,
    AccountService,
    SignInError,
)
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError, SignedVisitError, StaleEditError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.summary_source import SummarySource
from calcitrack.services.visit_service import VisitService
from calcitrack.store import user_repository
from calcitrack.store.schema import metadata
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.accounts import TEST_PASSWORD, give_test_password
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
START = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
MRN = "S-1"
FOLLOW_UP = date(2025, 4, 14)
"""The sample chart's second visit: pain NRS 3, a CRP collected at it."""
PASSWORD = TEST_PASSWORD
"""Every account's password here."""
MEANING = "reviewed and approved"


class Clock:
    """The units of work's time: a minute later at every transaction."""

    def __init__(self) -> None:
        self.now = START - timedelta(minutes=1)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@dataclasses.dataclass
class Ward:
    clinic: Clinic
    clock: Clock
    nurse: ServiceContext
    ruiz: ServiceContext
    """The physician who signs."""
    lee: ServiceContext
    """Another physician, who amends."""

    def chart(self) -> PatientChart:
        return PatientService(self.ruiz).chart(MRN)

    def visit(self, day: date = FOLLOW_UP) -> Visit:
        return next(v for v in self.chart().visits if v.visit_date == day)

    def entry(self, visit: Visit, **changes: object) -> VisitEntry:
        """``visit`` with ``changes`` and its labs (an entry holds the whole visit)."""
        labs = tuple(lab for lab in self.chart().labs if lab.visit_id == visit.id)
        return VisitEntry(dataclasses.replace(visit, **changes), labs=labs)

    def entries(self, action: str) -> list[AuditEntry]:
        return [e for e in AuditService(self.ruiz).entries() if e.action == action]

    def failures(self, who: ServiceContext) -> int:
        """The account's failed password checks in a row."""
        with self.clinic.uow.read() as session:
            account = user_repository.find_account(session, who.actor.username)
        assert account is not None
        return account.failed_logins

    def dump(self) -> dict[str, list[str]]:
        with self.clinic.engine.connect() as conn:
            return {
                t.name: sorted(repr(tuple(row)) for row in conn.execute(select(t)))
                for t in metadata.sorted_tables
            }


def _ward(url: str) -> Iterator[Ward]:
    clinic = open_clinic(url)
    clock = Clock()
    uow = UnitOfWork(clinic.engine, clock=clock)

    def as_(username: str, name: str, role: Role) -> ServiceContext:
        user = ensure_user(uow, username, name, role)
        give_test_password(uow, username)
        return ServiceContext(uow, user, lambda: TODAY)

    ward = Ward(
        clinic,
        clock,
        as_("nurse.ana", "Ana Nurse", Role.NURSE),
        as_("dr.ruiz", "Dr Ruiz", Role.PHYSICIAN),
        as_("dr.lee", "Dr Lee", Role.PHYSICIAN),
    )
    ChartService(ward.nurse).add_charts([sample_chart(MRN)])
    try:
        yield ward
    finally:
        clinic.close()


@pytest.fixture
def ward(db_url: str) -> Iterator[Ward]:
    yield from _ward(db_url)


@pytest.fixture
def sqlite_ward(sqlite_url: str) -> Iterator[Ward]:
    """For what only the PDF decides: SQLite only."""
    yield from _ward(sqlite_url)


# ------------------------------------------------------------------ signing


def test_a_physician_signs_a_visit_once(ward: Ward) -> None:
    visit = ward.visit()
    signature = VisitService(ward.ruiz).sign(MRN, visit, PASSWORD)
    assert (signature.visit_id, signature.signed_by, signature.amendments) == (
        visit.id, "Dr Ruiz", ()
    )
    assert signature.meaning == MEANING
    assert signature.describe().startswith("Signed — reviewed and approved by Dr Ruiz on ")
    stored = ward.chart().signature_of(visit.id)
    assert stored == signature
    assert stored is not None and stored.signed_at.tzinfo is not None
    assert START < stored.signed_at < START + timedelta(hours=1)
    assert ward.chart().signature_of(ward.visit(date(2025, 1, 13)).id) is None  # only that one

    [signed] = ward.entries("sign")
    assert (signed.actor_id, signed.table_name, signed.record_id, signed.patient_mrn) == (
        ward.ruiz.actor.id, "visits", str(visit.id), MRN
    )
    assert signed.changes == {
        "visit_date": "2025-04-14",
        "meaning": MEANING,
        "authenticated": "password entered again to sign",
    }
    assert signed.occurred_at == stored.signed_at  # the same transaction
    assert [e for e in ward.entries("login") if e.actor_id == ward.ruiz.actor.id] == []

    before = ward.dump()
    match = "already signed: Signed — reviewed and approved by Dr Ruiz on"
    with pytest.raises(SignedVisitError, match=match):
        VisitService(ward.lee).sign(MRN, ward.visit(), PASSWORD)
    assert ward.dump() == before
    assert AuditService(ward.ruiz).verify().ok


def _rows_but_the_trail_and_accounts(dump: dict[str, list[str]]) -> dict[str, list[str]]:
    return {table: rows for table, rows in dump.items() if table not in ("audit_log", "users")}


def test_a_wrong_password_signs_nothing_and_the_trail_shows_the_attempt(ward: Ward) -> None:
    visit = ward.visit()
    before = ward.dump()
    mark = len(AuditService(ward.ruiz).entries())
    with pytest.raises(SignInError) as refused:
        VisitService(ward.ruiz).sign(MRN, visit, PASSWORD + "!")
    assert not isinstance(refused.value, AccountLockedError)
    assert str(refused.value) == (
        "Wrong password. The visit was not signed. 4 more wrong passwords in a row lock the "
        "account for 15 minutes."
    )
    assert ward.chart().signature_of(visit.id) is None
    after = ward.dump()
    assert _rows_but_the_trail_and_accounts(after) == _rows_but_the_trail_and_accounts(before)
    [failed] = [e for e in AuditService(ward.ruiz).entries()[mark:] if e.action != "update"]
    assert (failed.action, failed.actor_id, failed.patient_mrn) == (
        "login_failed", ward.ruiz.actor.id, MRN
    )
    assert failed.changes == {
        "username": "dr.ruiz", "why": "wrong password", "how": "visit signature",
        "visit_id": visit.id, "visit_date": "2025-04-14",
    }  # fmt: skip
    assert ward.entries("sign") == []
    assert ward.failures(ward.ruiz) == 1
    assert AuditService(ward.ruiz).verify().ok

    # the right password then signs, and a run of failures ends with it
    signature = VisitService(ward.ruiz).sign(MRN, visit, PASSWORD)
    assert signature.meaning == MEANING and ward.failures(ward.ruiz) == 0


def test_wrong_signing_passwords_count_towards_the_lockout_like_sign_ins(ward: Ward) -> None:
    """Five wrong passwords in a row (the clinic's default), typed to sign, lock the account:
    signing, and signing in anywhere, wait until the time the refusal names."""
    visit = ward.visit()
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInError, match=f"{left} more wrong password"):
            VisitService(ward.ruiz).sign(MRN, visit, "a guess")
    with pytest.raises(AccountLockedError) as locked:
        VisitService(ward.ruiz).sign(MRN, visit, "a guess")
    until = locked.value.locked_until
    local = until.astimezone()
    assert str(locked.value) == (
        "Wrong password. The visit was not signed. 5 wrong passwords in a row. The account is "
        f"locked until {local:%H:%M} ({local:%Y-%m-%d}). Try again then, or ask an "
        "administrator to unlock it in Tools → Users."
    )
    [lockout] = ward.entries("lockout")
    assert lockout.patient_mrn == MRN and lockout.changes["how"] == "visit signature"
    assert lockout.changes["failures"] == 5

    # while locked, even the right password neither signs nor signs in
    with pytest.raises(AccountLockedError, match=r"^The visit was not signed\. The account is"):
        VisitService(ward.ruiz).sign(MRN, visit, PASSWORD)
    accounts = AccountService(ward.clinic.uow, ward.clock)
    with pytest.raises(AccountLockedError):
        accounts.sign_in("dr.ruiz", PASSWORD)
    assert ward.chart().signature_of(visit.id) is None and ward.entries("sign") == []
    assert [e.changes["why"] for e in ward.entries("login_failed")] == (
        ["wrong password"] * 5 + ["account locked"] * 2
    )

    ward.clock.now = until  # the lock ends: the next transaction is a minute later
    assert VisitService(ward.ruiz).sign(MRN, visit, PASSWORD).signed_by == "Dr Ruiz"
    assert AuditService(ward.ruiz).verify().ok


def test_a_visit_changed_since_it_was_read_is_not_signed(ward: Ward) -> None:
    read = ward.visit()
    VisitService(ward.nurse).update(MRN, ward.entry(read, pain_nrs=7))
    before = ward.dump()
    with pytest.raises(StaleEditError, match="it was not signed"):
        VisitService(ward.ruiz).sign(MRN, read, PASSWORD)
    assert ward.dump() == before
    assert ward.chart().signature_of(read.id) is None and ward.entries("sign") == []


def test_a_signed_visit_is_read_only(ward: Ward) -> None:
    VisitService(ward.ruiz).sign(MRN, ward.visit(), PASSWORD)
    signed = ward.visit()
    before = ward.dump()
    for who in (ward.nurse, ward.ruiz):
        with pytest.raises(SignedVisitError, match="is signed and read-only") as edit:
            VisitService(who).update(MRN, ward.entry(signed, pain_nrs=6))
        assert "a physician can amend it" in str(edit.value)
        with pytest.raises(SignedVisitError, match="it was not deleted"):
            VisitService(who).delete(MRN, signed, "entered twice")
    assert ward.dump() == before
    assert ward.visit().pain_nrs == 3


# ------------------------------------------------------------------ amending


def test_an_amendment_needs_a_reason(ward: Ward) -> None:
    VisitService(ward.ruiz).sign(MRN, ward.visit(), PASSWORD)
    signed = ward.visit()
    before = ward.dump()
    for reason in ("", "   "):
        with pytest.raises(DomainValidationError) as refused:
            VisitService(ward.lee).amend(MRN, ward.entry(signed, pain_nrs=6), reason)
        assert refused.value.field == "reason"
    assert ward.dump() == before


def test_an_amendment_keeps_the_signature_and_what_the_signed_visit_said(ward: Ward) -> None:
    first = VisitService(ward.ruiz).sign(MRN, ward.visit(), PASSWORD)
    signed = ward.visit()
    amended = VisitService(ward.lee).amend(
        MRN, ward.entry(signed, pain_nrs=6), "  pain score read from the wrong line  "
    )
    assert amended.pain_nrs == 6 and ward.visit().pain_nrs == 6
    assert [lab.analyte for lab in ward.chart().labs if lab.visit_id == signed.id] == ["crp"]

    signature = ward.chart().signature_of(signed.id)
    assert signature is not None
    assert (signature.signed_by, signature.signed_at) == ("Dr Ruiz", first.signed_at)
    [amendment] = signature.amendments
    assert (amendment.reason, amendment.amended_by) == (
        "pain score read from the wrong line", "Dr Lee"
    )
    assert amendment.amended_at > first.signed_at
    assert amendment.changes == (FieldChange("pain_nrs", "Pain NRS", "3", "6"),)
    assert "amended" in signature.describe() and "by Dr Lee" in signature.describe()

    # the visit as signed is kept whole, not only the changed field
    with ward.clinic.engine.connect() as conn:
        [original] = conn.execute(text("SELECT original_json FROM visit_amendments")).scalars()
    kept = json.loads(original)
    assert kept["visit"]["pain_nrs"] == 3 and kept["visit"]["notes"] == "Ulcer healed."
    assert [lab["analyte"] for lab in kept["labs"]] == ["crp"]
    assert kept["signed_by"] == "Dr Ruiz"

    [entry] = ward.entries("amend")
    assert (entry.actor_id, entry.record_id, entry.patient_mrn) == (
        ward.lee.actor.id, str(signed.id), MRN
    )
    assert entry.changes == {
        "reason": "pain score read from the wrong line",
        "changed": ["Pain NRS: 3 → 6"],
    }
    assert entry.occurred_at == amendment.amended_at

    # a second amendment starts from the amended value
    VisitService(ward.ruiz).amend(MRN, ward.entry(ward.visit(), pain_nrs=5), "patient recounted")
    signature = ward.chart().signature_of(signed.id)
    assert signature is not None and len(signature.amendments) == 2
    assert signature.amendments[0].changes[0].after == "6"
    assert signature.amendments[-1].changes == (FieldChange("pain_nrs", "Pain NRS", "6", "5"),)
    assert signature.signed_by == "Dr Ruiz"
    assert AuditService(ward.ruiz).verify().ok


def test_an_unsigned_visit_is_edited_not_amended(ward: Ward) -> None:
    unsigned = ward.visit()
    before = ward.dump()
    with pytest.raises(ConflictError, match="is not signed: save the change as an edit") as no:
        VisitService(ward.ruiz).amend(MRN, ward.entry(unsigned, pain_nrs=6), "typo")
    assert not isinstance(no.value, SignedVisitError)
    assert ward.dump() == before


# ------------------------------------------------------------------ the PDF


def _pdf_text(ward: Ward, day: date) -> str:
    data = build_visit_summary(SummarySource(ward.ruiz).request(MRN, day))
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def test_the_summary_of_an_amended_visit_says_so_with_the_reason_and_date(
    sqlite_ward: Ward,
) -> None:
    ward = sqlite_ward
    signature = VisitService(ward.ruiz).sign(MRN, ward.visit(), PASSWORD)
    VisitService(ward.lee).amend(MRN, ward.entry(ward.visit(), pain_nrs=6), "pain misread")
    amended = ward.chart().signature_of(signature.visit_id)
    assert amended is not None and amended.last_amendment is not None

    amended_text = _pdf_text(ward, FOLLOW_UP)
    signed_at = signature.signed_at.astimezone()
    signed = f"Signed — reviewed and approved by Dr Ruiz on {signed_at:%Y-%m-%d %H:%M}"
    assert signed in amended_text
    amended_on = amended.last_amendment.amended_at.astimezone().date().isoformat()
    assert f"Amended on {amended_on}: pain misread (by Dr Lee)" in amended_text
    assert "Not signed" not in amended_text

    baseline_text = _pdf_text(ward, date(2025, 1, 13))
    assert "Not signed" in baseline_text
    assert "Signed by" not in baseline_text and "Amended" not in baseline_text
