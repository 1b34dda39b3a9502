"""`calcitrack import` never shows a traceback: every file it refuses gets a message naming the
field (its JSON path) or the file and the reason, the documented exit code, and leaves the
database exactly as it was (the real command, a real SQLite file)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from calcitrack.cli.exits import EXIT_DATA
from calcitrack.domain.visits.validation import NOTES_MAX
from calcitrack.services.import_export.import_limits import MAX_FILE_BYTES, MAX_NESTING
from tests.support.accounts import TEST_ENV
from tests.support.import_runs import DemoImport, fresh_copy, run_cli, snapshot
from tests.support.not_root import as_ordinary_account

HEAD = '{"format": "calcitrack-interchange", "format_version": 1, "patients": '


def _refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo: DemoImport, content: bytes
) -> str:
    db = fresh_copy(demo, tmp_path)
    source = tmp_path / "incoming.json"
    source.write_bytes(content)
    before = snapshot(db)
    done = run_cli("import", "--db", str(db), str(source), monkeypatch=monkeypatch)
    assert done.code == EXIT_DATA, done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(db) == before
    return done.stderr


def _document(demo: DemoImport) -> dict[str, Any]:
    return copy.deepcopy(demo.document)


def test_the_unchanged_export_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    db = fresh_copy(demo_import, tmp_path)
    source = tmp_path / "incoming.json"
    source.write_text(json.dumps(demo_import.document), "utf-8")
    done = run_cli("import", "--db", str(db), str(source), monkeypatch=monkeypatch)
    assert done.code == 0, done.stderr
    assert "imported 5 patients" in done.stdout


def test_deep_nesting_is_refused_with_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    message = _refused(
        tmp_path, monkeypatch, demo_import, (HEAD + "[" * 1000 + "]" * 1000 + "}").encode()
    )
    assert f"nested more than {MAX_NESTING} levels deep" in message
    assert "line 1" in message


def test_deep_nesting_below_the_parser_limit_is_refused_by_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    document = _document(demo_import)
    document["patients"][0]["visits"][0]["notes"] = json.loads("[" * 200 + "]" * 200)
    message = _refused(tmp_path, monkeypatch, demo_import, json.dumps(document).encode())
    assert "$.patients[0].visits[0].notes" in message
    assert "nested more than" in message


def test_an_integer_of_5000_digits_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    message = _refused(tmp_path, monkeypatch, demo_import, (HEAD + "9" * 5000 + "}").encode())
    assert "$.patients: a number of 5,000 digits" in message


def test_patients_as_a_huge_number_is_refused_by_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    message = _refused(tmp_path, monkeypatch, demo_import, (HEAD + "1e308}").encode())
    assert "$.patients" in message and "not of type 'array'" in message


@pytest.mark.parametrize("token", ["Infinity", "-Infinity", "NaN", "1e400"])
def test_a_lab_value_that_is_not_a_finite_number_is_refused(
    token: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    document = _document(demo_import)
    document["patients"][0]["labs"][0]["value"] = 123456.5
    text = json.dumps(document).replace("123456.5", token)
    message = _refused(tmp_path, monkeypatch, demo_import, text.encode())
    assert "$.patients[0].labs[0].value" in message
    assert "finite number" in message


def test_an_integer_beyond_what_json_carries_exactly_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    document = _document(demo_import)
    document["patients"][0]["visits"][0]["heart_rate_bpm"] = 10**300
    message = _refused(tmp_path, monkeypatch, demo_import, json.dumps(document).encode())
    assert "$.patients[0].visits[0].heart_rate_bpm" in message
    assert "2^53" in message


def test_a_50_mb_note_is_refused_in_a_short_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    document = _document(demo_import)
    document["patients"][0]["visits"][0]["notes"] = "x" * 50_000_000
    message = _refused(tmp_path, monkeypatch, demo_import, json.dumps(document).encode())
    assert "$.patients[0].visits[0].notes" in message
    assert f"longer than {NOTES_MAX:,} characters" in message
    assert len(message) < 2_000


@pytest.mark.parametrize(
    ("where", "length"),
    [(("family_name",), 101), (("visits", 0, "clinician"), 101), (("lesions", 0, "notes"), 20_001)],
)
def test_text_beyond_its_stated_length_is_refused(
    where: tuple[Any, ...],
    length: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_import: DemoImport,
) -> None:
    document = _document(demo_import)
    target = document["patients"][0]
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = "y" * length
    message = _refused(tmp_path, monkeypatch, demo_import, json.dumps(document).encode())
    path = "$.patients[0]" + "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in where)
    assert path in message
    assert f"longer than {length - 1:,} characters" in message


def test_a_file_that_is_not_utf8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    message = _refused(
        tmp_path, monkeypatch, demo_import, (HEAD + '[{"mrn": "é"}]}').encode("latin-1")
    )
    assert "not UTF-8 text" in message
    assert "byte 0xe9" in message


def test_an_empty_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    message = _refused(tmp_path, monkeypatch, demo_import, b"")
    assert "incoming.json: the file is empty" in message


def test_a_file_larger_than_the_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    db = fresh_copy(demo_import, tmp_path)
    source = tmp_path / "huge.json"
    with source.open("wb") as sparse:  # a sparse file: no disk space used
        sparse.truncate(MAX_FILE_BYTES + 1)
    before = snapshot(db)
    done = run_cli("import", "--db", str(db), str(source), monkeypatch=monkeypatch)
    assert done.code == EXIT_DATA
    assert f"larger than the {MAX_FILE_BYTES // 1_000_000} MB" in done.stderr
    assert snapshot(db) == before


def test_an_endless_device_is_read_no_further_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    db = fresh_copy(demo_import, tmp_path)
    monkeypatch.setattr("calcitrack.services.import_export.import_limits.MAX_FILE_BYTES", 1_000_000)
    done = run_cli("import", "--db", str(db), "/dev/zero", monkeypatch=monkeypatch)
    assert done.code == EXIT_DATA
    assert "larger than the 1 MB an import reads" in done.stderr


def test_a_folder_instead_of_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_import: DemoImport
) -> None:
    db = fresh_copy(demo_import, tmp_path)
    done = run_cli("import", "--db", str(db), str(tmp_path), monkeypatch=monkeypatch)
    assert done.code == EXIT_DATA
    assert "is a folder, not a file" in done.stderr


def test_an_unreadable_file(tmp_path: Path, demo_import: DemoImport) -> None:
    """Through the real command, as an account that may not read the file (root, which may,
    runs it without that right)."""
    db = fresh_copy(demo_import, tmp_path)
    before = snapshot(db)
    source = tmp_path / "locked.json"
    source.write_text("{}", "utf-8")
    source.chmod(0)
    env = {**os.environ, **TEST_ENV, "CALCITRACK_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        as_ordinary_account(
            [sys.executable, "-m", "calcitrack", "import", "--db", str(db), str(source)]
        ),
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == EXIT_DATA, done.stderr
    assert "cannot be read" in done.stderr and "Traceback" not in done.stderr
    assert snapshot(db) == before
