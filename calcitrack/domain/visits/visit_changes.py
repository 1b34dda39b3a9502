"""Everything one save of a visit writes, read back as a ``VisitContent``, and what differs
between two of them in words (``record_changes``): the visit's own fields, each lesion's
measurement, lesions first seen or found resolved/excised at it, range of motion, the labs
collected at it and the medication changes made at it.

The words are stored with the changes they describe (the sign-off's record): always English, the
coded values' and body sites' English labels, whatever the reader's language.

The same content is read from a stored chart (what someone opened, what is stored now) and from
the entry a form holds (what the user typed), so the two can be compared field by field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import (
    LabResult,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    PatientChart,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.laboratory.lab_units import ANALYTES
from calcitrack.domain.rom import ROM_REFERENCES
from calcitrack.domain.visits.record_changes import NOTHING, Item, compare, number, scalar
from calcitrack.domain.visits.visit_entry import (
    LesionStatusChange,
    MedicationChange,
    MedicationChangeKind,
    VisitEntry,
)


@dataclass(frozen=True)
class VisitContent:
    """A visit with everything saved with it (see the module's docstring)."""

    visit: Visit
    labs: tuple[LabResult, ...] = ()
    new_lesions: tuple[Lesion, ...] = ()
    ended_lesions: tuple[LesionStatusChange, ...] = ()
    medication_changes: tuple[MedicationChange, ...] = ()


def stored_visit_content(chart: PatientChart, visit_id: int) -> VisitContent | None:
    """The visit ``visit_id`` of ``chart`` with what was saved with it; None if not there."""
    visit = next((v for v in chart.visits if v.id == visit_id), None)
    if visit is None:
        return None
    day = visit.visit_date
    return VisitContent(
        visit,
        tuple(lab for lab in chart.labs if lab.visit_id == visit_id),
        tuple(le for le in chart.lesions if le.first_seen_on == day),
        tuple(
            LesionStatusChange(le.label, le.status)
            for le in chart.lesions
            if le.status is not LesionStatus.ACTIVE and le.status_changed_on == day
        ),
        medication_changes_on(chart.medications, day),
    )


def entry_content(entry: VisitEntry, chart: PatientChart) -> VisitContent:
    """What saving ``entry`` into ``chart`` (the chart the form was opened on) would store.

    An edited visit keeps the lesions first seen at it and the medication changes made at it
    (the form adds to them, it does not show them again).
    """
    visit = entry.visit
    stored = next((v for v in chart.visits if v.id is not None and v.id == visit.id), None)
    day = stored.visit_date if stored is not None else visit.visit_date
    known = {le.label for le in entry.new_lesions}
    earlier = tuple(
        le
        for le in chart.lesions
        if stored is not None and le.first_seen_on == day and le.label not in known
    )
    made = medication_changes_on(chart.medications, day) if stored is not None else ()
    typed = {_drug_key(c.drug, c.name) for c in entry.medication_changes}
    kept = tuple(c for c in made if _drug_key(c.drug, c.name) not in typed)
    return VisitContent(
        visit,
        entry.labs,
        (*earlier, *entry.new_lesions),
        entry.status_changes,
        (*kept, *entry.medication_changes),
    )


def medication_changes_on(
    medications: Sequence[MedicationPeriod], day: date
) -> tuple[MedicationChange, ...]:
    """The changes of ``day`` read back from the periods: a period stopped and another of the
    same drug started that day is a dose change, one started alone a start, one stopped alone
    a stop."""
    stopped = {_drug_key(m.drug, m.drug_name): m for m in medications if m.stop_on == day}
    changes: list[MedicationChange] = []
    for m in sorted((m for m in medications if m.start_on == day), key=lambda m: m.drug):
        kind = MedicationChangeKind.START
        if stopped.pop(_drug_key(m.drug, m.drug_name), None) is not None:
            kind = MedicationChangeKind.DOSE
        changes.append(
            MedicationChange(
                kind,
                m.drug,
                m.start_reason,
                drug_name=m.drug_name,
                dose=m.dose,
                dose_unit=m.dose_unit,
                frequency=m.frequency,
                route=m.route,
            )
        )
    for m in stopped.values():
        changes.append(
            MedicationChange(
                MedicationChangeKind.STOP, m.drug, m.stop_reason, drug_name=m.drug_name
            )
        )
    return tuple(changes)


def visit_changes(before: VisitContent, after: VisitContent) -> list[FieldChange]:
    """What differs from ``before`` (as the user read it) to ``after`` (as stored now)."""
    return compare(visit_items(before), visit_items(after))


# ------------------------------------------------------------------------------ items

_HEADER = (
    ("visit_date", "Visit date"),
    ("visit_type", "Visit type"),
    ("clinician", "Clinician"),
    ("next_visit_due_on", "Next visit due"),
)
_SCORES = (
    ("pain_nrs", "Pain NRS", ""),
    ("patient_global_mm", "Patient global", "mm"),
    ("evaluator_global_mm", "Evaluator global", "mm"),
    ("tender_joints_28", "Tender joints (TJC28)", ""),
    ("swollen_joints_28", "Swollen joints (SJC28)", ""),
)
_VITALS = (
    ("weight_kg", "Weight", "kg"),
    ("height_cm", "Height", "cm"),
    ("heart_rate_bpm", "Heart rate", "/min"),
    ("systolic_bp_mmhg", "Systolic BP", "mmHg"),
    ("diastolic_bp_mmhg", "Diastolic BP", "mmHg"),
)
_SIGNS = ("ulcerated", "extrusion", "infected", "tender", "inflamed")


def visit_items(content: VisitContent) -> list[Item]:
    """The content as items, in the order of the visit form."""
    visit = content.visit
    items = [scalar(name, label, getattr(visit, name)) for name, label in _HEADER]
    items += [_lesion_item(m) for m in visit.lesion_measurements]
    items += [_new_lesion_item(le) for le in content.new_lesions]
    items += [
        Item(
            f"status:{c.lesion_label}",
            f"Lesion {c.lesion_label}: status",
            f"{c.status.english_label.lower()} at this visit",
        )
        for c in content.ended_lesions
    ]
    items += [
        scalar(name, label, getattr(visit, name), partial(number, unit=unit))
        for name, label, unit in _SCORES
    ]
    das28 = number(visit.das28_recorded)
    if visit.das28_recorded is not None and visit.das28_recorded_variant is not None:
        das28 = f"{das28} ({visit.das28_recorded_variant.english_label})"
    items.append(Item("das28_recorded", "DAS28 as recorded", das28))
    items += [_rom_item(r) for r in visit.rom]
    items += _lab_items(content.labs)
    items += [
        scalar(name, label, getattr(visit, name), partial(number, unit=unit))
        for name, label, unit in _VITALS
    ]
    items += [_medication_item(c) for c in content.medication_changes]
    items.append(scalar("notes", "Notes", visit.notes))
    return items


def _lesion_item(m: LesionMeasurement) -> Item:
    key, name = f"lesion:{m.lesion_label}", f"Lesion {m.lesion_label}"
    signs = ", ".join(s for s in _SIGNS if getattr(m, s)) or "none"
    size = " × ".join(f"{v:g}" for v in (m.longest_mm, m.width_mm, m.depth_mm) if v is not None)
    return Item(
        key,
        name,
        f"{size} mm, {m.method.english_label.lower()}, signs: {signs}",
        (
            (f"{key}/longest_mm", f"{name}: longest diameter", number(m.longest_mm, "mm")),
            (f"{key}/width_mm", f"{name}: width", number(m.width_mm, "mm")),
            (f"{key}/depth_mm", f"{name}: depth", number(m.depth_mm, "mm")),
            (f"{key}/method", f"{name}: measured by", m.method.english_label),
            (f"{key}/signs", f"{name}: signs", signs),
        ),
    )


def _new_lesion_item(lesion: Lesion) -> Item:
    known = BODY_SITES.get(lesion.body_site)
    site = known.english_name if known is not None else lesion.body_site
    where = f"{site}, {lesion.laterality.english_label.lower()}"
    return Item(
        f"new_lesion:{lesion.label}",
        f"Lesion {lesion.label}: first seen at this visit",
        f"{where}; {lesion.notes}" if lesion.notes else where,
    )


def _rom_item(r: RomMeasurement) -> Item:
    reference = ROM_REFERENCES.get((r.joint, r.movement))
    movement = reference.english_label.lower() if reference else f"{r.joint} {r.movement}"
    return Item(
        f"rom:{r.joint}:{r.movement}:{r.side.value}",
        f"Range of motion: {r.side.english_label.lower()} {movement}",
        f"{r.degrees:g}°",
    )


def _lab_items(labs: Sequence[LabResult]) -> list[Item]:
    items: list[Item] = []
    seen: dict[str, int] = {}
    for lab in labs:
        seen[lab.analyte] = seen.get(lab.analyte, 0) + 1
        key = f"lab:{lab.analyte}" + (f"#{seen[lab.analyte]}" if seen[lab.analyte] > 1 else "")
        name = ANALYTES[lab.analyte].english_name if lab.analyte in ANALYTES else lab.analyte
        value = number(lab.value, lab.unit)
        reference = _reference(lab)
        items.append(
            Item(
                key,
                name,
                value if reference == NOTHING else f"{value} (reference {reference})",
                ((f"{key}/value", name, value), (f"{key}/range", f"{name}: reference", reference)),
            )
        )
    return items


def _reference(lab: LabResult) -> str:
    low, high = lab.ref_low, lab.ref_high
    if low is not None and high is not None:
        return f"{low:g}–{high:g} {lab.unit}"
    if high is not None:
        return f"≤ {high:g} {lab.unit}"
    if low is not None:
        return f"≥ {low:g} {lab.unit}"
    return NOTHING


def _medication_item(change: MedicationChange) -> Item:
    kind = change.kind
    if kind is MedicationChangeKind.STOP:
        what = "stop"
    else:
        dose = number(change.dose, change.dose_unit.english_label if change.dose_unit else "")
        how = ", ".join(
            x.english_label.lower() for x in (change.frequency, change.route) if x is not None
        )
        verb = "start" if kind is MedicationChangeKind.START else "change dose to"
        what = f"{verb} {dose}" + (f" {how}" if how else "")
    reason = change.reason.strip()
    return Item(
        f"medication:{_drug_key(change.drug, change.name)}",
        f"Medication: {change.name}",
        f"{what} ({reason})" if reason else what,
    )


def _drug_key(drug: str, name: str) -> str:
    return f"other:{name}" if drug == "other" else drug
