"""PostgreSQL least privilege: the schema owner runs the migrations; workstations connect as an
application role that reads and writes the clinical tables, appends to the audit trail, and can
neither change nor empty the trail nor alter the schema.

``grant_app_role`` (run as the owner) gives a role exactly that, and nothing else:

- CONNECT on the database, USAGE on the schema;
- SELECT, INSERT, UPDATE, DELETE on every CalciTrack table but two;
- SELECT, INSERT on ``audit_log`` (no UPDATE, DELETE, TRUNCATE: the triggers refuse those too,
  but a role that owns the table could drop them; the app role owns nothing);
- SELECT on ``alembic_version`` (the start checks the schema revision; only the owner upgrades);
- USAGE, SELECT on the schema's sequences (new rows' ids).

The grants name the tables that exist now. A migration that adds a table gives the role nothing on
it: run the grant again after each upgrade (no ALTER DEFAULT PRIVILEGES, so that nothing the owner
creates later is open to the role by default). The grant ends by asking the server what the role
may do, and rolls everything back if the role could still change the trail or the schema (a
superuser, a member of the owner's role, CREATE on the schema from PUBLIC on PostgreSQL before 15).

``blocked_schema_change`` tells the start that the account connected cannot create or upgrade the
schema, so that it says "ask the administrator" instead of failing half way with a server error.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text

from calcitrack.store.schema import metadata

AUDIT_TABLE = "audit_log"
VERSION_TABLE = "alembic_version"
READ_WRITE = "SELECT, INSERT, UPDATE, DELETE"


class AppRoleError(RuntimeError):
    """The role cannot be set up as asked; the message says why and what to do."""


@dataclass(frozen=True)
class AppRoleGrant:
    """What ``grant_app_role`` gave ``role``."""

    role: str
    database: str
    schema: str
    read_write: tuple[str, ...]
    append_only: tuple[str, ...]
    read_only: tuple[str, ...]


def grant_app_role(engine: Engine, role: str) -> AppRoleGrant:
    """Give ``role`` the application's privileges on the database at ``engine`` (connected as the
    owner of CalciTrack's tables), revoking whatever this owner had granted it before; all or
    nothing. Raises AppRoleError (nothing changed) with the reason."""
    if engine.dialect.name != "postgresql":
        raise AppRoleError(
            "an application role is a PostgreSQL server's: a SQLite file is protected by its "
            "file permissions (owner-only), not by database roles"
        )
    with engine.begin() as conn:
        schema, database, me = conn.execute(
            text("SELECT current_schema(), current_database(), current_user")
        ).one()
        _check_owner(conn, me)
        _check_role(conn, role)
        quote = conn.dialect.identifier_preparer.quote
        who, where = quote(role), quote(schema)
        present = set(inspect(conn).get_table_names(schema=schema))
        ours = [t.name for t in metadata.sorted_tables if t.name in present]
        read_write = tuple(t for t in ours if t != AUDIT_TABLE)
        append_only = (AUDIT_TABLE,) if AUDIT_TABLE in present else ()
        read_only = (VERSION_TABLE,) if VERSION_TABLE in present else ()
        statements = [
            f"REVOKE ALL ON ALL TABLES IN SCHEMA {where} FROM {who}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {where} FROM {who}",
            f"GRANT CONNECT ON DATABASE {quote(database)} TO {who}",
            f"GRANT USAGE ON SCHEMA {where} TO {who}",
            *(f"GRANT {READ_WRITE} ON TABLE {where}.{quote(t)} TO {who}" for t in read_write),
            *(f"GRANT SELECT, INSERT ON TABLE {where}.{quote(t)} TO {who}" for t in append_only),
            *(f"GRANT SELECT ON TABLE {where}.{quote(t)} TO {who}" for t in read_only),
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {who}",
        ]
        for statement in statements:
            conn.exec_driver_sql(statement)
        problems = still_allowed(conn, role, schema)
        if problems:
            raise AppRoleError(  # rolls the grants back
                f"{role} would still be able to " + "; ".join(problems) + ". Nothing was granted."
            )
        return AppRoleGrant(role, database, schema, read_write, append_only, read_only)


def still_allowed(conn: Connection, role: str, schema: str) -> list[str]:
    """What ``role`` may do, by the server's own reckoning (PUBLIC and role membership
    included), that an application role must not."""
    problems = []
    for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
        if _asks(conn, "has_table_privilege(:role, :table, :what)", role, AUDIT_TABLE, privilege):
            problems.append(f"{privilege} the audit trail ({AUDIT_TABLE})")
    if _asks(conn, "has_schema_privilege(:role, :table, :what)", role, schema, "CREATE"):
        problems.append(
            f"create tables in the schema {schema} (PostgreSQL before 15 lets every role: run "
            f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC)"
        )
    if _owns_tables(conn, role):
        problems.append("alter or drop the tables and their triggers (it owns them)")
    return problems


def blocked_schema_change(conn: Connection) -> str | None:
    """None when the account connected may create or upgrade CalciTrack's schema (SQLite, the
    owner, a superuser); otherwise its name (an application role)."""
    if conn.dialect.name != "postgresql":
        return None
    me = str(conn.scalar(text("SELECT current_user")))
    if inspect(conn).has_table(VERSION_TABLE):
        return None if _owns_tables(conn, me, VERSION_TABLE) else me
    may_create = conn.scalar(text("SELECT has_schema_privilege(current_schema(), 'CREATE')"))
    return None if may_create else me


def _check_owner(conn: Connection, me: str) -> None:
    if not inspect(conn).has_table(AUDIT_TABLE) or not _owns_tables(conn, me):
        raise AppRoleError(
            f"connected as {me}, which does not own CalciTrack's tables: run this with --db "
            "naming the owner (the account that created or upgrades the database)"
        )


def _check_role(conn: Connection, role: str) -> None:
    found = conn.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = :role"), {"role": role}
    ).first()
    if found is None:
        raise AppRoleError(
            f"there is no role {role!r} on this server: create it first (CREATE ROLE {role} "
            "LOGIN PASSWORD '…'), then run this again"
        )
    if found.rolsuper:
        raise AppRoleError(f"{role} is a superuser, which no grant can restrict: use another role")
    if _owns_tables(conn, role):
        raise AppRoleError(
            f"{role} owns CalciTrack's tables (or is a member of the role that does): the "
            "application role must be another role, which owns nothing"
        )


def _owns_tables(conn: Connection, role: str, table: str = AUDIT_TABLE) -> bool:
    """``role`` owns ``table`` or is a member of (or is) the role that does."""
    return bool(
        conn.scalar(
            text(
                "SELECT pg_has_role(:role, c.relowner, 'USAGE') FROM pg_class c "
                "WHERE c.oid = to_regclass(:table)"
            ),
            {"role": role, "table": table},
        )
    )


def _asks(conn: Connection, function: str, role: str, thing: str, what: str) -> bool:
    return bool(
        conn.scalar(text(f"SELECT {function}"), {"role": role, "table": thing, "what": what})
    )
