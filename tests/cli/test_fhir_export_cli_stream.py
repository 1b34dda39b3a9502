"""``calcitrack export --format fhir --all`` to standard output, streamed as it is built: still
one Bundle that validates, every reference inside it, each Practitioner once, and no progress
bar in the output (it goes to standard error, on a terminal only)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from tests.cli.test_cli import calcitrack
from tests.reports.interop.fhir_support import resources, unresolved
from tests.support.accounts import open_signed_in


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fhir-stream-demo")
    db = folder / "demo.sqlite3"
    done = calcitrack("demo", "--db", str(db), home=folder / "home")
    assert done.returncode == 0, done.stderr
    open_signed_in(str(db)).close()
    return db


def test_every_patient_to_standard_output_is_one_bundle(
    demo_db: Path, calcitrack_home: Path
) -> None:
    done = calcitrack("export", "--format", "fhir", "--db", str(demo_db), "--all",
                      home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    Bundle.model_validate_json(done.stdout)
    raw = json.loads(done.stdout)
    assert len(resources(raw, "Patient")) == 5
    assert unresolved(raw) == set()
    names = Counter(p["name"][0]["text"] for p in resources(raw, "Practitioner"))
    assert names and set(names.values()) == {1}
    assert "FHIR export" not in done.stderr  # no progress bar off a terminal
