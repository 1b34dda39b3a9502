"""The response assessment: lesion burden, new lesions and ulceration, pain and range of motion of
the assessed visit against the baseline (DOMAIN.md §0.3, §0.4, §6).

Decision support, not validated for calcinosis of every cause. Decisions (CalciTrack's):

* **Assessed visit**: the visit on ``visit_date`` when given, else the latest visit on or before
  ``on``. **Previous visit**: the one before it.
* **Baseline** (§0.4): the visit on ``baseline_date`` when given (the clinic's choice), else the
  last visit on or before the start of the regimen judged on ``on``
  (calcitrack.domain.medications.regimen).
  It must be earlier than the assessed visit.
* **Not assessable, never a guess**: no visits; no regimen recorded and no baseline chosen; no
  visit on or before the regimen start; the baseline is the assessed visit itself; a lesion that
  cannot be compared between the baseline and the assessed visit (active now and not measured
  now, or there at baseline and not measured then). The rule says why and ``missing`` lists it.
  What the visits do show (burden, pain, range of motion) is still reported, and the change on
  the lesions that could be compared is given "for information only", saying which they are.
* **Burden** at a visit = the sum of the ellipse areas π/4·L·W of the lesions measured at that
  visit (resolved and excised lesions are not measured, so count 0). A visit that left an active
  lesion unmeasured is **incomplete** (``unmeasured``,
  calcitrack.domain.visits.visit_completeness); one that measured no lesion while one was active
  has no burden nor sum of longest diameters (None, never 0).
* **Changes of burden** (from baseline, from the previous visit) are computed only on the lesions
  comparable at both visits (calcitrack.domain.review.burden_comparison), never a partial total
  against a full one; ``baseline_comparison`` and ``previous_comparison`` say which lesions they
  used, and give the sum of longest diameters on the same lesions.
* **Category**: any new lesion since baseline (first seen after the baseline date and measured now
  or still active), any new ulceration (ulcerated now, not at baseline) or an imaging study read as
  "more calcification" after the baseline and up to the assessed visit
  (calcitrack.domain.review.imaging_evidence) → progressed whatever the burden says, even on an
  incomplete visit. A study read as "less calcification" is reported beside the burden. Else the
  change from baseline ≤ the clinic's "improved" threshold (default −25 %) → improved, ≥ its
  "progressed" threshold (default +25 %) → progressed, else stable; no burden at baseline nor now →
  stable. The categories are borrowed from the SCTC radiographic 1-year change categories [R2] and
  labelled so. Each lesion is judged on its own area with the same thresholds. Percentages are
  compared rounded to 9 decimals, so that a change exactly at a threshold on paper (−25 %) reaches
  it despite floating-point noise.
* **Lesions listed**: every lesion measured at either visit, or active at some time between the
  baseline and the assessed visit. Resolved = resolved or excised on or before the assessed date
  (an undated change counts as before); a lesion that appeared and resolved since baseline is
  resolved, not new. Active = first seen on or before the day and not resolved by then.
* **Range of motion**: every (joint, movement, side) measured at the assessed visit or baseline,
  with the normal reference of §3; the lesions "near" it are the active lesions whose body site is
  next to that joint on the same side (a midline or bilateral lesion is near both sides).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain import lesions as lesion_math
from calcitrack.domain import rule_text
from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.clinic_settings import (
    RESPONSE_IMPROVED_PCT,
    RESPONSE_PROGRESSED_PCT,
    ClinicSettings,
)
from calcitrack.domain.codes import Laterality, Side
from calcitrack.domain.entities import Lesion, LesionMeasurement, PatientChart, Visit
from calcitrack.domain.medications.regimen import Regimen, dose_reading, join_names, regimen_on
from calcitrack.domain.review.assessment_types import (
    LesionChange,
    LesionResponse,
    ResponseAssessment,
    ResponseCategory,
    RomChange,
)
from calcitrack.domain.review.burden_comparison import BurdenComparison, compare_burden
from calcitrack.domain.review.imaging_evidence import (
    IMAGING_RULE,
    ImagingReadings,
    less_line,
    more_text,
    read_after,
    readings_between,
)
from calcitrack.domain.review.response_text import (
    SCTC_LABEL,
    burden_text,
    signed_text,
    thresholds_message,
)
from calcitrack.domain.rom import ROM_REFERENCES
from calcitrack.domain.rule_text import Arg, Day, Text, joined, message, render
from calcitrack.domain.visits.visit_completeness import (
    active_on,
    join_labels,
    measured_totals,
    resolved_by,
    unmeasured_at,
)
from calcitrack.i18n.catalogue import N_, _


def pct_key(value: float) -> float:
    """A percentage or ratio as compared with a threshold: rounded off float noise (9 decimals)."""
    return round(value, 9)


def near(lesion: Lesion, joint: str, side: Side) -> bool:
    """The lesion's body site is next to ``joint`` on the same ``side`` (§0.5)."""
    site = BODY_SITES.get(lesion.body_site)
    if site is None or joint not in site.adjacent_joints:
        return False
    if lesion.laterality in (Laterality.MIDLINE, Laterality.BILATERAL):
        return True
    return lesion.laterality.value == side.value


def measured(visit: Visit | None) -> dict[str, LesionMeasurement]:
    return {} if visit is None else {m.lesion_label: m for m in visit.lesion_measurements}


def category_of(change_pct: float, settings: ClinicSettings) -> ResponseCategory:
    """The category of a change in percent by the clinic's thresholds (§0.4)."""
    change = pct_key(change_pct)
    if change <= settings[RESPONSE_IMPROVED_PCT]:
        return ResponseCategory.IMPROVED
    if change >= settings[RESPONSE_PROGRESSED_PCT]:
        return ResponseCategory.PROGRESSED
    return ResponseCategory.STABLE


_LESION_CHANGE = {
    ResponseCategory.IMPROVED: LesionChange.SMALLER,
    ResponseCategory.STABLE: LesionChange.STABLE,
    ResponseCategory.PROGRESSED: LesionChange.LARGER,
}


@dataclass(frozen=True)
class _Lesions:
    responses: tuple[LesionResponse, ...]
    new: tuple[str, ...]
    resolved: tuple[str, ...]
    ulcerated: tuple[str, ...]
    new_ulceration: tuple[str, ...]
    orphans: tuple[str, ...]  # labels measured at the assessed visit with no lesion record


def _compare_lesions(
    chart: PatientChart, visit: Visit, baseline: Visit | None, settings: ClinicSettings
) -> _Lesions:
    now, before = measured(visit), measured(baseline)
    day = visit.visit_date
    responses: list[LesionResponse] = []
    for lesion in chart.lesions:
        current, first = now.get(lesion.label), before.get(lesion.label)
        gone = resolved_by(lesion, day if baseline is None else baseline.visit_date)
        if not (current or first) and (gone or lesion.first_seen_on > day):
            continue  # resolved before the baseline, or first seen after this visit
        change_pct = None
        if resolved_by(lesion, day):
            change = LesionChange.RESOLVED
        elif baseline is not None and baseline.visit_date < lesion.first_seen_on <= day:
            change = LesionChange.NEW
        elif current is not None and first is not None:
            change_pct = lesion_math.percent_change(first.area_mm2, current.area_mm2)
            category = ResponseCategory.STABLE
            if change_pct is not None:
                category = category_of(change_pct, settings)
            change = _LESION_CHANGE[category]
        else:
            change = LesionChange.NOT_MEASURED  # now, or (there already) at baseline
        responses.append(
            LesionResponse(
                lesion.label,
                lesion.body_site,
                lesion.laterality,
                change,
                None if first is None else first.area_mm2,
                None if current is None else current.area_mm2,
                change_pct,
                ulcerated=bool(current and current.ulcerated),
                extrusion=bool(current and current.extrusion),
                infected=bool(current and current.infected),
            )
        )
    known = {lesion.label for lesion in chart.lesions}
    ulcerated = tuple(label for label, m in now.items() if m.ulcerated)
    new_ulceration: tuple[str, ...] = ()
    if baseline is not None:
        new_ulceration = tuple(
            label for label in ulcerated if not (label in before and before[label].ulcerated)
        )
    return _Lesions(
        responses=tuple(responses),
        new=tuple(r.label for r in responses if r.change is LesionChange.NEW),
        resolved=tuple(r.label for r in responses if r.change is LesionChange.RESOLVED),
        ulcerated=ulcerated,
        new_ulceration=new_ulceration,
        orphans=tuple(label for label in now if label not in known),
    )


def left_out_reasons(comparison: BurdenComparison) -> list[str]:
    """Why the burden of the baseline and the assessed visit cannot be compared, one line per
    visit that left lesions unmeasured ([] when the comparison is complete), in the current
    language."""
    reasons = []
    later, earlier = comparison.not_measured_later, comparison.not_measured_earlier
    if later:
        reasons.append(render(rule_text.ngettext(
            "{labels} was not measured on {day}; the burden cannot be compared",
            "{labels} were not measured on {day}; the burden cannot be compared",
            len(later), labels=join_labels(later), day=Day(comparison.later_on),
        )))  # fmt: skip
    if earlier:
        reasons.append(render(rule_text.ngettext(
            "{labels} was not measured at the baseline {day}; the burden cannot be compared",
            "{labels} were not measured at the baseline {day}; the burden cannot be compared",
            len(earlier), labels=join_labels(earlier), day=Day(comparison.earlier_on),
        )))  # fmt: skip
    return reasons


def rom_changes(chart: PatientChart, visit: Visit, baseline: Visit | None) -> tuple[RomChange, ...]:
    """Every (joint, movement, side) measured at ``visit`` or ``baseline``, current first."""
    now = {(r.joint, r.movement, r.side): r.degrees for r in visit.rom}
    before = (
        {} if baseline is None else {(r.joint, r.movement, r.side): r.degrees for r in baseline.rom}
    )
    active = [lesion for lesion in chart.lesions if active_on(lesion, visit.visit_date)]
    found: list[RomChange] = []
    for key in dict.fromkeys([*now, *before]):
        joint, movement, side = key
        reference = ROM_REFERENCES.get((joint, movement))
        found.append(
            RomChange(
                joint,
                movement,
                side,
                before.get(key),
                now.get(key),
                None if reference is None else reference.normal_deg,
                tuple(lesion.label for lesion in active if near(lesion, joint, side)),
            )
        )
    return tuple(found)


def _select_visit(
    visits: Sequence[Visit], on: date, visit_date: date | None
) -> tuple[Visit | None, str]:
    if not visits:
        return None, _("no visits recorded")
    if visit_date is not None:
        chosen = [v for v in visits if v.visit_date == visit_date]
        if not chosen:
            return None, render(message(N_("no visit on {day}"), day=Day(visit_date)))
        if visit_date > on:
            return None, render(message(
                N_("the visit {visit} is after the assessment day {day}"), visit=Day(visit_date),
                day=Day(on),
            ))  # fmt: skip
        return chosen[-1], ""
    earlier = [v for v in visits if v.visit_date <= on]
    if not earlier:
        return None, render(message(N_("no visit on or before {day}"), day=Day(on)))
    return earlier[-1], ""


def _select_baseline(
    visits: Sequence[Visit], visit: Visit, regimen: Regimen, baseline_date: date | None
) -> tuple[Visit | None, str, str]:
    """The baseline visit (or None), how it was chosen, and why there is none."""
    if baseline_date is not None:
        rule = render(message(N_("chosen by the clinic: {day}"), day=Day(baseline_date)))
        chosen = [v for v in visits if v.visit_date == baseline_date]
        if not chosen:
            return None, rule, render(message(
                N_("no visit on {day} (the baseline chosen by the clinic)"), day=Day(baseline_date)
            ))  # fmt: skip
        baseline = chosen[-1]
    elif regimen.start_on is None:
        why = _("no calcinosis-directed treatment recorded and no baseline chosen")
        return None, _("none: no calcinosis-directed treatment recorded"), why
    else:
        start: dict[str, Arg] = {"drugs": join_names(regimen.drugs), "day": Day(regimen.start_on)}
        # Shown in brackets on the Overview and in the PDF: no brackets of its own.
        rule = render(message(
            N_("last visit on or before the start of {drugs} on {day}, the default baseline"),
            **start,
        ))  # fmt: skip
        earlier = [v for v in visits if v.visit_date <= regimen.start_on]
        if not earlier:
            why = render(message(
                N_("no visit on or before the start of {drugs} on {day}: choose a baseline visit"),
                **start,
            ))  # fmt: skip
            return None, rule, why
        baseline = earlier[-1]
    if baseline is visit:
        why = render(message(
            N_("the baseline is the assessed visit itself ({day}): a later visit is needed to "
               "judge the response"), day=Day(visit.visit_date),
        ))  # fmt: skip
        return None, rule, why
    if baseline.visit_date >= visit.visit_date:
        why = render(message(
            N_("the baseline {baseline} is not earlier than the assessed visit {visit}"),
            baseline=Day(baseline.visit_date), visit=Day(visit.visit_date),
        ))  # fmt: skip
        return None, rule, why
    return baseline, rule, ""


def assess_response(
    chart: PatientChart,
    settings: ClinicSettings,
    *,
    on: date,
    visit_date: date | None = None,
    baseline_date: date | None = None,
) -> ResponseAssessment:
    """The response of ``chart`` on ``on`` (see the module docstring for every rule)."""
    visits = sorted(chart.visits, key=lambda v: v.visit_date)
    regimen = regimen_on(chart.medications, on)
    visit, why = _select_visit(visits, on, visit_date)
    if visit is None:
        return ResponseAssessment(
            ResponseCategory.NOT_ASSESSABLE, _not_assessable(why), on, visit=None,
            baseline=None, baseline_rule="", previous=None, regimen=regimen, diltiazem=None,
            missing=(why,), reason=why,
        )  # fmt: skip
    index = visits.index(visit)
    previous = visits[index - 1] if index > 0 else None
    diltiazem = dose_reading(chart.medications, visits, "diltiazem", visit.visit_date)
    baseline, baseline_rule, why = _select_baseline(visits, visit, regimen, baseline_date)

    found = _compare_lesions(chart, visit, baseline, settings)
    imaging = ImagingReadings() if baseline is None else readings_between(
        chart.imaging, baseline.visit_date, visit.visit_date
    )
    current, longest_now = measured_totals(chart.lesions, visit)
    before, longest_then = (None, None) if baseline is None else measured_totals(
        chart.lesions, baseline
    )
    prior = None if previous is None else measured_totals(chart.lesions, previous)[0]
    versus_baseline = None if baseline is None else compare_burden(chart.lesions, baseline, visit)
    versus_previous = None if previous is None else compare_burden(chart.lesions, previous, visit)
    incomplete = [] if versus_baseline is None else left_out_reasons(versus_baseline)
    blocking = [why] if why else []
    if not (found.new or found.new_ulceration or imaging.more):  # decide whatever the burden
        blocking += incomplete
    missing = list(dict.fromkeys(blocking + incomplete))
    missing += [
        render(message(N_("{label} (measured on {day}) matches no lesion of the chart"),
                       label=label, day=Day(visit.visit_date)))
        for label in found.orphans
    ]
    if diltiazem is not None and diltiazem.mg_per_kg_per_day is None:
        missing.append(render(message(N_("diltiazem mg/kg/day: {note}"), note=diltiazem.note)))

    reason = ""
    if blocking:
        category = ResponseCategory.NOT_ASSESSABLE
        reason = render(joined(N_("; "), blocking))
        partial = versus_baseline
        if not why and partial is not None and partial.change_pct is not None:
            reason = render(message(
                N_("{why} (for information only, on {labels} alone: {change} from baseline)"),
                why=reason, labels=join_labels(partial.compared),
                change=f"{signed_text(partial.change_pct, '+.1f')} %",
            ))  # fmt: skip
        rule = _not_assessable(reason)
    else:
        assert baseline is not None and versus_baseline is not None
        category, rule = _categorise(found, imaging, baseline, visit, versus_baseline, settings)

    return ResponseAssessment(
        category=category,
        rule=rule,
        assessed_on=on,
        visit=visit,
        baseline=baseline,
        baseline_rule=baseline_rule,
        previous=previous,
        regimen=regimen,
        diltiazem=diltiazem,
        burden_baseline_mm2=before,
        burden_previous_mm2=prior,
        burden_current_mm2=current,
        change_from_baseline_pct=None if versus_baseline is None else versus_baseline.change_pct,
        change_from_previous_pct=None if versus_previous is None else versus_previous.change_pct,
        sum_longest_baseline_mm=longest_then,
        sum_longest_current_mm=longest_now,
        lesions=found.responses,
        new_lesions=found.new,
        resolved_lesions=found.resolved,
        ulcerated_lesions=found.ulcerated,
        new_ulceration=found.new_ulceration,
        pain_baseline=None if baseline is None else baseline.pain_nrs,
        pain_current=visit.pain_nrs,
        rom=rom_changes(chart, visit, baseline),
        missing=tuple(missing),
        baseline_comparison=versus_baseline,
        previous_comparison=versus_previous,
        unmeasured=unmeasured_at(chart.lesions, visit),
        imaging_more=imaging.more,
        imaging_less=imaging.less,
        imaging_after=read_after(chart.imaging, visit.visit_date),
        reason=reason,
    )


def _not_assessable(reason: str) -> str:
    return render(message(N_("Not assessable: {reason}."), reason=reason))


_DECIDED = {
    ResponseCategory.IMPROVED: N_("Improved: {burden}; {thresholds}; {categories}."),
    ResponseCategory.STABLE: N_("Stable: {burden}; {thresholds}; {categories}."),
    ResponseCategory.PROGRESSED: N_("Progressed: {burden}; {thresholds}; {categories}."),
}
NEW_RULE = N_(
    "any new lesion or new ulceration means progressed whatever the burden says "
    "(a CalciTrack rule, not a published criterion)"
)


def _categorise(
    found: _Lesions,
    imaging: ImagingReadings,
    baseline: Visit,
    visit: Visit,
    compared: BurdenComparison,
    settings: ClinicSettings,
) -> tuple[ResponseCategory, str]:
    """The category and its rule, written in the current language."""
    change = compared.change_pct
    less = less_line(imaging.less)
    burden = burden_text(compared, baseline, visit, less)
    label = {"thresholds": thresholds_message(settings), "categories": SCTC_LABEL}
    if found.new or found.new_ulceration or imaging.more:
        parts: list[Text] = []
        rules: list[Text] = []
        if imaging.more:
            parts.append(more_text(imaging.more, baseline.visit_date))
        if found.new:
            parts.append(message(
                N_("new lesions since the baseline {baseline}: {labels}"),
                baseline=Day(baseline.visit_date), labels=joined(N_(", "), found.new),
            ))  # fmt: skip
        if found.new_ulceration:
            parts.append(message(
                N_("new ulceration: {labels}"), labels=joined(N_(", "), found.new_ulceration)
            ))  # fmt: skip
        if found.new or found.new_ulceration:
            rules.append(message(NEW_RULE))
        if imaging.more:
            rules.append(IMAGING_RULE)
        return ResponseCategory.PROGRESSED, render(message(
            N_("Progressed: {triggers} — {rules}. For information, {burden}; {thresholds}; "
               "{categories}."),
            triggers=joined(N_("; "), parts), rules=joined(N_("; "), rules), burden=burden,
            **label,
        ))  # fmt: skip
    if change is None:
        days = {"baseline": Day(baseline.visit_date), "visit": Day(visit.visit_date)}
        if less:
            return ResponseCategory.STABLE, render(message(
                N_("Stable: no lesion measured at baseline ({baseline}) nor on {visit}; {less}; "
                   "{thresholds}; {categories}."), less=less, **days, **label,
            ))  # fmt: skip
        return ResponseCategory.STABLE, render(message(
            N_("Stable: no lesion measured at baseline ({baseline}) nor on {visit}; "
               "{thresholds}; {categories}."), **days, **label,
        ))  # fmt: skip
    category = category_of(change, settings)
    return category, render(message(_DECIDED[category], burden=burden, **label))
