"""The JSON interchange format: exact round trips, all-or-nothing imports, every problem by path."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export import interchange
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.import_export.interchange_schema import SCHEMA_FILE, schema_text
from tests.support.accounts import open_signed_in, signed_in
from tests.support.sample_chart import CLINICAL_TABLES, sample_chart

TABLES = CLINICAL_TABLES


def _counts(clinic: Clinic) -> dict[str, int]:
    with clinic.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def _without_time(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_shipped_schema_matches_the_code() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()


def test_export_then_import_round_trips_exactly(clinic: Clinic, tmp_path) -> None:
    ChartService(clinic.context()).add_charts([sample_chart(), sample_chart("T-200", "Nuñez")])
    first = ChartService(clinic.context()).export_document(["T-100", "T-200"])
    text_form = json.dumps(first, ensure_ascii=False)
    other = open_signed_in(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        ChartService(other.context()).import_document(json.loads(text_form))
        second = ChartService(other.context()).export_document(["T-100", "T-200"])
    finally:
        other.close()
    assert _without_time(second) == _without_time(first)
    patient = first["patients"][0]
    assert patient["family_name"] == "Cadório"
    assert patient["labs"][0]["unit"] == "mmol/L"
    assert patient["labs"][0]["normalised_unit"] == "mg/dL"
    assert patient["labs"][0]["normalised_value"] == pytest.approx(2.35 / 0.2495)


def test_an_export_is_in_the_audit_trail_of_each_patient_exported(clinic: Clinic) -> None:
    service = ChartService(clinic.context())
    service.add_charts([sample_chart("EXP-1"), sample_chart("EXP-2", "Okafor")])
    nurse = signed_in(clinic, "nurse.exp", "Nurse", Role.NURSE).context()
    ChartService(nurse).export_document(["EXP-2"])
    trail = AuditService(signed_in(clinic).context())  # back to the test physician-admin
    exported = [e for e in trail.entries(patient_mrn="EXP-2") if e.action == "export"]
    assert [(e.actor_username, e.changes["format"]) for e in exported] == [("nurse.exp", "json")]
    assert not [e for e in trail.entries(patient_mrn="EXP-1") if e.action == "export"]
    assert trail.verify().ok


def test_a_bad_file_lists_every_problem_and_writes_nothing(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts([sample_chart("T-300", "Sørensen")])
    before = _counts(clinic)
    good = interchange.export_document([sample_chart()])
    bad = copy.deepcopy(good)
    patient = bad["patients"][0]
    patient["visits"][0]["pain_nrs"] = 11  # schema: maximum
    patient["visits"][0]["lesion_measurements"][0]["width_mm"] = 9.0  # wider than long
    patient["labs"][0]["unit"] = "mg/dL"  # fine for calcium
    patient["labs"][2]["unit"] = "mg/L"  # not a creatinine unit
    patient["visits"][1]["lesion_measurements"][0]["lesion"] = "R thumb"  # no such lesion
    second = copy.deepcopy(good["patients"][0])
    second["mrn"] = "T-300"  # already stored
    bad["patients"].append(second)
    with pytest.raises(DomainValidationError) as caught:
        ChartService(clinic.context()).import_document(bad)
    fields = [p.field for p in caught.value.problems]
    assert "$.patients[0].visits[0].pain_nrs" in fields
    assert _counts(clinic) == before
    # fix the schema problem: the clinical rules are then reported, all of them, by path
    patient["visits"][0]["pain_nrs"] = 4
    with pytest.raises(DomainValidationError) as caught:
        ChartService(clinic.context()).import_document(bad)
    problems = {p.field: p.reason for p in caught.value.problems}
    assert (
        "cannot exceed the longest"
        in problems["$.patients[0].visits[0].lesion_measurements[0].width_mm"]
    )
    assert "not a unit of Creatinine" in problems["$.patients[0].labs[2].unit"]
    assert (
        "no lesion labelled 'R thumb'"
        in problems["$.patients[0].visits[1].lesion_measurements[0].lesion"]
    )
    assert len(problems) == 3
    assert _counts(clinic) == before
    # and with those fixed, the MRN already in the database is the last problem
    patient["visits"][0]["lesion_measurements"][0]["width_mm"] = 5.0
    patient["labs"][2]["unit"] = "umol/L"
    patient["visits"][1]["lesion_measurements"][0]["lesion"] = "R index finger"
    with pytest.raises(DomainValidationError) as caught:
        ChartService(clinic.context()).import_document(bad)
    assert [p.field for p in caught.value.problems] == ["$.patients[1].mrn"]
    assert "already in the database" in caught.value.problems[0].reason
    assert _counts(clinic) == before


def test_not_an_interchange_document(clinic: Clinic) -> None:
    with pytest.raises(DomainValidationError) as caught:
        ChartService(clinic.context()).import_document({"patients": "none", "format": "csv"})
    fields = {p.field for p in caught.value.problems}
    assert {"$.format", "$.patients", "$"} <= fields


def test_duplicate_mrn_inside_one_file(clinic: Clinic) -> None:
    document = interchange.export_document([sample_chart(), sample_chart()])
    with pytest.raises(DomainValidationError) as caught:
        ChartService(clinic.context()).import_document(document)
    assert [p.field for p in caught.value.problems] == ["$.patients[1].mrn"]


def test_the_documented_example_is_valid() -> None:
    import re
    from datetime import date

    doc = (SCHEMA_FILE.parents[2] / "docs" / "interchange-format.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", doc, re.S).group(1))
    charts = interchange.read_document(example, today=date(2026, 11, 21))
    assert charts[0].patient.mrn == "DEMO-0001"
