"""Alembic environment for CalciTrack.

The application runs migrations through calcitrack.store.migrations, which passes an open
connection in ``config.attributes["connection"]`` (foreign keys already switched off on SQLite).
The ``alembic`` command line works too, with ``-x url=...`` or CALCITRACK_DATABASE_URL.
"""

from __future__ import annotations

import os
from typing import Any

from alembic import context
from sqlalchemy import Connection

from calcitrack.store.base import UtcDateTime
from calcitrack.store.engine import make_engine
from calcitrack.store.records.patient_list_figures import is_figure_index
from calcitrack.store.records.patient_search import TRIGRAM_INDEX, is_search_index_table
from calcitrack.store.schema import metadata

config = context.config


def _render_item(type_: str, obj: Any, _autogen_context: Any) -> str | bool:
    """Revisions stay frozen: they name plain SQLAlchemy types, never the app's own."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """The patient list's search index (store/records/patient_search.py) is made beside the
    models, per database: not a difference between the models and the database."""
    if type_ == "table" and name is not None and is_search_index_table(name):
        return False
    if type_ == "index" and name is not None and is_figure_index(name):
        return False  # the list figures' indexes (store/records/patient_list_figures.py)
    return not (type_ == "index" and name == TRIGRAM_INDEX)


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get(
        "CALCITRACK_DATABASE_URL"
    )
    if not url:
        raise SystemExit("give the database with -x url=... or CALCITRACK_DATABASE_URL")
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            _configure_and_run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("CalciTrack migrations run online only")
run_migrations_online()
