"""``calcitrack db restore`` on SQLite as a user runs it: into an empty target at once, over data
only when confirmed and after a backup of it, checked against the manifest, recorded."""

from __future__ import annotations

import json
import os
import pty
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import calcitrack
from tests.support.accounts import open_signed_in


@pytest.fixture
def backed_up(tmp_path: Path, calcitrack_home: Path) -> tuple[Path, Path]:
    """The demo clinic and a backup of it (with its manifest)."""
    db = tmp_path / "demo.sqlite3"
    assert calcitrack("demo", "--db", str(db), home=calcitrack_home).returncode == 0
    open_signed_in(str(db)).close()  # the test account, for the import below
    copy = tmp_path / "copies" / "demo-copy.sqlite3"
    done = calcitrack("db", "backup", str(copy), "--db", str(db), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    return db, copy


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _dump(db: Path) -> list[tuple[object, ...]]:
    patients = _rows(db, "SELECT id, mrn, family_name, date_of_birth FROM patients ORDER BY id")
    visits = _rows(db, "SELECT id, visit_date, pain_nrs, weight_kg FROM visits ORDER BY id")
    return patients + visits


def test_a_backup_restores_into_an_empty_target_checked_and_recorded(
    backed_up: tuple[Path, Path], tmp_path: Path, calcitrack_home: Path
) -> None:
    db, copy = backed_up
    target = tmp_path / "restored" / "clinic.sqlite3"
    done = calcitrack("db", "restore", str(copy), "--db", str(target), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert "restored" in done.stdout and "Audit trail head: audit #" in done.stdout
    assert _dump(target) == _dump(db)
    assert target.stat().st_mode & 0o777 == 0o600
    manifest = json.loads(copy.with_name(copy.name + ".json").read_text())
    newest = _rows(target, "SELECT action, actor_id, changes_json FROM audit_log ORDER BY id DESC")
    action, actor, details = newest[0]
    assert (action, actor) == ("restore", None)
    recorded = json.loads(str(details))
    assert recorded["ok"] is True and recorded["backup_chain_head"] == manifest["chain_head"]
    assert recorded["os_user"]
    check = calcitrack("db", "check", "--db", str(target), home=calcitrack_home)
    assert check.returncode == 0, check.stdout


def test_over_data_only_when_confirmed_and_after_a_backup_of_it(
    backed_up: tuple[Path, Path], calcitrack_home: Path
) -> None:
    db, copy = backed_up
    # the clinic changes after the backup (a new patient through the import)
    export = calcitrack("export", "--db", str(db), "--all", home=calcitrack_home)
    assert export.returncode == 0, export.stderr
    document = json.loads(export.stdout)
    document["patients"] = document["patients"][:1]
    document["patients"][0]["mrn"] = "NEW-1"
    new_file = db.parent / "new.json"
    new_file.write_text(json.dumps(document))
    added = calcitrack("import", str(new_file), "--db", str(db), home=calcitrack_home)
    assert added.returncode == 0, added.stderr
    after_backup = _dump(db)

    refused = calcitrack("db", "restore", str(copy), "--db", str(db), home=calcitrack_home)
    assert refused.returncode == 2, refused.stderr
    assert "holds data" in refused.stderr and "--yes" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _dump(db) == after_backup

    done = calcitrack("db", "restore", str(copy), "--db", str(db), "--yes", home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    assert _dump(db) == _dump(copy)
    befores = sorted((db.parent / "backups").glob("demo-before-restore-*.sqlite3"))
    assert len(befores) == 1
    assert _dump(befores[0]) == after_backup  # what was replaced is kept, private
    assert befores[0].stat().st_mode & 0o777 == 0o600


def test_a_backup_that_does_not_match_its_manifest_is_not_restored(
    backed_up: tuple[Path, Path], tmp_path: Path, calcitrack_home: Path
) -> None:
    _db, copy = backed_up
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    conn.execute("DELETE FROM visits WHERE id = (SELECT max(id) FROM visits)")
    conn.commit()
    conn.close()
    target = tmp_path / "restored.sqlite3"
    done = calcitrack("db", "restore", str(copy), "--db", str(target), home=calcitrack_home)
    assert done.returncode == 1, done.stderr
    assert "does not match its manifest" in done.stderr and "visits" in done.stderr
    assert "Traceback" not in done.stderr
    assert not target.exists() or _rows(target, "SELECT name FROM sqlite_master") == []

    copy.with_name(copy.name + ".json").unlink()
    missing = calcitrack("db", "restore", str(copy), "--db", str(target), home=calcitrack_home)
    assert missing.returncode == 1 and "manifest" in missing.stderr


def test_a_backup_edited_after_it_was_written_is_not_restored(
    backed_up: tuple[Path, Path], tmp_path: Path, calcitrack_home: Path
) -> None:
    """The same row counts, the same trail: only a value changed in the copy (found by a QA
    trial: the edited copy was restored over the clinic). Its SHA-256 no longer matches."""
    db, copy = backed_up
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE visits SET pain_nrs = 8 WHERE id = 2")
    conn.commit()
    conn.close()
    before = _dump(db)
    done = calcitrack(
        "db", "restore", str(copy), "--yes", "--db", str(db), home=calcitrack_home
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "does not match its manifest" in done.stderr
    assert "SHA-256 differs" in done.stderr and "changed or damaged since" in done.stderr
    assert "Traceback" not in done.stderr
    assert _dump(db) == before


def _on_a_terminal(args: list[str], home: Path, answer: bytes) -> tuple[int, str]:
    """Run the command on a pseudo-terminal, answer its question, return (exit code, output)."""
    env = {**os.environ, "CALCITRACK_HOME": str(home)}
    env.pop("CALCITRACK_DATABASE_URL", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, its standard input a terminal
        os.execve(sys.executable, [sys.executable, "-m", "calcitrack", *args], env)
    output = b""
    answered = False
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        output += chunk
        if not answered and b"[y/N]" in output:
            os.write(fd, answer)
            answered = True
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


@pytest.mark.parametrize("answer", [b"n\n", b"y\n"])
def test_on_a_terminal_the_question_decides(
    backed_up: tuple[Path, Path], calcitrack_home: Path, answer: bytes
) -> None:
    db, copy = backed_up
    before = _rows(db, "SELECT count(*) FROM audit_log")
    code, output = _on_a_terminal(
        ["db", "restore", str(copy), "--db", str(db)], calcitrack_home, answer
    )
    assert "holds data. Replace all of it" in output and "Traceback" not in output
    if answer == b"n\n":
        assert code == 1 and "not restored" in output
        assert _rows(db, "SELECT count(*) FROM audit_log") == before
    else:
        assert code == 0, output
        assert _rows(db, "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == [("restore",)]
