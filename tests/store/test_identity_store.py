"""The clinic's name and logo row, on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import IntegrityError

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic.clinic_identity import DEFAULT_NAME, ClinicIdentity
from calcitrack.store import identity_repository
from calcitrack.store.identity_repository import ConcurrentSaveError, StaleIdentityError
from calcitrack.store.records import ClinicIdentityRecord
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.accounts import open_signed_in
from tests.support.images import tiny_png

NOW = datetime(2026, 11, 21, 8, 15, tzinfo=timezone.utc)
LOGO = tiny_png()


@pytest.fixture
def uow(clinic: Clinic) -> UnitOfWork:
    return UnitOfWork(clinic.engine, clock=lambda: NOW)


@pytest.fixture
def actor(clinic: Clinic) -> int:
    assert clinic.user.id is not None
    return clinic.user.id


def _write(
    uow: UnitOfWork, actor: int | None, name: str, logo: bytes | None, based_on: int
) -> ClinicIdentity:
    with uow.begin(actor) as session:
        return identity_repository.write(session, name, logo, based_on_version=based_on)


def test_an_unnamed_clinic_has_the_default_name_no_logo_at_version_0(uow: UnitOfWork) -> None:
    with uow.read() as session:
        assert identity_repository.load(session) == ClinicIdentity(DEFAULT_NAME, None, 0)


def test_the_name_and_logo_come_back_as_written_and_each_save_is_a_version(
    uow: UnitOfWork, actor: int
) -> None:
    first = _write(uow, actor, "Rheumatology — Hospital São João", LOGO, 0)
    assert first == ClinicIdentity("Rheumatology — Hospital São João", LOGO, 1)
    with uow.read() as session:
        loaded = identity_repository.load(session)
    assert loaded == first and isinstance(loaded.logo, bytes)
    # Removing the logo, and saving the same again, are versions too (who saved last, when).
    assert _write(uow, actor, "Rheumatology", None, 1) == ClinicIdentity("Rheumatology", None, 2)
    assert _write(uow, actor, "Rheumatology", None, 2).version == 3
    with uow.read() as session:
        assert identity_repository.load(session) == ClinicIdentity("Rheumatology", None, 3)
        record = session.scalar(select(ClinicIdentityRecord))
    assert record is not None
    assert (record.created_by_id, record.updated_by_id, record.updated_at) == (actor, actor, NOW)


def test_a_logo_of_a_megabyte_is_stored_whole(uow: UnitOfWork, actor: int) -> None:
    big = LOGO + bytes(range(256)) * 3900  # about 1 MB; the store does not judge images
    _write(uow, actor, "Clinic", big, 0)
    with uow.read() as session:
        assert identity_repository.load(session).logo == big


def test_a_write_based_on_another_version_is_refused_and_changes_nothing(
    uow: UnitOfWork, actor: int
) -> None:
    _write(uow, actor, "First", None, 0)
    with pytest.raises(StaleIdentityError) as refused:
        _write(uow, actor, "Second", LOGO, 0)
    assert (refused.value.based_on_version, refused.value.stored_version) == (0, 1)
    assert isinstance(refused.value, ConcurrentSaveError)
    with pytest.raises(StaleIdentityError):
        _write(uow, actor, "Second", LOGO, 5)
    with uow.read() as session:
        assert identity_repository.load(session) == ClinicIdentity("First", None, 1)


def test_the_first_write_of_a_clinic_must_start_from_version_0(
    uow: UnitOfWork, actor: int
) -> None:
    with pytest.raises(StaleIdentityError):
        _write(uow, actor, "Clinic", None, 1)
    with uow.read() as session:
        assert session.scalar(select(ClinicIdentityRecord)) is None


def test_writing_needs_a_signed_in_user(uow: UnitOfWork) -> None:
    with pytest.raises(PermissionError):
        _write(uow, None, "Clinic", None, 0)


@pytest.mark.parametrize(
    ("row_id", "name"), [(2, "Second clinic"), (1, "   "), (1, "")], ids=["row-2", "blank", "empty"]
)
def test_the_table_holds_one_row_with_a_name(
    clinic: Clinic, actor: int, row_id: int, name: str
) -> None:
    with pytest.raises(IntegrityError), clinic.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO clinic_identity (id, name, logo, created_at, updated_at, version, "
                "created_by_id, updated_by_id) VALUES (:id, :name, NULL, :t, :t, 1, :u, :u)"
            ),
            {"id": row_id, "name": name, "t": NOW, "u": actor},
        )


# ------------------------------------------------------------------ two workstations at once


@pytest.fixture
def server_clinic(postgres_url: str) -> Iterator[Clinic]:
    clinic = open_signed_in(postgres_url)
    yield clinic
    clinic.close()


def _another_save_holding_the_lock(clinic: Clinic, first: bool) -> Connection:
    """Another workstation's save, not yet committed: the row inserted (the first save ever) or
    locked and bumped (a later one)."""
    conn = clinic.engine.connect()
    conn.begin()
    if first:
        conn.execute(
            text(
                "INSERT INTO clinic_identity (id, name, created_at, updated_at, version, "
                "created_by_id, updated_by_id) VALUES (1, 'Theirs', now(), now(), 1, :u, :u)"
            ),
            {"u": clinic.user.id},
        )
    else:
        conn.execute(text("SELECT version FROM clinic_identity FOR UPDATE"))
        conn.execute(text("UPDATE clinic_identity SET name = 'Theirs', version = version + 1"))
    return conn


@pytest.mark.postgres
@pytest.mark.parametrize("first", [True, False], ids=["first-save", "later-save"])
def test_a_second_save_waits_for_the_first_then_is_refused(
    server_clinic: Clinic, first: bool
) -> None:
    uow = server_clinic.uow
    actor = server_clinic.user.id
    assert actor is not None
    based_on = 0 if first else _write(uow, actor, "Ours", None, 0).version
    other = _another_save_holding_the_lock(server_clinic, first)
    outcome: list[object] = []

    def save() -> None:
        try:
            outcome.append(_write(uow, actor, "Mine", LOGO, based_on))
        except Exception as error:  # handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=save)
    thread.start()
    thread.join(timeout=1.0)
    assert thread.is_alive(), "the second save must wait for the first"
    other.commit()
    other.close()
    thread.join(timeout=10)
    [result] = outcome
    assert isinstance(result, ConcurrentSaveError), result
    with uow.read() as session:
        assert identity_repository.load(session) == ClinicIdentity("Theirs", None, based_on + 1)
