"""Calcinosis-directed drugs, their courses, the regimen being judged and the daily dose of a drug
on a day (DOMAIN.md §0.4, §0.7, §5).

Decisions (CalciTrack's, stated here once and relied on by the response and the flags):

* **Calcinosis-directed drugs** are diltiazem, colchicine, probenecid, sodium thiosulfate, IVIg,
  rituximab, pamidronate, alendronate, etidronate, minocycline and warfarin
  (``CALCINOSIS_DIRECTED_DRUGS``). The disease drugs (methotrexate, hydroxychloroquine, folic
  acid, prednisolone, azathioprine, mycophenolate, "other") are not: they do not start a regimen.
* **A course** of a drug is a run of its periods without a gap: a dose change closes one period on
  the day the next opens (``stop_on == next.start_on``), and overlapping periods of the same drug
  (two doses taken together) belong to one course. A gap of one day or more ends the course. The
  course start is the earliest start of the run.
* **The regimen judged on a day** is the set of calcinosis-directed drugs active that day; it
  started on the latest of their course starts (the combination has been in place since then).
  When none is active, the most recent regimen is judged: the drugs whose latest course started
  on the latest course start on or before the day; it stopped when the last of them stopped.
  With no calcinosis-directed drug ever recorded the regimen is empty and has no start.
* **Daily dose** = dose × doses per day, summed over the drug's periods active that day, for doses
  in mg only; **mg/kg/day** uses the weight of the visit on that day, else the latest earlier
  weight, and says which (§0.7).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain.codes import DoseUnit
from calcitrack.domain.entities import MedicationPeriod, Visit
from calcitrack.domain.medications import dosing
from calcitrack.domain.medications.drugs import drug_label
from calcitrack.domain.rule_text import Day, message, render
from calcitrack.i18n.catalogue import N_, _


@dataclass(frozen=True)
class Regimen:
    """The calcinosis-directed treatment being judged."""

    drugs: tuple[str, ...]
    """Drug names, e.g. ("Diltiazem", "Colchicine")."""
    start_on: date | None
    stopped_on: date | None = None
    """Set when the regimen judged has ended (no calcinosis-directed drug current)."""
    description: str = ""
    """How it was found, e.g. "diltiazem and colchicine since 2025-03-24"."""

    def months_on(self, day: date) -> float | None:
        if self.start_on is None:
            return None
        end = min(day, self.stopped_on) if self.stopped_on else day
        return max(0.0, (end - self.start_on).days / 30.4375)


@dataclass(frozen=True)
class DoseReading:
    """A drug's daily dose on a day, and per kilogram when a weight is known (DOMAIN.md §0.7)."""

    drug_name: str
    mg_per_day: float | None
    mg_per_kg_per_day: float | None
    weight_kg: float | None
    weight_on: date | None
    note: str
    """Which weight was used ("weight of this visit" / "latest earlier weight, 2025-06-16") or why
    the per-kilogram dose is missing."""


CALCINOSIS_DIRECTED_DRUGS: frozenset[str] = frozenset(
    {
        "diltiazem",
        "colchicine",
        "probenecid",
        "sodium_thiosulfate",
        "ivig",
        "rituximab",
        "pamidronate",
        "alendronate",
        "etidronate",
        "minocycline",
        "warfarin",
    }
)
"""Drug codes (calcitrack.domain.medications.drugs) treated as calcinosis-directed (DOMAIN.md
§5)."""

NO_REGIMEN = N_("no calcinosis-directed treatment recorded")
"""English (marked): a regimen's description is written in the current language when judged."""


def is_calcinosis_directed(drug: str) -> bool:
    return drug in CALCINOSIS_DIRECTED_DRUGS


@dataclass(frozen=True)
class Course:
    """One uninterrupted course of a drug: contiguous or overlapping periods of it."""

    drug: str
    drug_name: str
    start_on: date
    stop_on: date | None
    """The first day off the drug; None while it continues."""
    periods: tuple[MedicationPeriod, ...]

    def active_on(self, day: date) -> bool:
        return any(p.active_on(day) for p in self.periods)

    def months_on(self, day: date) -> float:
        """Months (of 30.4375 days, as ``Regimen.months_on``) from the course start to ``day``."""
        return max(0.0, (day - self.start_on).days / 30.4375)


def courses(medications: Iterable[MedicationPeriod], drug: str | None = None) -> tuple[Course, ...]:
    """Every course of every drug (or of ``drug``), ordered by start date, then by the order the
    drugs first appear in ``medications`` (the chart's order)."""
    by_drug: dict[str, list[MedicationPeriod]] = {}
    for period in medications:
        if drug is None or period.drug == drug:
            by_drug.setdefault(period.drug, []).append(period)
    found: list[Course] = []
    for code, periods in by_drug.items():
        run: list[MedicationPeriod] = []
        end: date | None = None
        for period in sorted(periods, key=lambda p: p.start_on):
            if run and (end is None or period.start_on <= end):
                run.append(period)
                end = None if end is None or period.stop_on is None else max(end, period.stop_on)
                continue
            if run:
                found.append(_course(code, run, end))
            run, end = [period], period.stop_on
        if run:
            found.append(_course(code, run, end))
    order = {code: i for i, code in enumerate(by_drug)}
    return tuple(sorted(found, key=lambda c: (c.start_on, order[c.drug])))


def _course(code: str, run: Sequence[MedicationPeriod], end: date | None) -> Course:
    return Course(code, run[0].drug_name, run[0].start_on, end, tuple(run))


def course_start(medications: Iterable[MedicationPeriod], period: MedicationPeriod) -> date:
    """The start of the course ``period`` belongs to: walk back through contiguous periods."""
    for course in courses(medications, period.drug):
        if period in course.periods:
            return course.start_on
    return period.start_on


def course_on(medications: Iterable[MedicationPeriod], drug: str, day: date) -> Course | None:
    """The course of ``drug`` active on ``day``, if any."""
    return next((c for c in courses(medications, drug) if c.active_on(day)), None)


def active_periods(
    medications: Iterable[MedicationPeriod], drug: str, day: date
) -> tuple[MedicationPeriod, ...]:
    return tuple(p for p in medications if p.drug == drug and p.active_on(day))


def on_calcinosis_treatment(medications: Iterable[MedicationPeriod], day: date) -> bool:
    """True when any calcinosis-directed drug is active on ``day``."""
    return any(is_calcinosis_directed(p.drug) and p.active_on(day) for p in medications)


def regimen_on(medications: Sequence[MedicationPeriod], on: date) -> Regimen:
    """The calcinosis-directed regimen judged on ``on`` (see the module docstring)."""
    directed = [c for c in courses(medications) if is_calcinosis_directed(c.drug)]
    if not directed:
        return Regimen(drugs=(), start_on=None, description=_(NO_REGIMEN))
    current = [c for c in directed if c.active_on(on)]
    if current:
        start = max(c.start_on for c in current)
        names = _names(current)
        description = render(message(
            N_("{drugs} since {start}"), drugs=join_names(_shown_names(current)), start=Day(start)
        ))
        return Regimen(names, start, description=description)
    begun = [c for c in directed if c.start_on <= on]
    if not begun:
        description = render(
            message(N_("{none} before {day}"), none=_(NO_REGIMEN), day=Day(on))
        )
        return Regimen(drugs=(), start_on=None, description=description)
    latest: dict[str, Course] = {}
    for course in begun:  # ordered by start: the last one seen for a drug is its latest course
        latest[course.drug] = course
    start = max(c.start_on for c in latest.values())
    last = [c for c in latest.values() if c.start_on == start]
    stopped = max(c.stop_on for c in last if c.stop_on is not None)
    names = _names(last)
    text = render(message(
        N_("{drugs} from {start}, ended {stopped}"),
        drugs=join_names(_shown_names(last)), start=Day(start), stopped=Day(stopped),
    ))
    return Regimen(names, start, stopped, text)


def _names(found: Iterable[Course]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.drug_name for c in found))


def _shown_names(found: Iterable[Course]) -> tuple[str, ...]:
    """The drugs' names as the reader's language names them (``drug_label``), for the
    description; ``Regimen.drugs`` keeps them as recorded."""
    return tuple(dict.fromkeys(drug_label(c.drug, c.drug_name) for c in found))


def join_names(names: Sequence[str]) -> str:
    """ "diltiazem and colchicine", "a, b and c": drug names as they read inside a sentence."""
    words = [_in_sentence(n) for n in names]
    if len(words) <= 1:
        return "".join(words)
    # TRANSLATORS: the last two of a list of drug names ("diltiazem and colchicine").
    return _("{items} and {last}").format(items=_(", ").join(words[:-1]), last=words[-1])


def _in_sentence(name: str) -> str:
    """Lower-case the first letter unless the name starts with an acronym ("IVIg")."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]


def period_text(period: MedicationPeriod) -> str:
    """ "Diltiazem 60 mg twice daily since 2025-03-24" (the period's own start)."""
    return (
        f"{period.drug_name} {period.dose:g} {period.dose_unit.english_label} "
        f"{period.frequency.english_label} since {period.start_on.isoformat()}"
    )


# ------------------------------------------------------------------ dose on a day


def daily_mg(
    medications: Iterable[MedicationPeriod], drug: str, day: date
) -> tuple[float | None, str]:
    """The daily total in mg of ``drug`` on ``day`` over its active periods, or None and why (in
    the current language, as the rest of a dose reading).

    Only doses in mg with a daily frequency have a daily total; (None, "") when not taken.
    """
    periods = active_periods(medications, drug, day)
    if not periods:
        return None, ""
    total = 0.0
    for period in periods:
        per_day = period.frequency.doses_per_day
        if period.dose_unit is not DoseUnit.MG:
            return None, render(message(
                N_("dose in {unit}, not mg: no daily total in mg"),
                unit=message(period.dose_unit.english_label),
            ))
        if per_day is None:
            return None, render(message(
                # TRANSLATORS: {frequency} is a schedule: "once weekly", "as needed".
                N_("{frequency} has no daily total"),
                frequency=message(period.frequency.english_label),
            ))
        total += dosing.daily_dose_mg(period.dose, per_day)
    return total, ""


def weight_on(visits: Iterable[Visit], day: date) -> tuple[float, date] | None:
    """The weight recorded at the visit on ``day``, else the latest earlier one, with its date."""
    weighed = [v for v in visits if v.weight_kg and v.weight_kg > 0 and v.visit_date <= day]
    if not weighed:
        return None
    latest = max(weighed, key=lambda v: v.visit_date)
    assert latest.weight_kg is not None
    return latest.weight_kg, latest.visit_date


def dose_reading(
    medications: Sequence[MedicationPeriod], visits: Sequence[Visit], drug: str, day: date
) -> DoseReading | None:
    """The daily dose of ``drug`` on ``day`` and per kilogram (§0.7); None when not taken."""
    periods = active_periods(medications, drug, day)
    if not periods:
        return None
    name = drug_label(drug, periods[0].drug_name)  # read as the reader's language names it
    mg, why = daily_mg(medications, drug, day)
    weight = weight_on(visits, day)
    if weight is None:
        notes = [why, render(message(N_("no weight recorded on or before {day}"), day=Day(day)))]
        return DoseReading(name, mg, None, None, None, _("; ").join(n for n in notes if n))
    weight_kg, weighed_on = weight
    if weighed_on == day:
        which = render(message(N_("weight of this visit ({day})"), day=Day(day)))
    else:
        which = render(message(
            N_("latest earlier weight, {day} (none recorded at this visit)"), day=Day(weighed_on)
        ))
    if mg is None:
        return DoseReading(name, None, None, weight_kg, weighed_on, _("; ").join((why, which)))
    per_kg = dosing.mg_per_kg_per_day(mg, 1, weight_kg)
    return DoseReading(name, mg, per_kg, weight_kg, weighed_on, which)
