"""The "reconsider surgery" review flag (DOMAIN.md §0.5, §6): one flag whose triggers list every
criterion that fired, with its values and dates.

No published numeric referral threshold exists: every number is a clinic setting. Criteria, as
decided for CalciTrack (each needs an assessed visit). **Not measured is not absent**
(calcitrack.domain.review.latest_records): a criterion reads the latest visits, up to and including
the
assessed one, that recorded what it needs, skipping those that left it blank, however old the
record (its date is named, with "not measured since" and the later visits):

a. **Progressed on diltiazem**: the response category is progressed and diltiazem, active on the
   assessed visit date, has been taken for ≥ ``SURGERY_MIN_MONTHS_DILTIAZEM`` months (course start
   to the visit, contiguous periods) at a current dose ≥ ``SURGERY_ADEQUATE_MG_KG_DAY`` mg/kg/day.
   Without a weight the dose per kilogram is unknown: this criterion cannot fire (never guessed).
b. **Joint next to a lesion**: a joint next to a lesion active on the assessed date (same side)
   whose range of motion, at the latest visit that measured that movement, fell
   ≥ ``SURGERY_ROM_LOSS_DEG`` degrees from baseline (when measured after the baseline visit), or
   is below ``SURGERY_ROM_FRACTION_PCT`` % of the normal reference (DOMAIN.md §3). The
   share-of-normal test is skipped for movements whose normal is 0° (extension), where a share
   means nothing; the loss from baseline still applies to them.
c. **Ulceration, extrusion or infection**: any lesion (the same or another) ulcerated or
   extruding at each of the last ``SURGERY_ULCER_VISITS`` consecutive visits **that recorded
   it** — a visit counts when a lesion it measured was ulcerated or extruding, or when it measured
   every active lesion and none was; a visit that left a lesion unmeasured and saw no ulcer among
   the others is skipped (not measured is not absent); or ≥
   ``SURGERY_INFECTIONS`` visits with an infected lesion within ``SURGERY_INFECTION_MONTHS``
   calendar months up to the latest visit that measured a lesion (the window's first day
   included).
d. **Pain on therapy**: pain NRS ≥ ``SURGERY_PAIN_NRS`` at each of the last ``SURGERY_PAIN_VISITS``
   visits that recorded pain, each while a calcinosis-directed drug was active
   (calcitrack.domain.medications.regimen).
e. **Localised and symptomatic**: 1 to ``SURGERY_LOCALISED_MAX`` active lesions on the assessed
   date, and any of them tender, inflamed, ulcerated or infected at its latest measurement, or
   the latest pain NRS recorded ≥ ``SURGERY_PAIN_NRS``: small, localised lesions are the good
   surgical candidates [R50][R36].

The texts are messages (``calcitrack.domain.rule_text``), written in the reader's language when
shown; lesion labels, joint names and sides are put in as they are. Counted texts keep the
English they always had for a count of 1 ("1 active lesions"): their English singular is the
plural text, the translations have every plural form.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from calcitrack.domain.clinic_settings import (
    RESPONSE_IMPROVED_PCT,
    RESPONSE_PROGRESSED_PCT,
    SURGERY_ADEQUATE_MG_KG_DAY,
    SURGERY_INFECTION_MONTHS,
    SURGERY_INFECTIONS,
    SURGERY_LOCALISED_MAX,
    SURGERY_MIN_MONTHS_DILTIAZEM,
    SURGERY_PAIN_NRS,
    SURGERY_PAIN_VISITS,
    SURGERY_ROM_FRACTION_PCT,
    SURGERY_ROM_LOSS_DEG,
    SURGERY_ULCER_VISITS,
    ClinicSettings,
)
from calcitrack.domain.entities import LesionMeasurement, PatientChart, Visit
from calcitrack.domain.flags import Flag, FlagKind, Severity
from calcitrack.domain.medications.regimen import course_on, on_calcinosis_treatment
from calcitrack.domain.review.assessment_types import ResponseAssessment, ResponseCategory
from calcitrack.domain.review.latest_records import last_recorded, not_since, visits_until
from calcitrack.domain.review.response import near, pct_key
from calcitrack.domain.rom import ROM_REFERENCES
from calcitrack.domain.rule_text import Arg, Day, Message, Number, Text, joined, message, ngettext
from calcitrack.domain.visits.visit_completeness import active_on, unmeasured_at
from calcitrack.i18n.catalogue import N_

RECONSIDER_SURGERY = "reconsider_surgery"
TITLE = N_("Reconsider surgery")
CITED = "[R50][R36][R51]"
SOURCE = message(
    # TRANSLATORS: {sources} are citations such as "[R50][R36][R51]", kept as they are.
    N_("{sources}; clinic-configurable, no published referral threshold"), sources=CITED
)
SETTING_KEYS: tuple[str, ...] = (
    SURGERY_MIN_MONTHS_DILTIAZEM,
    SURGERY_ADEQUATE_MG_KG_DAY,
    SURGERY_ROM_LOSS_DEG,
    SURGERY_ROM_FRACTION_PCT,
    SURGERY_ULCER_VISITS,
    SURGERY_INFECTIONS,
    SURGERY_INFECTION_MONTHS,
    SURGERY_PAIN_NRS,
    SURGERY_PAIN_VISITS,
    SURGERY_LOCALISED_MAX,
    RESPONSE_IMPROVED_PCT,
    RESPONSE_PROGRESSED_PCT,
)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day when shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _n(settings: ClinicSettings, key: str) -> int:
    return int(settings[key])


def reason_text(settings: ClinicSettings) -> Message:
    """The rule in words with the thresholds in force."""
    s = settings
    # Counted texts, their form chosen by the number ("1 month", Arabic "3 أشهر", "2.5 شهر").
    months = ngettext("{count} month", "{count} months", Number(s[SURGERY_MIN_MONTHS_DILTIAZEM]))
    infection_months = ngettext("{count} month", "{count} months", _n(s, SURGERY_INFECTION_MONTHS))
    # "% o" (a space, then a letter) reads as a printf conversion to Babel's catalogue checks:
    # a no-break space after "%" (here and in every rule text with a percentage before a word).
    return message(
        N_("Review whether surgery should be reconsidered when any of these holds (clinic "
           "settings, decision support): (a) progressed after ≥ {months} of diltiazem at "
           "≥ {dose} mg/kg/day; (b) a joint next to an active lesion whose range of motion fell "
           "≥ {loss}° from baseline or is below {share} %\u00a0of the normal reference; "
           "(c) ulceration or extrusion on {ulcer_visits} consecutive visits that recorded it "
           "(any lesion), or ≥ {infections} visits with an infected lesion within "
           "{infection_months}; (d) pain NRS ≥ {pain} on {pain_visits} consecutive "
           "visits that recorded it, on calcinosis-directed treatment; (e) localised "
           "(≤ {localised} active lesions) and symptomatic disease. Each reads the latest visits "
           "that recorded what it needs: a value not measured since is used, with its date."),
        months=months,
        dose=Number(s[SURGERY_ADEQUATE_MG_KG_DAY]),
        loss=Number(s[SURGERY_ROM_LOSS_DEG]),
        share=Number(s[SURGERY_ROM_FRACTION_PCT]),
        ulcer_visits=Number(_n(s, SURGERY_ULCER_VISITS), "d"),
        infections=Number(_n(s, SURGERY_INFECTIONS), "d"),
        infection_months=infection_months,
        pain=Number(_n(s, SURGERY_PAIN_NRS), "d"),
        pain_visits=Number(_n(s, SURGERY_PAIN_VISITS), "d"),
        localised=Number(_n(s, SURGERY_LOCALISED_MAX), "d"),
    )


def progressed_on_diltiazem(
    chart: PatientChart, response: ResponseAssessment, settings: ClinicSettings
) -> list[Text]:
    """Criterion (a)."""
    visit, dose = response.visit, response.diltiazem
    if response.category is not ResponseCategory.PROGRESSED or visit is None or dose is None:
        return []
    per_kg = dose.mg_per_kg_per_day
    course = course_on(chart.medications, "diltiazem", visit.visit_date)
    if per_kg is None or course is None or dose.mg_per_day is None or dose.weight_kg is None:
        return []
    months = course.months_on(visit.visit_date)
    min_months, adequate = (
        settings[SURGERY_MIN_MONTHS_DILTIAZEM],
        settings[SURGERY_ADEQUATE_MG_KG_DAY],
    )
    if pct_key(months) < min_months or pct_key(per_kg) < adequate:
        return []
    weighed: Arg = "None" if dose.weight_on is None else Day(dose.weight_on)
    # Counted texts: a course's months have a decimal ("2.5 months"), which takes the form CLDR
    # gives decimals (Arabic "2.5 شهر", not the "شهرًا" of 11 to 99).
    on_it = ngettext("{count} month", "{count} months", Number(months, ".1f"))
    at_least = ngettext("{count} month", "{count} months", Number(min_months))
    return [
        message(
            N_("Progressed on {day} after {months} of diltiazem (since {start}) at "
               "{per_kg} mg/kg/day ({mg_per_day} mg/day, {weight} kg on {weight_day}); "
               "thresholds ≥ {min_months} at ≥ {adequate} mg/kg/day"),
            day=Day(visit.visit_date),
            months=on_it,
            start=Day(course.start_on),
            per_kg=Number(per_kg, ".2f"),
            mg_per_day=Number(dose.mg_per_day),
            weight=Number(dose.weight_kg),
            weight_day=weighed,
            min_months=at_least,
            adequate=Number(adequate),
        )
    ]


def rom_near_lesions(
    chart: PatientChart, response: ResponseAssessment, settings: ClinicSettings
) -> list[Text]:
    """Criterion (b), on the latest visit that measured each movement."""
    visit, baseline = response.visit, response.baseline
    if visit is None:
        return []
    history = visits_until(chart.visits, visit.visit_date)
    active = [lesion for lesion in chart.lesions if active_on(lesion, visit.visit_date)]
    loss_limit, share_limit = settings[SURGERY_ROM_LOSS_DEG], settings[SURGERY_ROM_FRACTION_PCT]
    keys = dict.fromkeys((r.joint, r.movement, r.side) for v in reversed(history) for r in v.rom)
    found: list[Text] = []
    for key in keys:
        joint, movement, side = key
        near_labels = [lesion.label for lesion in active if near(lesion, joint, side)]
        if not near_labels:
            continue
        (latest,) = last_recorded(history, _recorded_rom(key))
        degrees = _rom(latest, key)
        assert degrees is not None
        why: list[Text] = []
        before = None
        if baseline is not None and baseline.visit_date < latest.visit_date:
            before = _rom(baseline, key)
        if before is not None and pct_key(before - degrees) >= loss_limit:
            assert baseline is not None
            why.append(message(
                N_("fell {loss}° from {before}° at baseline ({day}; threshold ≥ {limit}°)"),
                loss=Number(before - degrees), before=Number(before),
                day=Day(baseline.visit_date), limit=Number(loss_limit),
            ))
        reference = ROM_REFERENCES.get((joint, movement))
        normal = None if reference is None else reference.normal_deg
        if normal:  # None or 0° (extension): a share of normal means nothing
            share = degrees / normal * 100
            if pct_key(share) < share_limit:
                why.append(message(
                    N_("{share} %\u00a0of the normal {normal}° (below {limit} %)"),
                    share=Number(share, ".0f"), normal=Number(normal),
                    limit=Number(share_limit),
                ))
        if why:
            found.append(message(
                # TRANSLATORS: "Left elbow flexion 40° on 2026-03-07: <why>; next to L elbow 1".
                N_("{side} {joint} {movement} {degrees}° on {day}{later}: {why}; next to "
                   "{lesions}"),
                side=side.label, joint=joint, movement=movement.replace("_", " "),
                degrees=Number(degrees), day=Day(latest.visit_date),
                later=not_since(latest.visit_date, history),
                why=joined(N_("; "), why), lesions=joined(N_(", "), list(near_labels)),
            ))
    return found


def _rom(visit: Visit, key: tuple[str, str, object]) -> float | None:
    return next((r.degrees for r in visit.rom if (r.joint, r.movement, r.side) == key), None)


def _recorded_rom(key: tuple[str, str, object]) -> Callable[[Visit], bool]:
    """Whether a visit measured the joint movement ``key``."""
    return lambda visit: _rom(visit, key) is not None


def _labels(visit: Visit, state: str) -> list[str]:
    return [m.lesion_label for m in visit.lesion_measurements if _has(m, state)]


def _has(measurement: LesionMeasurement, state: str) -> bool:
    if state == "ulcer":
        return measurement.ulcerated or measurement.extrusion
    if state == "symptom":
        return (
            measurement.tender
            or measurement.inflamed
            or measurement.ulcerated
            or measurement.infected
        )
    return bool(getattr(measurement, state))


def _measurement(visit: Visit, label: str) -> LesionMeasurement | None:
    return next((m for m in visit.lesion_measurements if m.lesion_label == label), None)


def _recorded_measurement(label: str) -> Callable[[Visit], bool]:
    """Whether a visit measured the lesion labelled ``label``."""
    return lambda visit: _measurement(visit, label) is not None


def _ulceration_known(chart: PatientChart, visit: Visit) -> bool:
    """Whether ``visit`` tells if a lesion was ulcerated or extruding: yes when a lesion it
    measured was; no only when it measured every lesion active that day and none was. A visit
    that left a lesion unmeasured and saw no ulcer among the others tells nothing (skipped)."""
    return bool(_labels(visit, "ulcer")) or (
        bool(visit.lesion_measurements) and not unmeasured_at(chart.lesions, visit)
    )


def _lesions_on(visit: Visit, state: str) -> Message:
    """ "2026-03-07 L elbow 1, R knee 2": the visit's date and its lesions in ``state``."""
    return message(
        N_("{day} {lesions}"),
        day=Day(visit.visit_date),
        lesions=joined(N_(", "), list(_labels(visit, state))),
    )


def ulcers_or_infections(
    chart: PatientChart, visit: Visit, settings: ClinicSettings
) -> list[Text]:
    """Criterion (c)."""
    history = visits_until(chart.visits, visit.visit_date)
    found: list[Text] = []
    count = _n(settings, SURGERY_ULCER_VISITS)
    last = last_recorded(history, lambda v: _ulceration_known(chart, v), count)
    if len(last) == count and all(_labels(v, "ulcer") for v in last):
        days = joined(N_("; "), [_lesions_on(v, "ulcer") for v in last])
        later = not_since(last[-1].visit_date, history, "recorded")
        # Only plain names inside ngettext(): the extractor would take a string literal of a
        # nested call for one of its texts.
        found.append(ngettext(
            "Ulceration or extrusion on the last {count} consecutive visits that recorded it "
            "(any lesion): {days}{later}",
            "Ulceration or extrusion on the last {count} consecutive visits that recorded it "
            "(any lesion): {days}{later}",
            count, days=days, later=later,
        ))
    months, needed = _n(settings, SURGERY_INFECTION_MONTHS), _n(settings, SURGERY_INFECTIONS)
    measured = last_recorded(history, lambda v: bool(v.lesion_measurements))
    end = measured[0].visit_date if measured else visit.visit_date
    since = months_before(end, months)
    infected = [v for v in history if since <= v.visit_date <= end and _labels(v, "infected")]
    if len(infected) >= needed:
        within = ngettext("{count} month", "{count} months", months)
        later = not_since(end, history, "lesions measured")
        at_least = Number(needed, "d")
        days = joined(N_("; "), [_lesions_on(v, "infected") for v in infected])
        found.append(ngettext(
            "{count} visits with an infected lesion within {months} ({since} to {end}{later}; "
            "threshold ≥ {needed}): {days}",
            "{count} visits with an infected lesion within {months} ({since} to {end}{later}; "
            "threshold ≥ {needed}): {days}",
            len(infected), months=within, since=Day(since), end=Day(end), later=later,
            needed=at_least, days=days,
        ))
    return found


def pain_on_therapy(chart: PatientChart, visit: Visit, settings: ClinicSettings) -> list[Text]:
    """Criterion (d), on the last visits that recorded pain."""
    count, limit = _n(settings, SURGERY_PAIN_VISITS), _n(settings, SURGERY_PAIN_NRS)
    history = visits_until(chart.visits, visit.visit_date)
    last = last_recorded(history, lambda v: v.pain_nrs is not None, count)
    if len(last) < count or not all(
        v.pain_nrs is not None
        and v.pain_nrs >= limit
        and on_calcinosis_treatment(chart.medications, v.visit_date)
        for v in last
    ):
        return []
    days = [
        message(N_("{day} {pain}/10"), day=Day(v.visit_date), pain=Number(v.pain_nrs, "d"))
        for v in last
        if v.pain_nrs is not None
    ]
    at_least, each = Number(limit, "d"), joined(N_("; "), days)
    later = not_since(last[-1].visit_date, history, "recorded")
    return [
        ngettext(
            "Pain NRS ≥ {limit} on the last {count} visits that recorded it, each on "
            "calcinosis-directed treatment: {days}{later}",
            "Pain NRS ≥ {limit} on the last {count} visits that recorded it, each on "
            "calcinosis-directed treatment: {days}{later}",
            count, limit=at_least, days=each, later=later,
        )
    ]


_SYMPTOMS = {
    # TRANSLATORS: a lesion's state: "L elbow 1 tender, inflamed".
    "tender": N_("tender"),
    # TRANSLATORS: a lesion's state.
    "inflamed": N_("inflamed"),
    # TRANSLATORS: a lesion's state.
    "ulcerated": N_("ulcerated"),
    # TRANSLATORS: a lesion's state.
    "infected": N_("infected"),
}


def _dated(when: date, day: date, later: Text) -> Text:
    """" on 2026-03-07, not measured since (…)" for a value of an earlier visit, "" for one of
    ``day``."""
    return "" if when == day else message(N_(" on {day}{later}"), day=Day(when), later=later)


def localised_symptomatic(
    chart: PatientChart, visit: Visit, settings: ClinicSettings
) -> list[Text]:
    """Criterion (e), on each active lesion's latest measurement and the latest pain."""
    day = visit.visit_date
    active = [lesion.label for lesion in chart.lesions if active_on(lesion, day)]
    limit, pain_limit = _n(settings, SURGERY_LOCALISED_MAX), _n(settings, SURGERY_PAIN_NRS)
    if not 1 <= len(active) <= limit:
        return []
    history = visits_until(chart.visits, day)
    symptoms: list[Text] = []
    for label in active:
        last = last_recorded(history, _recorded_measurement(label))
        m = _measurement(last[0], label) if last else None
        if m is None or not _has(m, "symptom"):
            continue
        names = joined(N_(", "), [
            message(_SYMPTOMS[name])
            for name, on in (
                ("tender", m.tender),
                ("inflamed", m.inflamed),
                ("ulcerated", m.ulcerated),
                ("infected", m.infected),
            )
            if on
        ])
        when = last[0].visit_date
        symptoms.append(message(
            N_("{lesion} {states}{dated}"), lesion=label, states=names,
            dated=_dated(when, day, not_since(when, history)),
        ))
    pain = last_recorded(history, lambda v: v.pain_nrs is not None)
    if pain and pain[0].pain_nrs is not None and pain[0].pain_nrs >= pain_limit:
        when = pain[0].visit_date
        symptoms.append(message(
            N_("pain {pain}/10 (≥ {limit}){dated}"), pain=Number(pain[0].pain_nrs, "d"),
            limit=Number(pain_limit, "d"),
            dated=_dated(when, day, not_since(when, history, "recorded")),
        ))
    if not symptoms:
        return []
    at_most, lesions = Number(limit, "d"), joined(N_(", "), list(active))
    why = joined(N_("; "), symptoms)
    return [
        ngettext(
            "Localised disease: {count} active lesions on {day} (≤ {limit}: {lesions}), "
            "symptomatic: {symptoms}",
            "Localised disease: {count} active lesions on {day} (≤ {limit}: {lesions}), "
            "symptomatic: {symptoms}",
            len(active), day=Day(day), limit=at_most, lesions=lesions, symptoms=why,
        )
    ]


def reconsider_surgery(
    chart: PatientChart, response: ResponseAssessment, settings: ClinicSettings
) -> Flag | None:
    """The review flag, or None when no criterion fired (or there is no assessed visit)."""
    visit = response.visit
    if visit is None:
        return None
    triggers = [
        *progressed_on_diltiazem(chart, response, settings),
        *rom_near_lesions(chart, response, settings),
        *ulcers_or_infections(chart, visit, settings),
        *pain_on_therapy(chart, visit, settings),
        *localised_symptomatic(chart, visit, settings),
    ]
    if not triggers:
        return None
    return Flag(
        code=RECONSIDER_SURGERY,
        kind=FlagKind.REVIEW,
        severity=Severity.REVIEW,
        title_text=message(TITLE),
        reason_text=reason_text(settings),
        trigger_texts=tuple(triggers),
        source_text=SOURCE,
        setting_keys=SETTING_KEYS,
    )


def review_flags(
    chart: PatientChart, response: ResponseAssessment, settings: ClinicSettings
) -> tuple[Flag, ...]:
    flag = reconsider_surgery(chart, response, settings)
    return () if flag is None else (flag,)
