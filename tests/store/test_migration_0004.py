"""Revision 0004 meets a clinic's database at 0003: the clinic_identity table arrives, the data
(patients, visits, saved thresholds, cached flags) stays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text

from calcitrack.domain.clinic.clinic_identity import DEFAULT_NAME, ClinicIdentity
from calcitrack.domain.clinic_settings import SAFETY_SBP
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from calcitrack.store import flag_repository
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import (
    current_revision,
    head_revision,
    prepare_database,
    upgrade,
)
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.images import tiny_png
from tests.support.old_rows import STAMPS, insert_user_patient_visit


def _clinic_at_0003(url: str) -> None:
    """Rows written as revision 0003 knew them: a patient with a visit, a saved threshold (at
    settings version 2) and the patient's cached flags."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0003")
        with engine.begin() as conn:
            insert_user_patient_visit(conn, username="admin", role="physician")
            conn.execute(
                text(
                    "INSERT INTO clinic_settings (key, value, created_at, updated_at, version, "
                    "created_by_id, updated_by_id) VALUES (:key, 95, :t, :t, 2, :u, :u)"
                ),
                {"key": SAFETY_SBP, **STAMPS},
            )
            conn.execute(
                text(
                    "INSERT INTO clinic_settings_revision (id, created_at, updated_at, version, "
                    "created_by_id, updated_by_id) VALUES (1, :t, :t, 2, :u, :u)"
                ),
                STAMPS,
            )
            conn.execute(
                text(
                    "INSERT INTO patient_flags (patient_id, flags_json, response_category, "
                    "assessed_on, settings_version, rules_version, computed_at) "
                    "VALUES (1, '[]', 'stable', :day, 2, 1, :t)"
                ),
                {"day": date(2025, 2, 3), **STAMPS},
            )
    finally:
        engine.dispose()


def test_a_clinic_at_0003_is_upgraded_with_its_data_and_takes_a_name_and_logo(
    db_url: str, tmp_path: Path
) -> None:
    _clinic_at_0003(db_url)
    engine = make_engine(db_url)
    try:
        opened = prepare_database(engine, backup_dir=tmp_path / "backups")
        assert (opened.action, opened.revision) == ("upgraded", head_revision())
        if db_url.startswith("sqlite"):  # a server database is backed up by its admin
            assert opened.backup is not None and opened.backup.exists()
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            assert "clinic_identity" in inspect(conn).get_table_names()

        uow = UnitOfWork(engine)
        admin = ensure_user(uow, "dr.admin", "Admin", (Role.PHYSICIAN, Role.ADMIN))
        ctx = ServiceContext(uow, admin)
        chart = PatientService(ctx).chart("OLD-1")
        assert chart.patient.family_name == "Cadório"
        assert [(v.visit_date, v.notes) for v in chart.visits] == [
            (date(2025, 2, 3), "first visit")
        ]
        settings = ClinicSettingsService(ctx)
        assert (settings.current()[SAFETY_SBP], settings.current().version) == (95, 2)
        with uow.read() as session:
            assert list(flag_repository.load_all(session)) == [1]
            assert (
                flag_repository.stale_patient_ids(
                    session, settings_version=2, rules_version=1, assessed_on=date(2025, 2, 3)
                )
                == []
            ), "naming the clinic does not make the cached flags stale"

        # An upgraded clinic has the default name and no logo until an admin saves them.
        assert settings.identity() == ClinicIdentity(DEFAULT_NAME, None, 0)
        logo = tiny_png()
        saved = settings.save_identity("Hospital de Santo António", logo, based_on_version=0)
        assert saved == ClinicIdentity("Hospital de Santo António", logo, 1)
        assert settings.identity() == saved
        assert settings.current().version == 2  # the thresholds' version is their own
    finally:
        engine.dispose()
