"""A small, complete patient chart for store and service tests (invented person)."""

from __future__ import annotations

from datetime import date

from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    ImagingModality,
    Laterality,
    LesionStatus,
    MeasurementMethod,
    ProcedureOutcome,
    ProcedureType,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.entities import (
    ImagingStudy,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    Procedure,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.laboratory import lab_results

#: Every table that holds clinical rows (all of them carry the who/when/version stamps).
CLINICAL_TABLES = (
    "patients",
    "lesions",
    "visits",
    "lesion_measurements",
    "rom_measurements",
    "lab_results",
    "medication_periods",
    "imaging_studies",
    "imaging_study_lesions",
    "procedures",
    "procedure_lesions",
)


def sample_chart(mrn: str = "T-100", family_name: str = "Cadório") -> PatientChart:
    d1, d2 = date(2025, 1, 13), date(2025, 4, 14)
    patient = Patient(
        mrn,
        family_name,
        "Inês",
        Sex.FEMALE,
        date(1968, 6, 2),
        UnderlyingDisease.SSC,
        date(2015, 3, 1),
        calcinosis_onset_on=date(2023, 9, 1),
    )
    lesions = (
        Lesion("R index finger", "finger", Laterality.RIGHT, d1),
        Lesion("L elbow", "elbow", Laterality.LEFT, d1, LesionStatus.EXCISED, date(2025, 3, 3)),
    )
    visits = (
        Visit(
            None,
            d1,
            VisitType.BASELINE,
            "Nurse Åsa",
            58.5,
            162,
            72,
            124,
            78,
            5,
            30.0,
            20.0,
            2,
            1,
            lesion_measurements=(
                LesionMeasurement(
                    "R index finger", 8.0, 5.0, 3.0, MeasurementMethod.CALIPER, tender=True
                ),
                LesionMeasurement(
                    "L elbow",
                    22.5,
                    14.0,
                    6.5,
                    MeasurementMethod.ULTRASOUND,
                    ulcerated=True,
                    extrusion=True,
                ),
            ),
            rom=(
                RomMeasurement("elbow", "flexion", Side.LEFT, 120.0),
                RomMeasurement("wrist", "extension", Side.RIGHT, 55.0),
            ),
        ),
        Visit(
            None,
            d2,
            VisitType.FOLLOW_UP,
            "Nurse Åsa",
            58.0,
            heart_rate_bpm=66,
            systolic_bp_mmhg=118,
            diastolic_bp_mmhg=74,
            pain_nrs=3,
            notes="Ulcer healed.",
            lesion_measurements=(LesionMeasurement("R index finger", 7.0, 4.5, 2.5),),
        ),
    )
    labs_ = (
        lab_results.entered("calcium_total", d1, 2.35, "mmol/L", 2.1, 2.6),
        lab_results.entered("phosphate", d1, 1.1, "mmol/L", 0.81, 1.45),
        lab_results.entered("creatinine", d1, 70.0, "umol/L", 45, 90),
        lab_results.entered("crp", d2, 0.4, "mg/dL", None, 0.5),
    )
    meds = (
        MedicationPeriod(
            "diltiazem",
            "Diltiazem",
            60,
            DoseUnit.MG,
            Frequency.BID,
            Route.ORAL,
            d1,
            d2,
            "start for calcinosis",
            "dose increased",
            "C08DB01",
        ),
        MedicationPeriod(
            "diltiazem",
            "Diltiazem",
            120,
            DoseUnit.MG,
            Frequency.BID,
            Route.ORAL,
            d2,
            None,
            "dose increased",
            atc="C08DB01",
        ),
    )
    imaging = (
        ImagingStudy(
            d1,
            ImagingModality.XRAY,
            "finger",
            Laterality.RIGHT,
            ("R index finger",),
            "Dense calcific deposit at the fingertip.",
        ),
    )
    procedures = (
        Procedure(
            date(2025, 3, 3),
            ProcedureType.EXCISION,
            "elbow",
            Laterality.LEFT,
            ("L elbow",),
            ProcedureOutcome.COMPLETE,
            "Excised under local anaesthesia.",
        ),
    )
    return PatientChart(patient, lesions, visits, labs_, meds, imaging, procedures)
