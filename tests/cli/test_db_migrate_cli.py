"""``calcitrack db migrate-to`` as a clinic admin runs it: real processes, real databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calcitrack.store.engine import describe
from calcitrack.store.schema import metadata
from tests.cli.test_cli import calcitrack
from tests.support.accounts import open_signed_in


@pytest.fixture
def demo_db(tmp_path: Path, calcitrack_home: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    done = calcitrack("demo", "--db", str(db), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    open_signed_in(str(db)).close()  # the test account, as in every command-line test
    return db


def _export(db: str, home: Path) -> dict[str, object]:
    done = calcitrack("export", "--db", db, "--all", home=home)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    document.pop("exported_at")
    return document


def _migrate(source: str, target: str, home: Path):  # type: ignore[no-untyped-def]
    return calcitrack("db", "migrate-to", target, "--db", source, home=home)


def test_a_copy_to_a_new_file_says_what_it_copied_and_a_second_copy_is_refused(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    target = tmp_path / "moved" / "clinic.sqlite3"
    done = _migrate(str(demo_db), str(target), calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert f"copied {len(metadata.tables)} tables, " in done.stdout
    assert f" rows from {demo_db} to {target}; counts verified" in done.stdout
    assert "  patients " in done.stdout and "checksum ok" in done.stdout
    assert _export(str(target), calcitrack_home) == _export(str(demo_db), calcitrack_home)

    again = _migrate(str(demo_db), str(target), calcitrack_home)
    assert again.returncode == 1
    assert again.stderr.startswith(f"error: the target {target} already holds clinic data")
    assert "nothing was copied" in again.stderr and "Traceback" not in again.stderr
    assert "copied" not in again.stdout


def test_an_unsupported_target_is_a_usage_error(demo_db: Path, calcitrack_home: Path) -> None:
    done = _migrate(str(demo_db), "mysql://clinic@server/calcitrack", calcitrack_home)
    assert done.returncode == 2
    assert "'mysql' is not supported" in done.stderr and "Traceback" not in done.stderr


def test_a_missing_source_is_not_copied(tmp_path: Path, calcitrack_home: Path) -> None:
    done = _migrate(str(tmp_path / "typo.sqlite3"), str(tmp_path / "to.sqlite3"), calcitrack_home)
    assert done.returncode == 1
    assert "there was no clinic at" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "to.sqlite3").exists()


@pytest.mark.postgres
def test_sqlite_to_the_server_and_back(
    demo_db: Path, postgres_url: str, tmp_path: Path, calcitrack_home: Path
) -> None:
    there = _migrate(str(demo_db), postgres_url, calcitrack_home)
    assert there.returncode == 0, there.stderr
    assert f"to {describe(postgres_url)}; counts verified" in there.stdout
    back_file = tmp_path / "back.sqlite3"
    back = _migrate(postgres_url, str(back_file), calcitrack_home)
    assert back.returncode == 0, back.stderr
    exported = _export(str(demo_db), calcitrack_home)
    assert _export(postgres_url, calcitrack_home) == exported
    assert _export(str(back_file), calcitrack_home) == exported

    refused = _migrate(str(back_file), postgres_url, calcitrack_home)
    assert refused.returncode == 1
    assert "already holds clinic data" in refused.stderr and "Traceback" not in refused.stderr


def test_an_unreachable_server_is_named(demo_db: Path, calcitrack_home: Path) -> None:
    done = _migrate(str(demo_db), "postgresql://clinic@127.0.0.1:1/calcitrack", calcitrack_home)
    assert done.returncode == 4
    assert done.stderr.startswith("error: the target PostgreSQL 127.0.0.1:1/calcitrack cannot be "
                                  "reached: ")
    assert "Traceback" not in done.stderr
