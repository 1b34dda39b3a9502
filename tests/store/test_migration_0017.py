"""Revision 0017 (the counts of one- and two-character pieces of the search keys) meets a clinic
at 0016 on a real SQLite file: the counts are filled from the keys already there, the triggers
keep them after the upgrade, the patients are untouched, and a downgrade drops the table and its
triggers. On a real PostgreSQL server it changes nothing but the revision."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, inspect, text

from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, upgrade
from tests.support.old_rows import insert_user_patient_visit

TABLE = "patient_search_grams"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    upgrade(engine, "0012")
    with engine.begin() as conn:
        insert_user_patient_visit(conn, username="nurse", role="nurse")
    upgrade(engine, "0016")  # 0013 gives the patient her search key
    with engine.begin() as conn:  # a second patient, archived, as CalciTrack 0016 wrote one
        conn.execute(
            text(
                "INSERT INTO patients (id, mrn, family_name, given_name, sex, date_of_birth, "
                "underlying_disease, calcinosis_type, archived, created_at, updated_at, "
                "version, created_by_id, updated_by_id, search_key, name_key, mrn_key) "
                "VALUES (2, 'OLD-2', 'Naka', 'Rui', 'male', '1970-01-02', 'ra', 'dystrophic', "
                ":yes, :t, :t, 1, 1, 1, :key, :name, 'old-2')"
            ),
            {"yes": True, "t": "2025-02-03 10:00:00", "key": "old 2\x1fnaka rui\x1frui naka"
             "\x1fnaka, rui", "name": "naka\x1frui"},
        )
    yield engine
    engine.dispose()


def _stored(engine: Engine) -> Counter[tuple[str, bool]]:
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT gram, archived, patients FROM {TABLE}"))
        return Counter({(g, bool(a)): n for g, a, n in rows if n})


def _counted(engine: Engine) -> Counter[tuple[str, bool]]:
    counts: Counter[tuple[str, bool]] = Counter()
    with engine.connect() as conn:
        for key, archived in conn.execute(text("SELECT search_key, archived FROM patients")):
            pieces = {key[i : i + w] for w in (1, 2) for i in range(len(key) - w + 1)}
            counts.update((piece, bool(archived)) for piece in pieces)
    return counts


def _patients(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM patients ORDER BY id"))]


def test_the_counts_are_filled_kept_and_dropped(engine: Engine) -> None:
    before = _patients(engine)
    upgrade(engine, "0017")
    with engine.connect() as conn:
        assert current_revision(conn) == "0017"
    assert _patients(engine) == before
    if engine.dialect.name == "postgresql":  # no counts kept there
        with engine.connect() as conn:
            assert TABLE not in inspect(conn).get_table_names()
        downgrade(engine, "0016")
        return
    counted = _counted(engine)
    assert counted[("a", False)] == 1 and counted[("na", True)] == 1  # Cadório Ana; Naka Rui
    assert _stored(engine) == counted
    with engine.begin() as conn:  # the triggers: a rename, archiving, a deletion
        conn.execute(text("UPDATE patients SET search_key = 'old 1\x1fzz' WHERE id = 1"))
        conn.execute(text("UPDATE patients SET archived = :no WHERE id = 2"), {"no": False})
    assert _stored(engine) == _counted(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM patients WHERE id = 2"))
    assert _stored(engine) == _counted(engine) == Counter(
        {(g, False): 1 for g in ("o", "l", "d", " ", "1", "\x1f", "z", "ol", "ld", "d ", " 1",
                                 "1\x1f", "\x1fz", "zz")}
    )
    downgrade(engine, "0016")
    with engine.connect() as conn:
        assert TABLE not in inspect(conn).get_table_names()
        conn.execute(text("UPDATE patients SET search_key = 'x' WHERE id = 1"))  # no trigger left
        conn.rollback()
    upgrade(engine, "0017")
    assert _stored(engine) == _counted(engine)
