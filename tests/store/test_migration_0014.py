"""Revision 0014 (the list's figures on patients) meets a clinic at 0013 on a real SQLite file
and a real PostgreSQL server: existing patients get their figures from their visits and lesions,
the triggers keep them after later writes, the indexes exist, and a downgrade drops it all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, inspect, text

from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, head_revision, upgrade
from calcitrack.store.records.patient_list_figures import is_figure_index
from tests.store.test_patient_list_figures import assert_exact
from tests.support.old_rows import STAMPS, insert_user_patient_visit


def _lesion(label: str, status: str) -> dict[str, object]:
    return {"label": label, "status": status, **STAMPS}


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A clinic at 0013: Cadório Ana (OLD-1) with a visit, one active and one resolved lesion,
    and a second patient with nothing recorded."""
    engine = make_engine(db_url)
    upgrade(engine, "0013")
    with engine.begin() as conn:
        insert_user_patient_visit(conn, username="nurse", role="nurse")
        for label, status in (("L hand", "active"), ("R hand", "resolved")):
            conn.execute(
                text(
                    "INSERT INTO lesions (patient_id, label, body_site, laterality, "
                    "first_seen_on, status, notes, created_at, updated_at, version, "
                    "created_by_id, updated_by_id) VALUES (1, :label, 'hand', 'left', "
                    ":day, :status, '', :t, :t, 1, :u, :u)"
                ),
                {**_lesion(label, status), "day": date(2025, 2, 3)},
            )
        conn.execute(
            text(
                "INSERT INTO patients (id, mrn, family_name, given_name, sex, date_of_birth, "
                "underlying_disease, calcinosis_type, archived, created_at, updated_at, "
                "version, created_by_id, updated_by_id) VALUES (2, 'OLD-2', 'Bern', 'Eva', "
                "'female', :dob, 'ssc', 'dystrophic', :no, :t, :t, 1, :u, :u)"
            ),
            {"dob": date(1970, 1, 1), "no": False, **STAMPS},
        )
    yield engine
    engine.dispose()


def _figures(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT mrn, last_visit_on, next_due_on, visit_count, active_lesions "
                "FROM patients ORDER BY id"
            )
        ).all()
    return [tuple(str(v) if isinstance(v, date) else v for v in row) for row in rows]


def test_existing_patients_get_their_figures(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        indexes = {i["name"] for i in inspect(conn).get_indexes("patients")}
    assert _figures(engine) == [
        ("OLD-1", "2025-02-03", "2025-05-05", 1, 1),
        ("OLD-2", None, None, 0, 0),
    ]
    assert len([name for name in indexes if name and is_figure_index(name)]) == 8
    with engine.begin() as conn:  # the triggers follow later writes
        conn.execute(text("UPDATE lesions SET status = 'active'"))
        conn.execute(text("UPDATE visits SET patient_id = 2"))
    assert _figures(engine) == [
        ("OLD-1", None, None, 0, 2),
        ("OLD-2", "2025-02-03", "2025-05-05", 1, 0),
    ]
    assert_exact(engine)


def test_a_downgrade_drops_the_figures_and_their_triggers(engine: Engine) -> None:
    upgrade(engine)
    downgrade(engine, "0013")
    with engine.connect() as conn:
        assert current_revision(conn) == "0013"
        columns = {c["name"] for c in inspect(conn).get_columns("patients")}
        indexes = {i["name"] for i in inspect(conn).get_indexes("patients")}
    assert not columns & {"last_visit_on", "next_due_on", "visit_count", "active_lesions"}
    assert not [name for name in indexes if name and is_figure_index(name)]
    with engine.begin() as conn:  # no trigger is left to write to the dropped columns
        conn.execute(text("UPDATE lesions SET status = 'active'"))
        conn.execute(text("DELETE FROM visits"))
    upgrade(engine)
    assert _figures(engine) == [("OLD-1", None, None, 0, 2), ("OLD-2", None, None, 0, 0)]
