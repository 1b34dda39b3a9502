"""Observations of a visit and of the laboratory: vital signs (LOINC, UCUM; blood pressure as
one Observation with systolic and diastolic components), pain (NRS), the 28-joint counts and
globals, CDAI and SDAI (LOINC totals), DAS28 (a local code: LOINC has none verified) derived
from the ESR or CRP Observation it was computed from, and each lab result (the analyte's LOINC
code, its molar code when entered in a molar unit; the value, unit and reference range exactly
as entered).

Scores are computed as every view of CalciTrack computes them (``domain.scores``,
``domain.trajectory.visit_das28``); a score whose components are missing or out of range is not
sent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.observation import (
    Observation,
    ObservationComponent,
    ObservationReferenceRange,
)
from fhir.resources.R4B.quantity import Quantity
from fhir.resources.R4B.reference import Reference

from calcitrack.domain import scores
from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import LabResult, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory.lab_loinc import loinc_of
from calcitrack.domain.laboratory.lab_units import ANALYTES
from calcitrack.domain.trajectory.trajectory_labs import latest
from calcitrack.domain.trajectory.visit_das28 import visit_das28
from calcitrack.reports.interop.fhir_codes import (
    LOINC,
    LOINC_BP_PANEL,
    LOINC_CDAI,
    LOINC_DIASTOLIC,
    LOINC_HEART_RATE,
    LOINC_HEIGHT,
    LOINC_PAIN,
    LOINC_SDAI,
    LOINC_SWOLLEN_28,
    LOINC_SYSTOLIC,
    LOINC_TENDER_28,
    LOINC_WEIGHT,
    LocalObservation,
    category,
    coding,
    concept,
    loinc,
    observation,
    ucum,
)
from calcitrack.reports.interop.fhir_entries import Entries, on

LabRefs = Mapping[int, Reference]
"""The Observation of each lab result, by ``id()`` of the LabResult."""

_DAS28_CODE = {Das28Variant.ESR: LocalObservation.DAS28_ESR,
               Das28Variant.CRP: LocalObservation.DAS28_CRP}  # fmt: skip


def lab_loinc(result: LabResult) -> tuple[str | None, str] | None:
    """(LOINC code for the unit entered, analyte name) of ``result``
    (``domain.laboratory.lab_loinc``); None for an analyte CalciTrack does not know."""
    analyte = ANALYTES.get(result.analyte)
    if analyte is None:
        return None
    return loinc_of(result), analyte.english_name


def add_labs(
    entries: Entries,
    labs: Sequence[LabResult],
    subject: Reference,
    encounters: Mapping[date, Reference],
) -> dict[int, Reference]:
    refs: dict[int, Reference] = {}
    for result in labs:
        found = lab_loinc(result)
        if found is None:
            code = concept(text=result.analyte)
        elif found[0] is None:  # no LOINC code of the unit's kind: the analyte as text
            code = concept(text=found[1])
        else:
            code = concept(coding(LOINC, found[0], found[1]), text=found[1])
        ranges = None
        if result.ref_low is not None or result.ref_high is not None:
            ranges = [
                ObservationReferenceRange(
                    low=ucum(result.ref_low, result.unit) if result.ref_low is not None else None,
                    high=ucum(result.ref_high, result.unit)
                    if result.ref_high is not None
                    else None,
                )
            ]
        refs[id(result)] = entries.add(
            Observation(
                status="final",
                category=category("laboratory", "Laboratory"),
                code=code,
                subject=subject,
                encounter=encounters.get(result.collected_on),
                effectiveDateTime=on(result.collected_on),
                valueQuantity=ucum(result.value, result.unit),
                referenceRange=ranges,
            )
        )
    return refs


def add_visit_observations(
    entries: Entries,
    visit: Visit,
    labs_of_day: Sequence[LabResult],
    lab_refs: LabRefs,
    subject: Reference,
    encounter: Reference,
) -> None:
    def add(
        category: list[CodeableConcept],
        code: CodeableConcept,
        *,
        valueQuantity: Quantity | None = None,
        valueInteger: int | None = None,
        component: list[ObservationComponent] | None = None,
        derivedFrom: list[Reference] | None = None,
        method: CodeableConcept | None = None,
    ) -> Reference:
        return entries.add(
            Observation(
                status="final",
                category=category,
                code=code,
                subject=subject,
                encounter=encounter,
                effectiveDateTime=on(visit.visit_date),
                valueQuantity=valueQuantity,
                valueInteger=valueInteger,
                component=component,
                derivedFrom=derivedFrom,
                method=method,
            )
        )

    vitals = category("vital-signs", "Vital Signs")
    for value, pair, unit, shown in (
        (visit.weight_kg, LOINC_WEIGHT, "kg", "kg"),
        (visit.height_cm, LOINC_HEIGHT, "cm", "cm"),
        (visit.heart_rate_bpm, LOINC_HEART_RATE, "/min", "beats/minute"),
    ):
        if value is not None:
            add(vitals, loinc(pair), valueQuantity=ucum(value, unit, shown))
    systolic, diastolic = visit.systolic_bp_mmhg, visit.diastolic_bp_mmhg
    if systolic is not None or diastolic is not None:
        parts = [
            ObservationComponent(code=loinc(pair), valueQuantity=ucum(value, "mm[Hg]", "mmHg"))
            for value, pair in ((systolic, LOINC_SYSTOLIC), (diastolic, LOINC_DIASTOLIC))
            if value is not None
        ]
        add(category=vitals, code=loinc(LOINC_BP_PANEL), component=parts)
    survey = category("survey", "Survey")
    if visit.pain_nrs is not None:
        add(category=survey, code=loinc(LOINC_PAIN), valueInteger=visit.pain_nrs)
    _add_activity(add, visit, labs_of_day, lab_refs)


def _add_activity(
    add: Callable[..., Reference],
    visit: Visit,
    labs_of_day: Sequence[LabResult],
    lab_refs: LabRefs,
) -> None:
    exam = category("exam", "Exam")
    tjc, sjc = visit.tender_joints_28, visit.swollen_joints_28
    ptga, evga = visit.patient_global_mm, visit.evaluator_global_mm
    inputs: dict[str, Reference] = {}
    if tjc is not None:
        inputs["tjc"] = add(category=exam, code=loinc(LOINC_TENDER_28), valueInteger=tjc)
    if sjc is not None:
        inputs["sjc"] = add(category=exam, code=loinc(LOINC_SWOLLEN_28), valueInteger=sjc)
    for key, value, member in (
        ("ptga", ptga, LocalObservation.PATIENT_GLOBAL),
        ("evga", evga, LocalObservation.EVALUATOR_GLOBAL),
    ):
        if value is not None:
            inputs[key] = add(
                category=category("survey", "Survey"),
                code=observation(member),
                valueQuantity=ucum(value, "mm"),
            )
    score = category("survey", "Survey")
    if tjc is not None and sjc is not None and ptga is not None and evga is not None:
        cdai = _safe(scores.cdai, tjc, sjc, ptga / 10, evga / 10)
        if cdai is not None:
            add(category=score, code=loinc(LOINC_CDAI), valueQuantity=ucum(cdai, "{score}"),
                derivedFrom=list(inputs.values()))  # fmt: skip
        crp = latest(labs_of_day, "crp")
        if crp is not None:
            sdai = _safe(scores.sdai_from, tjc, sjc, ptga / 10, evga / 10, crp.value, crp.unit)
            if sdai is not None:
                add(category=score, code=loinc(LOINC_SDAI), valueQuantity=ucum(sdai, "{score}"),
                    derivedFrom=[*inputs.values(), lab_refs[id(crp)]])  # fmt: skip
    for das28 in visit_das28(visit, labs_of_day):
        derived = None
        if das28.computed and das28.marker is not None:
            derived = [*(inputs[k] for k in ("tjc", "sjc", "ptga")), lab_refs[id(das28.marker)]]
        add(
            category=score,
            code=observation(_DAS28_CODE[das28.variant]),
            valueQuantity=ucum(das28.value, "{score}"),
            derivedFrom=derived,
            method=concept(text="computed from its components" if das28.computed
                           else "as recorded at the visit"),
        )  # fmt: skip


def _safe(compute: Callable[..., float], *args: object) -> float | None:
    try:
        return compute(*args)
    except DomainValidationError:
        return None
