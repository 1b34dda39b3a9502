"""The trail replayed against the rows (store/audit_trail/audit_replay.py), on SQLite and
PostgreSQL: what the application writes replays without a difference (edits, deletions, settings, a
bulk-written synthetic clinic, a clinic copy, rows older than the trail), what raw SQL writes is
named."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.audit_trail.audit_replay import (
    DELETED,
    EDITED,
    EDITED_BEFORE,
    INSERTED,
    ReplayReport,
    same_value,
)
from calcitrack.domain.clinic_settings import SAFETY_SBP
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import mapping
from calcitrack.store.audit_trail import audit_replay
from calcitrack.store.clinic_copy import copy_clinic
from calcitrack.store.records import PatientRecord
from tests.support.sample_chart import sample_chart

LONG_AGO = datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def _replay(clinic: Clinic) -> ReplayReport:
    with clinic.engine.connect() as conn:
        return audit_replay.replay(conn)


def _raw(clinic: Clinic, sql: str, **params: object) -> None:
    with clinic.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_what_the_application_writes_replays_without_a_difference(clinic: Clinic) -> None:
    ctx = clinic.context()
    ChartService(ctx).add_charts([sample_chart("R-1"), sample_chart("R-2", "Ortiz")])
    patients = PatientService(ctx)
    chart = patients.chart("R-1")
    patients.update(dataclasses.replace(chart.patient, family_name="Renamed", archived=True))
    VisitService(ctx).delete("R-2", patients.chart("R-2").visits[0], "wrong patient")
    settings = ClinicSettingsService(ctx)
    settings.save({SAFETY_SBP: 95.0}, based_on_version=0)
    settings.save_identity("Replay", b"\x89PNG\r\n\x1a\n" + bytes(80), based_on_version=0)
    report = _replay(clinic)
    assert report.differences == []
    assert report.rows_checked > 20 and report.entries > 20
    assert report.notes() == []


def test_raw_sql_edits_inserts_and_deletes_are_named(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts([sample_chart("S-1")])
    chart = PatientService(clinic.context()).chart("S-1")
    visit = chart.visits[-1]
    _raw(clinic, "UPDATE visits SET pain_nrs = 9 WHERE id = :id", id=visit.id)
    _raw(clinic, "UPDATE patients SET date_of_birth = '1950-01-01' WHERE mrn = 'S-1'")
    _raw(clinic, "DELETE FROM rom_measurements WHERE id = (SELECT min(id) FROM rom_measurements)")
    _raw(
        clinic,
        "INSERT INTO patients (id, mrn, family_name, given_name, sex, date_of_birth, "
        "underlying_disease, calcinosis_type, archived, created_at, updated_at, version, "
        "created_by_id, updated_by_id) SELECT 500, 'X-9', family_name, given_name, sex, "
        "date_of_birth, underlying_disease, calcinosis_type, archived, created_at, updated_at, "
        "version, created_by_id, updated_by_id FROM patients WHERE mrn = 'S-1'",
    )
    found = {(d.kind, d.table, d.record_id, d.field) for d in _replay(clinic).differences}
    patient_id = str(chart.patient.id)
    assert found == {
        (EDITED, "visits", str(visit.id), "pain_nrs"),
        (EDITED, "patients", patient_id, "date_of_birth"),
        (DELETED, "rom_measurements", found_rom(found), None),
        (INSERTED, "patients", "500", None),
    }


def found_rom(found: set[tuple[str, str, str, str | None]]) -> str:
    return next(record for kind, table, record, _ in found if table == "rom_measurements")


def test_a_bulk_written_clinic_is_information_and_its_later_changes_are_checked(
    clinic: Clinic,
) -> None:
    ctx = clinic.context()
    build_synthetic_clinic(ctx, 4, seed=2)
    report = _replay(clinic)
    assert report.differences == []
    assert report.bulk_rows["patients"] == 4
    assert any("4 rows written in bulk" in note for note in report.notes())
    patients = PatientService(ctx)
    first = patients.list_patients()[0]
    changed = patients.update(dataclasses.replace(patients.chart(first.patient.mrn).patient,
                                                  given_name="Changed"))  # fmt: skip
    assert _replay(clinic).differences == []
    _raw(clinic, "UPDATE patients SET given_name = 'Behind' WHERE id = :id", id=changed.id)
    [difference] = _replay(clinic).differences
    assert (difference.kind, difference.field, difference.expected, difference.found) == (
        EDITED, "given_name", "Changed", "Behind",
    )  # fmt: skip


def test_rows_older_than_the_trail_are_information_not_tampering(clinic: Clinic) -> None:
    """An upgraded clinic keeps the rows it had before the trail began, with no history; a row
    inserted later with a back-dated stamp has an id the trail's rows already passed."""
    with Session(clinic.engine) as session, session.begin():  # no unit of work: no trail
        values = mapping.patient_values(sample_chart("OLD-1").patient)
        stamps = {"created_at": LONG_AGO, "updated_at": LONG_AGO, "version": 1,
                  "created_by_id": clinic.user.id, "updated_by_id": clinic.user.id}  # type: ignore[union-attr]  # fmt: skip
        session.execute(insert(PatientRecord), [{**values, **stamps}])
    ChartService(clinic.context()).add_charts([sample_chart("NEW-1")])
    report = _replay(clinic)
    assert report.differences == [] and report.older_rows == {"patients": 1}
    with Session(clinic.engine) as session, session.begin():
        values = mapping.patient_values(sample_chart("LATE-1").patient)
        session.execute(insert(PatientRecord), [{"id": 90, **values, **stamps}])
    found = [(d.kind, d.table, d.record_id) for d in _replay(clinic).differences]
    assert found == [(INSERTED, "patients", "90")]


def test_a_clinic_copy_replays_as_its_source(clinic: Clinic, sqlite_url: str) -> None:
    ChartService(clinic.context()).add_charts([sample_chart("C-1")])
    target = open_clinic(sqlite_url.replace("clinic.sqlite3", "copy.sqlite3"))
    try:
        copy_clinic(clinic.engine, target.engine)
        report = _replay(target)
    finally:
        target.close()
    assert report.differences == [] and report.rows_checked == _replay(clinic).rows_checked


def test_values_are_compared_as_the_capture_stores_them() -> None:
    assert same_value(5.0, 5.0) and same_value("2026-01-02", "2026-01-02")
    assert not same_value(True, 1) and not same_value(0, False)
    assert same_value(None, None) and not same_value(None, "")
    assert same_value(date(2026, 1, 2).isoformat(), "2026-01-02")


def test_a_field_changed_behind_the_back_then_edited_in_the_application_is_still_named(
    clinic: Clinic,
) -> None:
    """The edit's old value is what the database held, not what the trail said."""
    ChartService(clinic.context()).add_charts([sample_chart("E-1")])
    _raw(clinic, "UPDATE patients SET family_name = 'Behind' WHERE mrn = 'E-1'")
    patients = PatientService(clinic.context())
    patients.update(dataclasses.replace(patients.chart("E-1").patient, family_name="Again"))
    [difference] = _replay(clinic).differences
    assert (difference.kind, difference.field, difference.expected, difference.found) == (
        EDITED_BEFORE, "family_name", "Cadório", "Behind",
    )  # fmt: skip
    assert difference.describe().startswith(
        f"patients #{difference.record_id}, field family_name: edited behind the application's "
        f"back before entry #{difference.entry_id} on "
    )
