"""A SQLite backup through the online backup API is a consistent, readable copy."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.store.backups.backup import backup_sqlite
from calcitrack.store.engine import make_engine
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart


def test_sqlite_backup_is_a_consistent_copy(sqlite_url: str, tmp_path: Path) -> None:
    clinic = open_signed_in(sqlite_url)
    try:
        ChartService(clinic.context()).add_charts([sample_chart()])
        target = backup_sqlite(clinic.engine, tmp_path / "copy" / "backup.sqlite3")
    finally:
        clinic.close()
    copy = make_engine(f"sqlite:///{target}")
    try:
        with copy.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM visits")).scalar_one() == 2
            assert conn.execute(text("SELECT family_name FROM patients")).scalar_one() == "Cadório"
    finally:
        copy.dispose()
