"""Opening a database: create and stamp an empty one, back up and upgrade an older one.

Upgrades run with SQLite's foreign keys switched off (batch migrations rebuild tables, and with
foreign keys on, ``ON DELETE CASCADE`` would silently empty child tables), then
``PRAGMA foreign_key_check`` must come back empty before the upgrade commits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from calcitrack.store.backups.backup import backup_sqlite
from calcitrack.store.engine import is_sqlite
from calcitrack.store.pg_roles import blocked_schema_change
from calcitrack.store.schema import metadata

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SCHEMA_HEAD = "0018"
"""The newest revision in migrations/versions. Opening a current database compares with this and
never imports Alembic (which costs a fifth of a second at every start); a test keeps it equal to
the scripts' head."""


class SchemaError(RuntimeError):
    """The database cannot be used by this version of CalciTrack (the message says why)."""


def migrations_dir() -> Path:
    """The Alembic scripts: inside the installed package, or at the top of a source checkout."""
    packaged = Path(str(resources.files("calcitrack"))) / "_migrations"
    if (packaged / "env.py").is_file():
        return packaged
    source = Path(__file__).resolve().parents[2] / "migrations"
    if (source / "env.py").is_file():
        return source
    raise SchemaError(f"the migration scripts are missing (looked in {packaged} and {source})")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise SchemaError("no migration revisions found")
    return head


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database (None when it has none)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:
        raise SchemaError(f"the database is stamped with several schema revisions: {versions}")
    return versions[0] if versions else None


@dataclass(frozen=True)
class OpenResult:
    """What opening the database did: ``created``, ``upgraded`` (with the backup) or ``current``."""

    action: str
    revision: str
    backup: Path | None = None


def prepare_database(engine: Engine, *, backup_dir: Path | None = None) -> OpenResult:
    """Make the database at ``engine`` ready for this version of CalciTrack."""
    with engine.connect() as conn:
        revision = current_revision(conn)
        if revision == SCHEMA_HEAD:
            return OpenResult("current", SCHEMA_HEAD)  # every start but the first after an update
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
        app_role = blocked_schema_change(conn)
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    if head != SCHEMA_HEAD:
        raise SchemaError(f"SCHEMA_HEAD is {SCHEMA_HEAD} but the newest migration is {head}")
    if revision is None:
        if tables:
            raise SchemaError(
                "this database has tables but no CalciTrack schema version: it is not a CalciTrack "
                "database, or it was made by a development build; refusing to touch it"
            )
        if app_role:
            raise SchemaError(
                f"this database is empty, and {app_role} (the account CalciTrack connects as) "
                "may not create its tables: ask the administrator to run 'calcitrack db upgrade' "
                "as the database's owner"
            )
        with engine.begin() as conn:
            metadata.create_all(conn)
            command.stamp(alembic_config(conn), "head")
        log.info("created a new database at schema revision %s", head)
        return OpenResult("created", head)
    script = ScriptDirectory.from_config(alembic_config())
    if revision == head:
        return OpenResult("current", head)
    if revision not in {r.revision for r in script.walk_revisions()}:
        raise SchemaError(
            f"this database is at schema revision {revision}, which this version of CalciTrack "
            "does not know: it was written by a newer CalciTrack. Install that version or newer."
        )
    if app_role:
        raise SchemaError(
            f"this database is at schema revision {revision} and this version of CalciTrack "
            f"needs {head}; {app_role} (the account CalciTrack connects as) may not upgrade it: "
            "ask the administrator to run 'calcitrack db upgrade' as the database's owner"
        )
    backup = _backup_before_upgrade(engine, revision, backup_dir)
    upgrade(engine)
    log.info("upgraded the database from %s to %s (backup %s)", revision, head, backup)
    return OpenResult("upgraded", head, backup)


def _backup_before_upgrade(engine: Engine, revision: str, backup_dir: Path | None) -> Path | None:
    if not is_sqlite(engine):
        log.warning("upgrading a server database without an automatic backup: back it up first")
        return None
    database = Path(engine.url.database or "")
    folder = backup_dir or database.parent / "backups"
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{database.stem}-before-upgrade-{revision}-{stamp}.sqlite3"
    return backup_sqlite(engine, target)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction, foreign keys off on SQLite."""
    from alembic import command

    _migrate(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    """Undo the migrations after ``revision``, as ``upgrade`` runs them (tests and support)."""
    from alembic import command

    _migrate(engine, lambda config: command.downgrade(config, revision))


def _migrate(engine: Engine, step: Callable[[Config], None]) -> None:
    """Run ``step`` in one transaction; on SQLite with foreign keys off (tables are rebuilt) and
    checked before the commit."""
    with engine.connect() as conn:
        if is_sqlite(engine):
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()  # end the autobegun transaction; the pragma must stand outside one
        try:
            with conn.begin():
                step(alembic_config(conn))
                if is_sqlite(engine):
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise SchemaError(
                            f"the migration left {len(broken)} rows pointing at missing rows "
                            f"(first: {tuple(broken[0])}); nothing was changed"
                        )
        finally:
            if is_sqlite(engine):
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
