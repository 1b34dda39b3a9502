"""The waterfall: each patient's calcinosis burden change from baseline, in percent, at the
latest visit on the regimen whose response could be assessed (the change the assessment itself
computed, on the lesions comparable at both visits)."""

from __future__ import annotations

from calcitrack.domain.outcomes.follow_up import FollowUp
from calcitrack.domain.outcomes.outcomes_types import Excluded, Waterfall, WaterfallBar
from calcitrack.i18n.catalogue import N_

# English, marked: kept in the report (the CSV writes them); translated where shown.
NO_VISIT_AFTER_START = N_("no visit on the regimen after its start")
NONE_ASSESSABLE = N_("no visit on the regimen whose response could be assessed")
NO_BURDEN = N_("no lesion measured at both the baseline and the latest assessed visit")


def waterfall(follow_ups: tuple[FollowUp, ...]) -> Waterfall:
    bars: list[WaterfallBar] = []
    excluded: list[Excluded] = []
    for follow in follow_ups:
        mrn = follow.member.mrn
        if not follow.after_start:
            excluded.append(Excluded(mrn, NO_VISIT_AFTER_START))
            continue
        if not follow.assessable:
            excluded.append(Excluded(mrn, NONE_ASSESSABLE))
            continue
        latest = follow.assessable[-1]
        if latest.change_pct is None:
            excluded.append(Excluded(mrn, NO_BURDEN))
            continue
        bars.append(WaterfallBar(mrn, latest.change_pct, latest.visit_on))
    bars.sort(key=lambda b: (-b.change_pct, b.mrn))
    return Waterfall(tuple(bars), tuple(excluded))
