"""Moving a clinic between SQLite and PostgreSQL: exact, all or nothing, never into a clinic."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import SAFETY_SBP
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.demo.demo_photographs import with_photographs
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.clinic_copy import (
    ClinicCopyError,
    clinic_tables,
    copy_clinic,
    table_digests,
    verify_copy,
)
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import SCHEMA_HEAD, current_revision, upgrade
from calcitrack.store.schema import metadata
from calcitrack.store.unit_of_work import UnitOfWork
from tests.support.accounts import open_signed_in
from tests.support.images import tiny_png
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 21)
STAMP = datetime(2026, 11, 21, 8, 15, 30, 123456, tzinfo=timezone.utc)  # microseconds travel
LOGO = tiny_png(7, 3, (0, 128, 255))
EXACT_FLOATS = (0.1 + 0.2, 1 / 3, 5e-324, 123456.789e10)
DELETE_REASON = "entered on the wrong patient"


def _context(clinic: Clinic) -> ServiceContext:
    uow = UnitOfWork(clinic.engine, clock=lambda: STAMP)
    return ServiceContext(uow, clinic.user, lambda: TODAY)


def _build_clinic(url: str) -> None:
    """The demo clinic (with its drawn lesion photographs) with saved settings, a name and logo, a
    deleted visit (and its photographs), a second user, and lab values whose floats have no short
    decimal form."""
    clinic = open_signed_in(url)
    try:
        ctx = _context(clinic)
        ChartService(ctx).add_charts(with_photographs(demo_charts()))
        settings = ClinicSettingsService(ctx)
        settings.save({SAFETY_SBP: 95.0}, based_on_version=0)
        settings.save_identity("Rheumatology — Hospital São João", LOGO, based_on_version=0)
        visits = VisitService(ctx)
        first = PatientService(ctx).chart(DEMO_RA_MRN).visits[0]
        visits.delete(DEMO_RA_MRN, first, DELETE_REASON)
        ensure_user(ctx.uow, "nurse.ana", "Ana (nurse)", Role.NURSE)
        with clinic.engine.begin() as conn:
            ids = conn.execute(text("SELECT id FROM lab_results ORDER BY id LIMIT 4")).scalars()
            for lab_id, value in zip(ids, EXACT_FLOATS, strict=True):
                conn.execute(
                    text("UPDATE lab_results SET value = :v WHERE id = :id"),
                    {"v": value, "id": lab_id},
                )
    finally:
        clinic.close()


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The source clinic, built once (the tests copy it, never change it)."""
    path = tmp_path_factory.mktemp("source") / "clinic.sqlite3"
    _build_clinic(f"sqlite:///{path}")
    return path


@pytest.fixture
def source(demo_source: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{demo_source}")
    yield engine
    engine.dispose()


@pytest.fixture
def engines() -> Iterator[list[Engine]]:
    made: list[Engine] = []
    yield made
    for engine in made:
        engine.dispose()


def _engine(url: str, made: list[Engine]) -> Engine:
    made.append(make_engine(url))
    return made[-1]


def _rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows by primary key, as the schema's types read them."""
    with engine.connect() as conn:
        result = {}
        for tbl in clinic_tables():
            rows = conn.execute(select(tbl)).all()
            key = [tbl.columns.keys().index(c.name) for c in tbl.primary_key.columns]
            result[tbl.name] = sorted(
                (tuple(row) for row in rows), key=lambda r: tuple(r[i] for i in key)
            )
        return result


def _only(engine: Engine, sql: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


@pytest.mark.postgres
def test_sqlite_to_postgresql_and_back_is_exact(
    source: Engine, postgres_url: str, tmp_path: Path, engines: list[Engine]
) -> None:
    server = _engine(postgres_url, engines)
    with server.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        # a server in the clinic's own time zone hands timestamps back in that zone
        name = conn.execute(text("SELECT current_database()")).scalar_one()
        conn.exec_driver_sql(f"ALTER DATABASE \"{name}\" SET timezone TO 'America/Sao_Paulo'")
    server.dispose()
    there = copy_clinic(source, server)
    with server.connect() as conn:
        assert conn.execute(text("SELECT current_setting('TimeZone')")).scalar_one() != "UTC"
        stamp = conn.execute(text("SELECT MAX(created_at) FROM patients")).scalar_one()
        assert stamp == STAMP and stamp.utcoffset() != timedelta(0)
    back_file = tmp_path / "back.sqlite3"
    back = _engine(f"sqlite:///{back_file}", engines)
    again = copy_clinic(server, back)

    original = _rows(source)
    assert _rows(server) == original  # timestamps compare as instants across the time zones
    assert _rows(back) == original  # and come home as the same UTC values
    for report in (there, again):
        assert {t.table for t in report.tables} == set(metadata.tables)  # every table, by itself
        assert all(t.matches for t in report.tables)
        assert report.rows == sum(len(rows) for rows in original.values())
    assert there.target.startswith("PostgreSQL ") and again.target == str(back_file)
    assert "patients_id_seq" in " ".join(there.sequences_reset) and again.sequences_reset == ()
    # the kinds of values that go wrong first, checked by name on the way back
    assert original["visit_deletions"] and original["patient_flags"]
    assert original["lesion_photographs"] and original["site_event_deletions"]  # image bytes too
    with back.connect() as conn:
        assert current_revision(conn) == SCHEMA_HEAD
        logo, name = conn.execute(text("SELECT logo, name FROM clinic_identity")).one()
        assert (bytes(logo), name) == (LOGO, "Rheumatology — Hospital São João")
        reason = conn.execute(text("SELECT reason FROM visit_deletions")).scalar_one()
        assert reason == DELETE_REASON
        values = set(conn.execute(text("SELECT value FROM lab_results")).scalars())
        assert set(EXACT_FLOATS) <= values
    patients = metadata.tables["patients"]
    column = list(patients.columns).index(patients.c.archived)
    archived = {row[column] for row in original["patients"]}
    assert archived == {True, False}  # the demo's archived patient and the others


@pytest.mark.postgres
def test_new_rows_follow_the_copied_ids_on_postgresql(
    source: Engine, postgres_url: str, engines: list[Engine]
) -> None:
    copy_clinic(source, _engine(postgres_url, engines))
    largest = {
        name: _only(source, f"SELECT MAX(id) FROM {name}")
        for name in ("users", "patients", "visits", "lesions", "lab_results")
    }
    later = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)
    clinic = open_signed_in(postgres_url)
    try:
        ctx = ServiceContext(UnitOfWork(clinic.engine, clock=lambda: later), clinic.user,
                             lambda: TODAY)
        added = ChartService(ctx).add_charts([sample_chart("NEW-1")])
        nurse = ensure_user(ctx.uow, "nurse.bea", "Bea (nurse)", Role.NURSE)
        assert added.patient_ids == (largest["patients"] + 1,)
        assert nurse.id == largest["users"] + 1
        with clinic.engine.connect() as conn:
            for name in ("visits", "lesions", "lab_results"):
                first_new = conn.execute(
                    text(f"SELECT MIN(id) FROM {name} WHERE created_at = :later"),
                    {"later": later},
                ).scalar_one()
                assert first_new == largest[name] + 1, name
        assert PatientService(ctx).chart("NEW-1").patient.mrn == "NEW-1"
    finally:
        clinic.close()


@pytest.mark.parametrize(
    "target_kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_target_that_holds_a_clinic_is_refused_and_left_as_it_was(
    source: Engine, target_kind: str, request: pytest.FixtureRequest, tmp_path: Path,
    engines: list[Engine],
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'other.sqlite3'}"
        if target_kind == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    other = open_signed_in(url)
    ChartService(_context(other)).add_charts([sample_chart("OTHER-1")])
    other.close()
    target = _engine(url, engines)
    before = _rows(target)

    with pytest.raises(ClinicCopyError, match="already holds clinic data") as refused:
        copy_clinic(source, target)

    assert "(users: 1 row, " in str(refused.value) and "never merges" in str(refused.value)
    assert _rows(target) == before


def test_a_non_empty_target_at_an_older_schema_is_not_upgraded(
    source: Engine, tmp_path: Path, engines: list[Engine]
) -> None:
    target = _engine(f"sqlite:///{tmp_path / 'old.sqlite3'}", engines)
    upgrade(target, "0003")
    with target.begin() as conn:
        conn.execute(text("INSERT INTO users (id, username, display_name, role, active) "
                          "VALUES (1, 'admin', 'Admin', 'admin', 1)"))
    with pytest.raises(ClinicCopyError, match=r"\(users: 1 row\)"):
        copy_clinic(source, target)
    with target.connect() as conn:
        assert current_revision(conn) == "0003"
    assert not (tmp_path / "backups").exists()


def test_a_source_behind_the_schema_head_is_refused_before_the_target_is_touched(
    tmp_path: Path, engines: list[Engine]
) -> None:
    old = _engine(f"sqlite:///{tmp_path / 'old.sqlite3'}", engines)
    upgrade(old, "0003")
    target_file = tmp_path / "new" / "clinic.sqlite3"
    with pytest.raises(ClinicCopyError) as refused:
        copy_clinic(old, _engine(f"sqlite:///{target_file}", engines))
    assert "schema revision 0003" in str(refused.value)
    assert "run 'calcitrack db upgrade'" in str(refused.value)
    assert not target_file.exists()


@pytest.mark.postgres
def test_a_row_the_server_refuses_rolls_back_the_whole_copy(
    demo_source: Path, tmp_path: Path, postgres_url: str, engines: list[Engine]
) -> None:
    """SQLite keeps a 150-character clinician in a VARCHAR(100); PostgreSQL refuses it. The
    tables copied before visits (users, patients, lesions...) must not stay behind."""
    path = tmp_path / "long.sqlite3"
    path.write_bytes(demo_source.read_bytes())
    source = _engine(f"sqlite:///{path}", engines)
    with source.begin() as conn:
        conn.execute(text("UPDATE visits SET clinician = :c WHERE id = (SELECT MAX(id) FROM "
                          "visits)"), {"c": "Dr. " + "x" * 146})
    target = _engine(postgres_url, engines)
    with pytest.raises(ClinicCopyError, match="refused a row of visits") as refused:
        copy_clinic(source, target)
    assert "nothing was copied" in str(refused.value)
    assert all(not rows for rows in _rows(target).values())
    copy_clinic(_engine(f"sqlite:///{demo_source}", engines), target)  # still empty: it works


@pytest.mark.parametrize(
    "target_kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_row_pointing_at_nothing_rolls_back_the_whole_copy(
    demo_source: Path, target_kind: str, request: pytest.FixtureRequest, tmp_path: Path,
    engines: list[Engine],
) -> None:
    """A source written with its foreign keys off holds a lab result of a visit that does not
    exist: both targets refuse it, and what was copied before (users, patients...) goes too."""
    path = tmp_path / "dangling.sqlite3"
    path.write_bytes(demo_source.read_bytes())
    source = _engine(f"sqlite:///{path}", engines)
    with source.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        done = conn.execute(text("UPDATE lab_results SET visit_id = 99999 "
                                 "WHERE id = (SELECT MAX(id) FROM lab_results)"))
        assert done.rowcount == 1
        conn.commit()
    url = (
        f"sqlite:///{tmp_path / 'to.sqlite3'}"
        if target_kind == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    target = _engine(url, engines)
    with pytest.raises(ClinicCopyError, match="refused a row of lab_results"):
        copy_clinic(source, target)
    assert all(not rows for rows in _rows(target).values())


def test_unknown_tables_and_the_same_database_are_refused(
    demo_source: Path, tmp_path: Path, engines: list[Engine]
) -> None:
    path = tmp_path / "extra.sqlite3"
    path.write_bytes(demo_source.read_bytes())
    source = _engine(f"sqlite:///{path}", engines)
    with pytest.raises(ClinicCopyError, match="the same database"):
        copy_clinic(source, _engine(f"sqlite:///{path}", engines))
    with source.begin() as conn:
        conn.execute(text("CREATE TABLE private_notes (id INTEGER PRIMARY KEY, note TEXT)"))
    with pytest.raises(ClinicCopyError, match=r"does not know \(private_notes\)"):
        copy_clinic(source, _engine(f"sqlite:///{tmp_path / 'to.sqlite3'}", engines))
    assert not (tmp_path / "to.sqlite3").exists()


def test_verification_finds_a_float_one_ulp_off_and_a_missing_row(
    source: Engine, tmp_path: Path, engines: list[Engine]
) -> None:
    target = _engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}", engines)
    report = copy_clinic(source, target, batch_rows=7)  # several batches per table
    assert sum(t.target_rows for t in report.tables if t.table == "lab_results") > 7
    with source.connect() as conn:
        expected = table_digests(conn)
    with target.begin() as conn:
        assert verify_copy(conn, expected).ok
        conn.execute(text("UPDATE lab_results SET value = :v WHERE value = :old"),
                     {"v": math.nextafter(0.1 + 0.2, 1.0), "old": 0.1 + 0.2})  # one ulp
        found = verify_copy(conn, expected)
        conn.execute(text("DELETE FROM patient_flags WHERE patient_id = 1"))
        fewer = verify_copy(conn, expected)
    assert found.problems == ("lab_results: the rows differ between the source and the target",)
    assert any("patient_flags:" in p and "rows in the source" in p for p in fewer.problems)


def test_progress_counts_every_row(
    source: Engine, tmp_path: Path, engines: list[Engine]
) -> None:
    seen: list[tuple[int, int]] = []
    report = copy_clinic(
        source, _engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}", engines),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0] == (0, report.rows) and seen[-1] == (report.rows, report.rows)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
