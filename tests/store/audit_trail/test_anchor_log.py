"""The workstation's anchor log (store/audit_trail/anchor_log.py): a line after every commit that
wrote to the trail, none for a rollback, never a failed save because the log could not be written;
and the reading of logs and backup manifests."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import text

from calcitrack.domain.audit_trail.anchor_check import (
    RESTORED,
    REWRITTEN,
    TRUNCATED,
    AnchorFileError,
    NotedAnchor,
    check_anchors,
)
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.store.audit_trail import audit, audit_repository
from calcitrack.store.audit_trail.anchor_log import LOG_NAME, database_identity, read_anchor_file
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart

HASH_A, HASH_B = "a" * 64, "b" * 64


def _log(home: Path) -> Path:
    return home / "data" / LOG_NAME


def test_each_commit_that_writes_to_the_trail_is_noted_and_a_rollback_is_not(
    db_url: str, calcitrack_home: Path
) -> None:
    clinic = open_signed_in(db_url)
    try:
        assert not _log(calcitrack_home).exists()  # accounts are not in the trail
        ChartService(clinic.context()).add_charts([sample_chart("L-1")])
        PatientService(clinic.context()).list_patients()  # reading writes nothing
        actor = clinic.context().actor_id
        with pytest.raises(RuntimeError), clinic.uow.begin(actor) as session:
            audit.record_event(session, AuditAction.PDF, details={"file": "x.pdf"})
            raise RuntimeError("the save failed")
        lines = _log(calcitrack_home).read_text("utf-8").splitlines()
        with clinic.uow.read() as session:
            head = audit_repository.chain_head(session)
    finally:
        clinic.close()
    assert len(lines) == 1
    assert lines[-1].split()[1:] == [database_identity(db_url), head.text()]


def test_a_log_that_cannot_be_written_never_fails_the_save(
    sqlite_url: str, calcitrack_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _log(calcitrack_home).mkdir(parents=True)  # a folder where the log should be
    clinic = open_signed_in(sqlite_url)
    try:
        with caplog.at_level(logging.WARNING):
            ChartService(clinic.context()).add_charts([sample_chart("W-1")])
        assert PatientService(clinic.context()).chart("W-1").patient.mrn == "W-1"
    finally:
        clinic.close()
    assert "could not be added to" in caplog.text and "the save itself is done" in caplog.text
    assert "W-1" not in caplog.text


def test_the_identity_names_where_the_database_is_not_who_connects(tmp_path: Path) -> None:
    owner = database_identity("postgresql+psycopg://owner:secret@DB.clinic:5432/calcitrack")
    app = database_identity("postgresql+psycopg://app:other@db.clinic/calcitrack")
    assert owner == app
    assert owner != database_identity("postgresql+psycopg://app@db.clinic/other")
    assert database_identity(f"sqlite:///{tmp_path}/a.sqlite3") != database_identity(
        f"sqlite:///{tmp_path}/b.sqlite3"
    )


def test_a_log_is_read_for_one_database_and_a_manifest_whole(tmp_path: Path) -> None:
    log = tmp_path / LOG_NAME
    log.write_text(
        f"2026-12-01T08:00:00.000000Z db-1 12:{HASH_A}\n"
        f"2026-12-01T08:05:00.000000Z db-2 30:{HASH_B}\n"
        "garbage\n\n"
        f"2026-12-02T09:00:00.000000Z db-1 14:{HASH_B}\n",
        "utf-8",
    )
    read = read_anchor_file(log, "db-1")
    assert [n.anchor for n in read.anchors] == [ChainAnchor(12, HASH_A), ChainAnchor(14, HASH_B)]
    assert (read.other_databases, read.unreadable_lines) == (1, 1)
    manifest = tmp_path / "b.json"
    manifest.write_text(json.dumps({"chain_head": f"7:{HASH_A}", "created_at": "2026-12-03"}))
    [noted] = read_anchor_file(manifest, "db-1").anchors
    assert noted.anchor == ChainAnchor(7, HASH_A) and noted.noted_at is not None
    manifest.write_text('{"chain_head": "7:xyz"}')
    with pytest.raises(AnchorFileError, match="not a chain anchor"):
        read_anchor_file(manifest, "db-1")
    manifest.write_text("{" * 5000)
    with pytest.raises(AnchorFileError, match="not valid JSON"):
        read_anchor_file(manifest, "db-1")
    with pytest.raises(AnchorFileError, match="is a folder"):
        read_anchor_file(tmp_path, "db-1")


def test_anchors_are_checked_once_each_and_name_what_changed() -> None:
    noted = [
        NotedAnchor(ChainAnchor(0, "0" * 64), "log"),  # an empty trail: nothing to check
        NotedAnchor(ChainAnchor(5, HASH_A), "log"),
        NotedAnchor(ChainAnchor(5, HASH_A), "manifest"),
        NotedAnchor(ChainAnchor(9, HASH_A), "log"),
        NotedAnchor(ChainAnchor(12, HASH_B), "--anchor"),
    ]
    noted.append(NotedAnchor(ChainAnchor(5, HASH_A[:8]), "a PDF footer"))  # holds: same digits
    noted.append(NotedAnchor(ChainAnchor(9, HASH_B[:8]), "a PDF footer"))  # holds too
    problems = check_anchors(noted, {5: HASH_A, 9: HASH_B})
    found = [(p.kind, p.noted.anchor.entry_id) for p in problems]
    assert found == [(REWRITTEN, 9), (TRUNCATED, 12)]
    assert problems[1].describe() == (
        "the trail was truncated: entry #12 recorded is gone (noted in --anchor)"
    )


def test_anchors_lost_with_a_restore_are_information_and_later_ones_still_count(
    sqlite_url: str, calcitrack_home: Path
) -> None:
    """A restore takes the trail back to the backup's: the anchors noted after the backup are
    gone for a reason the trail states (its ``restore`` entry)."""
    clinic = open_signed_in(sqlite_url)
    try:
        ChartService(clinic.context()).add_charts([sample_chart("B-1")])
        with clinic.uow.read() as session:
            backup_head = audit_repository.chain_head(session)
        ChartService(clinic.context()).add_charts([sample_chart("B-2")])  # after the backup
        with clinic.engine.begin() as conn:  # the trail as the backup's (the anchors only
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))  # look at the trail)
            conn.execute(text("DELETE FROM audit_log WHERE id > :id"), {"id": backup_head.entry_id})
        before = AuditService(clinic.context()).check_anchors()
        assert not before.ok  # no restore recorded: this is a truncation
        with clinic.uow.begin(clinic.context().actor_id) as session:
            audit.record_event(session, AuditAction.RESTORE, details={"from": "backup"})
        report = AuditService(clinic.context()).check_anchors()
    finally:
        clinic.close()
    assert report.ok
    assert {p.kind for p in report.problems} == {RESTORED}
    assert "is not in the trail as restored from a backup on" in report.problems[0].describe()
