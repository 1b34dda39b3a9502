"""Clinic settings rows and the patient flags cache, on a real SQLite file and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select, text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import (
    DEFINITIONS,
    SAFETY_COLCHICINE_EGFR,
    SAFETY_SBP,
    ClinicSettings,
)
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient
from calcitrack.domain.flags import Flag, FlagKind, Severity
from calcitrack.services.patient_service import PatientService
from calcitrack.store import flag_repository, settings_repository
from calcitrack.store.flag_repository import StoredFlags, flags_from_json, flags_to_json
from calcitrack.store.records import ClinicSettingRecord, ClinicSettingsRevisionRecord
from calcitrack.store.unit_of_work import UnitOfWork

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)

COLCHICINE = Flag(
    "colchicine_egfr",
    FlagKind.SAFETY,
    Severity.CONTRAINDICATION,
    "Colchicine with eGFR < 30",
    "eGFR below 30 mL/min/1.73 m² (clinic setting) while on colchicine",
    ("eGFR 24 mL/min/1.73 m² on 2026-11-02", "colchicine 0.5 mg bid since 2025-03-24"),
    "colchicine label [R41] — DOMAIN.md §0.6",
    (SAFETY_COLCHICINE_EGFR,),
)
REVIEW = Flag(
    "reconsider_surgery",
    FlagKind.REVIEW,
    Severity.REVIEW,
    "Reconsider surgery: “localised” × 2",
    "Progressed ≥ 25 % after ≥ 6 months on diltiazem",
    (),
    "clinic policy",
)


@pytest.fixture
def uow(clinic: Clinic) -> UnitOfWork:
    return UnitOfWork(clinic.engine, clock=lambda: NOW)


@pytest.fixture
def actor(clinic: Clinic) -> int:
    assert clinic.user.id is not None
    return clinic.user.id


def _patients(clinic: Clinic, count: int) -> list[Patient]:
    service = PatientService(dataclasses.replace(clinic.context(), today=lambda: TODAY))
    return [
        service.create(
            Patient(
                f"F-{n}", "Sørensen", "Ingrid", Sex.FEMALE, date(1960, 1, 1), UnderlyingDisease.SSC
            )
        )
        for n in range(count)
    ]


def _save(uow: UnitOfWork, actor: int, patient_id: int, **overrides: object) -> None:
    values: dict[str, object] = {
        "response_category": "improved",
        "assessed_on": TODAY,
        "settings_version": 3,
        "rules_version": 1,
    }
    values.update(overrides)
    flags = values.pop("flags", (COLCHICINE, REVIEW))
    with uow.begin(actor) as session:
        flag_repository.save(session, patient_id, flags, **values)


# ------------------------------------------------------------------ clinic settings


def test_an_unsaved_clinic_has_the_defaults_at_version_0(uow: UnitOfWork) -> None:
    with uow.read() as session:
        assert settings_repository.load(session) == ClinicSettings.from_stored({}, 0)
        assert settings_repository.locked_version(session) == 0


def test_each_write_bumps_the_version_and_stores_every_key(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    values = {d.key: d.default for d in DEFINITIONS}
    with uow.begin(actor) as session:
        first = settings_repository.write(session, values)
    with uow.begin(actor) as session:
        second = settings_repository.write(session, {**values, SAFETY_SBP: 95})
    assert (first.version, second.version) == (1, 2)
    with uow.read() as session:
        assert settings_repository.load(session) == second
        rows = {r.key: r for r in session.scalars(select(ClinicSettingRecord))}
        revision = session.scalar(select(ClinicSettingsRevisionRecord))
    assert second[SAFETY_SBP] == 95
    assert set(rows) == {d.key for d in DEFINITIONS if not d.optional}  # unset: no row
    # Only the changed row was rewritten; the revision row says who saved last.
    assert rows[SAFETY_SBP].version == 2 and rows[SAFETY_COLCHICINE_EGFR].version == 1
    assert revision is not None
    assert (revision.version, revision.updated_by_id, revision.updated_at) == (2, actor, NOW)


def test_keys_of_a_newer_calcitrack_are_ignored_and_kept(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    with uow.begin(actor) as session:
        session.add(ClinicSettingRecord(key="safety/future_threshold", value=7.0))
        session.add(ClinicSettingRecord(key=SAFETY_SBP, value=100.0))
    with uow.read() as session:
        loaded = settings_repository.load(session)
    assert "safety/future_threshold" not in loaded.values
    assert loaded[SAFETY_SBP] == 100
    with uow.begin(actor) as session:
        settings_repository.write(session, {SAFETY_SBP: 90.0})
    with uow.read() as session:
        rows = session.execute(select(ClinicSettingRecord.key, ClinicSettingRecord.value))
        stored = {key: value for key, value in rows}
    assert stored == {"safety/future_threshold": 7.0, SAFETY_SBP: 90.0}


def test_an_optional_setting_round_trips_set_and_unset(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    key = "dose/prednisolone_max_mg_per_day"  # no label maximum: no default
    assert ClinicSettings.defaults().optional(key) is None
    with uow.begin(actor) as session:
        settings_repository.write(session, {key: 80.0})
    with uow.read() as session:
        assert settings_repository.load(session).optional(key) == 80
        assert session.get(ClinicSettingRecord, key) is not None
    with uow.begin(actor) as session:
        unset = settings_repository.write(session, {key: None})
    assert unset.optional(key) is None and unset.version == 2
    with uow.read() as session:
        assert settings_repository.load(session) == unset
        assert session.get(ClinicSettingRecord, key) is None  # unset: the row is gone
    with uow.begin(actor) as session:
        again = settings_repository.write(session, {key: None})  # unset twice: still no row
    assert again.optional(key) is None and again.version == 3


def test_write_refuses_a_key_that_is_not_a_setting(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    with (
        pytest.raises(ValueError, match="not clinic settings: safety/nope"),
        uow.begin(actor) as session,
    ):
        settings_repository.write(session, {"safety/nope": 1.0})


def test_the_revision_table_holds_one_row_only(clinic: Clinic, actor: int) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), clinic.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO clinic_settings_revision (id, created_at, updated_at, version, "
                "created_by_id, updated_by_id) VALUES (2, :t, :t, 1, :u, :u)"
            ),
            {"t": NOW, "u": actor},
        )


# ------------------------------------------------------------------ flags JSON


def test_flags_survive_the_json_round_trip() -> None:
    flags = (COLCHICINE, REVIEW)
    assert flags_from_json(flags_to_json(flags)) == flags
    assert flags_from_json(flags_to_json([])) == ()
    assert "“localised” × 2" in flags_to_json(flags)  # stored as text, not as \\u escapes


def test_the_json_names_every_field_with_enum_values() -> None:
    import json

    [item] = json.loads(flags_to_json([COLCHICINE]))
    assert item == {
        "code": "colchicine_egfr",
        "kind": "safety",
        "severity": "contraindication",
        "title": COLCHICINE.title,
        "reason": COLCHICINE.reason,
        "triggers": list(COLCHICINE.triggers),
        "source": COLCHICINE.source,
        "setting_keys": [SAFETY_COLCHICINE_EGFR],
    }


@pytest.mark.parametrize(
    "stored",
    [
        "{}",
        "not json",
        '[{"code": "x"}]',
        '[{"code": "x", "kind": "safety", "severity": "fatal", "title": "", "reason": "", '
        '"triggers": [], "source": "", "setting_keys": []}]',
        '[{"code": "x", "kind": "safety", "severity": "warning", "title": "", "reason": "", '
        '"triggers": "eGFR 24", "source": "", "setting_keys": []}]',
        # Codes that are not text: refused as unknown codes, not failing on a dictionary look-up.
        '[{"code": "x", "kind": ["safety"], "severity": "warning", "title": "", "reason": "", '
        '"triggers": [], "source": ""}]',
        '[{"code": "x", "kind": "safety", "severity": {}, "title": "", "reason": "", '
        '"triggers": [], "source": ""}]',
        '[{"code": "x", "kind": "safety", "severity": null, "title": "", "reason": "", '
        '"triggers": [], "source": ""}]',
        '[{"code": 1, "kind": "safety", "severity": "warning", "title": "", "reason": "", '
        '"triggers": [], "source": ""}]',
        '[{"code": "x", "kind": "safety", "severity": "warning", "title": "", "reason": "", '
        '"triggers": [], "source": "", "setting_keys": [1]}]',
    ],
)
def test_unreadable_json_is_refused(stored: str) -> None:
    with pytest.raises(ValueError):
        flags_from_json(stored)


def test_extra_fields_of_a_newer_calcitrack_are_ignored() -> None:
    stored = (
        '[{"code": "x", "kind": "review", "severity": "review", "title": "T", "reason": "R", '
        '"triggers": ["a"], "source": "S", "evidence_level": "C"}]'
    )
    assert flags_from_json(stored) == (
        Flag("x", FlagKind.REVIEW, Severity.REVIEW, "T", "R", ("a",), "S"),
    )


# ------------------------------------------------------------------ flags cache


def test_saved_flags_load_back_with_what_they_were_computed_for(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    [first, second] = _patients(clinic, 2)
    assert first.id is not None and second.id is not None
    _save(uow, actor, first.id)
    _save(uow, actor, second.id, flags=(), response_category=None)
    with uow.read() as session:
        loaded = flag_repository.load_all(session)
    assert loaded == {
        first.id: StoredFlags(first.id, (COLCHICINE, REVIEW), "improved", TODAY, 3, 1, NOW),
        second.id: StoredFlags(second.id, (), None, TODAY, 3, 1, NOW),
    }


def test_saving_again_replaces_the_row(clinic: Clinic, uow: UnitOfWork, actor: int) -> None:
    [patient] = _patients(clinic, 1)
    assert patient.id is not None
    _save(uow, actor, patient.id)
    _save(
        uow,
        actor,
        patient.id,
        flags=(REVIEW,),
        response_category="progressed",
        assessed_on=date(2026, 11, 21),
        settings_version=4,
        rules_version=2,
    )
    with uow.read() as session:
        assert flag_repository.load_all(session) == {
            patient.id: StoredFlags(
                patient.id, (REVIEW,), "progressed", date(2026, 11, 21), 4, 2, NOW
            )
        }
        assert session.scalar(text("SELECT count(*) FROM patient_flags")) == 1


def test_an_unreadable_row_is_left_out_of_load_all(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    [good, bad] = _patients(clinic, 2)
    _save(uow, actor, good.id)
    _save(uow, actor, bad.id)
    with clinic.engine.begin() as conn:
        conn.execute(
            text("UPDATE patient_flags SET flags_json = '[{\"kind\": 1}]' WHERE patient_id = :p"),
            {"p": bad.id},
        )
    with uow.read() as session:
        assert list(flag_repository.load_all(session)) == [good.id]


def test_patients_with_the_same_stored_flags_share_one_reading(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    first, second, third, unflagged = _patients(clinic, 4)
    for patient in (first, second, third):
        _save(uow, actor, patient.id, flags=(COLCHICINE, REVIEW))
    _save(uow, actor, unflagged.id, flags=(), response_category=None)
    with uow.read() as session:
        loaded = flag_repository.load_all(session)
    assert [loaded[p.id].flags for p in (first, second, third)] == [(COLCHICINE, REVIEW)] * 3
    assert loaded[unflagged.id] == StoredFlags(unflagged.id, (), None, TODAY, 3, 1, NOW)
    # Parsed once: the text is the same, and flags are immutable.
    assert loaded[first.id].flags is loaded[second.id].flags is loaded[third.id].flags


def test_every_unreadable_row_is_left_out_and_logged_even_with_the_same_text(
    clinic: Clinic, uow: UnitOfWork, actor: int, caplog: pytest.LogCaptureFixture
) -> None:
    good, bad, worse = _patients(clinic, 3)
    for patient in (good, bad, worse):
        _save(uow, actor, patient.id)
    with clinic.engine.begin() as conn:
        conn.execute(
            text("UPDATE patient_flags SET flags_json = 'not json' WHERE patient_id <> :p"),
            {"p": good.id},
        )
    with uow.read() as session, caplog.at_level("WARNING", logger=flag_repository.__name__):
        assert list(flag_repository.load_all(session)) == [good.id]
    assert [r.getMessage().split(" are unreadable")[0] for r in caplog.records] == [
        f"cached flags of patient {bad.id}",
        f"cached flags of patient {worse.id}",
    ]


def test_load_all_sees_a_row_replaced_earlier_in_the_same_session(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    [patient] = _patients(clinic, 1)
    assert patient.id is not None
    with uow.begin(actor) as session:
        flag_repository.save(
            session,
            patient.id,
            (COLCHICINE,),
            response_category="improved",
            assessed_on=TODAY,
            settings_version=3,
            rules_version=1,
        )
        assert flag_repository.load_all(session)[patient.id].flags == (COLCHICINE,)
        flag_repository.save(
            session,
            patient.id,
            (REVIEW,),
            response_category=None,
            assessed_on=TODAY,
            settings_version=4,
            rules_version=1,
        )
        assert flag_repository.load_all(session)[patient.id] == StoredFlags(
            patient.id, (REVIEW,), None, TODAY, 4, 1, NOW
        )


def test_stale_patients_are_those_without_a_row_for_these_versions_and_day(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    current, other_settings, other_rules, other_day, missing, archived = _patients(clinic, 6)
    PatientService(dataclasses.replace(clinic.context(), today=lambda: TODAY)).set_archived(
        archived, True
    )
    _save(uow, actor, current.id)
    _save(uow, actor, archived.id)
    _save(uow, actor, other_settings.id, settings_version=2)
    _save(uow, actor, other_rules.id, rules_version=0)
    _save(uow, actor, other_day.id, assessed_on=date(2026, 11, 19))
    with uow.read() as session:
        stale = flag_repository.stale_patient_ids(
            session, settings_version=3, rules_version=1, assessed_on=TODAY
        )
        everyone = flag_repository.stale_patient_ids(
            session, settings_version=4, rules_version=1, assessed_on=TODAY
        )
    assert stale == [other_settings.id, other_rules.id, other_day.id, missing.id]
    assert everyone == [
        p.id for p in (current, other_settings, other_rules, other_day, missing, archived)
    ]


def test_the_cached_flags_go_with_their_patient(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    [gone, kept] = _patients(clinic, 2)
    _save(uow, actor, gone.id)
    _save(uow, actor, kept.id)
    with clinic.engine.begin() as conn:
        conn.execute(text("DELETE FROM patients WHERE id = :p"), {"p": gone.id})
    with uow.read() as session:
        assert list(flag_repository.load_all(session)) == [kept.id]


def test_flags_for_a_patient_that_does_not_exist_are_refused(
    clinic: Clinic, uow: UnitOfWork, actor: int
) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        _save(uow, actor, 999)
