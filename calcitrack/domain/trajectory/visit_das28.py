"""The DAS28 of one visit, variant by variant, as every view shows it (DOMAIN.md §0.1, §0.2).

A DAS28 computed from the visit's components (TJC28, SJC28, patient global) and the ESR or CRP
collected on the visit date wins over one typed in by hand; CRP is converted from the unit it
was entered in (DAS28-CRP takes mg/L) and never guessed. A typed DAS28 is used only when the
components are missing, and said to be typed. A typed DAS28 that differs from the computed one
by more than 0.1 is kept beside it, so that the difference can be shown. DAS28-ESR and
DAS28-CRP are separate values, never one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calcitrack.domain import scores
from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import LabResult, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs
from calcitrack.domain.trajectory.trajectory_labs import latest

VARIANTS = (Das28Variant.CRP, Das28Variant.ESR)
"""The order the variants are listed in."""


@dataclass(frozen=True)
class VisitDas28:
    variant: Das28Variant
    value: float
    """Not rounded: round for display only."""
    computed: bool
    """From the components and the marker; False: as typed in (components missing)."""
    typed: float | None = None
    """The DAS28 of this variant typed in at the visit, if any."""
    marker: LabResult | None = None
    """The ESR or CRP it was computed from."""

    @property
    def typed_disagrees(self) -> bool:
        """A typed DAS28 differs from the computed one by more than the tolerance (0.1)."""
        return (
            self.computed
            and self.typed is not None
            and scores.das28_entry_disagrees(self.typed, self.value)
        )


def visit_das28(visit: Visit, labs_of_day: Sequence[LabResult]) -> tuple[VisitDas28, ...]:
    """DAS28-CRP and DAS28-ESR of ``visit`` (those it has a value for, in ``VARIANTS`` order).

    ``labs_of_day`` are the results collected on the visit date, in entry order (the last ESR
    and the last CRP count). A component out of range gives no computed value.
    """
    tjc, sjc, ptga = visit.tender_joints_28, visit.swollen_joints_28, visit.patient_global_mm
    found = []
    for variant in VARIANTS:
        marker = latest(labs_of_day, variant.value)
        typed = visit.das28_recorded if visit.das28_recorded_variant is variant else None
        value = None
        if marker is not None and tjc is not None and sjc is not None and ptga is not None:
            value = _computed(variant, tjc, sjc, ptga, marker)
        if value is not None:
            found.append(VisitDas28(variant, value, True, typed, marker))
        elif typed is not None:
            found.append(VisitDas28(variant, typed, False, typed))
    return tuple(found)


def _computed(
    variant: Das28Variant, tjc: int, sjc: int, ptga: float, marker: LabResult
) -> float | None:
    try:
        if variant is Das28Variant.CRP:
            return scores.das28_crp_from(tjc, sjc, marker.value, marker.unit, ptga)
        esr_mm_h = labs.convert(marker.value, marker.unit, "mm/h", "esr")
        return scores.das28_esr(tjc, sjc, esr_mm_h, ptga)
    except DomainValidationError:
        return None
