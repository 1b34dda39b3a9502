"""Restore round trips on both engines: a backup restored into an empty database holds exactly
what was backed up; over data only when confirmed, after a backup of that data; each restore
checked against the manifest and recorded in the restored trail."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from calcitrack.bootstrap import Clinic
from calcitrack.services.backups.backup_service import BackupService
from calcitrack.services.backups.restore_service import (
    plan_restore,
    restore_from_window,
    run_restore,
)
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.store.backups.restore import RestoreError
from tests.support.postgres_server import PostgresServer
from tests.support.sample_chart import sample_chart

CONTENT = (
    "SELECT id, mrn, family_name, date_of_birth FROM patients ORDER BY id",
    "SELECT id, patient_id, visit_date, pain_nrs, weight_kg FROM visits ORDER BY id",
    "SELECT id, visit_id, lesion_id, depth_mm FROM lesion_measurements ORDER BY id",
    "SELECT id, hash FROM audit_log ORDER BY id",
)


@pytest.fixture
def empty_target(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second, empty database of the same kind as the clinic's."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'target' / 'restored.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"r_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name)
    try:
        yield url
    finally:
        server.drop_database(name)


def _content(url: str) -> list[list[tuple[object, ...]]]:
    engine: Engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [[tuple(row) for row in conn.execute(text(sql))] for sql in CONTENT]
    finally:
        engine.dispose()


def _newest_entry(url: str) -> tuple[str, int | None, dict[str, object]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text(
                "SELECT action, actor_id, changes_json FROM audit_log ORDER BY id DESC LIMIT 1"
            )).one()
    finally:
        engine.dispose()
    return row.action, row.actor_id, json.loads(row.changes_json)


def _backup(clinic: Clinic, folder: Path) -> Path:
    suffix = "sqlite3" if clinic.engine.dialect.name == "sqlite" else "dump"
    return BackupService(clinic.context()).back_up(folder / f"clinic.{suffix}").path


def test_round_trip_into_an_empty_database(
    clinic: Clinic, empty_target: str, tmp_path: Path
) -> None:
    ChartService(clinic.context()).add_charts([sample_chart("RT-1"), sample_chart("RT-2")])
    backed_up = _content(clinic.url)
    backup = _backup(clinic, tmp_path / "copies")
    ChartService(clinic.context()).add_charts([sample_chart("LATER-1")])  # not in the backup

    plan = plan_restore(backup, empty_target)
    assert not plan.target_holds_data
    result = run_restore(plan, confirmed=False)
    assert result.before_restore is None
    restored = _content(empty_target)
    assert restored[:3] == backed_up[:3]
    assert restored[3][:-1] == backed_up[3]  # the trail as backed up, then the restore entry
    action, actor, details = _newest_entry(empty_target)
    assert (action, actor) == ("restore", None)
    assert details["ok"] is True and details["counts"] == dict(plan.manifest.counts)


def test_over_data_only_confirmed_after_a_backup_of_it(
    clinic: Clinic, tmp_path: Path
) -> None:
    ChartService(clinic.context()).add_charts([sample_chart("RT-1")])
    backed_up = _content(clinic.url)
    backup = _backup(clinic, tmp_path / "copies")
    ChartService(clinic.context()).add_charts([sample_chart("LATER-1")])
    later = _content(clinic.url)

    plan = plan_restore(backup, clinic.url)
    assert plan.target_holds_data
    with pytest.raises(RestoreError, match="holds data"):
        run_restore(plan, confirmed=False)
    assert _content(clinic.url) == later

    result = restore_from_window(clinic.context(), plan)  # an admin, who confirmed
    assert _content(clinic.url)[:3] == backed_up[:3]
    assert _content(clinic.url)[3][:-1] == backed_up[3]  # + the restore entry
    assert result.before_restore is not None
    assert result.before_restore.manifest.counts["patients"] == 2
    action, actor, details = _newest_entry(clinic.url)
    assert action == "restore" and actor == clinic.user.id  # type: ignore[union-attr]
    assert details["before_restore_backup"] == str(result.before_restore.path)
    # the pre-restore backup restores what was replaced
    if clinic.engine.dialect.name == "sqlite":
        other = f"sqlite:///{tmp_path / 'again.sqlite3'}"
        run_restore(plan_restore(result.before_restore.path, other), confirmed=False)
        assert _content(other)[:3] == later[:3]
