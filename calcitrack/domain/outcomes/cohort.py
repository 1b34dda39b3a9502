"""Who is in the cohort of a regimen, from when, until when, and their last contact.

Decisions (CalciTrack's, stated on the outcomes page):

* **t0** = the first day on which every drug of the regimen is taken together (each drug's
  courses as calcitrack.domain.medications.regimen builds them: a dose change does not end a
  course, a gap of a day does).
* **Stop** = the first day after t0 on which one of the drugs is no longer taken (the end of the
  course of that drug active on t0). Only the first time the regimen was taken counts: a later
  restart does not reopen it.
* **Last contact** = the latest visit, lab or medication start or stop on or before the as-of
  day: the day a patient still on the regimen is censored.
* Records dated after the as-of day are left out (calcitrack.domain.chart_as_of), so a stop after
  it is not yet known and the patient is still on the regimen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain.entities import MedicationPeriod, PatientChart
from calcitrack.domain.medications.regimen import Course, courses
from calcitrack.domain.outcomes.outcomes_types import CohortMember


@dataclass(frozen=True)
class RegimenSpan:
    started_on: date
    stopped_on: date | None


def regimen_span(
    medications: Sequence[MedicationPeriod], regimen: Sequence[str]
) -> RegimenSpan | None:
    """The first time every drug of ``regimen`` was taken together, or None if never."""
    by_drug: dict[str, tuple[Course, ...]] = {drug: courses(medications, drug) for drug in regimen}
    if not regimen or any(not found for found in by_drug.values()):
        return None
    starts = sorted({c.start_on for found in by_drug.values() for c in found})
    for day in starts:
        active = [_active(by_drug[drug], day) for drug in regimen]
        if all(c is not None for c in active):
            stops = [c.stop_on for c in active if c is not None and c.stop_on is not None]
            return RegimenSpan(day, min(stops) if stops else None)
    return None


def _active(found: Sequence[Course], day: date) -> Course | None:
    return next((c for c in found if c.active_on(day)), None)


def last_contact(chart: PatientChart, as_of: date) -> date | None:
    """The latest visit, lab, or medication start or stop on or before ``as_of``."""
    days = [v.visit_date for v in chart.visits]
    days += [r.collected_on for r in chart.labs]
    days += [p.start_on for p in chart.medications]
    days += [p.stop_on for p in chart.medications if p.stop_on is not None]
    known = [d for d in days if d <= as_of]
    return max(known) if known else None


def member(chart: PatientChart, span: RegimenSpan, as_of: date) -> CohortMember:
    """The cohort member of ``chart`` (already read as of ``as_of``)."""
    contact = last_contact(chart, as_of) or span.started_on
    return CohortMember(chart.patient.mrn, span.started_on, span.stopped_on, contact)
