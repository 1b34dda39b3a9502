"""Plausibility at every door: which values of a visit entry are impossible, and which are unusual.

Two levels (DOMAIN.md §3, §4.2 give the references compared with):

- **Hard limits** — physically impossible values (hard_limits.py) — are validation problems:
  ``validate_visit_entry`` and ``validate_chart`` report them with every other problem, so the
  form, the service, the import and the demo clinic refuse them alike.
- **Soft limits** — unusual values — are found here, from the entry, the patient's chart (the
  earlier visits) and the clinic's data-quality settings (clinic policy with visible defaults,
  never clinical thresholds). An unusual value is saved only once a person confirmed it: the
  form asks the nurse, the import needs ``--accept-unusual``; the service re-checks and refuses
  an entry whose unusual values are not all in ``entry.confirmed`` (``confirmations``).

Each soft check is a function ``(entry, chart, settings) -> Iterable[UnusualValue]``; adding a
kind of check is writing one and adding it to ``SOFT_CHECKS`` (its settings, if any, go to
clinic_settings.py's data-quality block).

The labels, values as shown, reasons and settings are messages (``calcitrack.domain.rule_text``,
written in the reader's language when shown); the value's neutral text, part of a confirmation's
key, is the same in every language (unusual_value.py). English reads as it always did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date

from calcitrack.domain.clinic_settings import (
    DQ_LAB_RANGE_FACTOR,
    DQ_LESION_GREW_PCT,
    DQ_LESION_SHRANK_PCT,
    DQ_ROM_ABOVE_NORMAL_DEG,
    DQ_WEIGHT_CHANGE_PCT,
    DQ_WEIGHT_CHANGE_PCT_PER_MONTH,
    ClinicSettings,
)
from calcitrack.domain.entities import LabResult, PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.domain.laboratory import labs
from calcitrack.domain.laboratory.lab_reference import ReferenceRange, typical_reference
from calcitrack.domain.rom import ROM_REFERENCES
from calcitrack.domain.rule_text import Arg, Day, Message, Number, Text, message, ngettext, render
from calcitrack.domain.visits.dose_plausibility import dose_vs_label, period_doses_vs_label
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.visit_entry import VisitEntry, lesions_to_measure
from calcitrack.i18n.catalogue import N_, _

SoftCheck = Callable[[VisitEntry, PatientChart, ClinicSettings], Iterable[UnusualValue]]

DAYS_PER_MONTH = 365.25 / 12

LAB_RANGE_EXEMPT = frozenset(
    {"crp", "esr", "rheumatoid_factor", "anti_ccp", "ana_titre", "creatine_kinase", "pth_intact"}
)
"""Markers whose value in active disease (or kidney disease, for PTH) routinely runs many times
their range: a multiple of the range says nothing about a typing slip there."""

_UNIT_LABELS = {
    "umol/L": "µmol/L",
    "mg/(24.h)": "mg/24 h",
    "mmol/(24.h)": "mmol/24 h",
    "mL/min/{1.73_m2}": "mL/min/1.73 m²",
    "[IU]/mL": "IU/mL",
    "{titer}": "",
}


def _unit(unit: str) -> str:
    return _UNIT_LABELS.get(unit, unit)


def _amount(value: float, unit: str) -> str:
    """The neutral text of an amount ("2.4 mg/dL"): a confirmation's key."""
    label = _unit(unit)
    return f"{value:g} {label}" if label else f"{value:g}"


def _amount_text(value: float, unit: str, spec: str = "g") -> Arg:
    """An amount for people: the number in the language's format, the unit as it is."""
    label = _unit(unit)
    number = Number(value, spec)
    return message(N_("{number} {unit}"), number=number, unit=label) if label else number


_RANGE_SOURCES = {
    text: text
    for text in (
        N_("typical adult range"),
        N_("typical adult range for women"),
        N_("typical adult range for men"),
        N_("reporting lab's range"),
    )
}
"""The reference ranges' sources a person reads, marked (others are shown as they are)."""


class UnconfirmedValuesError(DomainValidationError):
    """An entry with unusual values nobody confirmed: nothing was saved. ``unusual`` lists them
    (to show the confirmation again); ``problems`` name each field and why."""

    def __init__(self, unusual: Sequence[UnusualValue]) -> None:
        self.unusual = tuple(unusual)
        super().__init__(
            Problem(
                u.field,
                _("{value} is unusual and was not confirmed: {reason}").format(
                    value=u.shown_value(), reason=render(u.reason)
                ),
            )
            for u in self.unusual
        )


# ------------------------------------------------------------------ the checks


def rom_above_normal(
    entry: VisitEntry, chart: PatientChart, settings: ClinicSettings
) -> Iterable[UnusualValue]:
    """A range of motion more than the clinic's margin above the movement's normal reference."""
    margin = settings[DQ_ROM_ABOVE_NORMAL_DEG]
    for i, r in enumerate(entry.visit.rom):
        reference = ROM_REFERENCES.get((r.joint, r.movement))
        if reference is None or not r.degrees > reference.normal_deg + margin:
            continue
        cites = "".join(part for part in ("[R21]", "[R22]") if part in reference.source)
        above = Number(r.degrees - reference.normal_deg)
        normal = Number(reference.normal_deg)
        reason = (
            message(N_("{above}° above the normal reference of {normal}° {cites}"),
                    above=above, normal=normal, cites=cites)
            if cites
            else message(N_("{above}° above the normal reference of {normal}°"),
                         above=above, normal=normal)
        )  # fmt: skip
        side = N_("{movement}, left") if r.side.value == "left" else N_("{movement}, right")
        yield UnusualValue(
            "rom_above_normal",
            f"rom[{i}].degrees",
            f"rom/{r.joint}/{r.movement}/{r.side.value}",
            message(side, movement=Message(reference.english_label)),
            f"{r.degrees:g}°",
            reason,
            DQ_ROM_ABOVE_NORMAL_DEG,
            message(
                N_("Range of motion: ask when above the normal reference by more than {margin}°"),
                margin=Number(margin),
            ),
            entry.visit.visit_date,
            message(N_("{degrees}°"), degrees=Number(r.degrees)),
        )


def lesion_area_change(
    entry: VisitEntry, chart: PatientChart, settings: ClinicSettings
) -> Iterable[UnusualValue]:
    """A lesion's area grown or shrunk by more than the clinic's limits since it was last
    measured (the ellipse estimate π/4·L·W, not a validated measure)."""
    grew, shrank = settings[DQ_LESION_GREW_PCT], settings[DQ_LESION_SHRANK_PCT]
    visit = entry.visit
    carried = {
        c.lesion.label: c
        for c in lesions_to_measure(chart, visit.visit_date, visit_id=visit.id)
        if c.last is not None
    }
    for i, m in enumerate(visit.lesion_measurements):
        found = carried.get(m.lesion_label)
        if found is None or found.last is None or found.last.area_mm2 <= 0:
            continue
        before, now = found.last.area_mm2, m.area_mm2
        change = (now - before) / before * 100
        if -shrank <= change <= grew:
            continue
        if found.last_on is not None:
            template = (
                N_("the area grew by {change} % ({before} → {now} mm²) since {size} on {day}")
                if change > 0
                else N_("the area shrank by {change} % ({before} → {now} mm²) since {size} on "
                        "{day}")
            )  # fmt: skip
        else:
            template = (
                N_("the area grew by {change} % ({before} → {now} mm²) since {size}")
                if change > 0
                else N_("the area shrank by {change} % ({before} → {now} mm²) since {size}")
            )
        reason = message(
            template,
            change=Number(abs(change), ".0f"),
            before=Number(before, ".0f"),
            now=Number(now, ".0f"),
            size=_size(found.last.longest_mm, found.last.width_mm),
            **({} if found.last_on is None else {"day": Day(found.last_on)}),
        )
        yield UnusualValue(
            "lesion_area_change",
            f"lesion_measurements[{i}].longest_mm",
            f"lesion/{m.lesion_label}",
            message(N_("Lesion {label}"), label=m.lesion_label),
            f"{m.longest_mm:g}×{m.width_mm:g} mm",
            reason,
            DQ_LESION_GREW_PCT if change > 0 else DQ_LESION_SHRANK_PCT,
            message(
                N_("Lesion area: ask when it grew by more than {grew} %\u00a0or shrank by more "
                   "than {shrank} %"),
                grew=Number(grew),
                shrank=Number(shrank),
            ),
            visit.visit_date,
            _size(m.longest_mm, m.width_mm),
        )


def _size(longest_mm: float, width_mm: float) -> Message:
    """ "12×8 mm" in the language's numbers."""
    return message(N_("{longest}×{width} mm"), longest=Number(longest_mm), width=Number(width_mm))


def weight_change(
    entry: VisitEntry, chart: PatientChart, settings: ClinicSettings
) -> Iterable[UnusualValue]:
    """A weight that differs from the latest earlier weight by more than the clinic's share plus
    its share per month between the two."""
    visit = entry.visit
    if visit.weight_kg is None:
        return
    previous = _previous_weight(chart, visit)
    if previous is None:
        return
    before, on = previous
    base, per_month = settings[DQ_WEIGHT_CHANGE_PCT], settings[DQ_WEIGHT_CHANGE_PCT_PER_MONTH]
    days = (visit.visit_date - on).days
    allowed = base + per_month * days / DAYS_PER_MONTH
    change = (visit.weight_kg - before) / before * 100
    if abs(change) <= allowed:
        return
    # English says "days" for one day too, as it always did; other languages count properly
    reason = ngettext(
        "{sign}{change} %\u00a0from {before} kg on {day}, {count} days earlier (checked: more than "
        "{allowed} %\u00a0for that interval)",
        "{sign}{change} %\u00a0from {before} kg on {day}, {count} days earlier (checked: more than "
        "{allowed} %\u00a0for that interval)",
        days,
        sign="-" if change < 0 else "+",
        change=Number(abs(change), ".1f"),
        before=Number(before),
        day=Day(on),
        allowed=Number(allowed, ".1f"),
    )
    yield UnusualValue(
        "weight_change",
        "weight_kg",
        "weight",
        message(N_("Weight")),
        f"{visit.weight_kg:g} kg",
        reason,
        DQ_WEIGHT_CHANGE_PCT,
        message(
            N_("Weight: ask when it changed by more than {base} %\u00a0plus {per_month} "
               "%\u00a0per month between the two weights"),
            base=Number(base),
            per_month=Number(per_month),
        ),
        visit.visit_date,
        message(N_("{weight} kg"), weight=Number(visit.weight_kg)),
    )


def _previous_weight(chart: PatientChart, visit: Visit) -> tuple[float, date] | None:
    earlier = [
        v
        for v in chart.visits
        if v.visit_date < visit.visit_date
        and v.weight_kg is not None
        and (visit.id is None or v.id != visit.id)
    ]
    if not earlier:
        return None
    latest = max(earlier, key=lambda v: v.visit_date)
    assert latest.weight_kg is not None
    return latest.weight_kg, latest.visit_date


def lab_outside_range(
    entry: VisitEntry, chart: PatientChart, settings: ClinicSettings
) -> Iterable[UnusualValue]:
    """A lab value above its range times the clinic's factor, or below it divided by it; the
    range is the typical adult range where one is known (independent of what was typed), else
    the reporting lab's. A value that would be typical in another of the analyte's units says
    so: the unit is the likelier slip."""
    factor = settings[DQ_LAB_RANGE_FACTOR]
    sex = chart.patient.sex.value
    for i, lab in enumerate(entry.labs):
        if lab.analyte in LAB_RANGE_EXEMPT or lab.analyte not in labs.ANALYTES:
            continue
        reference = _range_for(lab, sex)
        if reference is None:
            continue
        low, high, unit = reference.low, reference.high, _unit(lab.unit)
        if high is not None and high > 0 and lab.value > high * factor:
            template = N_("above {limit} {unit}, {factor} × the top of the {range}")
            limit = Number(high * factor, ".3g")
        elif low is not None and low > 0 and lab.value < low / factor:
            template = N_("below {limit} {unit}, the bottom ÷ {factor} of the {range}")
            limit = Number(low / factor, ".3g")
        else:
            continue
        reason = message(
            template, limit=limit, unit=unit, factor=Number(factor), range=_range_words(reference)
        )
        yield UnusualValue(
            "lab_outside_range",
            f"labs[{i}].value",
            f"lab/{lab.analyte}",
            Message(labs.ANALYTES[lab.analyte].english_name),
            _amount(lab.value, lab.unit),
            _unit_hint(lab, reference, reason),
            DQ_LAB_RANGE_FACTOR,
            message(
                N_("Lab value: ask when above its range × {factor} or below it ÷ {factor}"),
                factor=Number(factor),
            ),
            lab.collected_on,
            _amount_text(lab.value, lab.unit),
        )


def _range_for(lab: LabResult, sex: str) -> ReferenceRange | None:
    typical = typical_reference(lab.analyte, sex, None)
    if typical is not None:
        try:
            return typical.in_unit(lab.unit)
        except DomainValidationError:
            return None  # a unit the analyte does not accept: validation reports it
    if lab.ref_low is not None or lab.ref_high is not None:
        return ReferenceRange(
            lab.analyte, lab.ref_low, lab.ref_high, lab.unit, "lab", "reporting lab's range"
        )
    return None


def _range_words(reference: ReferenceRange) -> Message:
    low = None if reference.low is None else Number(reference.low, ".3g")
    high = None if reference.high is None else Number(reference.high, ".3g")
    if low is not None and high is not None:
        span = message(N_("{low}–{high}"), low=low, high=high)
    elif low is not None:
        span = message(N_("≥ {low}"), low=low)
    else:
        span = message(N_("≤ {high}"), high=high if high is not None else "")
    source: Text = (
        Message(_RANGE_SOURCES[reference.source])
        if reference.source in _RANGE_SOURCES
        else reference.source
    )
    unit = _unit(reference.unit)
    if reference.citation:
        return message(N_("{source} ({span} {unit}) {cites}"),
                       source=source, span=span, unit=unit, cites=reference.citation)
    return message(N_("{source} ({span} {unit})"), source=source, span=span, unit=unit)


def _unit_hint(lab: LabResult, reference: ReferenceRange, reason: Message) -> Message:
    """``reason``, with the other unit the value would be typical in, if one is."""
    low = reference.low if reference.low is not None else 0.0
    high = reference.high
    if high is None:
        return reason
    for other in labs.ANALYTES[lab.analyte].units:
        if other == lab.unit:
            continue
        as_other = labs.convert(lab.value, other, lab.unit, lab.analyte)
        if low <= as_other <= high:
            return message(
                N_("{reason}; as {amount} it would be typical ({converted} {unit}): check the "
                   "unit"),
                reason=reason,
                amount=_amount_text(lab.value, other),
                converted=Number(as_other, ".3g"),
                unit=_unit(lab.unit),
            )
    return reason


SOFT_CHECKS: tuple[SoftCheck, ...] = (
    rom_above_normal,
    lesion_area_change,
    weight_change,
    lab_outside_range,
    dose_vs_label,
)
"""Every soft check, in the order the form lists what they find."""


# ------------------------------------------------------------------ using them


def unusual_values(
    entry: VisitEntry,
    chart: PatientChart,
    settings: ClinicSettings,
    checks: Sequence[SoftCheck] = SOFT_CHECKS,
) -> list[UnusualValue]:
    """Every unusual value of ``entry`` recorded into ``chart`` (run on a valid entry)."""
    return [found for check in checks for found in check(entry, chart, settings)]


def to_confirm(
    entry: VisitEntry,
    chart: PatientChart,
    settings: ClinicSettings,
    checks: Sequence[SoftCheck] = SOFT_CHECKS,
) -> list[UnusualValue]:
    """The unusual values a save of ``entry`` asks about: all of them for a new visit; for an
    edit, those the stored visit did not already hold (a value confirmed once, or saved before
    these checks, is not asked about again while it stays as it is)."""
    found = unusual_values(entry, chart, settings, checks)
    visit_id = entry.visit.id
    stored = next((v for v in chart.visits if visit_id is not None and v.id == visit_id), None)
    if stored is None or not found:
        return found
    stored_entry = VisitEntry(stored, labs=tuple(b for b in chart.labs if b.visit_id == visit_id))
    kept = {u.key for u in unusual_values(stored_entry, chart, settings, checks)}
    return [u for u in found if u.key not in kept]


def confirmations(
    entry: VisitEntry,
    chart: PatientChart,
    settings: ClinicSettings,
    checks: Sequence[SoftCheck] = SOFT_CHECKS,
) -> list[UnusualValue]:
    """The confirmations to record with a save of ``entry``: the reason and setting as the user
    was shown them, where and when the value is now; raises ``UnconfirmedValuesError`` listing
    every unusual value she did not confirm."""
    confirmed = {u.key: u for u in entry.confirmed}
    asked = to_confirm(entry, chart, settings, checks)
    missing = [u for u in asked if u.key not in confirmed]
    if missing:
        raise UnconfirmedValuesError(missing)
    return [replace(confirmed[u.key], field=u.field, on=u.on) for u in asked]


def chart_unusual_values(
    chart: PatientChart,
    settings: ClinicSettings,
    checks: Sequence[SoftCheck] = SOFT_CHECKS,
) -> list[UnusualValue]:
    """Every unusual value of a whole chart (an import), each visit against the visits before
    it; paths relative to the patient (``visits[2].rom[0].degrees``, ``labs[5].value``)."""
    found: list[UnusualValue] = []
    labs_on: dict[date, list[int]] = {}
    for i, lab in enumerate(chart.labs):
        labs_on.setdefault(lab.collected_on, []).append(i)
    visit_index = {v.visit_date: j for j, v in enumerate(chart.visits)}
    days = sorted(set(visit_index) | set(labs_on))
    for day in days:
        j = visit_index.get(day)
        visit = chart.visits[j] if j is not None else Visit(chart.patient.id, day)
        indices = labs_on.get(day, [])
        entry = VisitEntry(visit, labs=tuple(chart.labs[i] for i in indices))
        for u in unusual_values(entry, chart, settings, checks):
            found.append(_in_chart(u, j, indices))
    if dose_vs_label in checks:  # an import's medications are periods, not a visit's changes
        found.extend(period_doses_vs_label(chart, settings))
    return found


def _in_chart(found: UnusualValue, visit_index: int | None, lab_indices: list[int]) -> UnusualValue:
    if found.field.startswith("labs["):
        k = int(found.field[len("labs[") : found.field.index("]")])
        rest = found.field[found.field.index("]") + 1 :]
        return replace(found, field=f"labs[{lab_indices[k]}]{rest}")
    return found.under(f"visits[{visit_index}]") if visit_index is not None else found

