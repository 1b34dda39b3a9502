"""The interchange JSON format: patient charts to documents and back (docs/interchange-format.md).

Reading checks the document against the shipped JSON Schema first, then every clinical rule, and
reports every problem with its JSON path; nothing is returned unless the whole document is valid.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from calcitrack import __version__
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
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.visits.validation import validate_chart
from calcitrack.services.import_export.import_limits import MAX_LISTED, structure_problems
from calcitrack.services.import_export.interchange_photographs import (
    described_from_json,
    photographs_from_json,
    photographs_to_json,
)
from calcitrack.services.import_export.interchange_schema import FORMAT, FORMAT_VERSION
from calcitrack.services.photographs.chart_photographs import chart_photograph_problems

_STORE_ONLY = {"id", "version", "patient_id", "visit_id", "lesion_id"}


def load_schema() -> dict[str, Any]:
    text = (
        resources.files("calcitrack")
        .joinpath("schemas/interchange-v1.schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)  # the schema file is one JSON object
    return schema


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _fields(value)
    return value.value if isinstance(value, CodedEnum) else value


def _fields(
    obj: Any, *, rename: dict[str, str] | None = None, drop: Iterable[str] = ()
) -> dict[str, Any]:
    rename = rename or {}
    skip = _STORE_ONLY | set(drop)
    return {
        rename.get(f.name, f.name): _plain(getattr(obj, f.name))
        for f in dataclasses.fields(obj)
        if f.name not in skip
    }


def chart_to_json(chart: PatientChart) -> dict[str, Any]:
    out = _fields(chart.patient)
    out["lesions"] = [_fields(le) for le in chart.lesions]
    out["visits"] = []
    for v in chart.visits:
        visit = _fields(v, drop=("lesion_measurements", "rom"))
        visit["lesion_measurements"] = [
            _fields(m, rename={"lesion_label": "lesion"}) for m in v.lesion_measurements
        ]
        visit["rom"] = [_fields(r) for r in v.rom]
        out["visits"].append(visit)
    out["labs"] = [_fields(lab) for lab in chart.labs]
    out["medications"] = [_fields(m) for m in chart.medications]
    out["imaging"] = [_event_fields(s) for s in chart.imaging]
    out["procedures"] = [_event_fields(p) for p in chart.procedures]
    if chart.photographs:  # left out when there are none: older readers still take the file
        out["photographs"] = photographs_to_json(chart)
    return out


def _event_fields(event: ImagingStudy | Procedure) -> dict[str, Any]:
    """An imaging study or procedure: its lesions as ``lesions`` (older files name one as
    ``lesion``: both are read), and the optional texts and verdict only when recorded."""
    out = _fields(event, rename={"lesion_labels": "lesions"})
    return {key: value for key, value in out.items() if value is not None or key == "laterality"}


def export_document(
    charts: Sequence[PatientChart], *, now: datetime | None = None
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": (now or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "calcitrack_version": __version__,
        "patients": [chart_to_json(c) for c in charts],
    }


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _opt(enum: Any, value: str | None) -> Any:
    return enum(value) if value is not None else None


def _chart_from_json(p: dict[str, Any]) -> PatientChart:
    patient = Patient(
        mrn=p["mrn"],
        family_name=p["family_name"],
        given_name=p["given_name"],
        sex=Sex(p["sex"]),
        date_of_birth=date.fromisoformat(p["date_of_birth"]),
        underlying_disease=UnderlyingDisease(p["underlying_disease"]),
        disease_diagnosed_on=_day(p.get("disease_diagnosed_on")),
        calcinosis_type=CalcinosisType(p.get("calcinosis_type", "dystrophic")),
        calcinosis_onset_on=_day(p.get("calcinosis_onset_on")),
        archived=p.get("archived", False),
    )
    lesions = tuple(
        Lesion(
            label=le["label"],
            body_site=le["body_site"],
            laterality=Laterality(le["laterality"]),
            first_seen_on=date.fromisoformat(le["first_seen_on"]),
            status=LesionStatus(le["status"]),
            status_changed_on=_day(le.get("status_changed_on")),
            notes=le.get("notes", ""),
        )
        for le in p.get("lesions", [])
    )
    visits = tuple(_visit_from_json(v) for v in p.get("visits", []))
    lab_rows = tuple(
        lab_results.entered(
            lab["analyte"],
            date.fromisoformat(lab["collected_on"]),
            lab["value"],
            lab["unit"],
            lab.get("ref_low"),
            lab.get("ref_high"),
        )
        for lab in p.get("labs", [])
    )
    meds = tuple(
        MedicationPeriod(
            drug=m["drug"],
            drug_name=m["drug_name"],
            dose=m["dose"],
            dose_unit=DoseUnit(m["dose_unit"]),
            frequency=Frequency(m["frequency"]),
            route=Route(m["route"]),
            start_on=date.fromisoformat(m["start_on"]),
            stop_on=_day(m.get("stop_on")),
            start_reason=m.get("start_reason", ""),
            stop_reason=m.get("stop_reason", ""),
            atc=m.get("atc"),
        )
        for m in p.get("medications", [])
    )
    imaging = tuple(
        ImagingStudy(
            study_date=date.fromisoformat(s["study_date"]),
            modality=ImagingModality(s["modality"]),
            body_site=s["body_site"],
            laterality=_opt(Laterality, s.get("laterality")),
            lesion_labels=_event_lesions(s),
            findings=s.get("findings", ""),
            reader=s.get("reader"),
            verdict=_opt(ImagingVerdict, s.get("verdict")),
        )
        for s in p.get("imaging", [])
    )
    procedures = tuple(
        Procedure(
            procedure_date=date.fromisoformat(s["procedure_date"]),
            procedure_type=ProcedureType(s["procedure_type"]),
            body_site=s["body_site"],
            laterality=_opt(Laterality, s.get("laterality")),
            lesion_labels=_event_lesions(s),
            outcome=ProcedureOutcome(s.get("outcome", "pending")),
            notes=s.get("notes", ""),
            operator=s.get("operator"),
            complications=s.get("complications"),
        )
        for s in p.get("procedures", [])
    )
    return PatientChart(patient, lesions, visits, lab_rows, meds, imaging, procedures)


def _event_lesions(item: dict[str, Any]) -> tuple[str, ...]:
    """``lesions`` (a list), or an older file's single ``lesion``; a file giving both gets both,
    the single one first and not twice."""
    labels = [item["lesion"]] if item.get("lesion") is not None else []
    labels += [label for label in item.get("lesions", []) if label not in labels]
    return tuple(labels)


def _visit_from_json(v: dict[str, Any]) -> Visit:
    measurements = tuple(
        LesionMeasurement(
            lesion_label=m["lesion"],
            longest_mm=m["longest_mm"],
            width_mm=m["width_mm"],
            depth_mm=m.get("depth_mm"),
            method=MeasurementMethod(m.get("method", "caliper")),
            ulcerated=m.get("ulcerated", False),
            extrusion=m.get("extrusion", False),
            infected=m.get("infected", False),
            tender=m.get("tender", False),
            inflamed=m.get("inflamed", False),
        )
        for m in v.get("lesion_measurements", [])
    )
    rom = tuple(
        RomMeasurement(r["joint"], r["movement"], Side(r["side"]), r["degrees"])
        for r in v.get("rom", [])
    )
    simple: dict[str, Any] = {  # JSON numbers or null, as the schema checked them
        name: v.get(name)
        for name in (
            "weight_kg",
            "height_cm",
            "heart_rate_bpm",
            "systolic_bp_mmhg",
            "diastolic_bp_mmhg",
            "pain_nrs",
            "patient_global_mm",
            "evaluator_global_mm",
            "tender_joints_28",
            "swollen_joints_28",
            "das28_recorded",
        )
    }
    return Visit(
        patient_id=None,
        visit_date=date.fromisoformat(v["visit_date"]),
        visit_type=VisitType(v.get("visit_type", "follow_up")),
        clinician=v.get("clinician", ""),
        das28_recorded_variant=_opt(Das28Variant, v.get("das28_recorded_variant")),
        notes=v.get("notes", ""),
        next_visit_due_on=_day(v.get("next_visit_due_on")),
        lesion_measurements=measurements,
        rom=rom,
        **simple,
    )


def _message(error: ValidationError) -> str:
    """The schema's reason, short: a value too long is measured, not quoted."""
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return (
            f"longer than {error.validator_value:,} characters "
            f"({len(error.instance):,}); the interchange format allows at most that"
        )
    message = error.message
    return message if len(message) <= 300 else f"{message[:140]} … {message[-140:]}"


def _schema_problems(data: Any) -> list[Problem]:
    validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    problems = [Problem(error.json_path, _message(error)) for error in errors[:MAX_LISTED]]
    if len(errors) > MAX_LISTED:
        problems.append(Problem("$", f"and {len(errors) - MAX_LISTED:,} more problem(s)"))
    return problems


def read_document(data: Any, *, today: date) -> list[PatientChart]:
    """The charts in ``data``; raises DomainValidationError listing every problem by JSON path.

    Values no program reads back the same (NaN, Infinity, integers beyond 2^53) and nesting
    deeper than the format's are refused before the schema is even applied."""
    problems = structure_problems(data)
    if problems:
        raise DomainValidationError(problems)
    problems = _schema_problems(data)
    if problems:
        raise DomainValidationError(problems)
    charts = [_chart_from_json(p) for p in data["patients"]]
    mrns = [c.patient.mrn for c in charts]
    for i, chart in enumerate(charts):
        prefix = f"$.patients[{i}]"
        problems += [p.under(prefix) for p in validate_chart(chart, today=today)]
        items = data["patients"][i].get("photographs", [])
        if items:
            described = dataclasses.replace(chart, photographs=described_from_json(items))
            problems += [
                p.under(prefix) for p in chart_photograph_problems(described, images=False)
            ]
            photos, bad = photographs_from_json(items, prefix)
            problems += bad
            charts[i] = dataclasses.replace(chart, photographs=photos)
        if chart.patient.mrn in mrns[:i]:
            problems.append(
                Problem(f"{prefix}.mrn", f"MRN {chart.patient.mrn!r} appears twice in the file")
            )
    if problems:
        raise DomainValidationError(problems)
    return charts


_PATH = re.compile(r"^\$\.patients\[(\d+)\](?:\.(visits|labs)\[(\d+)\])?")


def where(data: Any, path: str) -> str:
    """Whose value a JSON path of ``data`` names, for people: "MRN X-1, visit of 2025-02-03"
    ("" when the path or the document does not say)."""
    match = _PATH.match(path)
    if match is None:
        return ""
    try:
        patient = data["patients"][int(match.group(1))]
        parts = [f"MRN {patient['mrn']}"]
        if match.group(2) == "visits":
            parts.append(f"visit of {patient['visits'][int(match.group(3))]['visit_date']}")
        elif match.group(2) == "labs":
            parts.append(f"lab of {patient['labs'][int(match.group(3))]['collected_on']}")
    except (KeyError, IndexError, TypeError, ValueError):
        return ""
    return ", ".join(str(part) for part in parts)
