"""Recording, editing and deleting visits: validate the whole entry first, then one transaction."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from enum import Enum
from typing import Any

from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.validation import raise_if
from calcitrack.domain.visit_entry import (
    VisitEntry,
    apply_medication_changes,
    validate_visit_entry,
)
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.services.flag_cache import refresh_in_session
from calcitrack.store import chart_repository, visit_repository


class VisitService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def record(self, mrn: str, entry: VisitEntry) -> Visit:
        """Save a new visit with everything recorded at it."""
        if entry.visit.id is not None:
            raise ValueError("record() saves a new visit; use update() for a stored one")
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            chart = self._chart(session, mrn)
            self._check(entry, chart)
            closed, opened = apply_medication_changes(
                chart.medications, entry.medication_changes, entry.visit.visit_date
            )
            assert chart.patient.id is not None
            saved = visit_repository.write_entry(session, chart.patient.id, entry, closed, opened)
            refresh_in_session(session, chart.patient.id, self._ctx.today())
            return saved

    def update(self, mrn: str, entry: VisitEntry) -> Visit:
        """Save an edited visit; refused if someone changed it since ``entry.visit`` was read."""
        visit = entry.visit
        if visit.id is None:
            raise NotFoundError("the visit has not been saved yet")
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            chart = self._chart(session, mrn)
            record = self._locked(session, chart, visit.id, visit.version)
            self._check(entry, chart)
            closed, opened = apply_medication_changes(
                chart.medications, entry.medication_changes, visit.visit_date
            )
            assert chart.patient.id is not None
            saved = visit_repository.write_entry(
                session, chart.patient.id, entry, closed, opened, record=record
            )
            refresh_in_session(session, chart.patient.id, self._ctx.today())
            return saved

    def delete(self, mrn: str, visit: Visit, reason: str) -> None:
        """Delete a visit, keeping what it held and why it was deleted."""
        if not reason.strip():
            raise DomainValidationError("reason", "say why the visit is deleted")
        if visit.id is None:
            raise NotFoundError("the visit has not been saved yet")
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            chart = self._chart(session, mrn)
            record = self._locked(session, chart, visit.id, visit.version)
            stored = next(v for v in chart.visits if v.id == visit.id)
            labs = [lab for lab in chart.labs if lab.visit_id == visit.id]
            snapshot = json.dumps(
                {"visit": _plain(stored), "labs": [_plain(lab) for lab in labs]},
                ensure_ascii=False,
                sort_keys=True,
            )
            visit_repository.delete_visit(session, record, reason.strip(), snapshot)
            assert chart.patient.id is not None
            refresh_in_session(session, chart.patient.id, self._ctx.today())

    def deletions(self, mrn: str) -> list[tuple[date, str]]:
        """The deleted visits of a patient: (visit date, reason), oldest deletion first."""
        with self._ctx.uow.read() as session:
            chart = self._chart(session, mrn)
            assert chart.patient.id is not None
            return visit_repository.deletions(session, chart.patient.id)

    def mrns_with_visit_on(self, day: date) -> list[str]:
        """Every patient seen on ``day`` (a clinic day), by MRN."""
        with self._ctx.uow.read() as session:
            return visit_repository.mrns_with_visit_on(session, day)

    def _check(self, entry: VisitEntry, chart: PatientChart) -> None:
        raise_if(validate_visit_entry(entry, chart, today=self._ctx.today()))

    @staticmethod
    def _chart(session: Any, mrn: str) -> PatientChart:
        patient_id = chart_repository.patient_id_for_mrn(session, mrn)
        chart = chart_repository.load_chart(session, patient_id) if patient_id else None
        if chart is None:
            raise NotFoundError(f"no patient with MRN {mrn!r}")
        return chart

    @staticmethod
    def _locked(session: Any, chart: PatientChart, visit_id: int, version: int) -> Any:
        record = visit_repository.visit_for_update(session, visit_id)
        if record is None or record.patient_id != chart.patient.id:
            raise NotFoundError("the visit no longer exists (someone deleted it)")
        if record.version != version:
            raise ConflictError(
                f"the visit of {record.visit_date.isoformat()} was changed by someone else since "
                f"you opened it (version {version} → {record.version}); reload and edit again"
            )
        return record


def _plain(item: Any) -> Any:
    """A dataclass as JSON types (dates as ISO text, codes as their values)."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return {f.name: _plain(getattr(item, f.name)) for f in dataclasses.fields(item)}
    if isinstance(item, tuple | list):
        return [_plain(x) for x in item]
    if isinstance(item, Enum):
        return item.value
    if isinstance(item, date):
        return item.isoformat()
    return item
