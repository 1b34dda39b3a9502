"""Medication tracks of the trajectory dashboard: one MedicationTrack a drug, its dose steps and
its start, stop and dose-change events, and the dose texts written on a timeline step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from calcitrack.domain.codes import Frequency, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.trajectory.trajectory_types import (
    DoseStep,
    EventKind,
    MedicationEvent,
    MedicationTrack,
)

FREQUENCY_TEXT: Mapping[Frequency, str] = MappingProxyType({
    Frequency.QD: "QD", Frequency.BID: "BID", Frequency.TID: "TID", Frequency.QID: "QID",
    Frequency.QW: "weekly", Frequency.Q2W: "q2w", Frequency.Q4W: "q4w",
    Frequency.QMONTH: "monthly", Frequency.ONCE: "once", Frequency.PRN: "PRN",
})  # fmt: skip


def medication_tracks(periods: Sequence[MedicationPeriod]) -> tuple[MedicationTrack, ...]:
    """One track a drug (an "other" drug by its name), in the order first started."""
    grouped_periods: dict[str, list[MedicationPeriod]] = defaultdict(list)
    for period in sorted(periods, key=lambda p: p.start_on):
        key = period.drug_name.lower() if period.drug == "other" else period.drug
        grouped_periods[key].append(period)
    return tuple(_track(key, items) for key, items in grouped_periods.items())


def dose_texts(period: MedicationPeriod) -> tuple[str, str, str]:
    """ "60 mg BID", "60 mg", "60": the dose as written on a timeline step, longest first."""
    dose = f"{period.dose:g}"
    amount = f"{dose} {period.dose_unit.label}"
    route = "" if period.route is Route.ORAL else f" {period.route.name}"
    return f"{amount}{route} {FREQUENCY_TEXT[period.frequency]}", amount, dose


def daily_dose(period: MedicationPeriod) -> float | None:
    """The amount a day (in the dose unit), None for a schedule that is not a daily one."""
    per_day = period.frequency.doses_per_day
    return None if per_day is None else period.dose * per_day


def dose_change_kind(before: MedicationPeriod, after: MedicationPeriod) -> EventKind:
    """How ``after`` changed ``before``'s dose: by the daily amount when both frequencies say
    how many doses a day, else by the dose (a change of unit or schedule is just "change")."""
    if before.dose_unit is not after.dose_unit:
        return "change"
    old, new = daily_dose(before), daily_dose(after)
    if old is None or new is None:
        if before.frequency is not after.frequency:
            return "change"
        old, new = before.dose, after.dose
    return "increase" if new > old else "decrease" if new < old else "change"


def _reason(text: str) -> str:
    text = " ".join(text.split())
    return f": {text[:70].rstrip()}…" if len(text) > 70 else (f": {text}" if text else "")


def _track(key: str, periods: list[MedicationPeriod]) -> MedicationTrack:
    name = periods[0].drug_name
    steps, events = [], []
    previous: MedicationPeriod | None = None
    for period in periods:
        full, short, dose = dose_texts(period)
        until = f"until {period.stop_on}" if period.stop_on else "ongoing"
        steps.append(DoseStep(period.start_on, period.stop_on, full, short, dose,
                              f"{name} {full}, {period.start_on} – {until}"))  # fmt: skip
        day = period.start_on
        if previous is not None and previous.stop_on == day:
            kind = dose_change_kind(previous, period)
            verb = {"increase": "increased to", "decrease": "reduced to"}.get(kind, "changed to")
            events.append(
                MedicationEvent(
                    day, kind, f"{name} {verb} {full} on {day}{_reason(period.start_reason)}"
                )
            )
        else:
            if previous is not None and previous.stop_on is not None:
                events.append(_stop(name, previous))
            events.append(
                MedicationEvent(
                    day, "start", f"{name} started {full} on {day}{_reason(period.start_reason)}"
                )
            )
        previous = period
    if previous is not None and previous.stop_on is not None:
        events.append(_stop(name, previous))
    return MedicationTrack(key, name, tuple(steps), tuple(events))


def _stop(name: str, period: MedicationPeriod) -> MedicationEvent:
    day = period.stop_on
    assert day is not None
    return MedicationEvent(day, "stop", f"{name} stopped on {day}{_reason(period.stop_reason)}")
