"""The draft store: what a nurse typed survives a crash, on disk, atomically."""

from __future__ import annotations

import json
import logging
import os
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from calcitrack.ui.visit_form.draft_store import SUFFIX, DraftAuthor, DraftStore, draft_key


def payload(mrn: str = "DEMO-0001", visit_id: int | None = None, **extra: object) -> dict:
    return {"mrn": mrn, "visit_id": visit_id, "visit_date": "2026-10-05", **extra}


def test_a_saved_draft_loads_back_and_is_listed_as_pending(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    key = draft_key("DEMO-0001", None)
    store.save(key, payload(sections={"vitals": {"weight_kg": "61.5"}}, notes="Ulcer ✓ ñ"))

    assert store.load(key) == payload(sections={"vitals": {"weight_kg": "61.5"}}, notes="Ulcer ✓ ñ")
    [info] = store.pending()
    assert (info.key, info.mrn, info.visit_id, info.visit_date) == (
        key,
        "DEMO-0001",
        None,
        date(2026, 10, 5),
    )
    assert info.saved_at.tzinfo is not None


def test_keys_of_new_and_edited_visits_differ_and_odd_mrns_make_safe_file_names(
    tmp_path: Path,
) -> None:
    store = DraftStore(tmp_path)
    assert draft_key("A1", None) == "A1--new"
    assert draft_key("A1", 7) == "A1--7"
    odd = draft_key("../x/y:z*", 3)
    store.save(odd, payload("../x/y:z*", 3))
    [path] = list(tmp_path.iterdir())
    assert path.parent == tmp_path and "/" not in path.name and ":" not in path.name
    assert store.load(odd) == payload("../x/y:z*", 3)
    assert store.load(draft_key("../x/y_z_", 3)) is None
    assert [i.visit_id for i in store.pending()] == [3]


def test_saving_again_replaces_the_draft_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    key = draft_key("M", None)
    store.save(key, payload("M", notes="first"))
    store.save(key, payload("M", notes="second"))
    assert store.load(key)["notes"] == "second"
    assert [p.name for p in tmp_path.iterdir()] == [store.path_for(key).name]


def test_discard_removes_the_draft_and_is_harmless_twice(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    key = draft_key("M", 4)
    store.save(key, payload("M", 4))
    store.discard(key)
    store.discard(key)
    assert store.load(key) is None
    assert store.pending() == []


def test_no_directory_means_no_drafts(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "never-made")
    assert store.pending() == []
    assert store.load("X--new") is None


@pytest.mark.parametrize("content", ['{"payload": {"mrn": "DEMO-0001"', "[1, 2]", "\xff\xfe"])
def test_a_corrupt_draft_is_moved_aside_with_a_warning_that_names_no_patient(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    store = DraftStore(tmp_path)
    key = draft_key("DEMO-0001", None)
    store.save(key, payload(patient_name="Haddad, Amal"))
    store.path_for(key).write_bytes(content.encode("latin-1"))

    with caplog.at_level(logging.WARNING, logger="calcitrack.ui.visit_form.draft_store"):
        assert store.load(key) is None
    assert not store.path_for(key).exists()
    aside = list(tmp_path.glob("*.corrupt"))
    assert len(aside) == 1 and aside[0].read_bytes() == content.encode("latin-1")
    assert "moved aside" in caplog.text
    assert "DEMO-0001" not in caplog.text and "Haddad" not in caplog.text
    assert store.pending() == []


def test_pending_skips_a_corrupt_file_but_lists_the_good_ones(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save(draft_key("GOOD", None), payload("GOOD"))
    store.save(draft_key("BAD", None), payload("BAD"))
    store.path_for(draft_key("BAD", None)).write_text("{not json", encoding="utf-8")
    assert [i.mrn for i in store.pending()] == ["GOOD"]
    assert len(list(tmp_path.glob("*.corrupt"))) == 1


def test_the_file_is_plain_json_with_its_envelope(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("K--new", payload("K"))
    data = json.loads(store.path_for("K--new").read_text(encoding="utf-8"))
    assert {"saved_at", "mrn", "visit_id", "visit_date", "payload"} <= set(data)


# -- drafts are personal ---------------------------------------------------------------------

NURSE = DraftAuthor(3, "nurse", "Nurse Ana Demo")
PHYSICIAN = DraftAuthor(4, "physician", "Dr Ben Demo")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 14, 2, 5, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)


def test_a_draft_records_its_author_when_it_was_started_and_when_it_was_last_typed(
    tmp_path: Path,
) -> None:
    clock = Clock()
    store = DraftStore(tmp_path, NURSE, now=clock)
    key = draft_key("DEMO-0001", None)
    store.save(key, payload(notes="a"))
    started = clock.now
    clock.tick(3)
    store.save(key, payload(notes="ab"))  # the half-second re-save while typing
    typed = clock.now
    clock.tick(5)
    store.save(key, payload(notes="ab"))  # written again (the form hidden), nothing new typed
    [info] = store.pending()
    assert info.author == NURSE
    assert info.started_at == started and info.last_typed_at == typed
    assert info.saved_at == clock.now
    envelope = json.loads(store.path_for(key).read_text(encoding="utf-8"))
    assert envelope["author"] == {"id": 3, "username": "nurse", "name": "Nurse Ana Demo"}

    again = DraftStore(tmp_path, NURSE, now=clock)  # the next session keeps the start
    clock.tick(60)
    again.save(key, payload(notes="abc"))
    assert again.pending()[0].started_at == started
    again.discard(key)
    again.save(key, payload(notes="new"))  # a new draft of the same visit: a new start
    assert again.pending()[0].started_at == clock.now


def test_two_accounts_drafts_of_the_same_visit_never_meet(tmp_path: Path) -> None:
    nurse, physician = DraftStore(tmp_path, NURSE), DraftStore(tmp_path, PHYSICIAN)
    key = draft_key("DEMO-0001", None)
    nurse.save(key, payload(notes="nurse's"))
    assert physician.load(key) is None and physician.pending() == []
    physician.save(key, payload(notes="physician's"))
    assert nurse.load(key)["notes"] == "nurse's"
    assert physician.load(key)["notes"] == "physician's"
    assert [i.author for i in nurse.pending()] == [NURSE]
    physician.discard(key)
    assert nurse.load(key)["notes"] == "nurse's"
    assert DraftStore(tmp_path).pending() == []  # none of them is a stray of the root


def test_a_file_of_someone_else_in_an_accounts_folder_is_not_offered(tmp_path: Path) -> None:
    nurse, physician = DraftStore(tmp_path, NURSE), DraftStore(tmp_path, PHYSICIAN)
    key = draft_key("DEMO-0001", None)
    physician.save(key, payload())
    nurse.directory.mkdir(parents=True, exist_ok=True)
    (nurse.directory / physician.path_for(key).name).write_bytes(
        physician.path_for(key).read_bytes()
    )
    assert nurse.load(key) is None and nurse.pending() == []


def test_drafts_of_an_earlier_version_are_listed_and_claimed_by_one_account(
    tmp_path: Path,
) -> None:
    key = draft_key("DEMO-0001", None)
    old = {
        "format": 1, "key": key, "saved_at": "2026-11-19T16:40:00+00:00", "mrn": "DEMO-0001",
        "visit_id": None, "visit_date": "2026-11-19", "payload": payload(notes="old"),
    }
    (tmp_path / "DEMO-0001--new.draft.json").write_text(json.dumps(old), encoding="utf-8")
    nurse, physician = DraftStore(tmp_path, NURSE), DraftStore(tmp_path, PHYSICIAN)
    assert nurse.pending() == [] and physician.pending() == []  # not anyone's own
    [info] = nurse.earlier()
    assert info.author is None and info.mrn == "DEMO-0001"
    assert info.typed_at == datetime(2026, 11, 19, 16, 40, tzinfo=timezone.utc)

    assert nurse.claim(key)
    assert nurse.load(key)["notes"] == "old" and nurse.pending()[0].author == NURSE
    assert nurse.pending()[0].started_at == info.saved_at
    assert physician.earlier() == [] and not physician.claim(key)


def test_claiming_never_overwrites_the_accounts_own_draft(tmp_path: Path) -> None:
    key = draft_key("DEMO-0001", None)
    DraftStore(tmp_path).save(key, payload(notes="old"))
    nurse = DraftStore(tmp_path, NURSE)
    nurse.save(key, payload(notes="mine"))
    assert not nurse.claim(key)
    assert nurse.load(key)["notes"] == "mine" and len(nurse.earlier()) == 1
    nurse.discard_earlier(key)
    assert nurse.earlier() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_draft_files_are_the_users_alone(tmp_path: Path) -> None:
    root = tmp_path / "drafts"
    root.mkdir(mode=0o755)  # as an earlier version left it
    os.chmod(root, 0o755)
    old_umask = os.umask(0o002)
    try:
        nurse = DraftStore(root, NURSE)
        nurse.save(draft_key("DEMO-0001", None), payload())
        nurse.save(draft_key("DEMO-0001", None), payload(notes="again"))
        DraftStore(root).save(draft_key("DEMO-0002", None), payload("DEMO-0002"))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE(nurse.directory.stat().st_mode) == 0o700
    files = list(root.rglob(f"*{SUFFIX}"))
    assert len(files) == 2
    assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}
    assert not list(root.rglob("*.tmp"))
