"""Correcting a medication period as recorded, or deleting one entered in error: one unit of work
each (validate first, then write with the audit entries in the same transaction), refused when
someone saved the period since it was read (optimistic locking on its version)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import MedicationPeriod, PatientChart
from calcitrack.domain.errors import DomainValidationError, shown_day
from calcitrack.domain.medications.drugs import drug_label
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
from calcitrack.domain.visits.visit_changes import stored_visit_content, visit_changes
from calcitrack.i18n.catalogue import _
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import (
    ConflictError,
    NotFoundError,
    SignedVisitError,
    StaleEditError,
    no_patient,
    stale_message,
)
from calcitrack.services.flag_cache import refresh_in_session
from calcitrack.store import (
    chart_repository,
    medication_repository,
    settings_repository,
    sign_off_repository,
    visit_repository,
)
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
        period recorded at a signed visit (it changes only by amending the visit:
        ``amend_period``); StaleEditError (who saved it, when, what changed) when it was saved
        since ``read``. The audit trail records each changed field, and each dose confirmed.
        """
        self._ctx.require(Permission.RECORD_VISITS)
        if read.id is None or corrected.id != read.id:
            raise NotFoundError(_("the medication period has not been saved yet"))
        refused = _("your correction was not saved")
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id, chart, record, stored = self._locked(session, mrn, read, refused)
                self._refuse_if_signed(
                    stored, corrected, chart, _("The period was not corrected.")
                )
                saved = self._write(
                    session, patient_id, chart, record, stored, corrected, confirmed
                )
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
            raise DomainValidationError("reason", _("say why the medication period is deleted"))
        if read.id is None:
            raise NotFoundError(_("the medication period has not been saved yet"))
        refused = _("it was not deleted")
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id, chart, record, stored = self._locked(session, mrn, read, refused)
                self._refuse_if_signed(stored, None, chart, _("The period was not deleted."))
                medication_repository.delete(session, record, reason.strip())
                refresh_in_session(session, patient_id, self._ctx.today())
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, read, refused) from None

    def amend_period(
        self,
        mrn: str,
        read: MedicationPeriod,
        corrected: MedicationPeriod | None,
        reason: str,
        *,
        confirmed: Sequence[UnusualValue] = (),
    ) -> MedicationPeriod | None:
        """Correct (``corrected``) or delete (None) a period recorded at a signed visit, as the
        amendment of each signed visit whose content it changes, with the reason (a physician).

        Each of those visits stays signed: its amendment keeps what the signed visit said (each
        changed field, signed → amended), the audit trail has an ``amend`` entry beside the
        period's own ``update`` (or ``delete``) entry, and the signature is bound to the amended
        content. Refused like ``correct_period``, and (ConflictError) for a period of no signed
        visit, which is corrected without an amendment."""
        self._ctx.require(Permission.AMEND_VISITS)
        if not reason.strip():
            raise DomainValidationError("reason", _("say why the signed visit is amended"))
        if read.id is None or (corrected is not None and corrected.id != read.id):
            raise NotFoundError(_("the medication period has not been saved yet"))
        refused = _("your amendment was not saved")
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id, chart, record, stored = self._locked(session, mrn, read, refused)
                touched = signed_visits_touched(stored, corrected, chart)
                if not touched:
                    raise ConflictError(
                        _(
                            "{period} was not recorded at a signed visit: correct or delete it "
                            "without an amendment"
                        ).format(period=describe_period(stored))
                    )
                locked = [
                    visit_repository.visit_for_update(session, v.id)
                    for v, _ in touched
                    if v.id is not None  # a signed visit is stored
                ]
                saved: MedicationPeriod | None = None
                if corrected is None:
                    medication_repository.delete(session, record, reason.strip())
                else:
                    saved = self._write(
                        session, patient_id, chart, record, stored, corrected, confirmed
                    )
                after = chart_repository.load_chart(session, patient_id)
                assert after is not None
                for (visit, signature), visit_record in zip(touched, locked, strict=True):
                    assert visit.id is not None and visit_record is not None
                    original = stored_visit_content(chart, visit.id)
                    amended = stored_visit_content(after, visit.id)
                    assert original is not None and amended is not None
                    changes = visit_changes(original, amended)
                    sign_off_repository.add_amendment(
                        session, visit.id, reason.strip(),
                        {"visit_date": visit.visit_date.isoformat(),
                         "medication_period": describe_period(stored),
                         "signed_by": signature.signed_by,
                         "signed_at": signature.signed_at.isoformat()},
                        changes,
                    )  # fmt: skip
                    audit.record_event(
                        session, AuditAction.AMEND, table_name="visits", record_id=visit.id,
                        patient_id=patient_id,
                        details={"reason": reason.strip(), "changed": [str(c) for c in changes],
                                 "medication_period": read.id},
                    )  # fmt: skip
                    sign_off_repository.rebind(session, visit_record)
                refresh_in_session(session, patient_id, self._ctx.today())
                return saved
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, read, refused) from None

    # ------------------------------------------------------------------ helpers

    def _write(
        self,
        session: Any,
        patient_id: int,
        chart: PatientChart,
        record: Any,
        stored: MedicationPeriod,
        corrected: MedicationPeriod,
        confirmed: Sequence[UnusualValue],
    ) -> MedicationPeriod:
        """Validate the correction (DomainValidationError), ask for its dose (dose sense:
        UnconfirmedValuesError), then write it with each confirmation in the audit trail."""
        raise_if(correction_problems(stored, corrected, chart, today=self._ctx.today()))
        asked = correction_unusual(stored, corrected, chart, settings_repository.load(session))
        given = {u.key for u in confirmed}
        missing = [u for u in asked if u.key not in given]
        if missing:
            raise UnconfirmedValuesError(missing)
        saved = medication_repository.correct(session, record, corrected)
        for value in asked:
            audit.record_event(
                session, AuditAction.CONFIRM, table_name=TABLE, record_id=saved.id,
                patient_id=patient_id, details=value.audit_details("medication correction"),
            )  # fmt: skip
        return saved

    def _locked(
        self, session: Any, mrn: str, read: MedicationPeriod, refused: str
    ) -> tuple[int, PatientChart, Any, MedicationPeriod]:
        """The patient, her chart, the period's record locked for this transaction and the
        period as stored; StaleEditError if its version is not the one ``read`` was read at."""
        assert read.id is not None
        patient_id = chart_repository.patient_id_for_mrn(session, mrn)
        if patient_id is None:
            raise no_patient(mrn)
        record = medication_repository.period_for_update(session, read.id)
        if record is None or record.patient_id != patient_id:
            raise NotFoundError(_("the medication period no longer exists (someone deleted it)"))
        chart = chart_repository.load_chart(session, patient_id)
        if chart is None:
            raise NotFoundError(_("the patient no longer exists"))
        stored = next(m for m in chart.medications if m.id == read.id)
        if record.version != read.version:
            raise self._stale(session, read, stored, refused)
        return patient_id, chart, record, stored

    @staticmethod
    def _refuse_if_signed(
        stored: MedicationPeriod,
        corrected: MedicationPeriod | None,
        chart: PatientChart,
        not_done: str,
    ) -> None:
        touched = signed_visits_touched(stored, corrected, chart)
        if not touched:
            return
        visit, signature = touched[0]
        raise SignedVisitError(
            # TRANSLATORS: {period} names a medication period ("Colchicine from 2026-01-05");
            # {not_done} is a sentence ("The period was not deleted.")
            _(
                "{period} was recorded at the visit of {day}, which is signed ({signature}). It "
                "can only be changed by amending that visit: a physician amends it, giving the "
                "reason. {not_done}"
            ).format(
                period=describe_period(stored), day=shown_day(visit.visit_date),
                signature=signature.describe(), not_done=not_done,
            )
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
                return NotFoundError(
                    _("the medication period no longer exists (someone deleted it)")
                )
            return self._stale(session, read, stored, refused)

    @staticmethod
    def _stale(
        session: Any, read: MedicationPeriod, stored: MedicationPeriod, refused: str
    ) -> StaleEditError:
        assert read.id is not None
        changes = period_changes(read, stored)
        last_saved = medication_repository.last_saved(session, read.id)
        subject = _("The period of {drug} from {day}").format(
            drug=drug_label(read.drug, read.drug_name), day=shown_day(read.start_on)
        )
        return StaleEditError(
            stale_message(subject, refused, changes, last_saved),
            stored=stored,
            changes=changes,
            last_saved=last_saved,
        )
