"""The audit trail on a real SQLite file and a real PostgreSQL server: every change of clinical
data recorded in its own transaction (who, when, which fields from what to what), nothing for a
write that failed, and a hash chain that names the first entry edited or deleted behind the
application's back. On PostgreSQL, workstations committing at once keep one chain."""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Connection, func, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit import GENESIS_HASH, AuditAction, AuditEntry, entry_hash
from calcitrack.domain.clinic_settings import SAFETY_SBP
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import Patient
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.errors import NotFoundError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import integrity, mapping
from calcitrack.store.audit_trail import audit
from calcitrack.store.audit_trail.audit import AuditBypassError
from calcitrack.store.audit_trail.audit_chain import NewEntry, append
from calcitrack.store.records import AuditEntryRecord, PatientRecord
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import CLINICAL_TABLES, sample_chart

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=timezone.utc)
STAMPS = {"created_at", "updated_at", "created_by_id", "updated_by_id"}


class Clock:
    """The units of work's time: moves on a minute per transaction, so entries tell them apart."""

    def __init__(self) -> None:
        self.now = NOW - timedelta(minutes=1)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    return ServiceContext(UnitOfWork(clinic.engine, clock=Clock()), clinic.user, lambda: TODAY)


def _entries(ctx: ServiceContext, **filters: object) -> list[AuditEntry]:
    return AuditService(ctx).entries(**filters)  # type: ignore[arg-type]


def _patient(mrn: str = "A-1") -> Patient:
    return dataclasses.replace(sample_chart(mrn).patient)


# ------------------------------------------------------------------ what is recorded


def test_creating_a_patient_records_who_when_and_every_field(ctx: ServiceContext) -> None:
    created = PatientService(ctx).create(_patient())
    [entry] = _entries(ctx)
    assert (entry.action, entry.table_name, entry.record_id) == (
        "create",
        "patients",
        str(created.id),
    )
    assert (entry.actor_id, entry.actor_username) == (ctx.actor.id, ctx.actor.username)
    assert entry.occurred_at == NOW
    assert (entry.patient_id, entry.patient_mrn) == (created.id, "A-1")
    assert entry.changes == {
        "mrn": "A-1",
        "family_name": "Cadório",
        "given_name": "Inês",
        "sex": "female",
        "date_of_birth": "1968-06-02",
        "underlying_disease": "ssc",
        "disease_diagnosed_on": "2015-03-01",
        "calcinosis_type": "dystrophic",
        "calcinosis_onset_on": "2023-09-01",
        "archived": False,
        "version": 1,
    }
    assert entry.prev_hash == GENESIS_HASH


def test_importing_a_chart_records_every_row_under_its_patient(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    [patient_id] = ChartService(ctx).add_charts([sample_chart("B-2")]).patient_ids
    entries = _entries(ctx)
    with clinic.engine.connect() as conn:
        rows = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in CLINICAL_TABLES}
    assert Counter(e.table_name for e in entries) == rows
    assert {(e.action, e.patient_id, e.occurred_at) for e in entries} == {
        ("create", patient_id, NOW)
    }
    assert entries[0].table_name == "patients"  # parents before their children
    measurement = next(e for e in entries if e.table_name == "lesion_measurements")
    assert not STAMPS & set(measurement.changes)
    assert measurement.changes["longest_mm"] == 8.0 and measurement.changes["tender"] is True


def test_an_edit_records_exactly_the_changed_fields_old_to_new(ctx: ServiceContext) -> None:
    patients = PatientService(ctx)
    created = patients.create(_patient())
    patients.update(
        dataclasses.replace(created, family_name="Cadório-Silva", date_of_birth=date(1968, 6, 3))
    )
    patients.update(dataclasses.replace(patients.chart("A-1").patient, family_name="Cadório-Silva"))
    entries = _entries(ctx)
    assert [e.action for e in entries] == ["create", "update"]  # an edit changing nothing: none
    assert entries[1].changes == {
        "family_name": ["Cadório", "Cadório-Silva"],
        "date_of_birth": ["1968-06-02", "1968-06-03"],
        "version": [1, 2],
    }
    assert entries[1].occurred_at == NOW + timedelta(minutes=1)


def test_editing_a_visit_records_the_visit_fields_that_changed(ctx: ServiceContext) -> None:
    ChartService(ctx).add_charts([sample_chart("C-3")])
    before = _entries(ctx)[-1].id
    stored = PatientService(ctx).chart("C-3").visits[-1]
    saved = VisitService(ctx).update("C-3", VisitEntry(dataclasses.replace(stored, pain_nrs=6)))
    changed = [e for e in _entries(ctx) if e.id > before]
    # one entry for the visit, though the save wrote it twice; the visit type was only flagged
    # to bump the version, not changed, so it is not listed
    [visit] = [e for e in changed if e.table_name == "visits"]
    assert visit.changes == {"pain_nrs": [3, 6], "version": [stored.version, saved.version]}
    # its measurement is rewritten (deleted, then created again with the same values)
    assert sorted(e.action for e in changed if e.table_name == "lesion_measurements") == [
        "create",
        "delete",
    ]


def test_deleting_a_visit_records_the_old_values_and_the_reason(ctx: ServiceContext) -> None:
    ChartService(ctx).add_charts([sample_chart("D-4")])
    before = _entries(ctx)[-1].id
    first = PatientService(ctx).chart("D-4").visits[0]
    VisitService(ctx).delete("D-4", first, "entered on the wrong patient")
    changed = [e for e in _entries(ctx) if e.id > before]
    [visit] = [e for e in changed if e.table_name == "visits"]
    assert visit.action == "delete" and visit.record_id == str(first.id)
    assert visit.changes["visit_date"] == "2025-01-13"
    assert visit.changes["clinician"] == "Nurse Åsa" and visit.changes["pain_nrs"] == 5
    labs = [e for e in changed if e.table_name == "lab_results"]
    assert {e.action for e in labs} == {"delete"}
    assert {e.changes["analyte"] for e in labs} == {"calcium_total", "phosphate", "creatinine"}
    assert {e.table_name for e in changed if e.action == "delete"} >= {
        "lesion_measurements",
        "rom_measurements",
    }
    [why] = [e for e in changed if e.table_name == "visit_deletions"]
    assert why.changes["reason"] == "entered on the wrong patient"
    assert "snapshot_json" not in why.changes  # the delete entries hold those values
    assert {e.patient_mrn for e in changed} == {"D-4"}


def test_saving_clinic_settings_and_identity_is_recorded(ctx: ServiceContext) -> None:
    settings = ClinicSettingsService(ctx)
    settings.save({SAFETY_SBP: 95.0}, based_on_version=0)
    settings.save_identity("Rheumatology", b"\x89PNG\r\n\x1a\n" + bytes(80), based_on_version=0)
    entries = _entries(ctx)
    sbp = next(e for e in entries if e.record_id == SAFETY_SBP)
    assert (sbp.table_name, sbp.changes["value"], sbp.patient_id) == ("clinic_settings", 95.0, None)
    identity = next(e for e in entries if e.table_name == "clinic_identity")
    assert identity.changes["logo"]["bytes"] == 88  # the logo's size and digest, not its bytes
    assert len(identity.changes["logo"]["sha256"]) == 64


# ------------------------------------------------------------------ nothing for what failed


def test_a_failed_write_leaves_no_audit_row_and_the_chain_goes_on(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    patients = PatientService(ctx)
    patients.create(_patient("E-1"))
    with pytest.raises(DomainValidationError):
        patients.create(_patient("E-1"))  # refused before writing
    with pytest.raises(IntegrityError), ctx.uow.begin(ctx.actor_id) as session:
        session.add(PatientRecord(**_values(_patient("E-2"))))
        session.add(PatientRecord(**_values(_patient("E-2"))))  # the database refuses
    with pytest.raises(RuntimeError, match="changed my mind"), ctx.uow.begin(ctx.actor_id) as s:
        s.add(PatientRecord(**_values(_patient("E-3"))))
        s.flush()
        raise RuntimeError("changed my mind")
    patients.create(_patient("E-4"))
    entries = _entries(ctx)
    assert [(e.id, e.changes["mrn"]) for e in entries] == [(1, "E-1"), (2, "E-4")]
    assert AuditService(ctx).verify().ok


def test_a_rolled_back_savepoint_takes_its_entries_with_it(ctx: ServiceContext) -> None:
    with ctx.uow.begin(ctx.actor_id) as session:
        session.add(PatientRecord(**_values(_patient("F-1"))))
        savepoint = session.begin_nested()
        session.add(PatientRecord(**_values(_patient("F-2"))))
        session.flush()
        savepoint.rollback()
        session.add(PatientRecord(**_values(_patient("F-3"))))
    assert [e.changes["mrn"] for e in _entries(ctx)] == ["F-1", "F-3"]


def test_bulk_statements_that_would_bypass_the_trail_are_refused(ctx: ServiceContext) -> None:
    PatientService(ctx).create(_patient("G-1"))
    with pytest.raises(AuditBypassError, match="patients"), ctx.uow.begin(ctx.actor_id) as s:
        s.execute(update(PatientRecord).values(family_name="Everyone"))
    assert PatientService(ctx).chart("G-1").patient.family_name == "Cadório"


def test_the_synthetic_clinic_is_one_bulk_entry(ctx: ServiceContext) -> None:
    written = build_synthetic_clinic(ctx, 5, seed=3)
    [entry] = _entries(ctx)
    assert (entry.action, entry.actor_id) == ("bulk_insert", ctx.actor.id)
    assert entry.changes["patients"] == written == 5
    assert entry.changes["tables"]["patients"] == {"rows": 5, "first_id": 1, "last_id": 5}


def test_reading_records_nothing(ctx: ServiceContext) -> None:
    ChartService(ctx).add_charts([sample_chart("H-1")])
    count = len(_entries(ctx))
    PatientService(ctx).chart("H-1")
    PatientService(ctx).list_patients()
    assert len(_entries(ctx)) == count


# ------------------------------------------------------------------ events and filters


def test_an_event_is_recorded_by_the_acting_user_with_its_details(ctx: ServiceContext) -> None:
    created = PatientService(ctx).create(_patient("J-1"))
    service = AuditService(ctx)
    service.record(
        AuditAction.PDF,
        table_name="visits",
        record_id=7,
        patient_mrn="J-1",
        details={"file": "J-1_2026-11-20.pdf", "visit_date": date(2026, 11, 20)},
    )
    event = _entries(ctx)[-1]
    assert (event.action, event.table_name, event.record_id) == ("pdf", "visits", "7")
    assert (event.patient_id, event.actor_id) == (created.id, ctx.actor.id)
    assert event.changes == {"file": "J-1_2026-11-20.pdf", "visit_date": "2026-11-20"}
    with pytest.raises(NotFoundError, match="NOPE"):
        service.record(AuditAction.EXPORT, patient_mrn="NOPE")
    with pytest.raises(ValueError, match="written with the change"):
        service.record("update", table_name="patients")
    with pytest.raises(ValueError):
        service.record("shred")
    assert len(_entries(ctx)) == 2


def test_an_event_without_a_user_is_allowed_a_change_without_one_is_not(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    with ctx.uow.begin(None) as session:
        audit.record_event(
            session, AuditAction.LOGIN_FAILED, details={"username": "mallory"}, actor_id=None
        )
    [entry] = _entries(ctx)
    assert (entry.action, entry.actor_id, entry.changes) == (
        "login_failed",
        None,
        {"username": "mallory"},
    )
    with pytest.raises(IntegrityError), clinic.engine.begin() as conn:
        append(conn, [NewEntry(None, "delete", "patients", "1", 1, {})], NOW)


def test_entries_filter_by_patient_user_and_day(ctx: ServiceContext, clinic: Clinic) -> None:
    PatientService(ctx).create(_patient("K-1"))
    nurse = ensure_user(ctx.uow, "nurse.ana", "Ana", Role.NURSE)
    as_nurse = dataclasses.replace(ctx, actor=nurse)
    PatientService(as_nurse).create(_patient("K-2"))
    AuditService(as_nurse).record(AuditAction.EXPORT, details={"patients": 2})
    assert [e.patient_mrn for e in _entries(ctx, patient_mrn="K-2")] == ["K-2"]
    assert [e.action for e in _entries(ctx, user="nurse.ana")] == ["create", "export"]
    assert [e.patient_mrn for e in _entries(ctx, user=ctx.actor.username)] == ["K-1"]
    at = _entries(ctx, user="nurse.ana")[0].occurred_at
    between = _entries(ctx, since=at, until=at + timedelta(seconds=1))
    assert [e.patient_mrn for e in between] == ["K-2"]
    assert len(_entries(ctx, since=TODAY, until=TODAY)) == 3
    assert _entries(ctx, since=TODAY + timedelta(days=1)) == []
    assert [e.id for e in AuditService(ctx).entries(newest_first=True, limit=2)] == [3, 2]
    with pytest.raises(NotFoundError):
        _entries(ctx, user="nobody")


# ------------------------------------------------------------------ the chain and tampering


def _some_history(ctx: ServiceContext) -> list[AuditEntry]:
    patients = PatientService(ctx)
    for n in range(1, 6):
        patients.create(_patient(f"T-{n}"))
    patients.update(dataclasses.replace(patients.chart("T-3").patient, given_name="Inés"))
    return _entries(ctx)


def _behind_the_back(clinic: Clinic, sql: str, **params: object) -> None:
    """Raw SQL as someone with the database password would run it: first the append-only
    triggers refuse, then they are dropped and the statement goes through."""
    with pytest.raises(DBAPIError, match="append-only"), clinic.engine.begin() as conn:
        conn.execute(text(sql), params)
    with clinic.engine.begin() as conn:
        _drop_triggers(conn)
        conn.execute(text(sql), params)


def _drop_triggers(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
    else:
        conn.execute(text("DROP TRIGGER audit_log_no_update_delete ON audit_log"))


def test_the_chain_verifies(ctx: ServiceContext) -> None:
    entries = _some_history(ctx)
    result = AuditService(ctx).verify()
    assert (result.ok, result.checked, result.first_broken_id) == (True, 6, None)
    assert (result.last_id, result.last_hash) == (6, entries[-1].hash)
    assert [e.prev_hash for e in entries[1:]] == [e.hash for e in entries[:-1]]
    assert len(set(e.hash for e in entries)) == 6


def test_an_entry_edited_behind_the_applications_back_is_named(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    _some_history(ctx)
    _behind_the_back(
        clinic,
        "UPDATE audit_log SET changes_json = replace(changes_json, 'T-3', 'T-9') WHERE id = 3",
    )
    result = AuditService(ctx).verify()
    assert (result.ok, result.first_broken_id, result.checked) == (False, 3, 2)
    assert "does not match its hash" in result.reason
    assert result.first_broken is not None and result.first_broken.table_name == "patients"


def test_an_entry_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    entries = _some_history(ctx)
    forged = dataclasses.replace(
        entries[2], changes_json=entries[2].changes_json.replace("T-3", "T-9")
    )
    _behind_the_back(
        clinic,
        "UPDATE audit_log SET changes_json = :c, hash = :h WHERE id = 3",
        c=forged.changes_json,
        h=entry_hash(forged.prev_hash, forged.chain_fields),
    )
    result = AuditService(ctx).verify()
    assert (result.ok, result.first_broken_id) == (False, 4)
    assert "does not follow entry #3" in result.reason


def test_a_deleted_middle_entry_is_named(ctx: ServiceContext, clinic: Clinic) -> None:
    _some_history(ctx)
    _behind_the_back(clinic, "DELETE FROM audit_log WHERE id = 4")
    result = AuditService(ctx).verify()
    assert (result.ok, result.first_broken_id, result.checked) == (False, 5, 3)
    assert "entry #4 is missing" in result.reason
    # `calcitrack db check` says so too; the replay then misses the deleted entry's change
    [problem, *replayed] = integrity.check(clinic.engine)
    assert problem.startswith("audit trail broken at entry #5 (") and "#4 is missing" in problem
    assert all("behind the application's back" in line for line in replayed)


def test_swapped_entries_are_found_at_the_first_of_them(
    ctx: ServiceContext, clinic: Clinic
) -> None:
    _some_history(ctx)
    _behind_the_back(clinic, "UPDATE audit_log SET id = -id WHERE id IN (2, 3)")
    with clinic.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET id = 3 WHERE id = -2"))
        conn.execute(text("UPDATE audit_log SET id = 2 WHERE id = -3"))
    result = AuditService(ctx).verify()
    assert (result.ok, result.first_broken_id) == (False, 2)


# ------------------------------------------------------------------ several workstations


@pytest.fixture
def server_clinic(postgres_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(postgres_url)
    yield opened
    opened.close()


@pytest.mark.postgres
def test_a_commit_waits_for_another_workstations_append_and_chains_onto_it(
    server_clinic: Clinic,
) -> None:
    ctx = server_clinic.context()
    PatientService(ctx).create(_patient("W-1"))
    other = server_clinic.engine.connect()
    other.begin()  # another workstation, appending and not yet committed
    append(other, [NewEntry(ctx.actor_id, "export", None, None, None, {})], NOW)
    outcome: list[object] = []

    def save() -> None:
        try:
            outcome.append(PatientService(ctx).create(_patient("W-2")))
        except Exception as error:  # handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=save)
    thread.start()
    thread.join(timeout=1.0)
    assert thread.is_alive(), "the second writer must wait for the chain lock"
    other.commit()
    other.close()
    thread.join(timeout=10)
    assert isinstance(outcome[0], Patient), outcome
    entries = AuditService(ctx).entries()
    assert [(e.id, e.action) for e in entries] == [(1, "create"), (2, "export"), (3, "create")]
    assert AuditService(ctx).verify().ok


@pytest.mark.postgres
def test_workstations_writing_at_once_keep_one_chain(server_clinic: Clinic) -> None:
    writers, each = 4, 8
    barrier = threading.Barrier(writers)
    errors: list[BaseException] = []

    def workstation(n: int) -> None:
        ctx = dataclasses.replace(server_clinic.context(), uow=UnitOfWork(server_clinic.engine))
        barrier.wait()
        try:
            for i in range(each):
                PatientService(ctx).create(_patient(f"P{n}-{i}"))
        except BaseException as error:  # handed to the test thread
            errors.append(error)

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    ctx = server_clinic.context()
    result = AuditService(ctx).verify()
    assert (result.ok, result.checked) == (True, writers * each)
    with server_clinic.engine.connect() as conn:
        prev = conn.scalar(select(func.count(func.distinct(AuditEntryRecord.prev_hash))))
    assert prev == writers * each  # no two entries chained onto the same one


def _values(patient: Patient) -> dict[str, object]:
    return mapping.patient_values(patient)


def test_a_record_written_by_several_flushes_of_one_save_has_one_entry(
    ctx: ServiceContext,
) -> None:
    with ctx.uow.begin(ctx.actor_id) as session:
        record = PatientRecord(**_values(_patient("M-1")))
        session.add(record)
        session.flush()
        record.given_name = "Inés"
        session.flush()
        record.given_name = "Inês"  # and back
        record.archived = True
    PatientService(ctx).update(
        dataclasses.replace(PatientService(ctx).chart("M-1").patient, family_name="Cadorio")
    )
    created, updated = _entries(ctx)
    assert created.action == "create"
    assert (created.changes["given_name"], created.changes["archived"]) == ("Inês", True)
    assert created.changes["version"] == 3  # as committed
    assert updated.changes == {"family_name": ["Cadório", "Cadorio"], "version": [3, 4]}
