"""Entering, correcting and deleting an imaging study or a procedure as recorded: what is checked
first, what changed in words, and which signed visits the change touches (pure Python).

- **Validity**: ``validate_site_event`` (not in the future nor before the patient's birth, a
  known body site, text within its length, the patient's own lesions, each once).
- **Sign-off**: a study or procedure on the day of a signed visit is part of what was signed
  (domain/signed_content.py); so is one moved onto or off such a day. It changes only by that
  visit's amendment (``signed_visits_touched``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from calcitrack.domain.entities import ImagingStudy, PatientChart, Procedure, Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.validation import validate_site_event

SiteEvent = ImagingStudy | Procedure

IMAGING_FIELDS: tuple[tuple[str, str], ...] = (
    ("study_date", "Date"),
    ("modality", "Modality"),
    ("body_site", "Body site"),
    ("laterality", "Side"),
    ("lesion_labels", "Lesions shown"),
    ("findings", "Finding"),
    ("reader", "Reader"),
    ("verdict", "Verdict"),
)
PROCEDURE_FIELDS: tuple[tuple[str, str], ...] = (
    ("procedure_date", "Date"),
    ("procedure_type", "Procedure"),
    ("body_site", "Body site"),
    ("laterality", "Side"),
    ("lesion_labels", "Lesions treated"),
    ("operator", "Operator"),
    ("outcome", "Outcome"),
    ("complications", "Complications"),
    ("notes", "Notes"),
)
"""The fields a person enters and corrects, with their names for people."""


def fields_of(event: SiteEvent) -> tuple[tuple[str, str], ...]:
    return IMAGING_FIELDS if isinstance(event, ImagingStudy) else PROCEDURE_FIELDS


def event_day(event: SiteEvent) -> date:
    return event.study_date if isinstance(event, ImagingStudy) else event.procedure_date


def kind_of(event: SiteEvent) -> str:
    """``imaging`` or ``procedure``: the kind a deletion row names."""
    return "imaging" if isinstance(event, ImagingStudy) else "procedure"


def describe_event(event: SiteEvent) -> str:
    """ "X-ray of 2025-01-13 (finger, right)", "Surgical excision of 2025-03-03 (elbow, left)"."""
    what = event.modality.label if isinstance(event, ImagingStudy) else event.procedure_type.label
    site = event.body_site.replace("_", " ")
    if event.laterality is not None:
        site += f", {event.laterality.label.lower()}"
    return f"{what} of {event_day(event).isoformat()} ({site})"


def entry_problems(event: SiteEvent, chart: PatientChart, *, today: date) -> list[Problem]:
    """Every reason ``event`` (new or corrected) is refused for ``chart``'s patient, by field."""
    labels = {lesion.label for lesion in chart.lesions}
    return validate_site_event(event, labels, today=today, born_on=chart.patient.date_of_birth)


def signed_visits_touched(
    days: Sequence[date], chart: PatientChart
) -> list[tuple[Visit, VisitSignature]]:
    """The signed visits of ``chart`` on any of ``days`` (the event's day before and after)."""
    touched = []
    for visit in chart.visits:
        signature = chart.signature_of(visit.id)
        if signature is not None and visit.visit_date in days:
            touched.append((visit, signature))
    return touched


def event_changes(before: SiteEvent | None, after: SiteEvent | None) -> list[FieldChange]:
    """The entered fields that differ, in words ("Verdict: Unchanged → More calcification");
    ``before`` None: everything added, ``after`` None: everything deleted."""
    shown = after if after is not None else before
    assert shown is not None
    changes = []
    for name, label in fields_of(shown):
        old = _text(getattr(before, name)) if before is not None else "—"
        new = _text(getattr(after, name)) if after is not None else "—"
        if old != new:
            changes.append(FieldChange(name, label, old, new))
    return changes


def _text(value: object) -> str:
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    label = getattr(value, "label", None)
    return str(label) if isinstance(label, str) else str(value)
