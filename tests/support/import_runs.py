"""The real ``calcitrack import`` command run in this process against a real SQLite file, and what
the database held before and after.

``demo_import`` (session fixture, registered in tests/conftest.py through this plugin): the demo
clinic built once per session, and an export of it whose MRNs are renamed so that importing it
unchanged into a copy of the clinic succeeds. ``fresh_copy`` gives each run its own copy of the
clinic file; ``snapshot`` is what the database holds (row counts, and the audit trail but for
the sign-in entries each command adds).
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from calcitrack.cli.main import run
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export import interchange
from calcitrack.services.import_export.chart_service import ChartService
from tests.support.accounts import TEST_ENV, open_signed_in


class DemoImport:
    """The demo clinic's file, and an export of it with every MRN renamed (importable into it).

    Not a dataclass: hypothesis prints it with every example, and only the short repr will do."""

    def __init__(self, clinic_file: Path, document: dict[str, Any]) -> None:
        self.clinic_file = clinic_file
        self.document = document

    def __repr__(self) -> str:  # short: hypothesis prints it with every falsifying example
        return f"DemoImport({self.clinic_file.name}, {len(self.document['patients'])} patients)"


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def demo_import(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoImport]:
    folder = tmp_path_factory.mktemp("demo_import")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CALCITRACK_HOME", str(folder / "home"))
        db = folder / "demo.sqlite3"
        clinic = open_signed_in(f"sqlite:///{db}")
        try:
            charts = ChartService(clinic.context())
            charts.add_charts(demo_charts())
            document = charts.export_document(charts.all_mrns())
        finally:
            clinic.close()
    yield DemoImport(db, _renamed(document))


def _renamed(document: dict[str, Any]) -> dict[str, Any]:
    document = json.loads(json.dumps(document))
    for patient in document["patients"]:
        patient["mrn"] = "FZ-" + patient["mrn"]
    return document


@cache
def _demo_document_text() -> str:
    return json.dumps(_renamed(interchange.export_document(demo_charts())))


def demo_document() -> dict[str, Any]:
    """The demo clinic's charts as the export writes them (the same function), MRNs renamed: a
    value for a strategy, known before any fixture runs."""
    return json.loads(_demo_document_text())


def fresh_copy(demo: DemoImport, folder: Path) -> Path:
    target = folder / "clinic.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(demo.clinic_file, target)
    return target


def run_cli(*argv: str, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    """``calcitrack ARGV`` in this process, signed in as the test account; an error the command
    does not explain propagates (a traceback for the user) and fails the test."""
    for name, value in TEST_ENV.items():
        monkeypatch.setenv(name, value)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(argv))
    return Outcome(code, out.getvalue(), err.getvalue())


def snapshot(db: Path) -> dict[str, Any]:
    """Row counts of every table, and every audit entry but the sign-ins (id, action, hash)."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        counts.pop("audit_log", None)
        trail = conn.execute(
            "SELECT id, action, hash FROM audit_log WHERE action <> 'login' ORDER BY id"
        ).fetchall()
    return {"counts": counts, "trail": trail}
