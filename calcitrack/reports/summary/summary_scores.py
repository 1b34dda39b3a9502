"""Pain, the global assessments and the disease-activity scores of one visit for the PDF summary.

The scores are the dashboard's own (``calcitrack.domain.trajectory.trajectories``: DAS28-ESR and
DAS28-CRP apart, a DAS28 computed from its components wins over a typed one), read at the visit
date, so that the PDF and the charts never disagree. CRP units are explicit (DOMAIN.md §0.1, §8.1):
the components say what CRP was entered and what DAS28-CRP (mg/L) and SDAI (mg/dL) used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain import scores
from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import LabResult, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs
from calcitrack.domain.trajectory.trajectory_labs import latest, number
from calcitrack.domain.trajectory.trajectory_types import Series, Trajectories

DAS28_CRP_CAVEAT = (
    "Bands are the DAS28 cut-offs validated for DAS28-ESR; on DAS28-CRP they underestimate "
    "activity (remission ≈ 2.4, low ≈ 2.9, high ≈ 4.6 by DAS28-ESR equivalence) [R14][R15]."
)


@dataclass(frozen=True)
class ScoreRow:
    name: str
    value: float | None
    category: str | None
    how: str
    """Its components and where it came from, or what it still needs."""
    note: str = ""


def _at(series: Series, day: date) -> float | None:
    found = [p.value for p in series.points if p.day == day]
    return found[-1] if found else None


def _crp_text(crp: LabResult | None, unit: str) -> str:
    if crp is None:
        return ""
    entered = f"CRP {number(crp.value)} {crp.unit}"
    if crp.unit == unit:
        return entered
    try:
        converted = labs.convert(crp.value, crp.unit, unit, "crp")
    except DomainValidationError:
        return entered
    return f"{entered} = {number(converted)} {unit}"


def _needs(visit: Visit, *, evaluator: bool, marker: str) -> list[str]:
    needs = [
        name
        for name, value in (
            ("TJC28", visit.tender_joints_28),
            ("SJC28", visit.swollen_joints_28),
            ("patient global", visit.patient_global_mm),
        )
        if value is None
    ]
    if evaluator and visit.evaluator_global_mm is None:
        needs.append("evaluator global")
    if marker:
        needs.append(marker)
    return needs


def _partly_recorded(visit: Visit) -> bool:
    """Some component of a DAS28 was recorded (so saying what it lacks is useful)."""
    return any(
        v is not None
        for v in (visit.tender_joints_28, visit.swollen_joints_28, visit.patient_global_mm)
    )


def _joints(visit: Visit) -> str:
    return f"TJC28 {visit.tender_joints_28}, SJC28 {visit.swollen_joints_28}"


def score_rows(
    visit: Visit, labs_of_day: Sequence[LabResult], data: Trajectories
) -> tuple[ScoreRow, ...]:
    """DAS28-ESR, DAS28-CRP, CDAI and SDAI of ``visit`` (each computed, as recorded, or what it
    needs); ``labs_of_day`` are the results collected on the visit date."""
    day = visit.visit_date
    esr, crp = latest(labs_of_day, "esr"), latest(labs_of_day, "crp")
    rows: list[ScoreRow] = []
    for variant, marker, marker_text in (
        (Das28Variant.ESR, esr, "" if esr is None else f"ESR {number(esr.value)} {esr.unit}"),
        (Das28Variant.CRP, crp, _crp_text(crp, "mg/L")),
    ):
        series = data.das28.get(variant)
        value = None if series is None else _at(series, day)
        typed = visit.das28_recorded if visit.das28_recorded_variant is variant else None
        note = DAS28_CRP_CAVEAT if variant is Das28Variant.CRP and value is not None else ""
        needs = _needs(visit, evaluator=False, marker="" if marker else variant.label[6:])
        if value is None:
            if needs and (typed is not None or (marker is not None and _partly_recorded(visit))):
                how = f"not computed: needs {', '.join(needs)}"
                rows.append(ScoreRow(variant.label, None, None, how))
            continue
        if not needs:
            how = f"computed from {_joints(visit)}, {marker_text}, patient global "
            how += f"{visit.patient_global_mm:g} mm"
            if typed is not None and scores.das28_entry_disagrees(typed, value):
                how += f"; the DAS28 typed in ({typed:.2f}) differs by more than 0.1"
        else:
            how = f"as recorded (components missing: {', '.join(needs)})"
        rows.append(ScoreRow(variant.label, value, scores.das28_category(value), how, note))
    cdai = _at(data.cdai, day)
    if cdai is not None:
        how = (
            f"{_joints(visit)}, patient global {visit.patient_global_mm:g} mm and evaluator "
            f"global {visit.evaluator_global_mm:g} mm as 0–10 [R16]"
        )
        rows.append(ScoreRow("CDAI", cdai, scores.cdai_category(cdai), how))
    sdai = _at(data.sdai, day)
    if sdai is not None:
        how = f"CDAI + CRP in mg/dL: {_crp_text(crp, 'mg/dL')} [R16]"
        rows.append(ScoreRow("SDAI", sdai, scores.sdai_category(sdai), how))
    elif cdai is not None and crp is None:
        rows.append(ScoreRow("SDAI", None, None, "not computed: needs CRP from the visit date"))
    return tuple(rows)
