"""A patient's chart as it stood at the end of one day: nothing recorded for a later date.

The PDF visit summary shows a visit as it was on its date, so that a summary printed today for a
visit of last year says what was known then (DOMAIN.md §0: a record is read as of a day):

* visits, labs, imaging studies and procedures dated after the day are left out;
* a lesion first seen after the day is left out (unless a kept visit measured it: the
  measurement is kept with its lesion); a lesion resolved or excised after the day is still
  active on it (an undated status change is kept, as ``response.resolved_by`` reads it: before);
* a medication started after the day is left out; one stopped after the day (a later stop or dose
  change) is still current on it: its stop date and stop reason are cleared.

Pure: returns a new frozen chart and never changes the one given.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import Lesion, MedicationPeriod, PatientChart


def _lesion_on(lesion: Lesion, day: date) -> Lesion:
    changed = lesion.status_changed_on
    if lesion.status is not LesionStatus.ACTIVE and changed is not None and changed > day:
        return dataclasses.replace(lesion, status=LesionStatus.ACTIVE, status_changed_on=None)
    return lesion


def _period_on(period: MedicationPeriod, day: date) -> MedicationPeriod:
    if period.stop_on is not None and period.stop_on > day:
        return dataclasses.replace(period, stop_on=None, stop_reason="")
    return period


def chart_as_of(chart: PatientChart, day: date) -> PatientChart:
    """``chart`` with only what was recorded for ``day`` or earlier (see the module docstring)."""
    visits = tuple(v for v in chart.visits if v.visit_date <= day)
    measured = {m.lesion_label for v in visits for m in v.lesion_measurements}
    return dataclasses.replace(
        chart,
        lesions=tuple(
            _lesion_on(lesion, day)
            for lesion in chart.lesions
            if lesion.first_seen_on <= day or lesion.label in measured
        ),
        visits=visits,
        labs=tuple(r for r in chart.labs if r.collected_on <= day),
        medications=tuple(_period_on(p, day) for p in chart.medications if p.start_on <= day),
        imaging=tuple(s for s in chart.imaging if s.study_date <= day),
        procedures=tuple(p for p in chart.procedures if p.procedure_date <= day),
    )
