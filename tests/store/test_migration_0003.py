"""Revision 0003 meets a clinic's database at 0002: the new tables arrive, the data stays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text

from calcitrack.domain.clinic_settings import SAFETY_SBP, ClinicSettings
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import flag_repository
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import (
    current_revision,
    head_revision,
    prepare_database,
    upgrade,
)
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.old_rows import STAMPS, insert_user_patient_visit


def _clinic_at_0002(url: str) -> None:
    """Rows written as revision 0002 knew them, a deleted visit and a next-due date included."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            insert_user_patient_visit(conn, username="nurse", role="nurse")
            conn.execute(
                text(
                    "INSERT INTO visit_deletions (id, patient_id, visit_date, reason, "
                    "snapshot_json, created_at, updated_at, version, created_by_id, "
                    "updated_by_id) VALUES (1, 1, :day, 'entered twice', '{}', :t, :t, 1, :u, :u)"
                ),
                {"day": date(2025, 1, 6), **STAMPS},
            )
    finally:
        engine.dispose()


def test_a_clinic_at_0002_is_upgraded_with_its_data_and_takes_settings_and_flags(
    db_url: str, tmp_path: Path
) -> None:
    _clinic_at_0002(db_url)
    engine = make_engine(db_url)
    try:
        opened = prepare_database(engine, backup_dir=tmp_path / "backups")
        assert (opened.action, opened.revision) == ("upgraded", head_revision())
        if db_url.startswith("sqlite"):  # a server database is backed up by its admin
            assert opened.backup is not None and opened.backup.exists()
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            tables = set(inspect(conn).get_table_names())
        assert {"clinic_settings", "clinic_settings_revision", "patient_flags"} <= tables

        uow = UnitOfWork(engine)
        admin = ensure_user(uow, "dr.admin", "Dr Admin", (Role.PHYSICIAN, Role.ADMIN))
        ctx = ServiceContext(uow, admin)
        chart = PatientService(ctx).chart("OLD-1")
        assert (chart.patient.family_name, chart.patient.date_of_birth) == (
            "Cadório",
            date(1960, 5, 1),
        )
        assert [(v.visit_date, v.notes, v.next_visit_due_on) for v in chart.visits] == [
            (date(2025, 2, 3), "first visit", date(2025, 5, 5))
        ]
        assert VisitService(ctx).deletions("OLD-1") == [(date(2025, 1, 6), "entered twice")]

        # An upgraded clinic starts from the defaults, and both new tables take rows.
        settings = ClinicSettingsService(ctx)
        assert settings.current() == ClinicSettings.defaults()
        assert settings.save({SAFETY_SBP: 95}, based_on_version=0).version == 1
        with uow.begin(ctx.actor_id) as session:
            flag_repository.save(
                session,
                1,
                (),
                response_category="stable",
                assessed_on=date(2025, 2, 3),
                settings_version=1,
                rules_version=1,
            )
        with uow.read() as session:
            assert (
                flag_repository.stale_patient_ids(
                    session, settings_version=1, rules_version=1, assessed_on=date(2025, 2, 3)
                )
                == []
            )
    finally:
        engine.dispose()
