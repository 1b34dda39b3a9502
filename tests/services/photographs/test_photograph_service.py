"""Attaching, reading and deleting lesion photographs (services/photographs), on a real SQLite
file and a real PostgreSQL server: validated before anything is written, audited (the bytes left
out of the entries, their SHA-256 kept), deleted with a reason, and at a signed visit only as the
visit's amendment by a physician (a nurse is told so)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date

import pytest
from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError, NotFoundError, SignedVisitError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.photograph_service import PhotographService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.records import (
    AuditEntryRecord,
    LesionPhotographRecord,
    SiteEventDeletionRecord,
    VisitDeletionRecord,
)
from calcitrack.store.schema import metadata
from tests.support.accounts import TEST_PASSWORD
from tests.support.photos import phone_exif, photo_file
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
MRN = "PH-1"
D1, D2 = date(2025, 1, 13), date(2025, 4, 14)
FINGER, ELBOW = "R index finger", "L elbow"


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts([sample_chart(MRN)])
    return context


@pytest.fixture
def nurse(clinic: Clinic, ctx: ServiceContext) -> ServiceContext:
    user = ensure_user(clinic.uow, "nurse.ph", "Nurse Photo", Role.NURSE)
    return ServiceContext(clinic.uow, user, lambda: TODAY)


def _chart(ctx: ServiceContext) -> PatientChart:
    return PatientService(ctx).chart(MRN)


def _visit_id(ctx: ServiceContext, day: date) -> int:
    visit_id = next(v.id for v in _chart(ctx).visits if v.visit_date == day)
    assert visit_id is not None
    return visit_id


def _dump(clinic: Clinic) -> dict[str, list[str]]:
    with clinic.engine.connect() as conn:
        return {
            t.name: sorted(repr(tuple(row)) for row in conn.execute(select(t)))
            for t in metadata.sorted_tables
        }


def _entries(clinic: Clinic, table: str) -> list[AuditEntryRecord]:
    with clinic.uow.read() as session:
        return list(
            session.scalars(
                select(AuditEntryRecord)
                .where(AuditEntryRecord.table_name == table)
                .order_by(AuditEntryRecord.id)
            )
        )


PHOTO = photo_file(120, 90, "JPEG", phone_exif(orientation=6, gps=True))


def test_attach_stores_the_prepared_image_and_audits_it(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    service = PhotographService(nurse)
    saved = service.attach(MRN, _visit_id(nurse, D1), FINGER, PHOTO, caption="  dorsal view ")

    assert saved.id is not None and saved.lesion_label == FINGER and saved.visit_date == D1
    assert (saved.width_px, saved.height_px) == (90, 120)  # turned upright
    assert saved.captured_on == date(2025, 4, 14) and saved.caption == "dorsal view"
    stored = service.image(MRN, saved.id)
    assert hashlib.sha256(stored).hexdigest() == saved.sha256
    assert b"SERIAL-0042" not in stored and b"Exif" not in stored  # GPS and serial never stored
    with clinic.uow.read() as session:
        record = session.get(LesionPhotographRecord, saved.id)
        assert record is not None
        assert b"Exif" not in record.image and b"Exif" not in record.thumbnail

    listed = service.photographs(MRN)
    assert [p.id for p in listed] == [saved.id]
    assert listed[0].thumbnail and listed[0].image == b""  # thumbnails, not the images
    described = _chart(nurse).photographs
    assert [p.id for p in described] == [saved.id]
    assert described[0].image == b"" and described[0].thumbnail == b""  # the chart: no bytes

    (entry,) = _entries(clinic, "lesion_photographs")
    assert entry.action == "create"
    changes = json.loads(entry.changes_json)
    assert saved.sha256 in json.dumps(changes) and "image" not in changes
    assert "thumbnail" not in changes


def test_photographs_are_listed_by_visit_date_then_in_order(nurse: ServiceContext) -> None:
    service = PhotographService(nurse)
    late = service.attach(MRN, _visit_id(nurse, D2), FINGER, PHOTO)
    early = service.attach(MRN, _visit_id(nurse, D1), ELBOW, PHOTO)
    early2 = service.attach(MRN, _visit_id(nurse, D1), FINGER, photo_file(30, 30))
    assert [p.id for p in service.photographs(MRN)] == [early.id, early2.id, late.id]
    assert [p.id for p in _chart(nurse).photographs] == [early.id, early2.id, late.id]


def test_bad_input_names_every_field_and_stores_nothing(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    ChartService(nurse).add_charts([sample_chart("PH-2")])
    foreign = next(v.id for v in PatientService(nurse).chart("PH-2").visits)
    assert foreign is not None
    before = _dump(clinic)
    service = PhotographService(nurse)
    with pytest.raises(DomainValidationError) as refused:
        # the elbow lesion was excised before the second visit; the file is cut short
        service.attach(MRN, _visit_id(nurse, D2), ELBOW, PHOTO[:300], caption="x" * 2001)
    fields = {p.field: p.reason for p in refused.value.problems}
    assert set(fields) == {"lesion", "caption", "photograph"}
    assert "was not active at the visit of 2025-04-14" in fields["lesion"]
    assert "2001 characters" in fields["caption"]
    with pytest.raises(DomainValidationError) as refused:
        service.attach(MRN, _visit_id(nurse, D1), "no such lesion", PHOTO)
    assert refused.value.field == "lesion"
    with pytest.raises(DomainValidationError) as refused:
        service.attach(MRN, foreign, FINGER, PHOTO)
    assert refused.value.field == "visit"
    assert _dump(clinic) == before


def test_a_refused_photograph_leaves_the_database_exactly_as_it_was(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    visit_id = _visit_id(nurse, D1)
    before = _dump(clinic)
    with pytest.raises(DomainValidationError):
        PhotographService(nurse).attach(MRN, visit_id, FINGER, b"not an image")
    assert _dump(clinic) == before


def test_delete_keeps_which_it_was_and_why(clinic: Clinic, nurse: ServiceContext) -> None:
    service = PhotographService(nurse)
    saved = service.attach(MRN, _visit_id(nurse, D1), FINGER, PHOTO)
    with pytest.raises(DomainValidationError) as refused:
        service.delete(MRN, saved, "   ")
    assert refused.value.field == "reason"

    service.delete(MRN, saved, "wrong patient's hand")

    assert service.photographs(MRN) == ()
    with clinic.uow.read() as session:
        (gone,) = session.scalars(select(SiteEventDeletionRecord)).all()
        assert (gone.kind, gone.record_id, gone.event_date, gone.reason) == (
            "photograph", saved.id, D1, "wrong patient's hand"
        )
    deleted = [e for e in _entries(clinic, "lesion_photographs") if e.action == "delete"]
    assert len(deleted) == 1 and saved.sha256 in deleted[0].changes_json
    assert saved.id is not None
    with pytest.raises(NotFoundError):
        service.image(MRN, saved.id)
    with pytest.raises(NotFoundError):
        service.delete(MRN, saved, "again")


def test_a_nurse_is_told_a_signed_visit_takes_a_photograph_only_by_amendment(
    clinic: Clinic, ctx: ServiceContext, nurse: ServiceContext
) -> None:
    visit = _chart(ctx).visits[0]
    VisitService(ctx).sign(MRN, visit, TEST_PASSWORD)
    assert visit.id is not None
    before = _dump(clinic)
    with pytest.raises(SignedVisitError) as refused:
        PhotographService(nurse).attach(MRN, visit.id, FINGER, PHOTO)
    assert "is signed" in str(refused.value) and "amending the visit" in str(refused.value)
    assert "a physician" in str(refused.value)
    assert _dump(clinic) == before


def test_a_physician_attaches_and_deletes_at_a_signed_visit_as_its_amendment(
    clinic: Clinic, ctx: ServiceContext, nurse: ServiceContext
) -> None:
    visit = _chart(ctx).visits[0]
    VisitService(ctx).sign(MRN, visit, TEST_PASSWORD)
    assert visit.id is not None
    service = PhotographService(ctx)
    from calcitrack.domain.clinic.permissions import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        PhotographService(nurse).attach(MRN, visit.id, FINGER, PHOTO, amend_reason="forgot it")

    saved = service.attach(MRN, visit.id, FINGER, PHOTO, amend_reason="photo taken, not saved")

    signature = _chart(ctx).signature_of(visit.id)
    assert signature is not None and signature.content_matches is True
    assert [a.reason for a in signature.amendments] == ["photo taken, not saved"]
    assert "photograph of lesion R index finger" in str(signature.amendments[0].changes[0])
    with pytest.raises(SignedVisitError):
        PhotographService(nurse).delete(MRN, saved, "blurred")

    service.delete(MRN, saved, "blurred", amend_reason="the photograph was blurred")

    signature = _chart(ctx).signature_of(visit.id)
    assert signature is not None and signature.content_matches is True
    assert len(signature.amendments) == 2
    amends = [e for e in _entries(clinic, "visits") if e.action == "amend"]
    assert len(amends) == 2


def test_an_amendment_reason_at_an_unsigned_visit_is_refused(
    clinic: Clinic, ctx: ServiceContext
) -> None:
    before = _dump(clinic)
    with pytest.raises(ConflictError):
        PhotographService(ctx).attach(MRN, _visit_id(ctx, D1), FINGER, PHOTO, amend_reason="x")
    assert _dump(clinic) == before


def test_an_image_of_another_patient_is_not_found(nurse: ServiceContext) -> None:
    saved = PhotographService(nurse).attach(MRN, _visit_id(nurse, D1), FINGER, PHOTO)
    ChartService(nurse).add_charts([sample_chart("PH-3")])
    assert saved.id is not None
    with pytest.raises(NotFoundError):
        PhotographService(nurse).image("PH-3", saved.id)


def test_deleting_a_visit_deletes_its_photographs_with_the_reason(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    service = PhotographService(nurse)
    gone = service.attach(MRN, _visit_id(nurse, D2), FINGER, PHOTO)
    kept = service.attach(MRN, _visit_id(nurse, D1), FINGER, PHOTO)
    visit = next(v for v in _chart(nurse).visits if v.visit_date == D2)

    VisitService(nurse).delete(MRN, visit, "entered for the wrong patient")

    assert [p.id for p in service.photographs(MRN)] == [kept.id]
    with clinic.uow.read() as session:
        (deletion,) = session.scalars(select(SiteEventDeletionRecord)).all()
        assert (deletion.kind, deletion.record_id, deletion.event_date) == (
            "photograph", gone.id, D2
        )
        assert deletion.reason == "entered for the wrong patient"
    deleted = [e for e in _entries(clinic, "lesion_photographs") if e.action == "delete"]
    assert len(deleted) == 1 and gone.sha256 in deleted[0].changes_json
    (snapshot,) = [e for e in _entries(clinic, "visit_deletions") if e.action == "create"]
    assert "entered for the wrong patient" in snapshot.changes_json
    with clinic.uow.read() as session:
        kept_copy = json.loads(session.scalars(select(VisitDeletionRecord.snapshot_json)).one())
    assert [p["sha256"] for p in kept_copy["photographs"]] == [gone.sha256]
    assert "image" not in kept_copy["photographs"][0]


def test_a_chart_is_read_without_the_photographs_bytes(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    from sqlalchemy import event

    bare = PatientService(nurse)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(clinic.engine, "before_cursor_execute", seen)
    try:
        bare.chart(MRN)
        without = len(statements)
        service = PhotographService(nurse)
        for day in (D1, D2):
            service.attach(MRN, _visit_id(nurse, day), FINGER, PHOTO)
        statements.clear()
        chart = bare.chart(MRN)
        assert len(statements) == without  # one query for the photographs, with or without
    finally:
        event.remove(clinic.engine, "before_cursor_execute", seen)
    assert len(chart.photographs) == 2
    photo_reads = [s for s in statements if "lesion_photographs" in s]
    assert len(photo_reads) == 1
    assert "lesion_photographs.image" not in photo_reads[0]
    assert "lesion_photographs.thumbnail" not in photo_reads[0]
