"""Saving the clinic settings: all problems at once, stale edits refused, one version per save.

The clinic's name and logo (the PDF header) are saved the same way, with a version of their own.
Runs on a real SQLite file and on a real PostgreSQL server (where two workstations can really save
at the same time).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, func, select, text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic.clinic_identity import DEFAULT_NAME, LOGO_MAX_BYTES, ClinicIdentity
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
from calcitrack.store.records import (
    ClinicIdentityRecord,
    ClinicSettingRecord,
    ClinicSettingsRevisionRecord,
)
from tests.support.accounts import open_signed_in
from tests.support.images import tiny_png


@pytest.fixture
def service(clinic: Clinic) -> ClinicSettingsService:
    return ClinicSettingsService(clinic.context())


@pytest.fixture
def other_workstation(clinic: Clinic) -> Iterator[ClinicSettingsService]:
    """The same clinic opened a second time, as another workstation would."""
    other = open_signed_in(clinic.url)
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
    assert all(saved.optional(d.key) == d.default for d in DEFINITIONS if d.key not in changed)
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
    assert _stored_rows(clinic) == len([d for d in DEFINITIONS if not d.optional])


WARFARIN_MAX = "dose/warfarin_max_mg_per_day"  # optional: no label maximum, no default


def test_an_optional_setting_is_set_kept_and_unset_again(
    clinic: Clinic, service: ClinicSettingsService, other_workstation: ClinicSettingsService
) -> None:
    assert service.current().optional(WARFARIN_MAX) is None
    saved = service.save({WARFARIN_MAX: 10}, based_on_version=0)
    assert saved.optional(WARFARIN_MAX) == 10
    assert other_workstation.current().optional(WARFARIN_MAX) == 10
    kept = service.save({SAFETY_SBP: 95}, based_on_version=1)  # not given: kept as it was
    assert kept.optional(WARFARIN_MAX) == 10
    cleared = service.save({WARFARIN_MAX: None}, based_on_version=2)
    assert cleared.optional(WARFARIN_MAX) is None
    assert other_workstation.current() == cleared
    assert cleared[SAFETY_SBP] == 95
    with pytest.raises(DomainValidationError) as refused:
        service.save({WARFARIN_MAX: 0.5, SAFETY_SBP: None}, based_on_version=3)
    assert {p.field for p in refused.value.problems} == {WARFARIN_MAX, SAFETY_SBP}
    assert service.current() == cleared  # nothing written


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
    clinic = open_signed_in(postgres_url)
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


# ------------------------------------------------------------------ the clinic's name and logo

LOGO = tiny_png()
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)


def test_a_new_clinic_has_the_default_name_and_no_logo(service: ClinicSettingsService) -> None:
    assert service.identity() == ClinicIdentity(DEFAULT_NAME, None, 0)


def test_a_saved_name_and_logo_are_what_every_workstation_reads_next(
    service: ClinicSettingsService, other_workstation: ClinicSettingsService
) -> None:
    saved = service.save_identity("  Rheumatology, Hospital Geral  ", LOGO, based_on_version=0)
    assert saved == ClinicIdentity("Rheumatology, Hospital Geral", LOGO, 1)  # spaces trimmed
    assert other_workstation.identity() == saved
    again = other_workstation.save_identity("Rheumatology", None, based_on_version=1)
    assert again == ClinicIdentity("Rheumatology", None, 2)  # the logo removed
    assert service.identity() == again
    assert service.save_identity("Rheumatology", JPEG, based_on_version=2).logo == JPEG


def test_naming_the_clinic_leaves_the_thresholds_and_their_version_alone(
    service: ClinicSettingsService,
) -> None:
    service.save({SAFETY_SBP: 95}, based_on_version=0)
    service.save_identity("Rheumatology", LOGO, based_on_version=0)
    assert service.current()[SAFETY_SBP] == 95
    assert service.current().version == 1  # stored flags stay current


def test_every_identity_problem_is_reported_by_its_field_and_nothing_is_written(
    service: ClinicSettingsService,
) -> None:
    with pytest.raises(DomainValidationError) as refused:
        service.save_identity("   ", b"GIF89a" + bytes(20), based_on_version=0)
    reasons = {p.field: p.reason for p in refused.value.problems}
    assert set(reasons) == {"clinic.name", "clinic.logo"}
    assert "required" in reasons["clinic.name"]
    assert "not a PNG or JPEG image" in reasons["clinic.logo"]
    with pytest.raises(DomainValidationError, match=r"clinic\.name: is longer than 120"):
        service.save_identity("x" * 121, None, based_on_version=0)
    with pytest.raises(DomainValidationError, match=r"clinic\.name: must be one line"):
        service.save_identity("Rheumatology\nHospital", None, based_on_version=0)
    too_big = LOGO + bytes(LOGO_MAX_BYTES)
    with pytest.raises(DomainValidationError, match=r"clinic\.logo: is 1\d{3} kB, larger than"):
        service.save_identity("Rheumatology", too_big, based_on_version=0)
    assert service.identity() == ClinicIdentity(DEFAULT_NAME, None, 0)


def test_a_bad_name_is_refused_before_a_stale_identity_version(
    service: ClinicSettingsService,
) -> None:
    with pytest.raises(DomainValidationError):
        service.save_identity("", None, based_on_version=9)


def test_a_name_saved_over_a_newer_one_is_refused(
    service: ClinicSettingsService, other_workstation: ClinicSettingsService
) -> None:
    opened = service.identity()
    other_workstation.save_identity("Theirs", LOGO, based_on_version=opened.version)
    with pytest.raises(ConflictError) as refused:
        service.save_identity("Mine", None, based_on_version=opened.version)
    message = str(refused.value)
    assert "clinic name and logo were saved by someone else" in message
    assert "(version 0 → 1)" in message and "your name and logo were not saved" in message
    assert service.identity() == ClinicIdentity("Theirs", LOGO, 1)


def test_the_identity_row_carries_who_saved(clinic: Clinic, service: ClinicSettingsService) -> None:
    service.save_identity("Rheumatology", None, based_on_version=0)
    with clinic.engine.connect() as conn:
        row = conn.execute(select(ClinicIdentityRecord.__table__)).one()
    assert row.created_by_id == row.updated_by_id == clinic.user.id


@pytest.mark.postgres
def test_two_workstations_naming_the_clinic_at_once_one_is_refused(
    server_clinic: Clinic,
) -> None:
    service = ClinicSettingsService(server_clinic.context())
    other = server_clinic.engine.connect()
    other.begin()
    other.execute(
        text(
            "INSERT INTO clinic_identity (id, name, created_at, updated_at, version, "
            "created_by_id, updated_by_id) VALUES (1, 'Theirs', now(), now(), 1, :u, :u)"
        ),
        {"u": server_clinic.user.id},
    )
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(service.save_identity("Mine", None, based_on_version=0))
        except Exception as error:  # handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=1.0)
    assert thread.is_alive(), "the second save must wait for the first"
    other.commit()
    other.close()
    thread.join(timeout=10)
    [result] = outcome
    assert isinstance(result, ConflictError), result
    assert "your name and logo were not saved" in str(result)
    assert service.identity() == ClinicIdentity("Theirs", None, 1)
