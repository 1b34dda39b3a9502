"""Imaging studies and procedures entered, corrected and deleted in the window: one unit of work
each (validate first, then write with the audit entries in the same transaction), refused when
someone saved the study or procedure since it was read (optimistic locking on its version).

A study or procedure on the day of a signed visit is part of what was signed: adding, changing or
deleting it is that visit's amendment, which a physician makes with a reason (``amend_reason``;
the signature is then bound to the amended content). Anyone else is refused (SignedVisitError),
and so is a physician who gives no reason."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import ImagingStudy, PatientChart, Procedure, Visit
from calcitrack.domain.errors import DomainValidationError, shown_day
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.site_event_entry import (
    describe_event,
    entry_problems,
    event_changes,
    event_day,
    signed_visits_touched,
)
from calcitrack.domain.visits.validation import raise_if
from calcitrack.i18n.catalogue import N_, _
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import (
    NotFoundError,
    SignedVisitError,
    StaleEditError,
    no_patient,
    stale_message,
)
from calcitrack.services.flag_cache import refresh_in_session
from calcitrack.store import (
    chart_repository,
    sign_off_repository,
    site_event_repository,
    visit_repository,
)
from calcitrack.store.audit_trail import audit
from calcitrack.store.stamps import SavedMeanwhileError

E = TypeVar("E", ImagingStudy, Procedure)

_TABLE = {ImagingStudy: "imaging_studies", Procedure: "procedures"}
_IN_CHART = {ImagingStudy: "imaging", Procedure: "procedures"}
_NOUN = {ImagingStudy: "imaging study", Procedure: "procedure"}
"""The audit details' key of each kind of event (English: stored)."""
_NOT_SAVED_YET = {
    ImagingStudy: N_("the imaging study has not been saved yet"),
    Procedure: N_("the procedure has not been saved yet"),
}
_GONE = {
    ImagingStudy: N_("the imaging study no longer exists (someone deleted it)"),
    Procedure: N_("the procedure no longer exists (someone deleted it)"),
}
_SAY_WHY = {
    ImagingStudy: N_("say why the imaging study is deleted"),
    Procedure: N_("say why the procedure is deleted"),
}


class SiteEventService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # ------------------------------------------------------------------ imaging studies

    def add_imaging(self, mrn: str, study: ImagingStudy, *, amend_reason: str = "") -> ImagingStudy:
        """Record a new imaging study with the lesions it shows; the study as stored.

        Refused, nothing written: DomainValidationError naming each field (a date in the future
        or before the patient's birth, an unknown body site or lesion, text too long);
        SignedVisitError when the study's day is a signed visit's and this is not a physician's
        amendment with ``amend_reason``."""
        return self._add(mrn, study, amend_reason)

    def correct_imaging(
        self, mrn: str, read: ImagingStudy, corrected: ImagingStudy, *, amend_reason: str = ""
    ) -> ImagingStudy:
        """Save ``corrected`` over the study ``read`` (as the user read it, with its version).
        Refused like ``add_imaging``, and (StaleEditError: who saved it, when, what changed)
        when it was saved since ``read``. The audit trail records each changed field and each
        lesion link added or removed."""
        return self._correct(mrn, read, corrected, amend_reason)

    def delete_imaging(self, mrn: str, read: ImagingStudy, reason: str) -> None:
        """Delete the study ``read`` as entered in error, keeping which it was and why (for a
        signed visit's day, a physician's amendment with this reason). Refused for a blank
        reason and like ``correct_imaging``."""
        self._delete(mrn, read, reason)

    # ------------------------------------------------------------------ procedures

    def add_procedure(self, mrn: str, procedure: Procedure, *, amend_reason: str = "") -> Procedure:
        """Record a new procedure with the lesions it treated; refused like ``add_imaging``."""
        return self._add(mrn, procedure, amend_reason)

    def correct_procedure(
        self, mrn: str, read: Procedure, corrected: Procedure, *, amend_reason: str = ""
    ) -> Procedure:
        """Save ``corrected`` over the procedure ``read``; refused like ``correct_imaging``."""
        return self._correct(mrn, read, corrected, amend_reason)

    def delete_procedure(self, mrn: str, read: Procedure, reason: str) -> None:
        """Delete the procedure ``read`` as entered in error; like ``delete_imaging``."""
        self._delete(mrn, read, reason)

    # ------------------------------------------------------------------ the work

    def _add(self, mrn: str, event: E, amend_reason: str) -> E:
        self._ctx.require(Permission.RECORD_VISITS)
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            patient_id, chart = self._chart(session, mrn)
            event = dataclasses.replace(event, patient_id=patient_id, id=None, version=0)
            raise_if(entry_problems(event, chart, today=self._ctx.today()))
            touched = signed_visits_touched([event_day(event)], chart)
            self._refuse_unless_amending(touched, event, amend_reason, _("It was not added."))
            locked = self._lock_visits(session, touched)
            new_id = site_event_repository.add(session, patient_id, event)
            saved = self._finish(session, patient_id, chart, touched, locked, None, new_id,
                                 event, amend_reason)  # fmt: skip
            assert saved is not None
            return saved

    def _correct(self, mrn: str, read: E, corrected: E, amend_reason: str) -> E:
        self._ctx.require(Permission.RECORD_VISITS)
        if read.id is None or corrected.id != read.id:
            raise NotFoundError(_(_NOT_SAVED_YET[type(read)]))
        refused = _("your correction was not saved")
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id, chart, record, stored = self._locked(session, mrn, read, refused)
                corrected = dataclasses.replace(
                    corrected, patient_id=patient_id, version=stored.version
                )
                raise_if(entry_problems(corrected, chart, today=self._ctx.today()))
                days = [event_day(stored), event_day(corrected)]
                touched = signed_visits_touched(days, chart)
                if event_changes(stored, corrected):
                    self._refuse_unless_amending(
                        touched, stored, amend_reason, _("It was not corrected.")
                    )
                locked = self._lock_visits(session, touched)
                site_event_repository.correct(session, record, corrected)
                saved = self._finish(session, patient_id, chart, touched, locked, stored,
                                     read.id, corrected, amend_reason)  # fmt: skip
                assert saved is not None
                return saved
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, read, refused) from None

    def _delete(self, mrn: str, read: E, reason: str) -> None:
        self._ctx.require(Permission.RECORD_VISITS)
        if not reason.strip():
            raise DomainValidationError("reason", _(_SAY_WHY[type(read)]))
        if read.id is None:
            raise NotFoundError(_(_NOT_SAVED_YET[type(read)]))
        refused = _("it was not deleted")
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id, chart, record, stored = self._locked(session, mrn, read, refused)
                touched = signed_visits_touched([event_day(stored)], chart)
                self._refuse_unless_amending(touched, stored, reason, _("It was not deleted."))
                locked = self._lock_visits(session, touched)
                site_event_repository.delete(session, record, reason.strip())
                self._finish(session, patient_id, chart, touched, locked, stored, None,
                             _nothing(stored), reason)  # fmt: skip
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, read, refused) from None

    # ------------------------------------------------------------------ helpers

    def _chart(self, session: Any, mrn: str) -> tuple[int, PatientChart]:
        patient_id = chart_repository.patient_id_for_mrn(session, mrn)
        if patient_id is None:
            raise no_patient(mrn)
        chart = chart_repository.load_chart(session, patient_id)
        if chart is None:
            raise NotFoundError(_("the patient no longer exists"))
        return patient_id, chart

    def _locked(
        self, session: Any, mrn: str, read: E, refused: str
    ) -> tuple[int, PatientChart, Any, E]:
        """The patient, her chart, the event's record locked for this transaction and the event
        as stored; StaleEditError if its version is not the one ``read`` was read at."""
        patient_id, chart = self._chart(session, mrn)
        record = site_event_repository.record_for_update(session, read)
        gone = NotFoundError(_(_GONE[type(read)]))
        if record is None or record.patient_id != patient_id:
            raise gone
        stored = _find(chart, read)
        if stored is None:
            raise gone
        if record.version != read.version:
            raise self._stale(session, read, stored, refused)
        return patient_id, chart, record, stored

    def _refuse_unless_amending(
        self,
        touched: list[tuple[Visit, VisitSignature]],
        event: ImagingStudy | Procedure,
        amend_reason: str,
        not_done: str,
    ) -> None:
        if not touched:
            return
        visit, signature = touched[0]
        # TRANSLATORS: {event} names an imaging study or a procedure ("the X-ray of 2026-03-04")
        where = _(
            "{event} is on the day of the visit of {day}, which is signed ({signature}), and is "
            "part of what was signed."
        ).format(
            event=describe_event(event), day=shown_day(visit.visit_date),
            signature=signature.describe(),
        )
        if not self._ctx.may(Permission.AMEND_VISITS):
            raise SignedVisitError(
                # TRANSLATORS: {where} is the sentence above; {not_done}: "It was not deleted."
                _(
                    "{where} It changes only by amending that visit: a physician amends it, "
                    "giving the reason. {not_done}"
                ).format(where=where, not_done=not_done)
            )
        if not amend_reason.strip():
            raise SignedVisitError(
                _("{where} Amending that visit needs the reason. {not_done}").format(
                    where=where, not_done=not_done
                )
            )

    @staticmethod
    def _lock_visits(session: Any, touched: list[tuple[Visit, VisitSignature]]) -> list[Any]:
        return [
            visit_repository.visit_for_update(session, v.id)
            for v, _ in touched
            if v.id is not None  # a signed visit is stored
        ]

    def _finish(
        self,
        session: Any,
        patient_id: int,
        chart: PatientChart,
        touched: list[tuple[Visit, VisitSignature]],
        locked: list[Any],
        before: E | None,
        event_id: int | None,
        after: E | None,
        reason: str,
    ) -> E | None:
        """Write each touched signed visit's amendment (what changed, the reason, an ``amend``
        entry) and bind its signature to the amended content; refresh the flags. The event as
        stored now (None once deleted)."""
        shown = after if after is not None else before
        assert shown is not None
        now = chart_repository.load_chart(session, patient_id)
        assert now is not None
        saved = None
        if event_id is not None:
            saved = _find(now, dataclasses.replace(shown, id=event_id))
        stored_after = saved if after is not None else None
        what = describe_event(before or shown)
        changes = [  # named with the study or procedure: the visit's amendment lists them
            dataclasses.replace(c, label=f"{what}: {c.label}")
            for c in event_changes(before, stored_after)
        ]
        for (visit, signature), visit_record in zip(touched, locked, strict=True):
            if not changes:
                break
            assert visit.id is not None and visit_record is not None
            sign_off_repository.add_amendment(
                session, visit.id, reason.strip(),
                {"visit_date": visit.visit_date.isoformat(),
                 _NOUN[type(shown)].replace(" ", "_"): what,
                 "signed_by": signature.signed_by,
                 "signed_at": signature.signed_at.isoformat()},
                changes,
            )  # fmt: skip
            audit.record_event(
                session, AuditAction.AMEND, table_name="visits", record_id=visit.id,
                patient_id=patient_id,
                details={"reason": reason.strip(), "changed": [str(c) for c in changes],
                         _TABLE[type(shown)]: event_id or (before.id if before else None)},
            )  # fmt: skip
            sign_off_repository.rebind(session, visit_record)
        refresh_in_session(session, patient_id, self._ctx.today())
        return saved

    def _saved_meanwhile(self, mrn: str, read: E, refused: str) -> Exception:
        """The refusal when another save got in between the version check and the write."""
        with self._ctx.uow.read() as session:
            patient_id = chart_repository.patient_id_for_mrn(session, mrn)
            chart = None if patient_id is None else chart_repository.load_chart(session, patient_id)
            stored = _find(chart, read) if chart is not None else None
            if stored is None:
                return NotFoundError(_(_GONE[type(read)]))
            return self._stale(session, read, stored, refused)

    @staticmethod
    def _stale(session: Any, read: E, stored: E, refused: str) -> StaleEditError:
        changes = event_changes(read, stored)
        last_saved = site_event_repository.last_saved(session, read)
        subject = describe_event(read)
        return StaleEditError(
            stale_message(subject[0].upper() + subject[1:], refused, changes, last_saved),
            stored=stored,
            changes=changes,
            last_saved=last_saved,
        )


def _nothing(_like: E) -> E | None:
    """None, typed as ``_like``'s kind."""
    return None


def _find(chart: PatientChart, event: E) -> E | None:
    events: tuple[Any, ...] = getattr(chart, _IN_CHART[type(event)])
    found: E | None = next((e for e in events if e.id == event.id), None)
    return found
