"""Lesion photographs are in the database, so a backup holds them: restored into an empty
database (SQLite and PostgreSQL), each image and thumbnail comes back byte for byte."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from calcitrack.bootstrap import Clinic
from calcitrack.services.backups.backup_service import BackupService
from calcitrack.services.backups.restore_service import plan_restore, run_restore
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.photograph_service import PhotographService
from tests.support.photos import phone_exif, photo_file
from tests.support.postgres_server import PostgresServer
from tests.support.sample_chart import sample_chart

PHOTOS = (
    "SELECT id, lesion_id, visit_id, sha256, image, thumbnail FROM lesion_photographs ORDER BY id"
)


@pytest.fixture
def empty_target(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
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


def _photographs(url: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [
                (r.id, r.lesion_id, r.visit_id, r.sha256, bytes(r.image), bytes(r.thumbnail))
                for r in conn.execute(text(PHOTOS))
            ]
    finally:
        engine.dispose()


def test_a_backup_restores_the_photographs_byte_for_byte(
    clinic: Clinic, empty_target: str, tmp_path: Path
) -> None:
    ctx = clinic.context()
    ChartService(ctx).add_charts([sample_chart("BK-1")])
    chart = PatientService(ctx).chart("BK-1")
    service = PhotographService(ctx)
    for visit, data in zip(
        chart.visits,
        (photo_file(900, 700, "JPEG", phone_exif()), photo_file(300, 200, "PNG")),
        strict=True,
    ):
        assert visit.id is not None
        service.attach("BK-1", visit.id, "R index finger", data)
    backed_up = _photographs(clinic.url)
    assert len(backed_up) == 2
    suffix = "sqlite3" if clinic.engine.dialect.name == "sqlite" else "dump"
    backup = BackupService(ctx).back_up(tmp_path / "copies" / f"clinic.{suffix}").path

    run_restore(plan_restore(backup, empty_target), confirmed=False)

    restored = _photographs(empty_target)
    assert restored == backed_up
    for row in restored:
        assert hashlib.sha256(row[4]).hexdigest() == row[3]  # type: ignore[arg-type]
