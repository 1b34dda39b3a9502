"""`calcitrack import` as a user runs it (real processes, a real SQLite file): an impossible value
names the file, patient, visit and field and imports nothing; unusual values are listed and
refused until the user passes --accept-unusual, and are then confirmed in the audit trail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export import interchange
from tests.cli.test_cli import calcitrack
from tests.support.accounts import TEST_USERNAME, open_signed_in
from tests.support.sample_chart import sample_chart


def _file(tmp_path: Path, name: str, hip: float, calcium_mg_dl: float = 9.4) -> Path:
    document: dict[str, Any] = interchange.export_document([sample_chart()])
    patient = document["patients"][0]
    patient["visits"][1]["rom"] = [
        {"joint": "hip", "movement": "flexion", "side": "right", "degrees": hip}
    ]
    patient["labs"][0].update(value=calcium_mg_dl, unit="mg/dL", ref_low=None, ref_high=None)
    path = tmp_path / name
    path.write_text(json.dumps(document), "utf-8")
    return path


def _patients(db: Path) -> int:
    clinic = open_signed_in(str(db))
    try:
        with clinic.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM patients")).scalar_one())
    finally:
        clinic.close()


def test_an_impossible_value_names_patient_visit_and_field_and_imports_nothing(
    tmp_path: Path, calcitrack_home: Path
) -> None:
    db = tmp_path / "clinic.sqlite3"
    open_signed_in(str(db)).close()
    bad = _file(tmp_path, "bad.json", hip=200)
    done = calcitrack("import", str(bad), "--db", str(db), "--accept-unusual",
                      home=calcitrack_home)
    assert done.returncode == 3, done.stderr
    assert f"{bad}: 1 problem(s); nothing was imported:" in done.stderr
    assert (
        "  $.patients[0].visits[1].rom[0].degrees (MRN T-100, visit of 2025-04-14): "
        "200° is impossible" in done.stderr
    )
    assert "Traceback" not in done.stderr
    assert _patients(db) == 0


def test_unusual_values_are_listed_then_accepted_and_confirmed_in_the_audit_trail(
    tmp_path: Path, calcitrack_home: Path
) -> None:
    db = tmp_path / "clinic.sqlite3"
    open_signed_in(str(db)).close()
    odd = _file(tmp_path, "odd.json", hip=140, calcium_mg_dl=2.35)
    refused = calcitrack("import", str(odd), "--db", str(db), home=calcitrack_home)
    assert refused.returncode == 3, refused.stderr
    lines = refused.stderr.splitlines()
    assert f"error: {odd}: 2 unusual value(s); nothing was imported:" in lines
    assert (
        "  $.patients[0].visits[1].rom[0].degrees (MRN T-100, visit of 2025-04-14): "
        "Hip flexion, right: 140° — 15° above the normal reference of 125° [R22] "
        "(setting: Range of motion: ask when above the normal reference by more than 10°)" in lines
    )
    calcium = next(line for line in lines if line.startswith("  $.patients[0].labs[0].value"))
    assert "(MRN T-100, lab of 2025-01-13): Calcium, total (serum/plasma): 2.35 mg/dL" in calcium
    assert "as 2.35 mmol/L it would be typical" in calcium
    assert "--accept-unusual" in refused.stderr
    assert _patients(db) == 0

    accepted = calcitrack("import", str(odd), "--db", str(db), "--accept-unusual",
                          home=calcitrack_home)
    assert accepted.returncode == 0, accepted.stderr
    assert "imported 1 patient (2 visits)" in accepted.stdout
    assert (
        f"accepted 2 unusual value(s), each recorded in the audit trail as confirmed by "
        f"{TEST_USERNAME}:" in accepted.stdout
    )
    clinic = open_signed_in(str(db))
    try:
        confirmed = [e for e in AuditService(clinic.context()).entries() if e.action == "confirm"]
    finally:
        clinic.close()
    assert [(e.actor_username, e.changes["confirmed"], e.changes["file"]) for e in confirmed] == [
        (TEST_USERNAME, "Calcium, total (serum/plasma): 2.35 mg/dL", "odd.json"),
        (TEST_USERNAME, "Hip flexion, right: 140°", "odd.json"),
    ]
