"""The medications of one visit for the PDF summary: what was taken on the visit date, with the
daily dose and mg/kg/day where it means something, and the changes made at this visit.

Dose arithmetic is the domain's (``regimen.daily_mg``, ``regimen.dose_reading``: the weight of
the visit, else the latest earlier weight, and which one, DOMAIN.md §0.7). mg/kg/day is given
for doses in mg taken daily; a weekly or per-kilogram dose has none. A change at this visit is a
period starting or stopping on the visit date; a stop and a start of the same drug on that day
are one dose change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcitrack.domain.codes import DoseUnit
from calcitrack.domain.entities import MedicationPeriod, PatientChart
from calcitrack.domain.medications.regimen import (
    DoseReading,
    course_start,
    daily_mg,
    dose_reading,
    is_calcinosis_directed,
)
from calcitrack.domain.trajectory.trajectory_medications import daily_dose, dose_change_kind
from calcitrack.domain.trajectory.trajectory_types import EventKind
from calcitrack.domain.visits.visit_entry import regimen_on

ChangeKind = EventKind


@dataclass(frozen=True)
class MedicationRow:
    period: MedicationPeriod
    course_start: date
    """When the drug was started (the first period of the uninterrupted course)."""
    daily_mg: float | None
    """The daily total in mg (of the drug, over its periods that day); None when not in mg."""
    reading: DoseReading | None
    """mg/day and mg/kg/day when the dose is in mg and taken daily; None otherwise."""
    calcinosis_directed: bool


@dataclass(frozen=True)
class MedicationChange:
    kind: ChangeKind
    name: str
    before: MedicationPeriod | None
    after: MedicationPeriod | None

    @property
    def reason(self) -> str:
        if self.after is not None and self.after.start_reason:
            return self.after.start_reason
        return self.before.stop_reason if self.before is not None else ""


@dataclass(frozen=True)
class MedicationSummary:
    rows: tuple[MedicationRow, ...]
    changes: tuple[MedicationChange, ...]
    weight: DoseReading | None
    """The first dose reading with a per-kilogram dose need: says which weight was used."""


def _key(period: MedicationPeriod) -> str:
    return period.drug_name.lower() if period.drug == "other" else period.drug


def _changes(medications: tuple[MedicationPeriod, ...], day: date) -> tuple[MedicationChange, ...]:
    stopped = {_key(p): p for p in medications if p.stop_on == day}
    started = {_key(p): p for p in medications if p.start_on == day}
    found: list[MedicationChange] = []
    for key, after in started.items():
        before = stopped.pop(key, None)
        if before is None:
            found.append(MedicationChange("start", after.drug_name, None, after))
        else:
            kind = dose_change_kind(before, after)
            found.append(MedicationChange(kind, after.drug_name, before, after))
    found += [MedicationChange("stop", p.drug_name, p, None) for p in stopped.values()]
    return tuple(found)


def summarise_medications(chart: PatientChart, day: date) -> MedicationSummary:
    """``chart`` is the chart as of ``day``: its current regimen and the day's changes."""
    meds = chart.medications
    rows = []
    weight: DoseReading | None = None
    for period in regimen_on(meds, day):
        daily = period.dose_unit is DoseUnit.MG and period.frequency.is_daily
        per_day = daily_dose(period) if daily else None
        reading = None
        if daily and period.drug != "other":
            # the drug's total over its periods on the day (two strengths taken together)
            per_day, _ = daily_mg(meds, period.drug, day)
            reading = dose_reading(meds, chart.visits, period.drug, day)
            weight = weight or reading
        rows.append(
            MedicationRow(period, course_start(meds, period), per_day, reading,
                          is_calcinosis_directed(period.drug))
        )  # fmt: skip
    return MedicationSummary(tuple(rows), _changes(meds, day), weight)
