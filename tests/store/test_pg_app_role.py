"""PostgreSQL least privilege on the real server: the owner creates the schema and grants an
application role (``calcitrack db grant-app-role``); a workstation connected as that role signs
in, records and signs a visit, and the audit chain verifies; the same connection cannot update,
delete or empty the audit trail, drop its triggers or alter the schema (the server refuses:
insufficient privilege). A database the role cannot create or upgrade says "ask the
administrator" instead of failing half way. The grant is refused, with nothing changed, for a
role it could not restrict."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from calcitrack.bootstrap import open_clinic
from calcitrack.domain.entities import Visit
from calcitrack.domain.patient_list import PatientListQuery
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.accounts.account_service import SignInError
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.migrations import (
    SchemaError,
    current_revision,
    downgrade,
    head_revision,
)
from calcitrack.store.pg_roles import AppRoleError, grant_app_role
from tests.cli.test_cli import calcitrack
from tests.support.accounts import TEST_PASSWORD, TEST_USERNAME, open_signed_in
from tests.support.postgres_server import PostgresServer
from tests.support.sample_chart import sample_chart

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 20)
FORBIDDEN = (
    "UPDATE audit_log SET action = 'login'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
    "DROP TRIGGER audit_log_no_update_delete ON audit_log",
    "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    "DROP FUNCTION audit_log_append_only() CASCADE",
    "ALTER TABLE visits ADD COLUMN sneaky integer",
    "DROP TABLE lesion_measurements",
    "CREATE TABLE sneaky (id integer)",
    "UPDATE alembic_version SET version_num = '0001'",
)


@dataclasses.dataclass(frozen=True)
class Server:
    owner_url: str
    role: str
    app_url: str
    server: PostgresServer

    def as_superuser(self, statement: sql.Composable | str) -> None:
        dbname = make_url(self.owner_url).database
        with psycopg.connect(self.server.conninfo(dbname or ""), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]


@pytest.fixture
def pg(postgres_server: PostgresServer, postgres_url: str) -> Iterator[Server]:
    """A clinic database (owned by the server's superuser, who runs the migrations) and a new
    login role for the workstations, with nothing granted yet."""
    role = f"app_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_server.conninfo(), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'workstation secret'").format(
                sql.Identifier(role)
            )
        )
    app_url = make_url(postgres_url).set(username=role, password="workstation secret")
    here = Server(postgres_url, role, app_url.render_as_string(hide_password=False),
                  postgres_server)  # fmt: skip
    yield here
    here.as_superuser(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
    with psycopg.connect(postgres_server.conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def _refused(url: str, statement: str) -> str:
    """The server's SQLSTATE for ``statement`` run at ``url`` (rolled back either way)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            try:
                conn.execute(text(statement))
            except ProgrammingError as exc:
                return str(getattr(exc.orig, "sqlstate", ""))
            finally:
                conn.rollback()
        return "allowed"
    finally:
        engine.dispose()


def test_workstations_use_the_clinic_as_the_app_role_and_cannot_touch_the_trail(
    pg: Server, calcitrack_home: Path
) -> None:
    # an empty database: the role may not create the schema, and says whom to ask
    with pytest.raises(SchemaError, match=r"this database is empty, and app_.* may not create"):
        open_clinic(pg.app_url)

    owner = open_signed_in(pg.owner_url)
    try:
        ChartService(owner.context()).add_charts([sample_chart("A-1")])
    finally:
        owner.close()
    done = calcitrack("db", "grant-app-role", pg.role, "--db", pg.owner_url, home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"granted {pg.role} on PostgreSQL ")
    assert "  read and add only: audit_log\n  read only: alembic_version\n" in done.stdout
    assert "Run this again after each 'calcitrack db upgrade'" in done.stdout

    station = open_clinic(pg.app_url)
    try:
        assert station.opened.action == "current"
        with pytest.raises(SignInError):
            station.accounts().sign_in(TEST_USERNAME, "not my password")
        station.user = station.accounts().sign_in(TEST_USERNAME, TEST_PASSWORD)
        ctx = dataclasses.replace(station.context(), today=lambda: TODAY)
        patient = PatientService(ctx).chart("A-1").patient
        assert patient.id is not None
        visits = VisitService(ctx)
        visit = visits.record("A-1", VisitEntry(Visit(patient.id, TODAY, weight_kg=61.0,
                                                      pain_nrs=3)))  # fmt: skip
        visits.sign("A-1", visit, TEST_PASSWORD)
        # a new patient (its search key's pieces counted by a trigger, as the role) and a
        # search short enough to be counted from those counts
        patients = PatientService(ctx)
        patients.create(sample_chart("A-2").patient)
        assert patients.list_page(PatientListQuery(search="a"), today=TODAY).matching == 2
        assert AuditService(ctx).verify().ok
    finally:
        station.close()

    refused = {statement: _refused(pg.app_url, statement) for statement in FORBIDDEN}
    assert refused == dict.fromkeys(FORBIDDEN, "42501")  # insufficient privilege
    # the owner still can (the triggers are what stop it from editing the trail)
    assert _refused(pg.owner_url, "ALTER TABLE visits ADD COLUMN allowed integer") == "allowed"


def test_an_older_schema_asks_for_the_administrator_not_a_raw_error(
    pg: Server, calcitrack_home: Path
) -> None:
    open_signed_in(pg.owner_url).close()
    owner = create_engine(pg.owner_url)
    try:
        grant_app_role(owner, pg.role)
        downgrade(owner, "0008")
        with pytest.raises(SchemaError) as refused:
            open_clinic(pg.app_url)
        assert str(refused.value) == (
            f"this database is at schema revision 0008 and this version of CalciTrack needs "
            f"{head_revision()}; {pg.role} (the account CalciTrack connects as) may not upgrade "
            "it: ask the administrator to run 'calcitrack db upgrade' as the database's owner"
        )
        done = calcitrack("users", "list", "--db", pg.app_url, home=calcitrack_home)
        assert (done.returncode, "Traceback" in done.stderr) == (4, False), done.stderr
        assert "ask the administrator to run 'calcitrack db upgrade'" in done.stderr
        with owner.connect() as conn:
            assert current_revision(conn) == "0008"  # nothing was tried
    finally:
        owner.dispose()
    open_clinic(pg.owner_url).close()  # the owner upgrades
    station = open_clinic(pg.app_url)
    station.close()
    assert station.opened.action == "current"


def test_the_grant_refuses_a_role_it_could_not_restrict(
    pg: Server, calcitrack_home: Path, sqlite_url: str
) -> None:
    open_signed_in(pg.owner_url).close()
    owner, station = create_engine(pg.owner_url), create_engine(pg.app_url)
    try:
        with pytest.raises(AppRoleError, match="there is no role 'nobody' on this server"):
            grant_app_role(owner, "nobody")
        with pytest.raises(AppRoleError, match="postgres is a superuser"):
            grant_app_role(owner, "postgres")
        with pytest.raises(AppRoleError, match=f"connected as {pg.role}, which does not own"):
            grant_app_role(station, pg.role)
        # CREATE on the schema for every role (PostgreSQL before 15 had it): all or nothing
        pg.as_superuser("GRANT CREATE ON SCHEMA public TO PUBLIC")
        with pytest.raises(AppRoleError, match=r"create tables in the schema public .*REVOKE"):
            grant_app_role(owner, pg.role)
        with owner.connect() as conn:
            may_read = conn.scalar(
                text("SELECT has_table_privilege(:role, 'visits', 'SELECT')"), {"role": pg.role}
            )
        assert may_read is False
    finally:
        owner.dispose()
        station.dispose()
    done = calcitrack("db", "grant-app-role", "clinic_app", "--db", sqlite_url,
                      home=calcitrack_home)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "is a SQLite file: application roles are for a PostgreSQL server" in done.stderr
