"""The import door, on a real SQLite file and a real PostgreSQL server: an impossible value refuses
the file naming the patient, visit and field, an unusual one refuses it unless the importer
accepts it, and then the confirmation is in the audit trail as the visit form's is. A refused
file leaves the database exactly as it was."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export import interchange
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from tests.support.sample_chart import CLINICAL_TABLES, sample_chart


def _counts(clinic: Clinic) -> dict[str, int]:
    with clinic.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in (*CLINICAL_TABLES, "audit_log")
        }


def _document(**rom: float) -> dict[str, Any]:
    """The sample chart, its follow-up visit with hip flexion (right) at ``rom["hip"]``, and
    a second patient."""
    document = interchange.export_document([sample_chart(), sample_chart("T-101", "Okafor")])
    patched = copy.deepcopy(document)
    follow_up = patched["patients"][0]["visits"][1]
    follow_up["rom"] = [
        {"joint": "hip", "movement": "flexion", "side": "right", "degrees": rom["hip"]}
    ]
    return patched


def test_hip_flexion_200_refuses_the_file_by_patient_visit_and_field(clinic: Clinic) -> None:
    before = _counts(clinic)
    data = _document(hip=200)
    with pytest.raises(DomainValidationError) as refused:
        ChartService(clinic.context()).import_document(data, accept_unusual=True)
    assert [p.field for p in refused.value.problems] == ["$.patients[0].visits[1].rom[0].degrees"]
    assert refused.value.problems[0].reason.startswith("200° is impossible")
    assert interchange.where(data, refused.value.problems[0].field) == (
        "MRN T-100, visit of 2025-04-14"
    )
    assert _counts(clinic) == before


def test_an_unusual_value_refuses_the_file_unless_accepted(clinic: Clinic) -> None:
    before = _counts(clinic)
    with pytest.raises(UnconfirmedValuesError) as refused:
        ChartService(clinic.context()).import_document(_document(hip=140))
    assert [(u.field, u.value, u.reason) for u in refused.value.unusual] == [
        ("$.patients[0].visits[1].rom[0].degrees", "140°",
         "15° above the normal reference of 125° [R22]")
    ]
    assert _counts(clinic) == before


def test_accepted_unusual_values_are_imported_and_confirmed_in_the_audit_trail(
    clinic: Clinic,
) -> None:
    result = ChartService(clinic.context()).import_document(
        _document(hip=140), accept_unusual=True, source="clinic-b.json"
    )
    assert result.patients == 2
    assert [u.field for u in result.confirmed] == ["$.patients[0].visits[1].rom[0].degrees"]
    chart = PatientService(clinic.context()).chart("T-100")
    follow_up = chart.visits[1]
    assert [r.degrees for r in follow_up.rom] == [140.0]
    [entry] = [e for e in AuditService(clinic.context()).entries() if e.action == "confirm"]
    assert (entry.actor_username, entry.table_name, entry.record_id, entry.patient_mrn) == (
        clinic.context().actor.username, "visits", str(follow_up.id), "T-100"
    )
    assert entry.changes == {
        "confirmed": "Hip flexion, right: 140°",
        "reason_shown": "15° above the normal reference of 125° [R22]",
        "setting": "Range of motion: ask when above the normal reference by more than 10°",
        "check": "rom_above_normal",
        "field": "visits[1].rom[0].degrees",
        "visit_date": "2025-04-14",
        "door": "import",
        "file": "clinic-b.json",
    }
    assert AuditService(clinic.context()).verify().ok


def test_a_plausible_file_imports_as_before_without_confirmations(clinic: Clinic) -> None:
    result = ChartService(clinic.context()).import_document(_document(hip=110))
    assert (result.patients, result.confirmed) == (2, ())
    assert not [e for e in AuditService(clinic.context()).entries() if e.action == "confirm"]


def test_a_methotrexate_period_taken_daily_refuses_the_file_unless_accepted(
    clinic: Clinic,
) -> None:
    before = _counts(clinic)
    data = _document(hip=110)
    data["patients"][0]["medications"] = [
        {"drug": "methotrexate", "drug_name": "Methotrexate", "dose": 10, "dose_unit": "mg",
         "frequency": "qd", "route": "oral", "start_on": "2025-01-13",
         "start_reason": "RA", "atc": None}
    ]
    with pytest.raises(UnconfirmedValuesError) as refused:
        ChartService(clinic.context()).import_document(data)
    assert [(u.field, u.check) for u in refused.value.unusual] == [
        ("$.patients[0].medications[0].dose", "methotrexate_not_weekly"),
        ("$.patients[0].medications[0].dose", "methotrexate_above_max"),
    ]
    assert "[R63]" in refused.value.unusual[0].reason
    assert _counts(clinic) == before
    result = ChartService(clinic.context()).import_document(data, accept_unusual=True)
    assert [u.check for u in result.confirmed] == [
        "methotrexate_not_weekly", "methotrexate_above_max"
    ]
