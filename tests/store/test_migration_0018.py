"""Revision 0018 (``users.language``: each account's language preference) meets a clinic at 0017
on a real SQLite file and a real PostgreSQL server: the existing account follows the system's
languages, keeps its name and roles, and the CHECK refuses a language that is not one. A
downgrade drops the column and keeps the account; a second upgrade works."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from calcitrack.store import user_repository
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import current_revision, downgrade, upgrade
from tests.support.old_rows import insert_user_patient_visit


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A clinic at 0017 with one nurse (user 1, "nurse") and her patient."""
    engine = make_engine(db_url)
    upgrade(engine, "0017")
    with engine.begin() as conn:
        insert_user_patient_visit(conn, username="nurse", role="nurse")
    yield engine
    engine.dispose()


def _columns(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("users")}


def test_an_existing_account_follows_the_system(engine: Engine) -> None:
    assert "language" not in _columns(engine)
    upgrade(engine, "0018")
    with engine.connect() as conn:
        assert current_revision(conn) == "0018"
    with Session(engine) as session:
        account = user_repository.find_account(session, "nurse")
        assert user_repository.language_of(session, "nurse") == "system"
    assert account is not None
    assert (account.user.display_name, account.language) == ("Nurse", "system")
    assert {r.value for r in account.user.roles} == {"nurse"}


@pytest.mark.parametrize("language", ["pt_PT", "ar", "en", "system"])
def test_a_preference_is_stored(engine: Engine, language: str) -> None:
    upgrade(engine, "0018")
    with Session(engine) as session, session.begin():
        user_repository.set_language(session, "nurse", language)
    with Session(engine) as session:
        assert user_repository.language_of(session, "nurse") == language


@pytest.mark.parametrize("language", ["pt", "fr", "", "SYSTEM"])
def test_the_check_refuses_a_language_that_is_not_one(engine: Engine, language: str) -> None:
    upgrade(engine, "0018")
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE users SET language = :l"), {"l": language})


def test_a_downgrade_drops_the_column_and_keeps_the_account(engine: Engine) -> None:
    upgrade(engine, "0018")
    with engine.begin() as conn:
        conn.execute(text("UPDATE users SET language = 'ar'"))
    downgrade(engine, "0017")
    with engine.connect() as conn:
        assert current_revision(conn) == "0017"
        assert conn.execute(text("SELECT username, display_name FROM users")).one() == (
            "nurse", "Nurse"
        )
        assert conn.execute(text("SELECT role FROM user_roles")).scalar() == "nurse"
    assert "language" not in _columns(engine)
    upgrade(engine, "0018")
    with Session(engine) as session:
        assert user_repository.language_of(session, "nurse") == "system"
