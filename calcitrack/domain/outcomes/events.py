"""The two time-to-event figures: each patient's time (days from t0), whether the event was seen,
and who is left out; the curve itself comes from calcitrack.domain.outcomes.survival.

* **Drug survival**: event = the regimen stopped (one of its drugs no longer taken), on the stop
  day; a patient still on it is censored at the last contact.
* **Time to the first "improved"**: event = the first visit on the regimen after t0 whose
  response category is improved; a patient who stopped the regimen before improving is censored
  at the stop; one still on it at the latest visit on the regimen whose response could be
  assessed. A patient with no such visit is left out (said why).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calcitrack.domain.outcomes.follow_up import FollowUp
from calcitrack.domain.outcomes.outcomes_types import Excluded, SurvivalCurve
from calcitrack.domain.outcomes.survival import kaplan_meier
from calcitrack.domain.outcomes.waterfall import NO_VISIT_AFTER_START, NONE_ASSESSABLE
from calcitrack.domain.review.assessment_types import ResponseCategory
from calcitrack.i18n.catalogue import N_

# The words below are English, marked: the report keeps them (the CSV writes them), and the
# page, the PDF and the command line translate them where shown (outcomes_words).
NO_FOLLOW_UP = N_("no follow-up after the regimen's start")

DRUG_SURVIVAL = (
    N_("Drug survival"),
    N_("the regimen stopped (the first day one of its drugs was no longer taken)"),
    N_("still on the regimen: censored at the last contact (latest visit, lab or medication "
       "change up to the as-of day)"),
)
TIME_TO_IMPROVED = (
    N_("Time to first improved assessment"),
    N_("the first visit on the regimen after its start assessed as improved"),
    N_("stopped before improving: censored at the stop; still on the regimen: censored at the "
       "latest visit on it whose response could be assessed"),
)


@dataclass(frozen=True)
class Times:
    times: tuple[float, ...]
    observed: tuple[bool, ...]
    excluded: tuple[Excluded, ...]


def drug_survival_times(follow_ups: Sequence[FollowUp]) -> Times:
    times: list[float] = []
    observed: list[bool] = []
    excluded: list[Excluded] = []
    for follow in follow_ups:
        member = follow.member
        if member.stopped_on is None and member.days_on == 0:
            excluded.append(Excluded(member.mrn, NO_FOLLOW_UP))
            continue
        times.append(float(member.days_on))
        observed.append(member.stopped_on is not None)
    return Times(tuple(times), tuple(observed), tuple(excluded))


def improved_times(follow_ups: Sequence[FollowUp]) -> Times:
    times: list[float] = []
    observed: list[bool] = []
    excluded: list[Excluded] = []
    improved = ResponseCategory.IMPROVED.value
    for follow in follow_ups:
        member = follow.member
        first = next((v for v in follow.assessable if v.category == improved), None)
        if first is not None:
            times.append(float(first.day))
            observed.append(True)
        elif not follow.after_start:
            excluded.append(Excluded(member.mrn, NO_VISIT_AFTER_START))
        elif not follow.assessable:
            excluded.append(Excluded(member.mrn, NONE_ASSESSABLE))
        else:
            times.append(float(member.days_on if member.stopped_on else follow.assessable[-1].day))
            observed.append(False)
    return Times(tuple(times), tuple(observed), tuple(excluded))


def curve(found: Times, words: tuple[str, str, str]) -> SurvivalCurve:
    title, event, censoring = words
    estimate = kaplan_meier(found.times, found.observed)
    return SurvivalCurve(
        title=title,
        event=event,
        censoring=censoring,
        n=len(found.times),
        events=sum(found.observed),
        points=estimate.points,
        median_days=estimate.median_days,
        excluded=found.excluded,
    )
