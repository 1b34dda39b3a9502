"""The backup folder, a text clinic setting (clinic_text_settings, revision 0010), on a real
SQLite file and a real PostgreSQL server: what one workstation saves another reads; it is saved
with the thresholds in one transaction and one settings revision, audited like them (and replayed
from the trail without a difference, while a change behind the application's back is named); a
refused value writes nothing; ``db migrate-to`` (copy_clinic) carries it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.clinic_settings import SAFETY_SBP
from calcitrack.domain.clinic_text_settings import BACKUP_FOLDER
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.store import settings_repository
from calcitrack.store.audit_trail import audit_replay
from calcitrack.store.clinic_copy import copy_clinic
from tests.support.accounts import open_signed_in

FOLDER = "/srv/calcitrack/backups — São João"


def _entries(clinic: Clinic) -> list[tuple[int, str, str, str, dict[str, object], object]]:
    with clinic.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id, action, table_name, record_id, changes_json, occurred_at FROM audit_log "
            "WHERE table_name LIKE 'clinic_%' ORDER BY id"
        ))
        return [(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5]) for r in rows]


def test_a_saved_folder_is_what_every_workstation_reads_next(clinic: Clinic) -> None:
    service = ClinicSettingsService(clinic.context())
    saved = service.save({SAFETY_SBP: 95.0}, based_on_version=0, texts={BACKUP_FOLDER: FOLDER})
    assert saved.version == 1 and saved.text(BACKUP_FOLDER) == FOLDER
    other = open_signed_in(clinic.url)
    try:
        read = ClinicSettingsService(other.context()).current()
    finally:
        other.close()
    assert read.text(BACKUP_FOLDER) == FOLDER and read[SAFETY_SBP] == 95.0 and read.version == 1
    # a later save of the thresholds alone keeps the folder; "" puts the default back
    again = service.save({SAFETY_SBP: 100.0}, based_on_version=1)
    assert again.text(BACKUP_FOLDER) == FOLDER and again.version == 2
    cleared = service.save({}, based_on_version=2, texts={BACKUP_FOLDER: "  "})
    assert cleared.text(BACKUP_FOLDER) == "" and cleared.version == 3


def test_the_folder_is_audited_in_the_same_transaction_as_the_thresholds(clinic: Clinic) -> None:
    service = ClinicSettingsService(clinic.context())
    service.save({SAFETY_SBP: 95.0}, based_on_version=0, texts={BACKUP_FOLDER: FOLDER})
    service.save({}, based_on_version=1, texts={BACKUP_FOLDER: "/mnt/nas/ct"})
    entries = _entries(clinic)
    folder = [e for e in entries if e[2] == "clinic_text_settings" and e[3] == BACKUP_FOLDER]
    assert [(e[1], e[3]) for e in folder] == [("create", BACKUP_FOLDER), ("update", BACKUP_FOLDER)]
    assert folder[0][4] == {"value": FOLDER, "version": 1}
    assert folder[1][4] == {"value": [FOLDER, "/mnt/nas/ct"], "version": [1, 2]}
    first_save = [e for e in entries if e[5] == folder[0][5]]  # one transaction, one moment
    assert {e[2] for e in first_save} == {
        "clinic_settings", "clinic_text_settings", "clinic_settings_revision"
    }
    ids = [e[0] for e in first_save]
    assert ids == list(range(ids[0], ids[0] + len(ids)))  # consecutive in the chain
    with clinic.engine.connect() as conn:
        assert audit_replay.replay(conn).differences == []


def test_a_folder_changed_behind_the_application_s_back_is_named_by_the_replay(
    clinic: Clinic,
) -> None:
    ClinicSettingsService(clinic.context()).save(
        {}, based_on_version=0, texts={BACKUP_FOLDER: FOLDER}
    )
    with clinic.engine.begin() as conn:
        conn.execute(text(
            "UPDATE clinic_text_settings SET value = '/tmp/elsewhere' WHERE key = 'backup/folder'"
        ))
    with clinic.engine.connect() as conn:
        differences = audit_replay.replay(conn).differences
    assert [(d.table, d.record_id) for d in differences] == [
        ("clinic_text_settings", BACKUP_FOLDER)
    ]


def test_a_relative_folder_is_refused_by_name_and_nothing_is_written(clinic: Clinic) -> None:
    service = ClinicSettingsService(clinic.context())
    with pytest.raises(DomainValidationError) as refused:
        service.save({SAFETY_SBP: 95.0}, based_on_version=0, texts={BACKUP_FOLDER: "backups"})
    assert [p.field for p in refused.value.problems] == [BACKUP_FOLDER]
    assert "absolute path" in refused.value.problems[0].reason
    assert service.current().version == 0 and service.current()[SAFETY_SBP] == 90
    with clinic.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM clinic_text_settings")).scalar() == 0


def test_db_migrate_to_copies_the_folder(clinic: Clinic, sqlite_url: str) -> None:
    ClinicSettingsService(clinic.context()).save(
        {SAFETY_SBP: 95.0}, based_on_version=0, texts={BACKUP_FOLDER: FOLDER}
    )
    target = open_clinic(sqlite_url.replace("clinic.sqlite3", "copy.sqlite3"))
    try:
        report = copy_clinic(clinic.engine, target.engine)
        with target.uow.read() as session:
            copied = settings_repository.load(session)
        with target.engine.connect() as conn:
            replayed = audit_replay.replay(conn)
    finally:
        target.close()
    assert {t.table for t in report.tables if t.target_rows} >= {"clinic_text_settings"}
    assert copied.text(BACKUP_FOLDER) == FOLDER and copied.version == 1
    assert replayed.differences == []
