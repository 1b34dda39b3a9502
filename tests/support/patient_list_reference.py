"""The patient list's pages computed in Python: the reference the SQL version is tested against.

It reads every patient with ``list_patients`` and filters, sorts and slices in Python (the
contract's first version, issue 20): its answers are the contract store/patient_list_repository.py
keeps. ``flags_stale`` is set from the stored versions against the settings and rules in force.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcitrack.domain.entities import PatientSummary
from calcitrack.domain.flags import Severity
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.patient_list import (
    ListColumn,
    PatientListPage,
    PatientListQuery,
    StatusFilter,
)
from calcitrack.domain.review.assessment import RULES_VERSION
from calcitrack.domain.text import fold, patient_search_key, search_text
from calcitrack.store import flag_repository, settings_repository
from calcitrack.store.patient_repository import list_patients
from calcitrack.store.records import PatientRecord

_SEVERITY_ORDER = {Severity.CONTRAINDICATION: 0, Severity.WARNING: 1, Severity.REVIEW: 2}


def list_page(
    session: Session, query: PatientListQuery, *, offset: int, limit: int, today: date
) -> PatientListPage:
    """Rows ``offset`` … ``offset + limit - 1`` of the patients matching ``query``."""
    rows = _matching(session, query, today)
    total = session.scalar(select(func.count(PatientRecord.id))) or 0
    return PatientListPage(tuple(rows[offset : offset + limit]), offset, len(rows), total)


def list_position(
    session: Session, query: PatientListQuery, mrn: str, *, today: date
) -> int | None:
    """The row of the patient with ``mrn`` among those matching ``query``; None if not listed."""
    rows = _matching(session, query, today)
    return next((i for i, s in enumerate(rows) if s.patient.mrn == mrn), None)


def _matching(session: Session, query: PatientListQuery, today: date) -> list[PatientSummary]:
    needle = search_text(query.search)
    version = settings_repository.load(session).assessed_version
    stored = flag_repository.load_all(session)
    rows = [
        _staleness(s, stored.get(s.patient.id or 0), version)
        for s in list_patients(session, include_archived=True, today=today)
        if _accepts(query, needle, s)
    ]
    return _sorted(rows, query.sort, query.descending)


def _staleness(
    summary: PatientSummary, stored: flag_repository.StoredFlags | None, version: int
) -> PatientSummary:
    if stored is None:
        return summary
    stale = stored.settings_version != version or stored.rules_version != RULES_VERSION
    return replace(summary, flags_stale=stale)


def _accepts(query: PatientListQuery, needle: str, summary: PatientSummary) -> bool:
    patient = summary.patient
    if needle and needle not in patient_search_key(
        patient.mrn, patient.family_name, patient.given_name
    ):
        return False
    if query.status is StatusFilter.ACTIVE and patient.archived:
        return False
    if query.status is StatusFilter.ARCHIVED and not patient.archived:
        return False
    if query.disease is not None and patient.underlying_disease != query.disease:
        return False
    return not (query.on_diltiazem and not summary.on_diltiazem)


def _name_key(summary: PatientSummary) -> tuple[str, str, str]:
    patient = summary.patient
    return fold(patient.family_name), fold(patient.given_name), patient.mrn


def drug_names(codes: frozenset[str]) -> str:
    """The drugs' names in alphabetical order: "Colchicine, Diltiazem"."""
    names = (DRUGS[code].name if code in DRUGS else code for code in codes)
    return ", ".join(sorted(names, key=str.casefold))


def sort_value(summary: PatientSummary, column: ListColumn) -> str | int | None:
    """A value that sorts the column as people expect; None where nothing is recorded."""
    patient = summary.patient
    if column is ListColumn.MRN:
        return patient.mrn.casefold()
    if column is ListColumn.NAME:
        return "\x1f".join(_name_key(summary)[:2])
    if column is ListColumn.BORN:
        return patient.date_of_birth.isoformat()
    if column is ListColumn.DISEASE:
        return patient.underlying_disease.label.casefold()
    if column is ListColumn.CALCINOSIS:
        return patient.calcinosis_type.label.casefold()
    if column is ListColumn.LAST_VISIT:
        return summary.last_visit_on.isoformat() if summary.last_visit_on else None
    if column is ListColumn.NEXT_DUE:
        return summary.next_due_on.isoformat() if summary.next_due_on else None
    if column is ListColumn.VISITS:
        return summary.visit_count
    if column is ListColumn.ACTIVE_LESIONS:
        return summary.active_lesions
    if column is ListColumn.CURRENT_DRUGS:
        return drug_names(summary.current_drugs).casefold() or None
    # FLAGS: the worst flags first
    if not summary.flags:
        return None
    worst = min(_SEVERITY_ORDER[f.severity] for f in summary.flags)
    return -(10 * (3 - worst) + len(summary.flags))


def _sorted(
    rows: list[PatientSummary], column: ListColumn, descending: bool
) -> list[PatientSummary]:
    """Ties keep name order (then MRN); rows missing the value come last in either order."""
    by_name = sorted(rows, key=_name_key)
    present = [(s, v) for s in by_name if (v := sort_value(s, column)) is not None]
    present.sort(key=lambda pair: pair[1], reverse=descending)  # stable
    return [s for s, _v in present] + [s for s in by_name if sort_value(s, column) is None]
