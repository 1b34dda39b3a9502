"""Audit entries in words: an update as "field: old → new" lines, a create or delete as its
values under a heading that says which, an event as its details, and the one-line summary of the
table (version left out, long text cut)."""

from __future__ import annotations

from datetime import datetime, timezone

from calcitrack.domain.audit_trail.audit import (
    GENESIS_HASH,
    AuditEntry,
    VerifyResult,
    canonical_json,
)
from calcitrack.ui.audit.audit_changes_text import (
    action_label,
    change_lines,
    changes_summary,
    detail_text,
    local_time_text,
    record_text,
    value_text,
    verify_text,
)

AT = datetime(2026, 11, 20, 9, 30, 15, tzinfo=timezone.utc)


def _entry(action: str, changes: object, **kw: object) -> AuditEntry:
    fields: dict = {
        "id": 42,
        "occurred_at": AT,
        "actor_id": 1,
        "action": action,
        "table_name": "patients",
        "record_id": "7",
        "patient_id": 7,
        "changes_json": canonical_json(changes),
        "prev_hash": GENESIS_HASH,
        "hash": "ab" * 32,
        "actor_username": "dr.ruiz",
        "patient_mrn": "A-1",
    }
    fields.update(kw)
    return AuditEntry(**fields)


def test_an_update_reads_field_old_to_new_with_the_version_last() -> None:
    entry = _entry(
        "update",
        {
            "version": [1, 2],
            "family_name": ["Cadório", "Cadório-Silva"],
            "date_of_birth": ["1968-06-02", "1968-06-03"],
        },
    )
    assert change_lines(entry) == [
        "date_of_birth: 1968-06-02 → 1968-06-03",
        "family_name: Cadório → Cadório-Silva",
        "version: 1 → 2",
    ]
    assert changes_summary(entry) == (
        "date_of_birth: 1968-06-02 → 1968-06-03; family_name: Cadório → Cadório-Silva"
    )
    assert changes_summary(_entry("update", {"version": [1, 2]})) == "version: 1 → 2"


def test_values_read_as_people_write_them() -> None:
    assert value_text(None) == "—"
    assert (value_text(True), value_text(False)) == ("yes", "no")
    assert value_text("") == '""'
    assert value_text("line one\nline two") == "line one ⏎ line two"
    assert value_text(8.0) == "8.0"
    logo = {"bytes": 88, "sha256": "3f2a" * 16}
    assert value_text(logo) == "88 bytes (sha256 3f2a3f2a3f2a…)"
    assert value_text({"mrn": "A-1", "since": "2026-11-01"}) == (
        '{"mrn": "A-1", "since": "2026-11-01"}'
    )
    update = _entry("update", {"status_changed_on": [None, "2026-11-20"], "tender": [True, False]})
    assert change_lines(update) == ["status_changed_on: — → 2026-11-20", "tender: yes → no"]


def test_a_create_a_delete_and_an_event_say_what_their_values_are() -> None:
    created = _entry("create", {"mrn": "A-1", "archived": False, "version": 1})
    assert change_lines(created) == ["archived: no", "mrn: A-1", "version: 1"]
    assert changes_summary(created) == "archived: no; mrn: A-1"
    assert "Created with:\n  archived: no\n  mrn: A-1\n  version: 1" in detail_text(created)
    deleted = _entry("delete", {"reason": "wrong patient"}, table_name="visit_deletions")
    assert "Values when deleted:\n  reason: wrong patient" in detail_text(deleted)
    export = _entry(
        "export",
        {"format": "csv", "entries": 3, "filters": {"mrn": "A-1"}},
        table_name="audit_log",
        record_id=None,
    )
    assert change_lines(export) == ["entries: 3", 'filters: {"mrn": "A-1"}', "format: csv"]
    assert "Details:\n  entries: 3" in detail_text(export)
    assert record_text(export) == "audit_log"
    assert record_text(_entry("login", {}, table_name=None, record_id=None)) == "—"
    assert "No details." in detail_text(_entry("logout", {}, table_name=None, record_id=None))


def test_the_summary_is_cut_and_the_detail_has_everything() -> None:
    entry = _entry("create", {f"field_{n:02}": "x" * 30 for n in range(20)})
    summary = changes_summary(entry)
    assert len(summary) <= 240 and summary.endswith("…")
    detail = detail_text(entry)
    assert all(f"field_{n:02}: {'x' * 30}" in detail for n in range(20))


def test_the_detail_names_the_entry_its_author_and_its_hashes() -> None:
    entry = _entry("update", {"pain_nrs": [3, 6]}, table_name="visits", record_id="12")
    lines = detail_text(entry).splitlines()
    assert lines[0] == (
        f"Entry #42 · {local_time_text(AT)} · dr.ruiz · Changed visits #12 · patient A-1"
    )
    assert "  pain_nrs: 3 → 6" in lines
    assert f"Hash:          {'ab' * 32}" in lines
    assert f"Previous hash: {GENESIS_HASH}" in lines


def test_time_is_local_and_an_unknown_action_is_shown_as_stored() -> None:
    assert local_time_text(AT) == AT.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert action_label("update") == "Changed"
    assert action_label("pdf") == "PDF generated"
    assert action_label("teleport") == "teleport"  # written by a newer CalciTrack


def test_changes_that_are_not_json_are_shown_as_stored() -> None:
    entry = _entry("update", {}, changes_json="{broken")
    assert change_lines(entry) == ["{broken"]


def test_the_outcome_of_the_check_in_words() -> None:
    intact = VerifyResult(True, 12, last_id=12, last_hash="cd" * 32)
    assert (
        verify_text(intact)
        == f"Audit trail intact: 12 entries. Newest entry #12, hash {'cd' * 32}."
    )
    assert verify_text(VerifyResult(True, 0)) == "Audit trail intact: 0 entries."
    broken_entry = _entry("create", {"mrn": "A-1"}, id=3)
    broken = VerifyResult(False, 2, 3, "its content does not match its hash", broken_entry)
    assert verify_text(broken) == (
        f"Audit trail broken at entry #3 ({local_time_text(AT)}, Created patients #7): "
        "its content does not match its hash. The 2 entries before it are intact."
    )
