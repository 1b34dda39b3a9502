"""The visit form's dose check (``calcitrack.domain.medications.dose_sense``) on medication periods
and on the changes being typed: the concerns and the label hint each change row shows, in the
current language (the domain writes them: numbers in the language's decimal mark, the label's
quoted words and the ``[R#]`` citations as they are)."""

from __future__ import annotations

from collections.abc import Sequence

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.medications.dose_sense import Dose, DoseConcern, label_summary, review_dose
from calcitrack.domain.visits.visit_entry import MedicationChange, MedicationChangeKind

Kind = MedicationChangeKind


def as_doses(periods: Sequence[MedicationPeriod]) -> list[Dose]:
    return [Dose(p.drug, p.dose, p.dose_unit, p.frequency, p.route, p.drug_name) for p in periods]


def concerns_of(
    doses: Sequence[Dose], kg: float | None, where: str, settings: ClinicSettings
) -> list[DoseConcern]:
    """The concerns with ``doses`` taken together, at ``kg`` (from ``where``)."""
    return list(review_dose(doses, weight_kg=kg, settings=settings, weighed=where).concerns)


def change_dose(change: MedicationChange) -> Dose | None:
    """The dose a start or a dose change puts in place, once it has a drug and a dose."""
    if change.kind is Kind.STOP or change.dose is None or change.dose <= 0:
        return None
    if change.dose_unit is None or change.frequency is None or change.route is None:
        return None
    return Dose(change.drug, change.dose, change.dose_unit, change.frequency, change.route,
                change.drug_name)


def row_dose_sense(
    change: MedicationChange, kg: float | None, where: str, settings: ClinicSettings
) -> tuple[str, list[DoseConcern]]:
    """(the label's hint for the row's drug, the concerns with the dose typed); a stop has
    neither."""
    if change.kind is Kind.STOP:
        return "", []
    hint = label_summary(change.drug, settings)
    dose = change_dose(change)
    return hint, [] if dose is None else concerns_of([dose], kg, where, settings)


def warning_text(concerns: Sequence[DoseConcern]) -> str:
    """One line per concern, as the section shows it in red, in the current language."""
    return "\n".join(f"⚠ {c.text}" for c in concerns)
