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
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import N_, _, current_language
from calcitrack.i18n.languages import Language

DAS28_CRP_CAVEAT = N_(
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
            (_("patient global"), visit.patient_global_mm),
        )
        if value is None
    ]
    if evaluator and visit.evaluator_global_mm is None:
        needs.append(_("evaluator global"))
    if marker:
        needs.append(marker)
    return needs


def _partly_recorded(visit: Visit) -> bool:
    """Some component of a DAS28 was recorded (so saying what it lacks is useful)."""
    return any(
        v is not None
        for v in (visit.tender_joints_28, visit.swollen_joints_28, visit.patient_global_mm)
    )


def _mm(value: float | None) -> str:
    """A global assessment in mm as the English text always printed it ("5", "37.5")."""
    if value is None or current_language() is Language.ENGLISH:
        return f"{value:g}" if value is not None else "None"
    return formats.number(value, 0 if float(value).is_integer() else 1)


def _two_decimals(value: float) -> str:
    if current_language() is Language.ENGLISH:
        return f"{value:.2f}"
    return formats.number(value, 2)


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
        note = _(DAS28_CRP_CAVEAT) if variant is Das28Variant.CRP and value is not None else ""
        needs = _needs(visit, evaluator=False, marker="" if marker else variant.label[6:])
        if value is None:
            if needs and (typed is not None or (marker is not None and _partly_recorded(visit))):
                how = _("not computed: needs {components}").format(components=_(", ").join(needs))
                rows.append(ScoreRow(variant.label, None, None, how))
            continue
        if not needs:
            how = _("computed from {joints}, {marker}, patient global {global_mm} mm").format(
                joints=_joints(visit), marker=marker_text, global_mm=_mm(visit.patient_global_mm)
            )
            if typed is not None and scores.das28_entry_disagrees(typed, value):
                how = _("{how}; the DAS28 typed in ({typed}) differs by more than 0.1").format(
                    how=how, typed=_two_decimals(typed)
                )
        else:
            how = _("as recorded (components missing: {components})").format(
                components=_(", ").join(needs)
            )
        rows.append(ScoreRow(variant.label, value, scores.das28_category(value), how, note))
    cdai = _at(data.cdai, day)
    if cdai is not None:
        how = _(
            "{joints}, patient global {patient_mm} mm and evaluator global {evaluator_mm} mm as "
            "0–10 [R16]"
        ).format(joints=_joints(visit), patient_mm=_mm(visit.patient_global_mm),
                 evaluator_mm=_mm(visit.evaluator_global_mm))  # fmt: skip
        rows.append(ScoreRow("CDAI", cdai, scores.cdai_category(cdai), how))
    sdai = _at(data.sdai, day)
    if sdai is not None:
        how = _("CDAI + CRP in mg/dL: {crp} [R16]").format(crp=_crp_text(crp, "mg/dL"))
        rows.append(ScoreRow("SDAI", sdai, scores.sdai_category(sdai), how))
    elif cdai is not None and crp is None:
        rows.append(ScoreRow("SDAI", None, None,
                             _("not computed: needs CRP from the visit date")))  # fmt: skip
    return tuple(rows)
