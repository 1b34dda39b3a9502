"""Patients: the list, one chart, and edits of the patient's own details."""

from __future__ import annotations

import dataclasses
from datetime import date

from calcitrack.domain.entities import Patient, PatientChart, PatientSummary
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.validation import raise_if, validate_patient
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.services.flag_cache import refresh_in_session
from calcitrack.store import chart_repository, mapping, patient_repository
from calcitrack.store.records import PatientRecord


class PatientService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list_patients(
        self, search: str = "", *, include_archived: bool = False, today: date | None = None
    ) -> list[PatientSummary]:
        """The patient list; each row's current drugs are those of ``today`` (default: the
        context's today)."""
        with self._ctx.uow.read() as session:
            return patient_repository.list_patients(
                session,
                search=search,
                include_archived=include_archived,
                today=today or self._ctx.today(),
            )

    def chart(self, mrn: str) -> PatientChart:
        with self._ctx.uow.read() as session:
            patient_id = chart_repository.patient_id_for_mrn(session, mrn)
            chart = chart_repository.load_chart(session, patient_id) if patient_id else None
        if chart is None:
            raise NotFoundError(f"no patient with MRN {mrn!r}")
        return chart

    def create(self, patient: Patient) -> Patient:
        raise_if(validate_patient(patient, today=self._ctx.today()))
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            if chart_repository.existing_mrns(session, [patient.mrn]):
                raise DomainValidationError("mrn", f"MRN {patient.mrn!r} is already in use")
            record = PatientRecord(**mapping.patient_values(patient))
            session.add(record)
            session.flush()
            refresh_in_session(session, record.id, self._ctx.today())
            return mapping.patient(record)

    def update(self, patient: Patient) -> Patient:
        """Save edited details; refused if the stored patient changed since ``patient`` was read."""
        if patient.id is None:
            raise NotFoundError("the patient has not been saved yet")
        raise_if(validate_patient(patient, today=self._ctx.today()))
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            record = session.get(PatientRecord, patient.id, with_for_update=True)
            if record is None:
                raise NotFoundError(f"patient {patient.id} no longer exists")
            if record.version != patient.version:
                raise ConflictError(
                    f"patient {record.mrn} was changed by someone else since you opened it "
                    f"(version {patient.version} → {record.version}); reload and edit again"
                )
            if patient.mrn != record.mrn and chart_repository.existing_mrns(session, [patient.mrn]):
                raise DomainValidationError("mrn", f"MRN {patient.mrn!r} is already in use")
            for name, value in mapping.patient_values(patient).items():
                setattr(record, name, value)
            session.flush()
            refresh_in_session(session, record.id, self._ctx.today())
            return mapping.patient(record)

    def set_archived(self, patient: Patient, archived: bool) -> Patient:
        return self.update(dataclasses.replace(patient, archived=archived))
