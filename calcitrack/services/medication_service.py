"""Correcting a medication period as recorded, or deleting one entered in error: one unit of work
each (validate first, then write with the audit entries in the same transaction), refused when
someone saved the period since it was read (optimistic locking on its version)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import MedicationPeriod, PatientChart
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.visits.period_correction import (
    correction_problems,
    correction_unusual,
    describe_period,
    period_changes,
    signed_visits_touched,
)
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.validation import raise_if
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import (
    NotFoundError,
    SignedVisitError,
    StaleEditError,
    stale_message,
)
from calcitrack.services.flag_cache import refresh_in_session
from calcitrack.store import chart_repository, medication_repository, settings_repository
from calcitrack.store.audit_trail import audit
from calcitrack.store.stamps import SavedMeanwhileError

TABLE = "medication_periods"


class MedicationService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def correct_period(
        self,
        mrn: str,
        read: MedicationPeriod,
        corrected: MedicationPeriod,
        *,
        confirmed: Sequence[UnusualValue] = (),
    ) -> MedicationPeriod:
        """Save ``corrected`` over the period ``read`` (as the user read it, with its version).

        Refused, nothing written: DomainValidationError naming each field (stop after start, no
        overlap with another period of the drug, hard limits); UnconfirmedValuesError while a
        dose above its label (dose sense) is not among ``confirmed``; SignedVisitError for a
        period recorded at a signed visit (it changes only by the visit's amendment);
        StaleEditError (who saved it, when, what changed) when it was saved since ``read``.
        The audit trail records each changed field, and each dose confirmed.
        """
        self._ctx.require(Permission.RECORD_VISITS)
        if read.id is None or corrected.id != read.id:
            raise NotFoundError("the medication period has not been saved yet")
        refused = "your correction was not saved"
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id, chart, record, stored = self._locked(session, mrn, read, refused)
                self._refuse_if_signed(stored, corrected, chart, "corrected")
                raise_if(correction_problems(stored, corrected, chart, today=self._ctx.today()))
                asked = correction_unusual(
                    stored, corrected, chart, settings_repository.load(session)
                )
                given = {u.key for u in confirmed}
                missing = [u for u in asked if u.key not in given]
                if missing:
                    raise UnconfirmedValuesError(missing)
                saved = medication_repository.correct(session, record, corrected)
                for value in asked:
                    audit.record_event(
                        session, AuditAction.CONFIRM, table_name=TABLE, record_id=saved.id,
                        patient_id=patient_id,
                        details=value.audit_details("medication correction"),
                    )  # fmt: skip
                refresh_in_session(session, patient_id, self._ctx.today())
                return saved
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, read, refused) from None

    def delete_period(self, mrn: str, read: MedicationPeriod, reason: str) -> None:
        """Delete the period ``read`` as entered in error, keeping which it was and why.

        Refused like ``correct_period`` (a blank reason, a period of a signed visit, a period
        saved by someone else since it was read)."""
        self._ctx.require(Permission.RECORD_VISITS)
        if not reason.strip():
            raise DomainValidationError("reason", "say why the medication period is deleted")
        if read.id is None:
            raise NotFoundError("the medication period has not been saved yet")
        refused = "it was not deleted"
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id, chart, record, stored = self._locked(session, mrn, read, refused)
                self._refuse_if_signed(stored, None, chart, "deleted")
                medication_repository.delete(session, record, reason.strip())
                refresh_in_session(session, patient_id, self._ctx.today())
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, read, refused) from None

    # ------------------------------------------------------------------ helpers

    def _locked(
        self, session: Any, mrn: str, read: MedicationPeriod, refused: str
    ) -> tuple[int, PatientChart, Any, MedicationPeriod]:
        """The patient, her chart, the period's record locked for this transaction and the
        period as stored; StaleEditError if its version is not the one ``read`` was read at."""
        assert read.id is not None
        patient_id = chart_repository.patient_id_for_mrn(session, mrn)
        if patient_id is None:
            raise NotFoundError(f"no patient with MRN {mrn!r}")
        record = medication_repository.period_for_update(session, read.id)
        if record is None or record.patient_id != patient_id:
            raise NotFoundError("the medication period no longer exists (someone deleted it)")
        chart = chart_repository.load_chart(session, patient_id)
        if chart is None:
            raise NotFoundError("the patient no longer exists")
        stored = next(m for m in chart.medications if m.id == read.id)
        if record.version != read.version:
            raise self._stale(session, read, stored, refused)
        return patient_id, chart, record, stored

    @staticmethod
    def _refuse_if_signed(
        stored: MedicationPeriod,
        corrected: MedicationPeriod | None,
        chart: PatientChart,
        done: str,
    ) -> None:
        touched = signed_visits_touched(stored, corrected, chart)
        if not touched:
            return
        visit, signature = touched[0]
        raise SignedVisitError(
            f"{describe_period(stored)} was recorded at the visit of "
            f"{visit.visit_date.isoformat()}, which is signed ({signature.describe()}). It can "
            f"only be changed by amending that visit: a physician amends it, giving the reason. "
            f"The period was not {done}."
        )

    def _saved_meanwhile(self, mrn: str, read: MedicationPeriod, refused: str) -> Exception:
        """The refusal when another save got in between the version check and the write."""
        assert read.id is not None
        with self._ctx.uow.read() as session:
            patient_id = chart_repository.patient_id_for_mrn(session, mrn)
            chart = None if patient_id is None else chart_repository.load_chart(session, patient_id)
            periods = chart.medications if chart is not None else ()
            stored = next((m for m in periods if m.id == read.id), None)
            if stored is None:
                return NotFoundError("the medication period no longer exists (someone deleted it)")
            return self._stale(session, read, stored, refused)

    @staticmethod
    def _stale(
        session: Any, read: MedicationPeriod, stored: MedicationPeriod, refused: str
    ) -> StaleEditError:
        assert read.id is not None
        changes = period_changes(read, stored)
        last_saved = medication_repository.last_saved(session, read.id)
        subject = f"The period of {read.drug_name} from {read.start_on.isoformat()}"
        return StaleEditError(
            stale_message(subject, refused, changes, last_saved),
            stored=stored,
            changes=changes,
            last_saved=last_saved,
        )
