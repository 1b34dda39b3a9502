"""The draft store: what a nurse typed survives a crash, on disk, atomically."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from calcitrack.ui.draft_store import DraftStore, draft_key


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

    with caplog.at_level(logging.WARNING, logger="calcitrack.ui.draft_store"):
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
