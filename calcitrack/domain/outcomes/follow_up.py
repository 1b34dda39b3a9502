"""One cohort member's follow-up: the visits on the regimen and the assessment at each.

Every visit is assessed as the Overview and the visit summary assess it
(calcitrack.domain.review.assessment.assess, the visit on its own day), with the baseline fixed at
the last visit on or before t0 — the default baseline of the assessment, taken for this regimen's
start even when the patient also takes another calcinosis-directed drug. A patient with no visit
on or before t0 has no baseline: no visit of theirs is assessable.

A visit is **on the regimen** when it is on or after t0 and before the stop (and not after the
as-of day). The visit on t0 itself is usually the baseline and is never a response.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.outcomes.outcomes_types import CohortMember
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.review.assessment_types import Assessment, ResponseCategory
from calcitrack.i18n.catalogue import N_

NO_BASELINE = N_("no visit on or before the regimen's start (no baseline)")


@dataclass(frozen=True)
class AssessedVisit:
    visit_on: date
    day: int
    """Days from t0."""
    assessment: Assessment
    assessable_reason: str = ""
    """Why the response is not assessable ("" when it is)."""

    @property
    def category(self) -> str | None:
        """The response category's value, None when not assessable."""
        if self.assessable_reason:
            return None
        return self.assessment.response.category.value

    @property
    def change_pct(self) -> float | None:
        return self.assessment.response.change_from_baseline_pct


@dataclass(frozen=True)
class FollowUp:
    member: CohortMember
    baseline_on: date | None
    visits: tuple[AssessedVisit, ...]
    """Every visit on the regimen, oldest first (the visit on t0 included)."""

    @property
    def after_start(self) -> tuple[AssessedVisit, ...]:
        """The visits on the regimen after t0 (those that can show a response)."""
        return tuple(v for v in self.visits if v.day > 0)

    @property
    def assessable(self) -> tuple[AssessedVisit, ...]:
        return tuple(v for v in self.after_start if v.category is not None)


def on_regimen(member: CohortMember, day: date) -> bool:
    return member.started_on <= day and (member.stopped_on is None or day < member.stopped_on)


def follow_up(chart: PatientChart, member: CohortMember, settings: ClinicSettings) -> FollowUp:
    """Assess every visit of ``chart`` (read as of the as-of day) on the regimen."""
    visits = sorted(chart.visits, key=lambda v: v.visit_date)
    before = [v for v in visits if v.visit_date <= member.started_on]
    baseline = before[-1].visit_date if before else None
    found = tuple(
        _assessed(chart, member, settings, visit, baseline)
        for visit in visits
        if on_regimen(member, visit.visit_date)
    )
    return FollowUp(member, baseline, found)


def _assessed(
    chart: PatientChart,
    member: CohortMember,
    settings: ClinicSettings,
    visit: Visit,
    baseline: date | None,
) -> AssessedVisit:
    day = visit.visit_date
    assessment = assess(chart, settings, on=day, visit_date=day, baseline_date=baseline)
    response = assessment.response
    reason = ""
    if baseline is None:
        reason = NO_BASELINE
    elif response.category is ResponseCategory.NOT_ASSESSABLE:
        reason = response.reason or response.rule.removeprefix("Not assessable: ").rstrip(".")
    return AssessedVisit(day, (day - member.started_on).days, assessment, reason)
