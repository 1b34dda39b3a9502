"""Revision 0013 (the patient list in the database) meets a clinic at 0012 on a real SQLite file
and a real PostgreSQL server: every existing patient gets the search, name and MRN keys that
CalciTrack writes, the search index finds her ("cadorio" finds "Cadório"), stored flags get their
list order, the index follows later writes, and a downgrade drops it all again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from calcitrack.domain.patient_list import ListColumn, PatientListQuery, StatusFilter
from calcitrack.store import flag_repository, mapping, patient_list_repository
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, head_revision, upgrade
from calcitrack.store.records.patient_search import TRIGRAM_INDEX
from tests.support.old_rows import STAMPS, insert_user_patient_visit

TODAY = date(2026, 11, 20)
FLAGS = (
    '[{"code": "a", "kind": "safety", "severity": "warning", "title": "t", "reason": "r", '
    '"triggers": [], "source": "s"}, {"code": "b", "kind": "safety", "severity": "review", '
    '"title": "t", "reason": "r", "triggers": [], "source": "s"}]'
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A clinic at 0012: Cadório Ana (OLD-1) with a visit and two stored flags."""
    engine = make_engine(db_url)
    upgrade(engine, "0012")
    with engine.begin() as conn:
        insert_user_patient_visit(conn, username="nurse", role="nurse")
        conn.execute(
            text(
                "INSERT INTO patient_flags (patient_id, flags_json, response_category, "
                "assessed_on, settings_version, rules_version, computed_at) "
                "VALUES (1, :flags, NULL, :day, 0, 1, :t)"
            ),
            {"flags": FLAGS, "day": TODAY, **STAMPS},
        )
    yield engine
    engine.dispose()


def _mrns(engine: Engine, search: str, sort: ListColumn = ListColumn.NAME) -> list[str]:
    with Session(engine) as session:
        query = PatientListQuery(search=search, sort=sort, status=StatusFilter.ALL)
        page = patient_list_repository.list_page(session, query, offset=0, limit=50, today=TODAY)
    return [s.patient.mrn for s in page.rows]


def test_existing_patients_get_their_keys_and_are_found(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        keys = conn.execute(text("SELECT search_key, name_key, mrn_key FROM patients")).one()
        rank = conn.execute(text("SELECT flag_rank FROM patient_flags")).scalar_one()
    assert dict(zip(("search_key", "name_key", "mrn_key"), keys, strict=True)) == (
        mapping.patient_list_keys("OLD-1", "Cadório", "Ana")
    )
    assert rank == flag_repository.flag_rank(flag_repository.flags_from_json(FLAGS)) == -22
    for search in ("cadorio", "Cadório", "ana cad", "old-1", "ca", "c"):
        assert _mrns(engine, search) == ["OLD-1"], search
    assert _mrns(engine, "cadorix") == []
    assert _mrns(engine, "", ListColumn.FLAGS) == ["OLD-1"]
    if engine.dialect.name == "postgresql":  # pg_trgm is trusted: the database's owner may
        with engine.connect() as conn:  # create it (PostgreSQL 13+)
            index = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = :name"),
                {"name": TRIGRAM_INDEX},
            ).scalar_one()
        assert "gin_trgm_ops" in index


def test_the_index_follows_writes_after_the_upgrade(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as conn:
        values = mapping.patient_list_keys("OLD-1", "Sørensen", "Åse")
        conn.execute(
            text(
                "UPDATE patients SET family_name = 'Sørensen', given_name = 'Åse', "
                "search_key = :search_key, name_key = :name_key, mrn_key = :mrn_key"
            ),
            values,
        )
    assert _mrns(engine, "cadorio") == []
    assert _mrns(engine, "sorensen") == ["OLD-1"]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM visits"))
        conn.execute(text("DELETE FROM patients"))
    assert _mrns(engine, "sorensen") == []


def test_a_downgrade_drops_the_keys_and_the_index(engine: Engine) -> None:
    upgrade(engine)
    downgrade(engine, "0012")
    with engine.connect() as conn:
        assert current_revision(conn) == "0012"
        columns = conn.execute(text("SELECT * FROM patients")).keys()
        assert "search_key" not in columns
        if engine.dialect.name == "sqlite":
            names = conn.execute(text("SELECT name FROM sqlite_master")).scalars().all()
            assert not [n for n in names if "patient_search" in n]
    upgrade(engine)
    assert _mrns(engine, "cadorio") == ["OLD-1"]
