"""The EULAR response from the baseline visit's DAS28 to the assessed visit's (DOMAIN.md §2.1).

Each visit's DAS28 is the one every view shows (``visit_das28``: computed from its components
when it can be, else the DAS28 the clinic was given, said to be so). The response itself is
``scores.eular_response`` [R12], applied only to two DAS28 of the same variant: DAS28-ESR and
DAS28-CRP are never compared with each other (§0.2). When both visits have both variants, each
variant gets its own line. When there is no baseline, or a visit has no DAS28, or the two visits'
DAS28 are of different variants, the response is "not assessable" and the reason says why. A
patient who has no rheumatoid arthritis and no DAS28 at any visit gets no line at all.

A DAS28 given that differs from its own components by more than 0.1 (the domain's consistency
check, ``VisitDas28.typed_disagrees``) is said beside the response it took part in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain import scores
from calcitrack.domain.codes import Das28Variant, UnderlyingDisease
from calcitrack.domain.entities import LabResult, PatientChart, Visit
from calcitrack.domain.trajectory.visit_das28 import VisitDas28, visit_das28

SOURCE = "[R12]"
"""Where the EULAR response criteria are taken from (acreular ``eularResponse``)."""


@dataclass(frozen=True)
class EularDas28:
    """One EULAR response line: assessable (``response`` set) or why not (``why_not``)."""

    baseline_visit: Visit | None
    visit: Visit | None
    variant: Das28Variant | None = None
    baseline: VisitDas28 | None = None
    current: VisitDas28 | None = None
    response: scores.EularResponse | None = None
    why_not: str = ""

    @property
    def improvement(self) -> float | None:
        """Baseline − current DAS28 (positive: better), or None when not assessable."""
        if self.baseline is None or self.current is None:
            return None
        return self.baseline.value - self.current.value

    @property
    def disagreements(self) -> tuple[str, ...]:
        """Each DAS28 given at either visit that its own components contradict, in words."""
        found = []
        for role, das28, visit in (
            ("baseline", self.baseline, self.baseline_visit),
            ("assessed", self.current, self.visit),
        ):
            if das28 is not None and das28.typed_disagrees and visit is not None:
                assert das28.typed is not None
                found.append(
                    f"the {das28.variant.label} given at the {role} visit "
                    f"({visit.visit_date.isoformat()}), {das28.typed:.2f}, differs by more "
                    f"than {scores.DAS28_ENTRY_TOLERANCE:g} from the {das28.value:.2f} its "
                    "components give (the computed value is used)"
                )
        return tuple(found)

    def headline(self) -> str:
        """"good", "moderate", "none (no response)" or "not assessable"."""
        if self.response is None:
            return "not assessable"
        return "none (no response)" if self.response == "none" else self.response

    def title(self) -> str:
        """"EULAR response (DAS28-CRP)", or without a variant when none was compared."""
        return "EULAR response" + (f" ({self.variant.label})" if self.variant else "")

    def detail(self) -> str:
        """The baseline visit and DAS28 used, the assessed one, the change; or why not."""
        if self.response is None:
            return f"{self.why_not} {SOURCE}"
        assert self.baseline is not None and self.current is not None
        assert self.baseline_visit is not None and self.visit is not None
        change = self.improvement
        assert change is not None
        text = (
            f"baseline visit {self.baseline_visit.visit_date.isoformat()}: "
            f"{_das28_text(self.baseline)} → assessed visit "
            f"{self.visit.visit_date.isoformat()}: {_das28_text(self.current)}; "
            f"{'improved' if change >= 0 else 'worsened'} by {abs(change):.2f} {SOURCE}"
        )
        for disagreement in self.disagreements:
            text += f". Note: {disagreement}"
        return text

    def text(self) -> str:
        """One line: title, headline and detail."""
        return f"{self.title()}: {self.headline()} — {self.detail()}"


def _das28_text(das28: VisitDas28) -> str:
    how = "computed" if das28.computed else "as given, components missing"
    return f"{das28.variant.label} {das28.value:.2f} ({how})"


def _labs_on(labs: Sequence[LabResult], day: date) -> list[LabResult]:
    return [r for r in labs if r.collected_on == day]


def _having(found: Sequence[VisitDas28]) -> str:
    return " and ".join(f"{d.variant.label} {d.value:.2f}" for d in found)


def eular_das28(
    chart: PatientChart, baseline_visit: Visit | None, visit: Visit | None
) -> tuple[EularDas28, ...]:
    """The EULAR response of ``visit`` against ``baseline_visit``: one line per variant both
    visits have a DAS28 of (DAS28-CRP first, as ``visit_das28`` lists them), or one line saying
    why it is not assessable; none for a patient without rheumatoid arthritis who has no DAS28 at
    any visit."""
    if chart.patient.underlying_disease is not UnderlyingDisease.RA and not any(
        visit_das28(v, _labs_on(chart.labs, v.visit_date)) for v in chart.visits
    ):
        return ()

    def not_assessable(why: str) -> tuple[EularDas28, ...]:
        return (EularDas28(baseline_visit, visit, why_not=why),)

    if visit is None:
        return not_assessable("no visit to assess.")
    if baseline_visit is None:
        return not_assessable("no baseline visit to compare with.")
    when, then = visit.visit_date.isoformat(), baseline_visit.visit_date.isoformat()
    if baseline_visit.visit_date >= visit.visit_date:
        return not_assessable(f"the baseline visit ({then}) is not before the assessed one.")
    before = visit_das28(baseline_visit, _labs_on(chart.labs, baseline_visit.visit_date))
    now = visit_das28(visit, _labs_on(chart.labs, visit.visit_date))
    if not before and not now:
        return not_assessable(
            f"no DAS28 at the baseline visit ({then}) nor at the assessed visit ({when})."
        )
    if not before:
        return not_assessable(
            f"no DAS28 at the baseline visit ({then}); the assessed visit ({when}) has "
            f"{_having(now)}."
        )
    if not now:
        return not_assessable(
            f"no DAS28 at the assessed visit ({when}); the baseline visit ({then}) has "
            f"{_having(before)}."
        )
    lines = []
    for current in now:
        base = next((b for b in before if b.variant is current.variant), None)
        if base is not None:
            response = scores.eular_response(base.value, current.value)
            lines.append(
                EularDas28(baseline_visit, visit, current.variant, base, current, response)
            )
    if lines:
        return tuple(lines)
    return not_assessable(
        f"the baseline visit ({then}) has {_having(before)} and the assessed visit ({when}) "
        f"{_having(now)}: DAS28-ESR and DAS28-CRP are different scores and are never compared "
        "with each other."
    )
