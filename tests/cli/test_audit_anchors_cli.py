"""The audit chain anchored outside the database: a trail rewritten with every hash recomputed, or
cut short, still verifies as a chain; ``audit verify`` finds both with this workstation's anchor
log, a backup manifest or an anchor given by hand (real processes, a real SQLite file and the
PostgreSQL server, whose append-only trigger is dropped as superuser)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Connection, create_engine, text

from calcitrack.domain.audit_trail.audit import ChainFields, dumps_canonical, entry_hash
from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.store.audit_trail.anchor_log import LOG_NAME
from calcitrack.store.engine import database_url
from tests.cli.test_cli import calcitrack
from tests.support.accounts import open_signed_in


def _demo(url: str, home: Path) -> str:
    done = calcitrack("demo", "--db", url, home=home)
    assert done.returncode == 0, done.stderr
    open_signed_in(url).close()
    return url


@pytest.fixture
def demo_url(db_url: str, calcitrack_home: Path) -> str:
    """The demo clinic on SQLite and PostgreSQL: for the reproductions."""
    return _demo(db_url, calcitrack_home)


@pytest.fixture
def sqlite_demo_url(sqlite_url: str, calcitrack_home: Path) -> str:
    """The demo clinic on SQLite only: for what the engine does not change (files, options)."""
    return _demo(sqlite_url, calcitrack_home)


def _log(home: Path) -> Path:
    return home / "data" / LOG_NAME


def _drop_append_only_triggers(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
    else:
        conn.execute(text("DROP TRIGGER audit_log_no_update_delete ON audit_log"))


def _rewrite_visit_and_its_trail(url: str) -> int:
    """As a forger with the database would: pain 9 on visit 1, its create entry saying so too,
    and every hash from there on recomputed. Returns the edited entry's id."""
    engine = create_engine(database_url(url))
    try:
        with engine.begin() as conn:
            _drop_append_only_triggers(conn)
            conn.execute(text("UPDATE visits SET pain_nrs = 9 WHERE id = 1"))
            edited = conn.execute(
                text(
                    "SELECT id FROM audit_log WHERE table_name = 'visits' AND record_id = '1' "
                    "AND action = 'create'"
                )
            ).scalar_one()
            rows = conn.execute(
                text("SELECT * FROM audit_log WHERE id >= :id ORDER BY id"), {"id": edited}
            ).all()
            prev = rows[0].prev_hash
            for row in rows:
                changes = row.changes_json
                if row.id == edited:
                    data = json.loads(changes)
                    data["pain_nrs"] = 9
                    changes = dumps_canonical(data)
                occurred = row.occurred_at
                if isinstance(occurred, str):  # SQLite through text(): no type processing
                    from datetime import datetime, timezone

                    occurred = datetime.fromisoformat(occurred).replace(tzinfo=timezone.utc)
                fields = ChainFields(
                    row.id, occurred, row.actor_id, row.action, row.table_name, row.record_id,
                    row.patient_id, changes,
                )  # fmt: skip
                digest = entry_hash(prev, fields)
                conn.execute(
                    text(
                        "UPDATE audit_log SET changes_json = :c, prev_hash = :p, hash = :h "
                        "WHERE id = :id"
                    ),
                    {"c": changes, "p": prev, "h": digest, "id": row.id},
                )
                prev = digest
        return int(edited)
    finally:
        engine.dispose()


def _delete_newest_entries(url: str, how_many: int) -> int:
    """Delete the newest entries; returns the id of the newest one deleted."""
    engine = create_engine(database_url(url))
    try:
        with engine.begin() as conn:
            _drop_append_only_triggers(conn)
            newest = int(conn.execute(text("SELECT max(id) FROM audit_log")).scalar_one())
            conn.execute(text("DELETE FROM audit_log WHERE id > :n"), {"n": newest - how_many})
        return newest
    finally:
        engine.dispose()


def _head(url: str) -> ChainAnchor:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
            ).one()
        return ChainAnchor(row.id, row.hash)
    finally:
        engine.dispose()


def test_every_write_notes_the_chain_head_in_a_private_log(
    demo_url: str, calcitrack_home: Path
) -> None:
    log = _log(calcitrack_home)
    lines = log.read_text("utf-8").splitlines()
    assert len(lines) >= 3  # accounts, charts, signatures, the test account
    last_time, database, anchor = lines[-1].split()
    assert ChainAnchor.parse(anchor) == _head(demo_url)
    assert database.startswith("db-") and last_time.endswith("Z")
    assert {line.split()[1] for line in lines} == {database}
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    done = calcitrack("audit", "verify", "--db", demo_url, home=calcitrack_home)
    assert done.returncode == 0, done.stdout + done.stderr
    now = len(log.read_text("utf-8").splitlines())  # the sign-in of audit verify is one more
    assert now == len(lines) + 1
    assert (
        f"{now} anchors noted outside the database are still in the trail ({now} from this "
        "workstation's log"
    ) in done.stdout


def test_a_trail_rewritten_with_every_hash_recomputed_is_found(
    demo_url: str, calcitrack_home: Path
) -> None:
    _rewrite_visit_and_its_trail(demo_url)
    done = calcitrack("audit", "verify", "--db", demo_url, home=calcitrack_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "audit trail intact" in done.stdout  # the chain alone cannot tell
    assert "every audited row holds what the trail says" in done.stdout  # nor the replay
    assert "the trail was rewritten: entry #" in done.stdout
    assert "no longer has the hash recorded on " in done.stdout
    assert "this workstation's log" in done.stdout


def test_the_newest_entries_deleted_are_found(demo_url: str, calcitrack_home: Path) -> None:
    newest = _delete_newest_entries(demo_url, 3)
    done = calcitrack("audit", "verify", "--db", demo_url, home=calcitrack_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"the trail was truncated: entry #{newest} recorded on " in done.stdout
    assert "is gone" in done.stdout


def test_anchors_from_a_backup_manifest_or_by_hand_are_checked_too(
    sqlite_demo_url: str, calcitrack_home: Path, tmp_path: Path
) -> None:
    head = _head(sqlite_demo_url)
    manifest = tmp_path / "backup.manifest.json"
    manifest.write_text(
        json.dumps({"chain_head": head.text(), "created_at": "2026-12-06T09:00:00+00:00"}),
        "utf-8",
    )
    _log(calcitrack_home).unlink()  # verified on another workstation: no log of its own
    _delete_newest_entries(sqlite_demo_url, 3)  # each verify's sign-in appends one entry again
    done = calcitrack(
        "audit", "verify", "--db", sqlite_demo_url, "--anchor-file", str(manifest),
        home=calcitrack_home,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert (
        f"the trail was truncated: entry #{head.entry_id} recorded on 2026-12-06 09:00 UTC is "
        f"gone (noted in the backup manifest {manifest})"
    ) in done.stdout
    by_hand = calcitrack(
        "audit", "verify", "--db", sqlite_demo_url, "--anchor", head.text(), home=calcitrack_home
    )
    assert by_hand.returncode == 1
    assert f"entry #{head.entry_id} recorded is gone (noted in --anchor)" in by_hand.stdout
    older = ChainAnchor(head.entry_id - 1, "0" * 64)
    wrong = calcitrack(
        "audit", "verify", "--db", sqlite_demo_url, "--anchor", older.text(), home=calcitrack_home
    )
    assert wrong.returncode == 1
    assert f"entry #{older.entry_id} no longer has the hash recorded" in wrong.stdout


def test_bad_anchors_are_one_line_each(
    sqlite_demo_url: str, calcitrack_home: Path, tmp_path: Path
) -> None:
    bad = calcitrack(
        "audit", "verify", "--db", sqlite_demo_url, "--anchor", "12:abc", home=calcitrack_home
    )
    assert bad.returncode == 2 and "not a chain anchor" in bad.stderr
    assert "Traceback" not in bad.stderr
    missing = tmp_path / "nowhere.json"
    gone = calcitrack(
        "audit", "verify", "--db", sqlite_demo_url, "--anchor-file", str(missing),
        home=calcitrack_home,
    )  # fmt: skip
    assert gone.returncode == 2 and f"{missing}: cannot be read" in gone.stderr
    not_json = tmp_path / "x.json"
    not_json.write_text('{"chain_head": 5}', "utf-8")
    odd = calcitrack(
        "audit", "verify", "--db", sqlite_demo_url, "--anchor-file", str(not_json),
        home=calcitrack_home,
    )  # fmt: skip
    assert odd.returncode == 2 and "chain_head" in odd.stderr
    assert "Traceback" not in gone.stderr + odd.stderr


def test_a_summarys_footer_carries_the_chain_head_and_it_is_checked(
    sqlite_demo_url: str, calcitrack_home: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "summary.pdf"
    made = calcitrack(
        "report", "--db", sqlite_demo_url, "--mrn", DEMO_RA_MRN, "-o", str(pdf),
        home=calcitrack_home,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    reader = PdfReader(pdf)
    anchor = ChainAnchor.parse(str(reader.metadata["/CalciTrackAuditAnchor"]))  # type: ignore[index]
    # the head when the summary was made: after the sign-in, before the summary's own entry
    assert anchor.text() in _log(calcitrack_home).read_text("utf-8")
    assert _head(sqlite_demo_url).entry_id == anchor.entry_id + 1
    for page in reader.pages:
        assert anchor.short() in page.extract_text()
    _log(calcitrack_home).unlink()  # only the PDF knows it
    _delete_newest_entries(sqlite_demo_url, 4)
    done = calcitrack(
        "audit", "verify", "--db", sqlite_demo_url, "--anchor", anchor.text(), home=calcitrack_home
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"entry #{anchor.entry_id} recorded is gone (noted in --anchor)" in done.stdout
    short = calcitrack(
        "audit", "verify", "--db", sqlite_demo_url, "--anchor", anchor.short(), home=calcitrack_home
    )  # as a person types it from the printed footer
    assert short.returncode == 1, short.stdout + short.stderr
    assert f"entry #{anchor.entry_id} recorded is gone (noted in --anchor)" in short.stdout
