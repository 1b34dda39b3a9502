"""Revision 0012 (imaging and procedures entered in the window; lesion photographs) meets a
clinic's database at 0011 on a real SQLite file and a real PostgreSQL server: each study's and
procedure's single lesion becomes its one linked lesion, the hash of a visit signed before the
upgrade still matches, the new checks hold (verdict, scintigraphy, photograph media type), and a
downgrade puts the first linked lesion back into ``lesion_id``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import IntegrityError

from calcitrack.domain.audit_trail.audit import canonical_json, canonical_value
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, upgrade
from calcitrack.store.signed_content_repository import visit_contents
from tests.support.old_rows import STAMPS, advance_sequences, insert_user_patient_visit

STUDY = (
    "INSERT INTO imaging_studies (id, patient_id, lesion_id, study_date, modality, body_site, "
    "laterality, findings, created_at, updated_at, version, created_by_id, updated_by_id) "
    "VALUES (:id, 1, :lesion, :day, 'xray', 'hip', 'bilateral', 'AP pelvis', :t, :t, 1, :u, :u)"
)
PROCEDURE = (
    "INSERT INTO procedures (id, patient_id, lesion_id, procedure_date, procedure_type, "
    "body_site, laterality, outcome, notes, created_at, updated_at, version, created_by_id, "
    "updated_by_id) VALUES (1, 1, 1, :day, 'excision', 'elbow', 'left', 'complete', '', :t, :t, "
    "1, :u, :u)"
)
LESION = (
    "INSERT INTO lesions (id, patient_id, label, body_site, laterality, first_seen_on, status, "
    "notes, created_at, updated_at, version, created_by_id, updated_by_id) VALUES (1, 1, "
    "'L elbow', 'elbow', 'left', :day, 'active', '', :t, :t, 1, :u, :u)"
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A clinic at 0011: a patient and her visit, a lesion, a study of it, a study of no lesion
    and a procedure on it, all on the visit's day."""
    engine = make_engine(db_url)
    upgrade(engine, "0011")
    with engine.begin() as conn:
        insert_user_patient_visit(conn, username="nurse", role="nurse")
        day = conn.execute(text("SELECT visit_date FROM visits WHERE id = 1")).scalar_one()
        conn.execute(text(LESION), {"day": day, **STAMPS})
        conn.execute(text(STUDY), {"id": 1, "lesion": 1, "day": day, **STAMPS})
        conn.execute(text(STUDY), {"id": 2, "lesion": None, "day": day, **STAMPS})
        conn.execute(text(PROCEDURE), {"day": day, **STAMPS})
        advance_sequences(conn)
    yield engine
    engine.dispose()


def _links(engine: Engine) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    with engine.connect() as conn:
        shown = conn.execute(
            text("SELECT imaging_study_id, lesion_id FROM imaging_study_lesions ORDER BY 1")
        ).all()
        treated = conn.execute(
            text("SELECT procedure_id, lesion_id FROM procedure_lesions ORDER BY 1")
        ).all()
    return [(r[0], r[1]) for r in shown], [(r[0], r[1]) for r in treated]


def test_0012_links_each_single_lesion_and_keeps_the_signed_content(engine: Engine) -> None:
    with engine.connect() as conn:
        before = _content_at_0011(conn)
    upgrade(engine, "0012")
    with engine.connect() as conn:
        assert current_revision(conn) == "0012"
        after = visit_contents(conn, [1])[1]
    assert canonical_value({key: after[key] for key in before}) == canonical_value(before)
    assert "photographs" not in after
    assert _links(engine) == ([(1, 1)], [(1, 1)])


def _content_at_0011(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """The imaging and procedures of visit 1's content as 0011's code read them: each row's
    columns but the bookkeeping, NULLs left out, ``lesion_id`` among them."""
    leave_out = {"id", "patient_id", "created_at", "updated_at", "version", "created_by_id",
                 "updated_by_id"}
    found = {}
    for key, table in (("imaging", "imaging_studies"), ("procedures", "procedures")):
        rows = conn.execute(text(f"SELECT * FROM {table}")).mappings().all()
        items = [
            canonical_value({k: v for k, v in r.items() if k not in leave_out and v is not None})
            for r in rows
        ]
        found[key] = sorted(items, key=canonical_json)
    return found


def test_0012_checks_the_new_columns(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE imaging_studies SET modality = 'scintigraphy', "
                          "verdict = 'more', reader = 'Dr Reader' WHERE id = 1"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE imaging_studies SET verdict = 'worse' WHERE id = 1"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("INSERT INTO imaging_study_lesions (patient_id, imaging_study_id, "
                          "lesion_id, created_at, updated_at, version, created_by_id, "
                          "updated_by_id) VALUES (1, 1, 1, :t, :t, 1, :u, :u)"), STAMPS)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            text("INSERT INTO lesion_photographs (patient_id, lesion_id, visit_id, media_type, "
                 "width_px, height_px, sha256, image, thumbnail, created_at, updated_at, version, "
                 "created_by_id, updated_by_id) VALUES (1, 1, 1, 'image/heic', 10, 10, 'x', "
                 ":b, :b, :t, :t, 1, :u, :u)"),
            {"b": b"x", **STAMPS},
        )


def test_0012_downgrades_to_0011_and_upgrades_again(engine: Engine) -> None:
    upgrade(engine)
    downgrade(engine, "0011")
    with engine.connect() as conn:
        assert current_revision(conn) == "0011"
        rows = conn.execute(text("SELECT id, lesion_id FROM imaging_studies ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, 1), (2, None)]
        assert conn.execute(text("SELECT lesion_id FROM procedures")).scalar_one() == 1
    upgrade(engine)
    assert _links(engine) == ([(1, 1)], [(1, 1)])
