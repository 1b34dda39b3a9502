"""What a signature is bound to, read from the store: every part of a visit's clinical content,
the columns hashed (listed here so that a schema change is a decision about signatures, not an
accident), and hashes that survive a copy of the clinic between SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Table

from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import signed_content_repository as signed
from calcitrack.store.clinic_copy import copy_clinic
from calcitrack.store.engine import make_engine
from calcitrack.store.records import (
    ImagingStudyLesionRecord,
    ImagingStudyRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionPhotographRecord,
    MedicationPeriodRecord,
    ProcedureLesionRecord,
    ProcedureRecord,
    RomMeasurementRecord,
    VisitRecord,
)
from tests.support.accounts import TEST_PASSWORD, open_signed_in
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
BASELINE = date(2025, 1, 13)

HASHED = {
    "visits": {
        "patient_id", "visit_date", "visit_type", "clinician", "weight_kg", "height_cm",
        "heart_rate_bpm", "systolic_bp_mmhg", "diastolic_bp_mmhg", "pain_nrs",
        "patient_global_mm", "evaluator_global_mm", "tender_joints_28", "swollen_joints_28",
        "das28_recorded", "das28_recorded_variant", "notes", "next_visit_due_on",
    },
    "lesion_measurements": {
        "lesion_id", "longest_mm", "width_mm", "depth_mm", "method", "ulcerated", "extrusion",
        "infected", "tender", "inflamed",
    },
    "rom_measurements": {"joint", "movement", "side", "degrees"},
    "lab_results": {
        "analyte", "loinc", "collected_on", "value", "unit", "normalised_value",
        "normalised_unit", "ref_low", "ref_high",
    },
    "medication_periods": {
        "drug", "drug_name", "atc", "dose", "dose_unit", "frequency", "route", "start_on",
        "start_reason",
    },
    "imaging_studies": {
        "study_date", "modality", "body_site", "laterality", "findings", "reader", "verdict",
    },
    "imaging_study_lesions": {"imaging_study_id", "lesion_id"},
    "procedures": {
        "procedure_date", "procedure_type", "body_site", "laterality", "outcome", "notes",
        "operator", "complications",
    },
    "procedure_lesions": {"procedure_id", "lesion_id"},
    "lesion_photographs": {
        "lesion_id", "media_type", "captured_on", "width_px", "height_px", "sha256", "caption",
    },
}  # fmt: skip
"""Every column of the content's tables but the bookkeeping, the signature's own and the links
to the visit and the patient (the visit's own patient_id excepted)."""


def _columns(record: type[object], leave_out: frozenset[str] | set[str]) -> set[str]:
    table = record.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return set(table.c.keys()) - signed.BOOKKEEPING - leave_out


def test_the_columns_hashed_are_the_ones_reviewed() -> None:
    """A failure here means a migration changed a table whose rows signatures are bound to:
    decide whether the new column is clinical content, and keep the hashes of the visits signed
    before it valid (NULL in their rows, or left out in signed_content_repository)."""
    found = {
        "visits": _columns(VisitRecord, signed.SIGNATURE_COLUMNS),
        "lesion_measurements": _columns(LesionMeasurementRecord, {"visit_id"}),
        "rom_measurements": _columns(RomMeasurementRecord, {"visit_id"}),
        "lab_results": _columns(LabResultRecord, {"visit_id", "patient_id"}),
        "medication_periods": _columns(MedicationPeriodRecord, signed.STARTED_LEAVES_OUT),
        "imaging_studies": _columns(ImagingStudyRecord, {"patient_id"}),
        "procedures": _columns(ProcedureRecord, {"patient_id"}),
        "imaging_study_lesions": _columns(ImagingStudyLesionRecord, {"patient_id"}),
        "procedure_lesions": _columns(ProcedureLesionRecord, {"patient_id"}),
        "lesion_photographs": _columns(
            LesionPhotographRecord, {"visit_id", "patient_id"} | signed.PHOTOGRAPH_BYTES
        ),
    }
    assert found == HASHED
    assert set(signed.STOPPED_KEEPS) <= _columns(MedicationPeriodRecord, set())


def test_the_content_holds_every_part_of_the_visit(db_url: str) -> None:
    clinic = open_signed_in(db_url)
    try:
        ctx = dataclasses.replace(clinic.context(), today=lambda: TODAY)
        ChartService(ctx).add_charts([sample_chart("S-1")])
        visit = next(
            v for v in PatientService(ctx).chart("S-1").visits if v.visit_date == BASELINE
        )
        assert visit.id is not None
        with clinic.uow.read() as session:
            content = signed.visit_contents(session, [visit.id])[visit.id]
    finally:
        clinic.close()
    counts = {key: len(value) for key, value in content.items() if key != "visit"}
    assert counts == {
        "lesion_measurements": 2, "rom": 2, "labs": 3, "medications_started": 1,
        "medications_stopped": 0, "imaging": 1, "procedures": 0,
    }  # fmt: skip
    assert content["visit"]["pain_nrs"] == 5 and "version" not in content["visit"]
    assert "signed_by_id" not in content["visit"]


@pytest.mark.postgres
def test_signatures_stay_valid_across_a_copy_between_engines(
    tmp_path: Path, postgres_url: str
) -> None:
    source_url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    clinic = open_signed_in(source_url)
    try:
        ctx = dataclasses.replace(clinic.context(), today=lambda: TODAY)
        ChartService(ctx).add_charts([sample_chart("S-1"), sample_chart("S-2", "Ortiz")])
        for mrn in ("S-1", "S-2"):
            for visit in PatientService(ctx).chart(mrn).visits:
                VisitService(ctx).sign(mrn, visit, TEST_PASSWORD)
    finally:
        clinic.close()
    source, server = make_engine(source_url), make_engine(postgres_url)
    back = make_engine(f"sqlite:///{tmp_path / 'back.sqlite3'}")
    try:
        copy_clinic(source, server)
        copy_clinic(server, back)
        for engine in (source, server, back):
            with engine.connect() as conn:
                check = signed.check_signatures(conn)
            assert (check.verified, check.changed, check.unbound) == (4, (), 0), engine.url
    finally:
        for engine in (source, server, back):
            engine.dispose()
