"""What the main window and its flows need from the services, as protocols: the window is built
with the real services (``app.build_main_window``) and never imports them (the ui stays free of
the store), and the flows name these protocols instead of the window module."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from calcitrack.domain.entities import Patient, PatientChart, Visit
from calcitrack.domain.patient_list import PatientListPage, PatientListQuery
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.visit_changes import VisitContent
from calcitrack.domain.visits.visit_entry import VisitEntry


class PatientPages(Protocol):
    """The patient list's pages (PatientService.list_page / list_position)."""

    def list_page(
        self,
        query: PatientListQuery,
        *,
        offset: int = 0,
        limit: int = 200,
        today: date | None = None,
    ) -> PatientListPage: ...

    def list_position(
        self, query: PatientListQuery, mrn: str, *, today: date | None = None
    ) -> int | None: ...


class PatientSource(PatientPages, Protocol):
    def chart(self, mrn: str) -> PatientChart: ...

    def create(self, patient: Patient) -> Patient: ...

    def update(self, patient: Patient, *, started_from: Patient | None = None) -> Patient: ...


class VisitSink(Protocol):
    def record(self, mrn: str, entry: VisitEntry) -> Visit: ...

    def update(
        self, mrn: str, entry: VisitEntry, *, started_from: VisitContent | None = None
    ) -> Visit: ...

    def delete(
        self, mrn: str, visit: Visit, reason: str, *, started_from: VisitContent | None = None
    ) -> None: ...

    def amend(
        self,
        mrn: str,
        entry: VisitEntry,
        reason: str,
        *,
        started_from: VisitContent | None = None,
    ) -> Visit: ...

    def sign(self, mrn: str, visit: Visit, password: str) -> VisitSignature: ...


