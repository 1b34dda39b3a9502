"""Patients: the list, one chart, and edits of the patient's own details."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import Patient, PatientChart, PatientSummary
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.patient_list import PatientListPage, PatientListQuery
from calcitrack.domain.visits.record_changes import patient_changes
from calcitrack.domain.visits.validation import raise_if, validate_patient
from calcitrack.i18n.catalogue import _
from calcitrack.i18n.formats import number
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import NotFoundError, StaleEditError, no_patient, stale_message
from calcitrack.services.flag_cache import refresh_in_session
from calcitrack.store import chart_repository, mapping, patient_list_repository, patient_repository
from calcitrack.store.records import PatientRecord
from calcitrack.store.stamps import SavedMeanwhileError


class PatientService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list_patients(
        self, search: str = "", *, include_archived: bool = False, today: date | None = None
    ) -> list[PatientSummary]:
        """The patient list; each row's current drugs are those of ``today`` (default: the
        context's today)."""
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            return patient_repository.list_patients(
                session,
                search=search,
                include_archived=include_archived,
                today=today or self._ctx.today(),
            )

    def list_page(
        self,
        query: PatientListQuery,
        *,
        offset: int = 0,
        limit: int = 200,
        today: date | None = None,
    ) -> PatientListPage:
        """Rows ``offset`` … ``offset + limit - 1`` of the patient list under ``query``, with the
        counts its footer shows; current drugs are those of ``today`` (default: the context's)."""
        with self._ctx.reading(Permission.READ_CHARTS) as session:
            return patient_list_repository.list_page(
                session, query, offset=offset, limit=limit, today=today or self._ctx.today()
            )

    def list_position(
        self, query: PatientListQuery, mrn: str, *, today: date | None = None
    ) -> int | None:
        """The row of the patient with ``mrn`` in the list under ``query``; None if not listed."""
        with self._ctx.reading(Permission.READ_CHARTS) as session:
            return patient_list_repository.list_position(
                session, query, mrn, today=today or self._ctx.today()
            )

    def chart(self, mrn: str) -> PatientChart:
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            patient_id = chart_repository.patient_id_for_mrn(session, mrn)
            chart = chart_repository.load_chart(session, patient_id) if patient_id else None
        if chart is None:
            raise no_patient(mrn)
        return chart

    def create(self, patient: Patient) -> Patient:
        self._ctx.require(Permission.EDIT_PATIENTS)
        raise_if(validate_patient(patient, today=self._ctx.today()))
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            if chart_repository.existing_mrns(session, [patient.mrn]):
                raise DomainValidationError(
                    "mrn", _("MRN {mrn} is already in use").format(mrn=repr(patient.mrn))
                )
            record = PatientRecord(**mapping.patient_values(patient))
            session.add(record)
            session.flush()
            refresh_in_session(session, record.id, self._ctx.today())
            return mapping.patient(record)

    def update(self, patient: Patient, *, started_from: Patient | None = None) -> Patient:
        """Save edited details; refused if the stored patient changed since ``patient`` was read.

        ``started_from`` is the patient as the user read them: a refusal (StaleEditError) then
        lists what was changed since.
        """
        self._ctx.require(Permission.EDIT_PATIENTS)
        if patient.id is None:
            raise NotFoundError(_("the patient has not been saved yet"))
        if started_from is not None and started_from.id != patient.id:
            raise ValueError("started_from is not the patient being saved")
        raise_if(validate_patient(patient, today=self._ctx.today()))
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                record = patient_repository.patient_for_update(session, patient.id)
                if record is None:
                    raise NotFoundError(_gone(patient.id))
                if record.version != patient.version:
                    raise self._stale(session, patient.id, started_from)
                if patient.mrn != record.mrn and chart_repository.existing_mrns(
                    session, [patient.mrn]
                ):
                    raise DomainValidationError(
                    "mrn", _("MRN {mrn} is already in use").format(mrn=repr(patient.mrn))
                )
                saved = patient_repository.write_patient(session, record, patient)
                refresh_in_session(session, record.id, self._ctx.today())
                return saved
        except SavedMeanwhileError:
            with self._ctx.uow.read() as session:
                raise self._stale(session, patient.id, started_from) from None

    def set_archived(self, patient: Patient, archived: bool) -> Patient:
        """Archive or bring back ``patient`` as read (refused if changed since)."""
        self._ctx.require(Permission.EDIT_PATIENTS)
        return self.update(dataclasses.replace(patient, archived=archived), started_from=patient)

    @staticmethod
    def _stale(session: Any, patient_id: int, started_from: Patient | None) -> Exception:
        """The refusal of an edit of a patient saved by someone else since it was read."""
        found = patient_repository.last_saved(session, patient_id)
        if found is None:
            return NotFoundError(_gone(patient_id))
        stored, last_saved = found
        changes = patient_changes(started_from, stored) if started_from else []
        return StaleEditError(
            stale_message(
                _("Patient {mrn}").format(mrn=stored.mrn), _("your edit was not saved"), changes,
                last_saved,
            ),
            stored=stored,
            changes=changes,
            last_saved=last_saved,
        )


def _gone(patient_id: int) -> str:
    return _("patient {id} no longer exists").format(id=number(patient_id, 0, grouping=False))
