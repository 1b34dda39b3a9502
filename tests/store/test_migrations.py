"""The schema comes from Alembic, matches the models, and refuses databases it does not know."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import (
    SchemaError,
    alembic_config,
    current_revision,
    head_revision,
    migrations_dir,
    prepare_database,
    upgrade,
)

REPO = Path(__file__).resolve().parents[2]


def _schema(engine: Engine) -> dict[str, object]:
    """Every table's columns, keys, uniques, indexes and checks, as comparable plain data."""
    insp = inspect(engine)
    out: dict[str, object] = {}
    for table in sorted(insp.get_table_names()):
        out[table] = {
            # Sorted: a column added by a later revision sits at the end of the table, harmlessly.
            "columns": sorted(
                (c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)
            ),
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted(
                (fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in insp.get_foreign_keys(table)
            ),
            "uniques": sorted(
                (u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in insp.get_indexes(table)
            ),
            "checks": sorted(c["name"] for c in insp.get_check_constraints(table)),
        }
    return out


def test_new_database_is_created_and_stamped_at_head(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        result = prepare_database(engine)
        assert result.action == "created"
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        assert prepare_database(engine).action == "current"
    finally:
        engine.dispose()


def test_models_and_migrations_do_not_drift(db_url: str) -> None:
    """`alembic check`: autogenerate finds nothing to add on a database upgraded to head."""
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            command.check(alembic_config(conn))
    finally:
        engine.dispose()


def test_upgrading_through_every_revision_equals_creating_at_head(
    db_url: str, tmp_path: Path
) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    stepped = make_engine(db_url)
    created = make_engine(f"sqlite:///{tmp_path / 'at-head.sqlite3'}")
    if not db_url.startswith("sqlite"):
        # compare like with like: a second database on the same server, created at head
        created.dispose()
        created = make_engine(db_url.rsplit("/", 1)[0] + "/postgres")
        with created.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("DROP DATABASE IF EXISTS at_head WITH (FORCE)")
            conn.exec_driver_sql("CREATE DATABASE at_head")
        created.dispose()
        created = make_engine(db_url.rsplit("/", 1)[0] + "/at_head")
    try:
        for revision in revisions:
            upgrade(stepped, revision)
            with stepped.connect() as conn:
                assert current_revision(conn) == revision
        prepare_database(created)
        assert _schema(stepped) == _schema(created)
    finally:
        stepped.dispose()
        created.dispose()


def test_database_from_a_newer_calcitrack_is_refused(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        prepare_database(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'f00dface'"))
        with pytest.raises(SchemaError, match="newer CalciTrack"):
            prepare_database(engine)
    finally:
        engine.dispose()


def test_foreign_database_is_left_alone(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)"))
            conn.execute(text("INSERT INTO accounts (owner) VALUES ('someone')"))
        with pytest.raises(SchemaError, match="not a CalciTrack database"):
            prepare_database(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT owner FROM accounts")).scalar_one() == "someone"
            assert "patients" not in inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_sqlite_connections_use_the_clinical_pragmas(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        engine.dispose()


@pytest.mark.slow
def test_wheel_ships_every_migration_and_the_schema(tmp_path: Path) -> None:
    """A migrations folder missing from the wheel is a classic failure of desktop apps."""
    import subprocess
    import sys

    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("calcitrack-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "calcitrack/_migrations/env.py",
        "calcitrack/_migrations/script.py.mako",
        "calcitrack/schemas/interchange-v1.schema.json",
        "calcitrack/resources/icons/calcitrack.svg",
        "calcitrack/resources/body_map.svg",
        # compiled by `make` and ignored by git: force-include ships them all the same
        "calcitrack/resources/translations/pt_PT/LC_MESSAGES/calcitrack.mo",
        "calcitrack/resources/translations/ar/LC_MESSAGES/calcitrack.mo",
        "calcitrack/resources/translations/calcitrack_pt_PT.qm",
        "calcitrack/resources/translations/calcitrack_ar.qm",
        "calcitrack/resources/translations/calcitrack_qt_pt_PT.qm",
    }
    expected |= {
        f"calcitrack/_migrations/versions/{p.name}"
        for p in (migrations_dir() / "versions").glob("*.py")
    }
    assert len(expected) >= 4
    assert expected <= names, sorted(expected - names)


def test_a_clinic_at_revision_0001_is_backed_up_then_upgraded_with_its_data(
    tmp_path: Path,
) -> None:
    """The upgrade path a clinic takes when a new CalciTrack meets its older database."""
    from calcitrack.domain.codes import Role
    from calcitrack.services.accounts.user_service import ensure_user
    from calcitrack.services.context import ServiceContext
    from calcitrack.services.import_export.chart_service import ChartService
    from calcitrack.services.patient_service import PatientService
    from calcitrack.store.unit_of_work import UnitOfWork
    from tests.support.sample_chart import sample_chart

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    chart = sample_chart("NEW-1", "Sørensen")
    with engine.begin() as conn:  # rows written as revision 0001 knew them
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, role, active) "
                "VALUES (1, 'nurse', 'Nurse', 'nurse', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO patients (id, mrn, family_name, given_name, sex, date_of_birth, "
                "underlying_disease, calcinosis_type, archived, created_at, updated_at, version, "
                "created_by_id, updated_by_id) VALUES (1, 'OLD-1', 'Cadório', 'Ana', 'female', "
                "'1960-05-01', 'ssc', 'dystrophic', 0, '2025-01-01 10:00:00', "
                "'2025-01-01 10:00:00', 1, 1, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO visits (id, patient_id, visit_date, visit_type, clinician, notes, "
                "created_at, updated_at, version, created_by_id, updated_by_id) VALUES (1, 1, "
                "'2025-02-03', 'baseline', 'Dr. A', 'first visit', '2025-02-03 10:00:00', "
                "'2025-02-03 10:00:00', 1, 1, 1)"
            )
        )
    engine.dispose()

    engine = make_engine(f"sqlite:///{path}")
    try:
        opened = prepare_database(engine)
        assert (opened.action, opened.revision) == ("upgraded", head_revision())
        assert opened.backup is not None and opened.backup.exists()
        backup = make_engine(f"sqlite:///{opened.backup}")
        with backup.connect() as conn:
            assert current_revision(conn) == "0001"
            assert conn.scalar(text("SELECT family_name FROM patients")) == "Cadório"
        backup.dispose()
        uow = UnitOfWork(engine)
        ctx = ServiceContext(uow, ensure_user(uow, "nurse", "Nurse", Role.NURSE))
        old = PatientService(ctx).chart("OLD-1")
        assert [(v.visit_date.isoformat(), v.notes, v.next_visit_due_on) for v in old.visits] == [
            ("2025-02-03", "first visit", None)
        ]
        ChartService(ctx).add_charts([chart])  # and the upgraded database takes new data
    finally:
        engine.dispose()


def test_the_schema_head_constant_names_the_newest_migration() -> None:
    from calcitrack.store.migrations import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_opening_a_current_database_does_not_import_alembic(sqlite_url: str) -> None:
    """Alembic costs a fifth of a second at start-up; a current database does not need it."""
    import subprocess
    import sys

    engine = make_engine(sqlite_url)
    prepare_database(engine)
    engine.dispose()
    probe = (
        "import sys\n"
        "from calcitrack.store.engine import make_engine\n"
        "from calcitrack.store.migrations import prepare_database\n"
        f"print(prepare_database(make_engine({sqlite_url!r})).action)\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.split()
    assert out == ["current", "False"]
