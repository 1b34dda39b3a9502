"""The response at about 6 and about 12 months from t0.

The visit on the regimen nearest t0 + 182 (or 365) days within ± the window's half-width (the
earlier of two equally near) is the one judged; its category is the response assessment's. A
patient without one is counted as not assessable, for one of four reasons (``REASONS``), with the
days or the assessment's own words in ``WindowOutcome.detail``:

* the regimen stopped before a visit in the window (the stop is on or before the window's last
  day and no visit on the regimen falls in it);
* the follow-up is shorter than the window (the as-of day is before the window's last day and no
  visit falls in it yet);
* no visit in the window (the window is over and nobody saw the patient in it);
* the response assessment itself could not judge the visit (its rule says why).
"""

from __future__ import annotations

from datetime import date, timedelta

from calcitrack.domain.outcomes.follow_up import AssessedVisit, FollowUp
from calcitrack.domain.outcomes.outcomes_types import ResponseAtWindow, WindowOutcome
from calcitrack.i18n.catalogue import N_

WINDOW_TARGETS: tuple[tuple[str, int], ...] = (
    (N_("about 6 months"), 182), (N_("about 12 months"), 365)
)
"""The windows' labels (English, marked: translated where shown) and target days from t0 (half
a year and a year of days)."""

# English, marked: the report keeps them (the CSV writes them); translated where shown.
STOPPED_BEFORE = N_("regimen stopped before the window")
SHORT_FOLLOW_UP = N_("follow-up shorter than the window")
NO_VISIT = N_("no visit in the window")
NOT_ASSESSABLE = N_("the response assessment could not judge the visit")
REASONS = (STOPPED_BEFORE, SHORT_FOLLOW_UP, NO_VISIT, NOT_ASSESSABLE)


def nearest(visits: tuple[AssessedVisit, ...], target: int, half: int) -> AssessedVisit | None:
    """The visit nearest ``target`` days within ± ``half`` days, the earlier on a tie."""
    inside = [v for v in visits if target - half <= v.day <= target + half]
    if not inside:
        return None
    return min(inside, key=lambda v: (abs(v.day - target), v.day))


def window_outcome(follow: FollowUp, target: int, half: int, as_of: date) -> WindowOutcome:
    member = follow.member
    chosen = nearest(follow.after_start, target, half)
    if chosen is not None:
        if chosen.category is not None:
            return WindowOutcome(member.mrn, chosen.category, chosen.visit_on, None)
        return WindowOutcome(
            member.mrn, None, chosen.visit_on, NOT_ASSESSABLE, detail=chosen.assessable_reason
        )
    last_day = member.started_on + timedelta(days=target + half)
    if member.stopped_on is not None and member.stopped_on <= last_day:
        stopped = (member.stopped_on - member.started_on).days
        detail = (
            f"stopped on day {stopped}, before a visit between day {target - half} and day "
            f"{target + half}"
        )
        return WindowOutcome(member.mrn, None, None, STOPPED_BEFORE, detail=detail)
    if as_of < last_day:
        followed = (as_of - member.started_on).days
        detail = (
            f"{followed} days from the start to {as_of.isoformat()}; the window ends on day "
            f"{target + half}"
        )
        return WindowOutcome(member.mrn, None, None, SHORT_FOLLOW_UP, detail=detail)
    detail = f"no visit between day {target - half} and day {target + half}"
    return WindowOutcome(member.mrn, None, None, NO_VISIT, detail=detail)


def response_windows(
    follow_ups: tuple[FollowUp, ...], half: int, as_of: date
) -> tuple[ResponseAtWindow, ...]:
    return tuple(
        ResponseAtWindow(
            label, target, half, tuple(window_outcome(f, target, half, as_of) for f in follow_ups)
        )
        for label, target in WINDOW_TARGETS
    )
