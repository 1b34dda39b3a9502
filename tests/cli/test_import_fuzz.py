"""A property-based fuzz test of `calcitrack import`: structure-aware mutations of a real export of
the demo clinic (a value of another type, extreme numbers, huge or odd strings, keys deleted or
duplicated, deep nesting, list items swapped, NaN/Infinity tokens, the text cut short), imported
by the real command into a real SQLite file.

Whatever the file, the command ends with success or with a message and a documented exit code,
never a traceback; a refused import leaves every table's row count and the audit trail exactly as
they were; a successful one can be exported again as valid JSON.

`make test` runs 60 examples (derandomized under the `ci` profile); `make fuzz` runs thousands
(the `fuzz` profile, tests/conftest.py).
"""

from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calcitrack.cli.exits import EXIT_DATA
from tests.support.import_runs import DemoImport, demo_document, fresh_copy, run_cli, snapshot

Path_ = tuple[Any, ...]

SHORT_RUN = 60
"""Examples in `make test`; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) takes its profile's thousands."""
EXAMPLES = settings().max_examples if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else SHORT_RUN

ODD_STRINGS = [
    "",
    " ",
    "\x00",
    "\ud800",  # a lone surrogate: valid in JSON text, not encodable as UTF-8
    "\u202e\u0646\u200b",
    "=HYPERLINK(\"x\")",
    "Ünïcødé ☃ 𝄞",
    "2024-02-30",
    "0000-01-01",
    "9999-12-31",
    "x" * 20_001,
    "y" * 101,
]
EXTREME_NUMBERS = [0, -1, -0.0, 1e308, -1e308, 5e-324, 2**53, 2**63, -(2**63), 10**20, 0.1, 1e-9]


def _values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.sampled_from(EXTREME_NUMBERS),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(ODD_STRINGS),
        st.text(max_size=30),
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=6,
    )


def _paths(node: Any, here: Path_ = ()) -> list[Path_]:
    found: list[Path_] = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*here, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*here, i))
    return found


def _parent(document: Any, path: Path_) -> Any:
    for step in path[:-1]:
        document = document[step]
    return document


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:40]}…({len(text):,} chars)"


def _mutate_tree(draw: st.DrawFn, document: dict[str, Any], steps: list[str]) -> None:
    paths = [p for p in _paths(document) if p]
    path = draw(st.sampled_from(paths))
    parent, last = _parent(document, path), path[-1]
    kind = draw(st.sampled_from(["replace", "delete", "swap", "duplicate_item", "wrap"]))
    steps.append(f"{kind} {_short(path)}")
    if kind == "replace":
        parent[last] = copy.deepcopy(draw(_values()))  # never mutate what hypothesis keeps
        steps.append(f"  with {_short(parent[last])}")
    elif kind == "delete":
        del parent[last]
    elif kind == "swap" and isinstance(parent, list) and len(parent) > 1:
        other = draw(st.integers(0, len(parent) - 1))
        parent[last], parent[other] = parent[other], parent[last]
    elif kind == "duplicate_item" and isinstance(parent, list):
        parent.append(json.loads(json.dumps(parent[last])))
    elif kind == "wrap":
        parent[last] = [parent[last]] if draw(st.booleans()) else {"value": parent[last]}


_NUMBER = re.compile(r"(?<=: )-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?=[,\n])")
_KEY = re.compile(r'"([a-z_]+)": ')


def _mutate_text(draw: st.DrawFn, text: str, steps: list[str]) -> str:
    kind = draw(
        st.sampled_from(["none", "token", "digits", "duplicate_key", "nest", "truncate"])
    )
    steps.append(f"text: {kind}")
    if kind == "token":
        numbers = list(_NUMBER.finditer(text))
        if numbers:
            at = draw(st.sampled_from(numbers))
            token = draw(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e999"]))
            text = text[: at.start()] + token + text[at.end() :]
            steps.append(f"  {token} at {at.start()}")
    elif kind == "digits":
        numbers = list(_NUMBER.finditer(text))
        if numbers:
            at = draw(st.sampled_from(numbers))
            digits = "9" * draw(st.sampled_from([17, 400, 4301, 6000]))
            text = text[: at.start()] + digits + text[at.end() :]
            steps.append(f"  {len(digits)} digits at {at.start()}")
    elif kind == "duplicate_key":
        keys = list(_KEY.finditer(text))
        if keys:
            at = draw(st.sampled_from(keys))
            value = json.dumps(draw(_values()), ensure_ascii=draw(st.booleans()))
            text = f"{text[: at.start()]}\"{at.group(1)}\": {value}, {text[at.start() :]}"
            steps.append(f"  {at.group(1)} again: {_short(value)}")
    elif kind == "nest":
        keys = list(_KEY.finditer(text))
        if keys:
            at = draw(st.sampled_from(keys))
            depth = draw(st.sampled_from([8, 40, 900, 1_000, 5_000]))
            text = text[: at.end()] + "[" * depth + "]" * depth + ", \"x\": " + text[at.end() :]
            steps.append(f"  {depth} deep at {at.group(1)}")
    elif kind == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
        steps.append(f"  to {len(text)} characters")
    return text


class Fuzzed:
    """A mutated file, shown in a falsifying example by its mutations (not its 100 kB)."""

    def __init__(self, raw: bytes, steps: tuple[str, ...]) -> None:
        self.raw, self.steps = raw, steps

    def __repr__(self) -> str:
        return f"Fuzzed({len(self.raw):,} bytes: " + "; ".join(self.steps) + ")"


@st.composite
def mutated_files(draw: st.DrawFn, document: dict[str, Any]) -> Fuzzed:
    steps: list[str] = []
    mutated = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(0, 3))):
        _mutate_tree(draw, mutated, steps)
    text = json.dumps(mutated, indent=1, ensure_ascii=draw(st.booleans()))
    text = _mutate_text(draw, text, steps)
    raw = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()) and raw:
        at = draw(st.integers(0, len(raw) - 1))
        odd = draw(st.sampled_from([b"\xff", b"\xc3", b"\x00", b"\xef\xbb\xbf"]))
        raw = raw[:at] + odd + raw[at:]
        steps.append(f"byte {odd!r} at {at}")
    return Fuzzed(raw, tuple(steps))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(fuzzed=mutated_files(demo_document()))
def test_any_mutation_of_an_export_is_imported_or_refused_cleanly(
    fuzzed: Fuzzed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_import: DemoImport,
) -> None:
    db = fresh_copy(demo_import, tmp_path)
    source = tmp_path / "fuzzed.json"
    source.write_bytes(fuzzed.raw)
    before = snapshot(db)

    try:
        done = run_cli("import", "--db", str(db), str(source), monkeypatch=monkeypatch)
    except Exception as exc:  # what the user would see as a traceback
        raise AssertionError(f"a traceback: {type(exc).__name__}: {str(exc)[:300]}") from None

    assert "Traceback" not in done.stderr
    if done.code != 0:
        assert done.code == EXIT_DATA, done.stderr
        assert done.stderr.startswith(f"error: {source}"), done.stderr
        assert snapshot(db) == before, "a refused import changed the database"
        return
    after = snapshot(db)
    imported = int(done.stdout.split()[1])  # "imported N patients (M visits) from FILE"
    assert after["counts"]["patients"] == before["counts"]["patients"] + imported
    assert after["trail"][: len(before["trail"])] == before["trail"]
    out = tmp_path / "again.json"
    again = run_cli("export", "--db", str(db), "--all", "-o", str(out), monkeypatch=monkeypatch)
    assert again.code == 0, again.stderr
    json.loads(out.read_text("utf-8"), parse_constant=_not_json)


def _not_json(token: str) -> None:
    raise AssertionError(f"{token} in an export: not JSON")
