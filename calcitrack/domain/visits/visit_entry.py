"""What a nurse records at one visit, as one unit: the visit itself with its lesion and range of
motion measurements, lesions first seen or resolved/excised at this visit, the labs collected that
day, and the medication changes made.

A ``VisitEntry`` is validated as a whole (``validate_visit_entry``) and written in one transaction.
Problem fields are paths the form maps back to its widgets:

- visit fields by name (``pain_nrs``, ``visit_date``, ``next_visit_due_on``);
- ``lesion_measurements[i].<field>`` and ``rom[i].<field>`` in the visit's own order;
- ``new_lesions[i].<field>``, ``status_changes[i].<field>``, ``labs[i].<field>``,
  ``medication_changes[i].<field>``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain.codes import CodedEnum, DoseUnit, Frequency, LesionStatus, Route
from calcitrack.domain.entities import (
    LabResult,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    PatientChart,
    Visit,
)
from calcitrack.domain.errors import Problem, ProblemKind, shown_day, shown_number
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.validation import (
    validate_lab,
    validate_lesion,
    validate_overlapping_medications,
    validate_visit,
)
from calcitrack.i18n.catalogue import N_, _

MISSING = ProblemKind.MISSING


class MedicationChangeKind(CodedEnum):
    START = "start", N_("Start")
    STOP = "stop", N_("Stop")
    DOSE = "dose", N_("Change dose")


@dataclass(frozen=True)
class MedicationChange:
    """A start, stop or dose change on the visit date, with the reason.

    ``period_id`` names the current period a stop or dose change ends (the period active on the
    visit date); a start and a dose change carry the new dose, unit, frequency and route.
    """

    kind: MedicationChangeKind
    drug: str
    reason: str
    drug_name: str = ""
    dose: float | None = None
    dose_unit: DoseUnit | None = None
    frequency: Frequency | None = None
    route: Route | None = None
    period_id: int | None = None

    @property
    def name(self) -> str:
        return self.drug_name or (DRUGS[self.drug].name if self.drug in DRUGS else self.drug)


@dataclass(frozen=True)
class LesionStatusChange:
    """A lesion found resolved or excised at this visit (from the visit date on)."""

    lesion_label: str
    status: LesionStatus


@dataclass(frozen=True)
class VisitEntry:
    visit: Visit
    new_lesions: tuple[Lesion, ...] = ()
    status_changes: tuple[LesionStatusChange, ...] = ()
    labs: tuple[LabResult, ...] = ()
    medication_changes: tuple[MedicationChange, ...] = ()
    confirmed: tuple[UnusualValue, ...] = ()
    """The unusual values the user confirmed, as she was shown them (plausibility.py): the save
    is refused unless every unusual value in the entry is among them."""


@dataclass(frozen=True)
class CarriedLesion:
    """A lesion to measure at a visit, with its latest earlier measurement (None if never)."""

    lesion: Lesion
    last: LesionMeasurement | None
    last_on: date | None


def lesions_to_measure(
    chart: PatientChart, visit_date: date, *, visit_id: int | None = None
) -> list[CarriedLesion]:
    """Lesions active on ``visit_date``, each with its latest measurement before that date.

    Editing a visit (``visit_id``) also keeps every lesion that visit measured, even if it was
    resolved on that very day.
    """
    editing = next((v for v in chart.visits if v.id is not None and v.id == visit_id), None)
    measured_here = {m.lesion_label for m in editing.lesion_measurements} if editing else set()
    earlier = sorted(
        (
            v
            for v in chart.visits
            if v.visit_date < visit_date and (visit_id is None or v.id != visit_id)
        ),
        key=lambda v: v.visit_date,
    )
    out: list[CarriedLesion] = []
    for lesion in chart.lesions:
        if lesion.first_seen_on > visit_date and lesion.label not in measured_here:
            continue
        ended = lesion.status is not LesionStatus.ACTIVE and (
            lesion.status_changed_on is None or lesion.status_changed_on <= visit_date
        )
        if ended and lesion.label not in measured_here:
            continue
        last, last_on = None, None
        for v in earlier:
            for m in v.lesion_measurements:
                if m.lesion_label == lesion.label:
                    last, last_on = m, v.visit_date
        out.append(CarriedLesion(lesion, last, last_on))
    return out


def regimen_on(medications: Sequence[MedicationPeriod], day: date) -> list[MedicationPeriod]:
    """The medication periods active on ``day``, in start order."""
    return sorted((m for m in medications if m.active_on(day)), key=lambda m: m.start_on)


def apply_medication_changes(
    medications: Sequence[MedicationPeriod], changes: Sequence[MedicationChange], day: date
) -> tuple[list[MedicationPeriod], list[MedicationPeriod]]:
    """The periods a visit's changes close (with ``stop_on=day`` and the reason) and open.

    The caller validated the changes (``validate_visit_entry``).
    """
    by_id = {m.id: m for m in medications if m.id is not None}
    closed: list[MedicationPeriod] = []
    opened: list[MedicationPeriod] = []
    for change in changes:
        if change.kind in (MedicationChangeKind.STOP, MedicationChangeKind.DOSE):
            # validated: a stop or dose change names a stored (so numbered) period
            assert change.period_id is not None
            current = by_id[change.period_id]
            closed.append(dataclasses.replace(current, stop_on=day, stop_reason=change.reason))
        if change.kind in (MedicationChangeKind.START, MedicationChangeKind.DOSE):
            drug = DRUGS.get(change.drug)
            opened.append(
                MedicationPeriod(
                    drug=change.drug,
                    drug_name=change.name,
                    dose=change.dose if change.dose is not None else 0.0,
                    dose_unit=change.dose_unit or DoseUnit.MG,
                    frequency=change.frequency or Frequency.QD,
                    route=change.route or Route.ORAL,
                    start_on=day,
                    start_reason=change.reason,
                    atc=drug.atc if drug else None,
                )
            )
    return closed, opened


def _medication_problems(
    change: MedicationChange, medications: Sequence[MedicationPeriod], day: date
) -> list[Problem]:
    problems: list[Problem] = []
    if not change.drug:
        problems.append(Problem("drug", _("is required (choose the drug)"), MISSING))
    elif change.drug not in DRUGS:
        problems.append(Problem("drug", _("unknown drug {code}").format(code=repr(change.drug))))
    if change.drug == "other" and not change.drug_name.strip():
        problems.append(Problem("drug_name", _("name the drug"), MISSING))
    if not change.reason.strip():
        problems.append(
            Problem(
                "reason",
                _("say why ({change})").format(change=change.kind.label.lower()),
                MISSING,
            )
        )
    if change.kind in (MedicationChangeKind.START, MedicationChangeKind.DOSE):
        if change.dose is None:
            problems.append(Problem("dose", _("is required"), MISSING))
        elif change.dose != change.dose or not 0 < change.dose <= 100_000:
            problems.append(
                Problem(
                    "dose",
                    _("must be above 0, got {value}").format(value=shown_number(change.dose)),
                )
            )
        for name in ("dose_unit", "frequency", "route"):
            if getattr(change, name) is None:
                problems.append(Problem(name, _("is required"), MISSING))
    if change.kind is MedicationChangeKind.START:
        running = [
            m
            for m in regimen_on(medications, day)
            if m.drug == change.drug and (change.drug != "other" or m.drug_name == change.name)
        ]
        if running:
            problems.append(
                Problem(
                    "drug",
                    _("{drug} is already taken since {day}: change its dose instead").format(
                        drug=change.name, day=shown_day(running[0].start_on)
                    ),
                )
            )
        return problems
    current = next((m for m in medications if m.id == change.period_id), None)
    if current is None or not current.active_on(day):
        problems.append(
            Problem(
                "period_id",
                _("{drug} is not taken on {day}: nothing to {change}").format(
                    drug=change.name, day=shown_day(day), change=change.kind.label.lower()
                ),
            )
        )
    elif current.start_on >= day:
        problems.append(
            Problem(
                "period_id",
                _(
                    "{drug} was started on {day}: a change must come after the start (correct "
                    "the period itself instead)"
                ).format(drug=change.name, day=shown_day(current.start_on)),
            )
        )
    return problems


def validate_visit_entry(entry: VisitEntry, chart: PatientChart, *, today: date) -> list[Problem]:
    """Every problem in ``entry`` recorded into ``chart``; an edit keeps ``entry.visit.id``."""
    visit = entry.visit
    day = visit.visit_date
    patient = chart.patient
    problems: list[Problem] = []
    others = [v for v in chart.visits if v.id != visit.id or visit.id is None]
    if any(v.visit_date == day for v in others):
        problems.append(
            Problem(
                "visit_date",
                _("{patient} already has a visit on {day}").format(
                    patient=patient.display_name, day=shown_day(day)
                ),
            )
        )
    existing = {lesion.label for lesion in chart.lesions}
    new_labels: list[str] = []
    for i, lesion in enumerate(entry.new_lesions):
        problems += [
            p.under(f"new_lesions[{i}]") for p in validate_lesion(lesion, patient, today=today)
        ]
        if lesion.label in existing or lesion.label in new_labels:
            problems.append(
                Problem(
                    f"new_lesions[{i}].label",
                    _("label {label} is already used").format(label=repr(lesion.label)),
                )
            )
        if lesion.first_seen_on != day:
            problems.append(
                Problem(
                    f"new_lesions[{i}].first_seen_on",
                    _("a new lesion is first seen at this visit"),
                )
            )
        new_labels.append(lesion.label)
    lesions = [*chart.lesions, *entry.new_lesions]
    problems += validate_visit(visit, patient, lesions, today=today)
    measurable = {c.lesion.label for c in lesions_to_measure(chart, day, visit_id=visit.id)}
    measurable |= set(new_labels)
    for i, m in enumerate(visit.lesion_measurements):
        if m.lesion_label in existing and m.lesion_label not in measurable:
            problems.append(
                Problem(
                    f"lesion_measurements[{i}].lesion",
                    _("lesion {label} is not active on {day}").format(
                        label=repr(m.lesion_label), day=shown_day(day)
                    ),
                )
            )
    changed: set[str] = set()
    for i, change in enumerate(entry.status_changes):
        where = f"status_changes[{i}]"
        if change.lesion_label not in existing | set(new_labels):
            problems.append(
                Problem(
                    f"{where}.lesion",
                    _("no lesion labelled {label}").format(label=repr(change.lesion_label)),
                )
            )
        if change.status is LesionStatus.ACTIVE:
            problems.append(Problem(f"{where}.status", _("must be resolved or excised")))
        if change.lesion_label in changed:
            problems.append(
                Problem(
                    f"{where}.lesion",
                    _("{label} changed twice").format(label=repr(change.lesion_label)),
                )
            )
        changed.add(change.lesion_label)
    for i, lab in enumerate(entry.labs):
        problems += [p.under(f"labs[{i}]") for p in validate_lab(lab, today=today)]
        if lab.collected_on != day:
            problems.append(Problem(f"labs[{i}].collected_on", _("must be the visit date")))
    analytes = [lab.analyte for lab in entry.labs]
    for i, code in enumerate(analytes):
        if code in analytes[:i]:
            problems.append(
                Problem(
                    f"labs[{i}].analyte",
                    _("{analyte} entered twice at this visit").format(analyte=code),
                )
            )
    for i, med_change in enumerate(entry.medication_changes):
        problems += [
            p.under(f"medication_changes[{i}]")
            for p in _medication_problems(med_change, chart.medications, day)
        ]
    ids = [c.period_id for c in entry.medication_changes if c.period_id is not None]
    for i, med_change in enumerate(entry.medication_changes):
        if med_change.period_id is not None and ids.count(med_change.period_id) > 1:
            problems.append(
                Problem(
                    f"medication_changes[{i}].period_id",
                    _("{drug} changed twice").format(drug=med_change.name),
                )
            )
    if not any(p.field.startswith("medication_changes") for p in problems):
        closed, opened = apply_medication_changes(chart.medications, entry.medication_changes, day)
        closed_ids = {m.id for m in closed}
        after = [m for m in chart.medications if m.id not in closed_ids] + closed + opened
        for p in validate_overlapping_medications(after):
            problems.append(Problem("medication_changes", p.reason, p.kind))
    return problems
