"""A photograph's bytes are left out of the audit trail; its audited SHA-256 binds them: the
replay (``audit verify``) names an image changed behind the application's back, on SQLite and
PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit_replay import EDITED
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.photograph_service import PhotographService
from calcitrack.store.audit_trail import audit_replay
from tests.support.photos import photo_file
from tests.support.sample_chart import sample_chart


def test_an_image_changed_with_raw_sql_is_named(clinic: Clinic) -> None:
    ctx = clinic.context()
    ChartService(ctx).add_charts([sample_chart("RP-1")])
    visit_id = PatientService(ctx).chart("RP-1").visits[0].id
    assert visit_id is not None
    saved = PhotographService(ctx).attach("RP-1", visit_id, "R index finger", photo_file())
    with clinic.engine.connect() as conn:
        assert audit_replay.replay(conn).ok

    other = PhotographService(ctx).image("RP-1", saved.id or 0)[:-200] + b"\xff\xd9"
    with clinic.engine.begin() as conn:
        conn.execute(
            text("UPDATE lesion_photographs SET image = :image WHERE id = :id"),
            {"image": other, "id": saved.id},
        )
    with clinic.engine.connect() as conn:
        report = audit_replay.replay(conn)
    (difference,) = report.differences
    assert (difference.kind, difference.table, difference.record_id, difference.field) == (
        EDITED, "lesion_photographs", str(saved.id), "image"
    )
    assert f"SHA-256 {saved.sha256[:16]}" in difference.describe()
