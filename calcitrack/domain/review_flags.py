"""The "reconsider surgery" review flag (DOMAIN.md §0.5, §6): one flag whose triggers list every
criterion that fired, with its values and dates.

No published numeric referral threshold exists: every number is a clinic setting. Criteria, as
decided for CalciTrack (each needs an assessed visit; "consecutive visits" are the last visits up
to and including the assessed one):

a. **Progressed on diltiazem**: the response category is progressed and diltiazem, active on the
   assessed visit date, has been taken for ≥ ``SURGERY_MIN_MONTHS_DILTIAZEM`` months (course start
   to the visit, contiguous periods) at a current dose ≥ ``SURGERY_ADEQUATE_MG_KG_DAY`` mg/kg/day.
   Without a weight the dose per kilogram is unknown: this criterion cannot fire (never guessed).
b. **Joint next to a lesion**: a joint next to an active lesion (same side) whose range of motion
   at the assessed visit fell ≥ ``SURGERY_ROM_LOSS_DEG`` degrees from baseline, or is below
   ``SURGERY_ROM_FRACTION_PCT`` % of the normal reference (DOMAIN.md §3). The share-of-normal test
   is skipped for movements whose normal is 0° (extension), where a share means nothing; the loss
   from baseline still applies to them.
c. **Ulceration, extrusion or infection**: any lesion ulcerated or extruding on each of the last
   ``SURGERY_ULCER_VISITS`` consecutive visits (the same lesion or another), or ≥
   ``SURGERY_INFECTIONS`` visits with an infected lesion within ``SURGERY_INFECTION_MONTHS``
   calendar months up to the assessed visit (the window's first day included).
d. **Pain on therapy**: pain NRS ≥ ``SURGERY_PAIN_NRS`` on each of the last ``SURGERY_PAIN_VISITS``
   consecutive visits, each while a calcinosis-directed drug was active (calcitrack.domain.regimen).
e. **Localised and symptomatic**: 1 to ``SURGERY_LOCALISED_MAX`` active lesions on the assessed
   date, and any lesion tender, inflamed, ulcerated or infected at the assessed visit, or pain NRS
   ≥ ``SURGERY_PAIN_NRS``: small, localised lesions are the good surgical candidates [R50][R36].
"""

from __future__ import annotations

import calendar
from datetime import date

from calcitrack.domain.assessment_types import (
    Flag,
    FlagKind,
    ResponseAssessment,
    ResponseCategory,
    Severity,
)
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
from calcitrack.domain.regimen import course_on, on_calcinosis_treatment
from calcitrack.domain.response import active_on, pct_key

RECONSIDER_SURGERY = "reconsider_surgery"
TITLE = "Reconsider surgery"
SOURCE = "[R50][R36][R51]; clinic-configurable, no published referral threshold"
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


def reason_text(settings: ClinicSettings) -> str:
    """The rule in words with the thresholds in force."""
    s = settings
    return (
        "Review whether surgery should be reconsidered when any of these holds (clinic settings, "
        "decision support): "
        f"(a) progressed after ≥ {s[SURGERY_MIN_MONTHS_DILTIAZEM]:g} months of diltiazem at "
        f"≥ {s[SURGERY_ADEQUATE_MG_KG_DAY]:g} mg/kg/day; "
        f"(b) a joint next to an active lesion whose range of motion fell "
        f"≥ {s[SURGERY_ROM_LOSS_DEG]:g}° from baseline or is below "
        f"{s[SURGERY_ROM_FRACTION_PCT]:g} % of the normal reference; "
        f"(c) ulceration or extrusion on {_n(s, SURGERY_ULCER_VISITS)} consecutive visits "
        f"(any lesion), or ≥ {_n(s, SURGERY_INFECTIONS)} visits with an infected lesion within "
        f"{_n(s, SURGERY_INFECTION_MONTHS)} months; "
        f"(d) pain NRS ≥ {_n(s, SURGERY_PAIN_NRS)} on {_n(s, SURGERY_PAIN_VISITS)} consecutive "
        "visits on calcinosis-directed treatment; "
        f"(e) localised (≤ {_n(s, SURGERY_LOCALISED_MAX)} active lesions) and symptomatic "
        "disease."
    )


def progressed_on_diltiazem(
    chart: PatientChart, response: ResponseAssessment, settings: ClinicSettings
) -> list[str]:
    """Criterion (a)."""
    visit, dose = response.visit, response.diltiazem
    if response.category is not ResponseCategory.PROGRESSED or visit is None or dose is None:
        return []
    per_kg = dose.mg_per_kg_per_day
    course = course_on(chart.medications, "diltiazem", visit.visit_date)
    if per_kg is None or course is None:
        return []
    months = course.months_on(visit.visit_date)
    min_months, adequate = (
        settings[SURGERY_MIN_MONTHS_DILTIAZEM],
        settings[SURGERY_ADEQUATE_MG_KG_DAY],
    )
    if pct_key(months) < min_months or pct_key(per_kg) < adequate:
        return []
    return [
        f"Progressed on {visit.visit_date} after {months:.1f} months of diltiazem "
        f"(since {course.start_on}) at {per_kg:.2f} mg/kg/day ({dose.mg_per_day:g} mg/day, "
        f"{dose.weight_kg:g} kg on {dose.weight_on}); thresholds ≥ {min_months:g} months at "
        f"≥ {adequate:g} mg/kg/day"
    ]


def rom_near_lesions(response: ResponseAssessment, settings: ClinicSettings) -> list[str]:
    """Criterion (b)."""
    visit, baseline = response.visit, response.baseline
    if visit is None:
        return []
    loss_limit, share_limit = settings[SURGERY_ROM_LOSS_DEG], settings[SURGERY_ROM_FRACTION_PCT]
    found = []
    for rom in response.rom:
        if not rom.near_lesions or rom.current_deg is None:
            continue
        why = []
        change = rom.change_deg
        if change is not None and pct_key(-change) >= loss_limit:
            assert baseline is not None
            why.append(
                f"fell {-change:g}° from {rom.baseline_deg:g}° at baseline "
                f"({baseline.visit_date}; threshold ≥ {loss_limit:g}°)"
            )
        if rom.normal_deg:  # None or 0° (extension): a share of normal means nothing
            share = rom.current_deg / rom.normal_deg * 100
            if pct_key(share) < share_limit:
                why.append(
                    f"{share:.0f} % of the normal {rom.normal_deg:g}° (below {share_limit:g} %)"
                )
        if why:
            movement = rom.movement.replace("_", " ")
            found.append(
                f"{rom.side.label} {rom.joint} {movement} {rom.current_deg:g}° on "
                f"{visit.visit_date}: {'; '.join(why)}; next to {', '.join(rom.near_lesions)}"
            )
    return found


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


def _up_to(chart: PatientChart, visit: Visit) -> list[Visit]:
    return sorted(
        (v for v in chart.visits if v.visit_date <= visit.visit_date), key=lambda v: v.visit_date
    )


def ulcers_or_infections(chart: PatientChart, visit: Visit, settings: ClinicSettings) -> list[str]:
    """Criterion (c)."""
    history, found = _up_to(chart, visit), []
    count = _n(settings, SURGERY_ULCER_VISITS)
    last = history[-count:]
    if len(last) == count and all(_labels(v, "ulcer") for v in last):
        days = "; ".join(f"{v.visit_date} {', '.join(_labels(v, 'ulcer'))}" for v in last)
        found.append(
            f"Ulceration or extrusion on the last {count} consecutive visits (any lesion): {days}"
        )
    months, needed = _n(settings, SURGERY_INFECTION_MONTHS), _n(settings, SURGERY_INFECTIONS)
    since = months_before(visit.visit_date, months)
    infected = [v for v in history if v.visit_date >= since and _labels(v, "infected")]
    if len(infected) >= needed:
        days = "; ".join(f"{v.visit_date} {', '.join(_labels(v, 'infected'))}" for v in infected)
        found.append(
            f"{len(infected)} visits with an infected lesion within {months} months "
            f"({since} to {visit.visit_date}; threshold ≥ {needed}): {days}"
        )
    return found


def pain_on_therapy(chart: PatientChart, visit: Visit, settings: ClinicSettings) -> list[str]:
    """Criterion (d)."""
    count, limit = _n(settings, SURGERY_PAIN_VISITS), _n(settings, SURGERY_PAIN_NRS)
    last = _up_to(chart, visit)[-count:]
    if len(last) < count or not all(
        v.pain_nrs is not None
        and v.pain_nrs >= limit
        and on_calcinosis_treatment(chart.medications, v.visit_date)
        for v in last
    ):
        return []
    days = "; ".join(f"{v.visit_date} {v.pain_nrs}/10" for v in last)
    return [
        f"Pain NRS ≥ {limit} on the last {count} consecutive visits on calcinosis-directed "
        f"treatment: {days}"
    ]


def localised_symptomatic(chart: PatientChart, visit: Visit, settings: ClinicSettings) -> list[str]:
    """Criterion (e)."""
    active = [lesion.label for lesion in chart.lesions if active_on(lesion, visit.visit_date)]
    limit, pain_limit = _n(settings, SURGERY_LOCALISED_MAX), _n(settings, SURGERY_PAIN_NRS)
    if not 1 <= len(active) <= limit:
        return []
    symptoms = [
        f"{m.lesion_label} "
        + ", ".join(
            name
            for name, on in (
                ("tender", m.tender),
                ("inflamed", m.inflamed),
                ("ulcerated", m.ulcerated),
                ("infected", m.infected),
            )
            if on
        )
        for m in visit.lesion_measurements
        if m.lesion_label in active and _has(m, "symptom")
    ]
    if visit.pain_nrs is not None and visit.pain_nrs >= pain_limit:
        symptoms.append(f"pain {visit.pain_nrs}/10 (≥ {pain_limit})")
    if not symptoms:
        return []
    return [
        f"Localised disease: {len(active)} active lesions on {visit.visit_date} "
        f"(≤ {limit}: {', '.join(active)}), symptomatic: {'; '.join(symptoms)}"
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
        *rom_near_lesions(response, settings),
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
        title=TITLE,
        reason=reason_text(settings),
        triggers=tuple(triggers),
        source=SOURCE,
        setting_keys=SETTING_KEYS,
    )


def review_flags(
    chart: PatientChart, response: ResponseAssessment, settings: ClinicSettings
) -> tuple[Flag, ...]:
    flag = reconsider_surgery(chart, response, settings)
    return () if flag is None else (flag,)
