"""Correcting a medication period as recorded (its start, stop, dose, unit, frequency, route or
reasons), or deleting one entered in error: what is checked first (pure Python).

- **Validity**: the period's own rules (stop after start, not started in the future, the dose
  within the hard limits: ``validate_medication``), and no two periods of one drug overlapping
  once it is corrected (``validate_overlapping_medications``). The drug itself is not corrected:
  a period of the wrong drug is deleted and the right one recorded.
- **Dose sense**: a corrected dose that breaks its label's rules (``period_doses_vs_label``:
  above the label maximum, methotrexate not weekly) is an unusual value to confirm, as at a
  visit; one the period already held as stored is not asked about again.
- **Sign-off**: a period started or stopped on the day of a signed visit is part of what was
  signed (domain/signed_content.py); so is one moved onto such a day. It changes only by the
  signed visit's amendment (``signed_visits_touched``).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import MedicationPeriod, PatientChart, Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.dose_plausibility import period_doses_vs_label
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.validation import (
    validate_medication,
    validate_overlapping_medications,
)

CORRECTABLE: tuple[tuple[str, str], ...] = (
    ("start_on", "Start"),
    ("stop_on", "Stop"),
    ("dose", "Dose"),
    ("dose_unit", "Unit"),
    ("frequency", "Frequency"),
    ("route", "Route"),
    ("start_reason", "Start reason"),
    ("stop_reason", "Stop reason"),
)
"""The fields a correction may change, with their names for people."""


def correction_problems(
    stored: MedicationPeriod, corrected: MedicationPeriod, chart: PatientChart, *, today: date
) -> list[Problem]:
    """Every reason the correction of ``stored`` into ``corrected`` is refused, by field."""
    problems: list[Problem] = []
    for name in ("drug", "drug_name", "atc", "patient_id", "id"):
        if getattr(stored, name) != getattr(corrected, name):
            reason = "a period's drug is not corrected: delete it and record the right one"
            problems.append(Problem(name, reason))
    problems += validate_medication(corrected, today=today)
    if problems:
        return problems
    others = [m for m in chart.medications if m.id != stored.id]
    for problem in validate_overlapping_medications([*others, corrected]):
        if problem.field.startswith(f"medications[{len(others)}]"):
            problems.append(Problem("start_on", problem.reason))
    return problems


def correction_unusual(
    stored: MedicationPeriod,
    corrected: MedicationPeriod,
    chart: PatientChart,
    settings: ClinicSettings,
) -> list[UnusualValue]:
    """The dose-sense findings of ``corrected`` to confirm (those ``stored`` did not hold),
    with their fields as the correction names them (``dose``)."""

    def found(period: MedicationPeriod) -> list[UnusualValue]:
        alone = dataclasses.replace(chart, medications=(period,))
        return [
            dataclasses.replace(u, field="dose", subject=f"medication/period/{period.drug}")
            for u in period_doses_vs_label(alone, settings)
        ]

    held = {u.key for u in found(stored)}
    return [u for u in found(corrected) if u.key not in held]


def signed_visits_touched(
    stored: MedicationPeriod, corrected: MedicationPeriod | None, chart: PatientChart
) -> list[tuple[Visit, VisitSignature]]:
    """The signed visits whose content the correction (``corrected`` None: the deletion) of
    ``stored`` changes: those on its start or stop day, before or after the correction."""
    days = {stored.start_on, stored.stop_on}
    if corrected is not None:
        days |= {corrected.start_on, corrected.stop_on}
    touched = []
    for visit in chart.visits:
        signature = chart.signature_of(visit.id)
        if signature is not None and visit.visit_date in days:
            touched.append((visit, signature))
    return touched


def period_changes(before: MedicationPeriod, after: MedicationPeriod) -> list[FieldChange]:
    """The correctable fields that differ, in words ("Dose: 60 → 90")."""
    return [
        FieldChange(name, label, _text(getattr(before, name)), _text(getattr(after, name)))
        for name, label in CORRECTABLE
        if getattr(before, name) != getattr(after, name)
    ]


def describe_period(period: MedicationPeriod) -> str:
    """ "Diltiazem 60 mg twice daily from 2025-01-13 to 2025-04-14"."""
    until = f" to {period.stop_on.isoformat()}" if period.stop_on else " (current)"
    return (
        f"{period.drug_name} {period.dose:g} {period.dose_unit.label} {period.frequency.label} "
        f"from {period.start_on.isoformat()}{until}"
    )


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    label = getattr(value, "label", None)
    return str(label) if isinstance(label, str) else str(value)

