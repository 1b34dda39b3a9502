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

The texts are for the person correcting (never stored): written in the current language, English
as before (ISO dates, the number as Python writes it).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import MedicationPeriod, PatientChart, Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.medications.drugs import drug_text
from calcitrack.domain.rule_text import Arg, Day, Number, message, render
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.dose_plausibility import period_doses_vs_label
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.validation import (
    validate_medication,
    validate_overlapping_medications,
)
from calcitrack.i18n.catalogue import N_, NC_, _, pgettext

FIELD = "medication period field"
"""The context of the fields' names: "Start" is a date here, not the verb of a medication
change."""
CORRECTABLE: tuple[tuple[str, str], ...] = (
    ("start_on", NC_("medication period field", "Start")),
    ("stop_on", NC_("medication period field", "Stop")),
    ("dose", NC_("medication period field", "Dose")),
    ("dose_unit", NC_("medication period field", "Unit")),
    ("frequency", NC_("medication period field", "Frequency")),
    ("route", NC_("medication period field", "Route")),
    ("start_reason", NC_("medication period field", "Start reason")),
    ("stop_reason", NC_("medication period field", "Stop reason")),
)
"""The fields a correction may change, with their names for people (in English, marked:
``correctable_label`` writes one in the current language)."""


def correctable_label(name: str) -> str:
    """The name of the correctable field ``name`` in the current language ("Dose"), or the
    field's own name made readable if it is not one."""
    found = dict(CORRECTABLE).get(name)
    return pgettext(FIELD, found) if found is not None else name.replace("_", " ").capitalize()


def correction_problems(
    stored: MedicationPeriod, corrected: MedicationPeriod, chart: PatientChart, *, today: date
) -> list[Problem]:
    """Every reason the correction of ``stored`` into ``corrected`` is refused, by field."""
    problems: list[Problem] = []
    for name in ("drug", "drug_name", "atc", "patient_id", "id"):
        if getattr(stored, name) != getattr(corrected, name):
            reason = _("a period's drug is not corrected: delete it and record the right one")
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
    """The correctable fields that differ, in words in the current language ("Dose: 60 → 90")."""
    return [
        FieldChange(
            name, correctable_label(name), _text(getattr(before, name)), _text(getattr(after, name))
        )
        for name, _label in CORRECTABLE
        if getattr(before, name) != getattr(after, name)
    ]


def describe_period(period: MedicationPeriod) -> str:
    """ "Diltiazem 60 mg twice daily from 2025-01-13 to 2025-04-14", in the current language."""
    args: dict[str, Arg] = {
        "drug": drug_text(period.drug, period.drug_name),
        "dose": Number(period.dose),
        "unit": period.dose_unit.label_text,
        "frequency": period.frequency.label_text,
        "start": Day(period.start_on),
    }
    if period.stop_on is None:
        current = N_("{drug} {dose} {unit} {frequency} from {start} (current)")
        return render(message(current, **args))
    return render(
        message(
            N_("{drug} {dose} {unit} {frequency} from {start} to {stop}"),
            **args,
            stop=Day(period.stop_on),
        )
    )


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return render(Day(value))
    if isinstance(value, float):
        return render(Number(value))
    label = getattr(value, "label", None)
    return str(label) if isinstance(label, str) else str(value)

