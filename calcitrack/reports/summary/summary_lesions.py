"""The lesions of one visit for the PDF summary: each lesion's size now and its change from the
previous visit and from the baseline, with new and resolved or excised lesions named.

Pure data (no drawing). The area is the ellipse estimate π/4 · L · W (DOMAIN.md §0.3), an
unvalidated measure that the PDF labels as such (§8.4). Which lesions are listed:

* every lesion active on the visit date (measured then or not) and every lesion measured at it;
* lesions resolved or excised since the baseline (or, without a baseline, since the previous
  visit), so that the summary names them;
* a measurement whose label matches no lesion of the chart (listed, site unknown).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from calcitrack.domain import lesions as lesion_math
from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import Lesion, LesionMeasurement, PatientChart, Visit
from calcitrack.domain.review.assessment_types import ResponseAssessment
from calcitrack.domain.review.response import measured
from calcitrack.domain.visits.visit_completeness import active_on, resolved_by
from calcitrack.reports.charts.lesion_map import site_name


class RowStatus(str, Enum):
    MEASURED = "measured"
    NOT_MEASURED = "not measured at this visit"
    RESOLVED = "resolved"
    EXCISED = "excised"


STATE_NAMES = ("ulcerated", "extrusion", "infected", "tender", "inflamed")


@dataclass(frozen=True)
class LesionRow:
    label: str
    site: str
    status: RowStatus
    current: LesionMeasurement | None
    previous: LesionMeasurement | None
    """Its measurement at the previous visit (None: not measured then, or no previous visit)."""
    baseline: LesionMeasurement | None
    change_previous_pct: float | None
    change_baseline_pct: float | None
    new_at_visit: bool
    """First seen at this visit (not before the previous one)."""
    new_since_baseline: bool
    ended_on: str = ""
    """The date it was resolved or excised ("" when active, "undated" when not recorded)."""

    @property
    def states(self) -> tuple[str, ...]:
        m = self.current
        return () if m is None else tuple(n for n in STATE_NAMES if getattr(m, n))


@dataclass(frozen=True)
class LesionSummary:
    rows: tuple[LesionRow, ...]
    active_count: int
    measured_count: int
    new_at_visit: tuple[str, ...]
    new_since_baseline: tuple[str, ...]
    ended: tuple[str, ...]
    """Resolved or excised lesions listed (since the baseline, or the previous visit)."""
    burden_mm2: float | None
    sum_longest_mm: float | None


def _change(before: LesionMeasurement | None, now: LesionMeasurement | None) -> float | None:
    if before is None or now is None:
        return None
    return lesion_math.percent_change(before.area_mm2, now.area_mm2)


def _ended_text(lesion: Lesion) -> str:
    return lesion.status_changed_on.isoformat() if lesion.status_changed_on else "undated"


def summarise_lesions(
    chart: PatientChart, visit: Visit, previous: Visit | None, response: ResponseAssessment
) -> LesionSummary:
    """The lesion rows of ``visit``; ``chart`` is the chart as of the visit date."""
    day = visit.visit_date
    baseline = response.baseline
    now, before, first = measured(visit), measured(previous), measured(baseline)
    since = baseline or previous
    earlier_labels = {
        m.lesion_label for v in chart.visits if v.visit_date < day for m in v.lesion_measurements
    }
    new_baseline = set(response.new_lesions)
    rows: list[LesionRow] = []
    for lesion in chart.lesions:
        label = lesion.label
        current = now.get(label)
        ended = resolved_by(lesion, day)
        if ended and current is None:
            recent = label in before or label in first or (
                since is not None
                and lesion.status_changed_on is not None
                and lesion.status_changed_on > since.visit_date
            )
            if not recent:
                continue
        elif not ended and not active_on(lesion, day) and current is None:
            continue
        if ended:
            status = (
                RowStatus.EXCISED if lesion.status is LesionStatus.EXCISED else RowStatus.RESOLVED
            )
        else:
            status = RowStatus.MEASURED if current is not None else RowStatus.NOT_MEASURED
        new_at_visit = previous is not None and (
            lesion.first_seen_on > previous.visit_date
            or (current is not None and label not in earlier_labels)
        )
        rows.append(
            LesionRow(
                label, site_name(lesion.body_site, lesion.laterality), status, current,
                before.get(label), first.get(label), _change(before.get(label), current),
                _change(first.get(label), current), new_at_visit, label in new_baseline,
                _ended_text(lesion) if ended else "",
            )
        )  # fmt: skip
    known = {lesion.label for lesion in chart.lesions}
    for label, current in now.items():
        if label not in known:
            rows.append(
                LesionRow(
                    label, "site unknown (no lesion record)", RowStatus.MEASURED, current,
                    before.get(label), first.get(label), _change(before.get(label), current),
                    _change(first.get(label), current), label not in earlier_labels
                    and previous is not None, label in new_baseline,
                )
            )  # fmt: skip
    measurements = list(visit.lesion_measurements)
    return LesionSummary(
        rows=tuple(rows),
        active_count=sum(1 for lesion in chart.lesions if active_on(lesion, day)),
        measured_count=len(measurements),
        new_at_visit=tuple(r.label for r in rows if r.new_at_visit),
        new_since_baseline=tuple(r.label for r in rows if r.new_since_baseline),
        ended=tuple(r.label for r in rows if r.ended_on),
        burden_mm2=lesion_math.burden_mm2(m.area_mm2 for m in measurements)
        if measurements
        else None,
        sum_longest_mm=lesion_math.sum_longest_diameters_mm(m.longest_mm for m in measurements)
        if measurements
        else None,
    )
