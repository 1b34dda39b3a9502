"""The JSON Schema of CalciTrack's interchange format, built from the domain's code lists.

The shipped copy (calcitrack/schemas/interchange-v1.schema.json) is written from this module by
``python -m calcitrack.services.import_export.interchange_schema``; a test keeps the two identical.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import (
    CalcinosisType,
    CodedEnum,
    Das28Variant,
    DoseUnit,
    Frequency,
    ImagingModality,
    ImagingVerdict,
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
from calcitrack.domain.laboratory import labs
from calcitrack.domain.rom import JOINTS, ROM_REFERENCES
from calcitrack.domain.visits.validation import NOTES_MAX
from calcitrack.services.import_export.import_limits import NAME_MAX, SHORT_TEXT_MAX
from calcitrack.services.import_export.interchange_photographs import MAX_BASE64_CHARS
from calcitrack.services.photographs.image_intake import MAX_FILE_BYTES
from calcitrack.services.photographs.photograph_rules import MAX_CAPTION_CHARS

FORMAT = "calcitrack-interchange"
FORMAT_VERSION = 1
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schemas" / "interchange-v1.schema.json"

DATE: dict[str, Any] = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
TEXT: dict[str, Any] = {"type": "string", "maxLength": NOTES_MAX}
"""Free text: notes, findings, reasons."""


def _text(max_length: int, *, min_length: int = 0) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "maxLength": max_length}
    if min_length:
        schema["minLength"] = min_length
    return schema


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _enum(codes: type[CodedEnum] | tuple[str, ...]) -> dict[str, Any]:
    values = codes.codes() if isinstance(codes, type) else codes
    return {"type": "string", "enum": list(values)}


def _number(
    minimum: float | None = None,
    maximum: float | None = None,
    *,
    integer: bool = False,
    desc: str = "",
) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer" if integer else "number"}
    if minimum is not None:
        schema["minimum"] = minimum
    if maximum is not None:
        schema["maximum"] = maximum
    if desc:
        schema["description"] = desc
    return schema


def _object(properties: dict[str, Any], required: list[str], desc: str = "") -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
    }
    if desc:
        schema["description"] = desc
    return schema


def _lesion() -> dict[str, Any]:
    return _object(
        {
            "label": {
                "type": "string",
                "minLength": 1,
                "maxLength": 60,
                "description": "Identity of the lesion within the patient, e.g. 'R thigh 1'.",
            },
            "body_site": _enum(tuple(BODY_SITES)),
            "laterality": _enum(Laterality),
            "first_seen_on": DATE,
            "status": _enum(LesionStatus),
            "status_changed_on": _nullable(DATE),
            "notes": TEXT,
        },
        ["label", "body_site", "laterality", "first_seen_on", "status"],
    )


def _visit() -> dict[str, Any]:
    measurement = _object(
        {
            "lesion": {
                **_text(60),
                "description": "Label of a lesion of this patient.",
            },
            "longest_mm": _number(0, desc="Longest diameter, mm."),
            "width_mm": _number(0, desc="Perpendicular width, mm (≤ longest)."),
            "depth_mm": _nullable(_number(0, desc="Depth, mm.")),
            "method": _enum(MeasurementMethod),
            "ulcerated": {"type": "boolean"},
            "extrusion": {"type": "boolean"},
            "infected": {"type": "boolean"},
            "tender": {"type": "boolean"},
            "inflamed": {"type": "boolean"},
        },
        ["lesion", "longest_mm", "width_mm"],
    )
    movements = sorted({m for _, m in ROM_REFERENCES})
    rom = _object(
        {
            "joint": _enum(JOINTS),
            "movement": _enum(tuple(movements)),
            "side": _enum(Side),
            "degrees": _number(desc="Degrees."),
        },
        ["joint", "movement", "side", "degrees"],
    )
    return _object(
        {
            "visit_date": DATE,
            "visit_type": _enum(VisitType),
            "clinician": _text(NAME_MAX),
            "weight_kg": _nullable(_number(desc="kg")),
            "height_cm": _nullable(_number(desc="cm")),
            "heart_rate_bpm": _nullable(_number(integer=True, desc="beats/min")),
            "systolic_bp_mmhg": _nullable(_number(integer=True, desc="mmHg")),
            "diastolic_bp_mmhg": _nullable(_number(integer=True, desc="mmHg")),
            "pain_nrs": _nullable(
                _number(0, 10, integer=True, desc="Pain numeric rating scale 0–10.")
            ),
            "patient_global_mm": _nullable(_number(0, 100, desc="Patient global, 0–100 mm VAS.")),
            "evaluator_global_mm": _nullable(
                _number(0, 100, desc="Evaluator global, 0–100 mm VAS.")
            ),
            "tender_joints_28": _nullable(_number(0, 28, integer=True)),
            "swollen_joints_28": _nullable(_number(0, 28, integer=True)),
            "das28_recorded": _nullable(
                _number(0, 10, desc="A DAS28 typed in from another record.")
            ),
            "das28_recorded_variant": _nullable(_enum(Das28Variant)),
            "notes": TEXT,
            "next_visit_due_on": _nullable(DATE),
            "lesion_measurements": {"type": "array", "items": measurement},
            "rom": {"type": "array", "items": rom},
        },
        ["visit_date"],
    )


def _lab() -> dict[str, Any]:
    units = sorted({unit for a in labs.ANALYTES.values() for unit in a.units})
    return _object(
        {
            "analyte": _enum(tuple(labs.ANALYTES)),
            "collected_on": DATE,
            "value": _number(0),
            "unit": {"type": "string", "enum": units, "description": "UCUM unit as reported."},
            "ref_low": _nullable(_number(desc="Reporting lab's lower limit, in `unit`.")),
            "ref_high": _nullable(_number(desc="Reporting lab's upper limit, in `unit`.")),
            "normalised_value": _nullable(
                _number(desc="Informational on export; recomputed from value and unit on import.")
            ),
            "normalised_unit": _nullable(_text(30)),
        },
        ["analyte", "collected_on", "value", "unit"],
    )


def _medication() -> dict[str, Any]:
    return _object(
        {
            "drug": _text(40, min_length=1),
            "drug_name": _text(120, min_length=1),
            "atc": _nullable(_text(10)),
            "dose": _number(0),
            "dose_unit": _enum(DoseUnit),
            "frequency": _enum(Frequency),
            "route": _enum(Route),
            "start_on": DATE,
            "stop_on": _nullable(DATE),
            "start_reason": TEXT,
            "stop_reason": TEXT,
        },
        ["drug", "drug_name", "dose", "dose_unit", "frequency", "route", "start_on"],
        "One drug at one dose from start_on until the day before stop_on.",
    )


def _site_event(date_name: str, kind: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return _object(
        {
            date_name: DATE,
            **kind,
            "body_site": _enum(tuple(BODY_SITES)),
            "laterality": _nullable(_enum(Laterality)),
            "lesion": _nullable(_text(60)),
            "lesions": {"type": "array", "items": _text(60, min_length=1), "uniqueItems": True},
            **extra,
        },
        [date_name, next(iter(kind)), "body_site"],
    )


def _photograph() -> dict[str, Any]:
    return _object(
        {
            "lesion": _text(60, min_length=1),
            "visit_date": DATE,
            # CalciTrack writes what it stores (JPEG, PNG); another system may send a phone's HEIC
            "media_type": _enum(("image/jpeg", "image/png", "image/heic", "image/heif")),
            "captured_on": _nullable(DATE),
            "caption": _nullable(_text(MAX_CAPTION_CHARS)),
            "data": {
                "type": "string",
                "maxLength": MAX_BASE64_CHARS,
                "contentEncoding": "base64",
                "description": (
                    "The image file, base64. On import it is decoded and re-encoded without "
                    f"any metadata; files above {MAX_FILE_BYTES // (1024 * 1024)} MB are refused."
                ),
            },
        },
        ["lesion", "visit_date", "media_type", "data"],
        "A photograph of a lesion at a visit (the visit named by its date).",
    )


def build_schema() -> dict[str, Any]:
    patient = _object(
        {
            "mrn": {"type": "string", "minLength": 1, "maxLength": 40},
            "family_name": _text(NAME_MAX, min_length=1),
            "given_name": _text(NAME_MAX, min_length=1),
            "sex": _enum(Sex),
            "date_of_birth": DATE,
            "underlying_disease": _enum(UnderlyingDisease),
            "disease_diagnosed_on": _nullable(DATE),
            "calcinosis_type": _enum(CalcinosisType),
            "calcinosis_onset_on": _nullable(DATE),
            "archived": {"type": "boolean"},
            "lesions": {"type": "array", "items": _lesion()},
            "visits": {"type": "array", "items": _visit()},
            "labs": {"type": "array", "items": _lab()},
            "medications": {"type": "array", "items": _medication()},
            "imaging": {
                "type": "array",
                "items": _site_event(
                    "study_date",
                    {"modality": _enum(ImagingModality)},
                    {
                        "findings": TEXT,
                        "reader": _nullable(_text(120)),
                        "verdict": _nullable(_enum(ImagingVerdict)),
                    },
                ),
            },
            "procedures": {
                "type": "array",
                "items": _site_event(
                    "procedure_date",
                    {"procedure_type": _enum(ProcedureType)},
                    {
                        "outcome": _enum(ProcedureOutcome),
                        "notes": TEXT,
                        "operator": _nullable(_text(120)),
                        "complications": _nullable(TEXT),
                    },
                ),
            },
            "photographs": {"type": "array", "items": _photograph()},
        },
        ["mrn", "family_name", "given_name", "sex", "date_of_birth", "underlying_disease"],
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://calcitrack.invalid/schemas/interchange-v1.schema.json",
        "title": "CalciTrack interchange format, version 1",
        "description": "One or more patients with everything CalciTrack records about them.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "patients"],
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            "exported_at": _text(SHORT_TEXT_MAX),
            "calcitrack_version": _text(SHORT_TEXT_MAX),
            "patients": {"type": "array", "items": patient},
        },
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
