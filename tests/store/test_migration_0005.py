"""Revision 0005 meets a clinic's database at 0004: the audit trail arrives empty and
append-only, the data (patients, visits, the clinic's name) stays, and the next change is the
trail's first entry."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from calcitrack.domain.audit_trail.audit import GENESIS_HASH
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import (
    current_revision,
    downgrade,
    head_revision,
    prepare_database,
    upgrade,
)
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.old_rows import STAMPS, insert_user_patient_visit


def _clinic_at_0004(url: str) -> None:
    """Rows written as revision 0004 knew them: a patient with a visit, and the clinic's name."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0004")
        with engine.begin() as conn:
            insert_user_patient_visit(conn, username="admin", role="physician")
            conn.execute(
                text(
                    "INSERT INTO clinic_identity (id, name, created_at, updated_at, version, "
                    "created_by_id, updated_by_id) VALUES (1, 'Rheumatology', :t, :t, 1, :u, :u)"
                ),
                STAMPS,
            )
    finally:
        engine.dispose()


def test_a_clinic_at_0004_is_upgraded_with_its_data_and_starts_its_audit_trail(
    db_url: str, tmp_path: Path
) -> None:
    _clinic_at_0004(db_url)
    engine = make_engine(db_url)
    try:
        opened = prepare_database(engine, backup_dir=tmp_path / "backups")
        assert (opened.action, opened.revision) == ("upgraded", head_revision())
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            assert "audit_log" in inspect(conn).get_table_names()
            assert conn.scalar(text("SELECT count(*) FROM audit_log")) == 0

        uow = UnitOfWork(engine)
        admin = ensure_user(uow, "dr.admin", "Admin", (Role.PHYSICIAN, Role.ADMIN))
        ctx = ServiceContext(uow, admin)
        patients = PatientService(ctx)
        old = patients.chart("OLD-1")
        assert [(v.visit_date, v.notes) for v in old.visits] == [(date(2025, 2, 3), "first visit")]
        patients.update(dataclasses.replace(old.patient, given_name="Ana Maria"))

        [entry] = AuditService(ctx).entries(patient_mrn="OLD-1")
        assert (entry.id, entry.prev_hash, entry.action) == (1, GENESIS_HASH, "update")
        assert entry.changes == {"given_name": ["Ana", "Ana Maria"], "version": [1, 2]}
        assert AuditService(ctx).verify().ok

        # the upgraded trail is append-only, like a new clinic's
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET changes_json = '{}'"))
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log"))
    finally:
        engine.dispose()


def test_0005_downgrades_to_0004_and_upgrades_again(db_url: str) -> None:
    _clinic_at_0004(db_url)
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        downgrade(engine, "0004")
        with engine.connect() as conn:
            assert current_revision(conn) == "0004"
            assert "audit_log" not in inspect(conn).get_table_names()
            assert conn.scalar(text("SELECT family_name FROM patients")) == "Cadório"
        upgrade(engine)
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
    finally:
        engine.dispose()
