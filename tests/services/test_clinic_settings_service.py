"""Saving the clinic settings: all problems at once, stale edits refused, one version per save.

Runs on a real SQLite file and on a real PostgreSQL server (where two workstations can really save
at the same time).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, func, select, text

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.clinic_settings import (
    DEFINITIONS,
    RESPONSE_IMPROVED_PCT,
    SAFETY_HR_WARNING,
    SAFETY_SBP,
    SURGERY_ADEQUATE_MG_KG_DAY,
    SURGERY_ULCER_VISITS,
    ClinicSettings,
)
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.errors import ConflictError
from calcitrack.store.records import ClinicSettingRecord, ClinicSettingsRevisionRecord


@pytest.fixture
def service(clinic: Clinic) -> ClinicSettingsService:
    return ClinicSettingsService(clinic.context())


@pytest.fixture
def other_workstation(clinic: Clinic) -> Iterator[ClinicSettingsService]:
    """The same clinic opened a second time, as another workstation would."""
    other = open_clinic(clinic.url)
    yield ClinicSettingsService(other.context())
    other.close()


def _stored_rows(clinic: Clinic) -> int:
    with clinic.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(ClinicSettingRecord))


def test_a_new_clinic_uses_the_defaults_at_version_0(service: ClinicSettingsService) -> None:
    assert service.current() == ClinicSettings.defaults()
    assert service.current().version == 0


def test_a_save_is_what_every_workstation_reads_next(
    service: ClinicSettingsService, other_workstation: ClinicSettingsService
) -> None:
    saved = service.save({SAFETY_SBP: 95, SURGERY_ADEQUATE_MG_KG_DAY: 2.5}, based_on_version=0)
    assert saved.version == 1
    assert (saved[SAFETY_SBP], saved[SURGERY_ADEQUATE_MG_KG_DAY]) == (95, 2.5)
    changed = {SAFETY_SBP, SURGERY_ADEQUATE_MG_KG_DAY}
    assert all(saved[d.key] == d.default for d in DEFINITIONS if d.key not in changed)
    assert other_workstation.current() == saved
    again = other_workstation.save({RESPONSE_IMPROVED_PCT: -30}, based_on_version=1)
    assert again.version == 2
    assert (again[RESPONSE_IMPROVED_PCT], again[SAFETY_SBP]) == (-30, 95)  # the rest kept
    assert service.current() == again


def test_every_bad_value_is_reported_by_its_key_and_nothing_is_written(
    clinic: Clinic, service: ClinicSettingsService
) -> None:
    with pytest.raises(DomainValidationError) as refused:
        service.save(
            {
                SAFETY_SBP: 200,
                SURGERY_ULCER_VISITS: 2.5,
                RESPONSE_IMPROVED_PCT: float("nan"),
                "safety/unknown": 1,
                SAFETY_HR_WARNING: 45,  # fine, but the save is refused whole
            },
            based_on_version=0,
        )
    reasons = {p.field: p.reason for p in refused.value.problems}
    assert set(reasons) == {
        SAFETY_SBP,
        SURGERY_ULCER_VISITS,
        RESPONSE_IMPROVED_PCT,
        "safety/unknown",
    }
    assert "between 50 and 140 mmHg" in reasons[SAFETY_SBP]
    assert "whole number" in reasons[SURGERY_ULCER_VISITS]
    assert "not a clinic setting" in reasons["safety/unknown"]
    assert service.current().version == 0
    assert _stored_rows(clinic) == 0


def test_a_bad_value_is_refused_before_a_stale_version(service: ClinicSettingsService) -> None:
    """Validation comes first: the admin fixes the values, then learns of the conflict."""
    with pytest.raises(DomainValidationError):
        service.save({SAFETY_SBP: 10}, based_on_version=7)


def test_a_save_based_on_an_older_version_is_refused(
    clinic: Clinic, service: ClinicSettingsService, other_workstation: ClinicSettingsService
) -> None:
    opened = service.current()
    other_workstation.save({SAFETY_SBP: 100}, based_on_version=opened.version)
    with pytest.raises(ConflictError, match=r"someone else.*version 0 → 1"):
        service.save({SAFETY_SBP: 80}, based_on_version=opened.version)
    assert service.current()[SAFETY_SBP] == 100
    assert service.current().version == 1


def test_reset_to_defaults_is_a_new_version(service: ClinicSettingsService) -> None:
    service.save({SAFETY_SBP: 100, SURGERY_ULCER_VISITS: 3}, based_on_version=0)
    reset = service.reset_to_defaults(based_on_version=1)
    assert reset == ClinicSettings.from_stored({}, 2)
    with pytest.raises(ConflictError):
        service.reset_to_defaults(based_on_version=1)


def test_the_rows_carry_who_saved(clinic: Clinic, service: ClinicSettingsService) -> None:
    service.save({SAFETY_SBP: 100}, based_on_version=0)
    with clinic.engine.connect() as conn:
        revision = conn.execute(select(ClinicSettingsRevisionRecord.__table__)).one()
        row = conn.execute(
            select(ClinicSettingRecord.__table__).where(ClinicSettingRecord.key == SAFETY_SBP)
        ).one()
    assert revision.updated_by_id == row.created_by_id == clinic.user.id
    assert _stored_rows(clinic) == len(DEFINITIONS)


def _save_in_thread(
    service: ClinicSettingsService, values: dict[str, float], based_on: int
) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(service.save(values, based_on_version=based_on))
        except Exception as error:  # handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _another_save_holding_the_lock(clinic: Clinic, first: bool) -> Connection:
    """A transaction that is saving the settings on another workstation and has not committed:
    the revision row written (the first save ever) or locked and bumped (a later one)."""
    conn = clinic.engine.connect()
    conn.begin()
    if first:
        conn.execute(
            text(
                "INSERT INTO clinic_settings_revision (id, created_at, updated_at, version, "
                "created_by_id, updated_by_id) VALUES (1, now(), now(), 1, :u, :u)"
            ),
            {"u": clinic.user.id},
        )
    else:
        conn.execute(text("SELECT version FROM clinic_settings_revision FOR UPDATE"))
        conn.execute(text("UPDATE clinic_settings_revision SET version = version + 1"))
    return conn


@pytest.fixture
def server_clinic(postgres_url: str) -> Iterator[Clinic]:
    clinic = open_clinic(postgres_url)
    yield clinic
    clinic.close()


@pytest.mark.postgres
@pytest.mark.parametrize("first", [True, False], ids=["first-save", "later-save"])
def test_two_workstations_saving_at_once_one_is_refused(server_clinic: Clinic, first: bool) -> None:
    """Only a server has several writers: the second save waits for the first, then is refused."""
    service = ClinicSettingsService(server_clinic.context())
    based_on = 0 if first else service.save({}, based_on_version=0).version
    other = _another_save_holding_the_lock(server_clinic, first)
    thread, outcome = _save_in_thread(service, {SAFETY_SBP: 80}, based_on)
    thread.join(timeout=1.0)
    assert thread.is_alive(), "the second save must wait for the first"
    other.commit()
    other.close()
    thread.join(timeout=10)
    [result] = outcome
    assert isinstance(result, ConflictError), result
    assert service.current()[SAFETY_SBP] == 90
    assert service.current().version == based_on + 1
