"""``calcitrack audit verify`` replays the trail against the rows: the demo clinic as built is
what its trail says, and rows changed with raw SQL (not through CalciTrack) are each named, on a
SQLite file and on the PostgreSQL server (real processes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from calcitrack.store.engine import database_url
from tests.cli.test_cli import calcitrack
from tests.support.accounts import open_signed_in


@pytest.fixture
def demo_url(db_url: str, calcitrack_home: Path) -> str:
    """The demo clinic, built by ``calcitrack demo``, with the test account added."""
    done = calcitrack("demo", "--db", db_url, home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    open_signed_in(db_url).close()
    return db_url


def _raw(url: str, *statements: tuple[str, dict[str, object]]) -> None:
    """Run SQL straight on the database, as someone with the file or a SQL client would."""
    engine = create_engine(database_url(url))
    try:
        with engine.begin() as conn:
            for sql, params in statements:
                conn.execute(text(sql), params)
    finally:
        engine.dispose()


def _scalar(url: str, sql: str) -> int:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def test_the_untouched_demo_clinic_replays_without_a_difference(
    demo_url: str, calcitrack_home: Path
) -> None:
    done = calcitrack("audit", "verify", "--db", demo_url, home=calcitrack_home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "replayed" in done.stdout
    assert "every audited row holds what the trail says" in done.stdout
    assert "behind the application's back" not in done.stdout


def test_rows_changed_behind_the_applications_back_are_each_named(
    demo_url: str, calcitrack_home: Path
) -> None:
    lab_id = _scalar(demo_url, "SELECT min(id) FROM lab_results")
    new_id = _scalar(demo_url, "SELECT max(id) + 100 FROM lesion_measurements")
    free = (  # a lesion of the patient that has no measurement at one of its visits
        "SELECT v.id, l.id FROM visits v JOIN lesions l ON l.patient_id = v.patient_id "
        "WHERE NOT EXISTS (SELECT 1 FROM lesion_measurements m "
        "WHERE m.visit_id = v.id AND m.lesion_id = l.id) ORDER BY v.id, l.id"
    )
    engine = create_engine(database_url(demo_url))
    with engine.connect() as conn:
        visit_id, lesion_id = conn.execute(text(free)).first()  # type: ignore[misc]
    engine.dispose()
    _raw(
        demo_url,
        ("UPDATE visits SET pain_nrs = 9, weight_kg = 99 WHERE id = 1", {}),
        (
            "INSERT INTO lesion_measurements (id, visit_id, lesion_id, longest_mm, width_mm, "
            "depth_mm, method, ulcerated, extrusion, infected, tender, inflamed, created_at, "
            "updated_at, version, created_by_id, updated_by_id) "
            "SELECT :id, :visit, :lesion, longest_mm, width_mm, depth_mm, method, ulcerated, "
            "extrusion, infected, tender, inflamed, created_at, updated_at, version, "
            "created_by_id, updated_by_id FROM lesion_measurements WHERE id = 1",
            {"id": new_id, "visit": visit_id, "lesion": lesion_id},
        ),
        ("DELETE FROM lab_results WHERE id = :id", {"id": lab_id}),
    )
    done = calcitrack("audit", "verify", "--db", demo_url, home=calcitrack_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    out = done.stdout
    assert "audit trail intact" in out  # the chain itself was not touched
    assert "visits #1, field pain_nrs: edited behind the application's back" in out
    assert "visits #1, field weight_kg: edited behind the application's back" in out
    assert f"lesion_measurements #{new_id}: inserted behind the application's back" in out
    assert f"lab_results #{lab_id}: deleted behind the application's back" in out
    assert "4 differences between the trail and the data" in out
    check = calcitrack("db", "check", "--db", demo_url, home=calcitrack_home)
    assert check.returncode != 0, check.stdout + check.stderr
    assert "visits #1, field pain_nrs: edited behind the application's back" in check.stdout
    assert f"lab_results #{lab_id}: deleted behind the application's back" in check.stdout
