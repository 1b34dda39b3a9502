"""How often each safety and review flag fired on the regimen: at every visit on it (t0 included),
the flags of the assessment of that visit on its own day."""

from __future__ import annotations

from collections.abc import Sequence

from calcitrack.domain.outcomes.follow_up import FollowUp
from calcitrack.domain.outcomes.outcomes_types import FlagTally
from calcitrack.domain.rule_text import Text, render
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language


def flag_tallies(follow_ups: Sequence[FollowUp]) -> tuple[FlagTally, ...]:
    titles: dict[str, Text] = {}
    visits: dict[str, int] = {}
    patients: dict[str, set[str]] = {}
    for follow in follow_ups:
        for visit in follow.visits:
            for code in dict.fromkeys(f.code for f in visit.assessment.flags):
                titles.setdefault(
                    code, next(f.title_text for f in visit.assessment.flags if f.code == code)
                )
                visits[code] = visits.get(code, 0) + 1
                patients.setdefault(code, set()).add(follow.member.mrn)
    with using(Language.ENGLISH):  # the report's own words are English (the CSV's)
        tallies = [
            FlagTally(code, render(title), len(patients[code]), visits[code], title)
            for code, title in titles.items()
        ]
    return tuple(sorted(tallies, key=lambda t: (-t.patients, -t.visits, t.code)))


def visits_on_regimen(follow_ups: Sequence[FollowUp]) -> int:
    return sum(len(f.visits) for f in follow_ups)
