"""Recording, editing and deleting visits: validate the whole entry first, then one transaction."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from enum import Enum
from typing import Any

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError, shown_day
from calcitrack.domain.sign_off import SIGNATURE_MEANING, VisitSignature
from calcitrack.domain.visits.plausibility import confirmations
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.validation import raise_if
from calcitrack.domain.visits.visit_changes import VisitContent, stored_visit_content, visit_changes
from calcitrack.domain.visits.visit_entry import (
    VisitEntry,
    apply_medication_changes,
    validate_visit_entry,
)
from calcitrack.i18n.catalogue import _
from calcitrack.services.accounts.account_service import reauthenticate
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
    settings_repository,
    sign_off_repository,
    visit_repository,
)
from calcitrack.store.audit_trail import audit
from calcitrack.store.stamps import SavedMeanwhileError


class VisitService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def record(self, mrn: str, entry: VisitEntry) -> Visit:
        """Save a new visit with everything recorded at it.

        Refused (``UnconfirmedValuesError``) while an unusual value of the entry is not among
        ``entry.confirmed``; the confirmations are written to the audit trail with the visit.
        """
        self._ctx.require(Permission.RECORD_VISITS)
        if entry.visit.id is not None:
            raise ValueError("record() saves a new visit; use update() for a stored one")
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            chart = self._chart(session, mrn)
            confirmed = self._check(session, entry, chart)
            closed, opened = apply_medication_changes(
                chart.medications, entry.medication_changes, entry.visit.visit_date
            )
            assert chart.patient.id is not None
            saved = visit_repository.write_entry(session, chart.patient.id, entry, closed, opened)
            _record_confirmations(session, chart.patient.id, saved, confirmed)
            refresh_in_session(session, chart.patient.id, self._ctx.today())
            return saved

    def update(
        self, mrn: str, entry: VisitEntry, *, started_from: VisitContent | None = None
    ) -> Visit:
        """Save an edited visit; refused if someone changed it since ``entry.visit`` was read,
        and refused for a signed visit (a physician amends it instead: ``amend``).

        ``started_from`` is the visit as the user read it (``stored_visit_content`` of the
        chart she opened): a refusal (StaleEditError) then lists what was changed since.
        """
        self._ctx.require(Permission.RECORD_VISITS)
        return self._save_edit(mrn, entry, started_from, reason=None)

    def amend(
        self,
        mrn: str,
        entry: VisitEntry,
        reason: str,
        *,
        started_from: VisitContent | None = None,
    ) -> Visit:
        """Save a change to a signed visit with the reason; the visit stays signed and the
        amendment keeps what the signed visit said (each changed field, signed → amended)."""
        self._ctx.require(Permission.AMEND_VISITS)
        if not reason.strip():
            raise DomainValidationError("reason", _("say why the signed visit is amended"))
        return self._save_edit(mrn, entry, started_from, reason=reason.strip())

    def sign(self, mrn: str, visit: Visit, password: str) -> VisitSignature:
        """Sign ``visit`` (as read: refused if it was changed since, or is signed already) as
        the acting user, who enters her password again: an electronic signature.

        The password is checked like a sign-in (account_service.reauthenticate). A wrong one
        refuses with SignInError (AccountLockedError once the clinic's run of failures is
        reached: a wrong password here counts towards the lockout like any other) and writes
        nothing but the failed attempt (the audit entry and the account's failure count). A
        signature records its meaning ("reviewed and approved") with the signer and the time,
        in the visit and in the audit entry.
        """
        self._ctx.require(Permission.SIGN_VISITS)
        if visit.id is None:
            raise NotFoundError(_("the visit has not been saved yet"))
        refused = _("it was not signed")
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id = self._patient_id(session, mrn)
                record = self._locked(session, patient_id, visit, None, refused=refused)
                chart = self._chart(session, patient_id)
                signed = chart.signature_of(visit.id)
                if signed is not None:
                    raise SignedVisitError(
                        _("{visit} is already signed: {signature}").format(
                            visit=_day(visit), signature=signed.describe()
                        )
                    )
                day = visit.visit_date.isoformat()
                wrong = reauthenticate(
                    session, self._ctx.actor, password, now=session.info["now"],
                    how="visit signature", refused=_("The visit was not signed."),
                    about={"visit_id": visit.id, "visit_date": day}, patient_id=patient_id,
                )  # fmt: skip
                if wrong is None:
                    sign_off_repository.sign(
                        session, record, self._ctx.actor_id, session.info["now"],
                        SIGNATURE_MEANING,
                    )  # fmt: skip
                    audit.record_event(
                        session, AuditAction.SIGN, table_name="visits", record_id=visit.id,
                        patient_id=patient_id,
                        details={"visit_date": day, "meaning": SIGNATURE_MEANING,
                                 "authenticated": "password entered again to sign"},
                    )  # fmt: skip
                    session.flush()
                    stored = sign_off_repository.signatures(session, [visit.id])
                    return stored[0]
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, visit, None, refused) from None
        # raised after the commit: the failed attempt (and a lockout) stay recorded
        assert wrong is not None
        raise wrong

    def _save_edit(
        self,
        mrn: str,
        entry: VisitEntry,
        started_from: VisitContent | None,
        *,
        reason: str | None,
    ) -> Visit:
        visit = entry.visit
        if visit.id is None:
            raise NotFoundError(_("the visit has not been saved yet"))
        if reason is None:
            refused = _("your edit was not saved")
        else:
            refused = _("your amendment was not saved")
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id = self._patient_id(session, mrn)
                record = self._locked(session, patient_id, visit, started_from, refused=refused)
                chart = self._chart(session, patient_id)
                signature = chart.signature_of(visit.id)
                if reason is None and signature is not None:
                    raise SignedVisitError(
                        _(
                            "{visit} is signed and read-only ({signature}); a physician can "
                            "amend it, giving the reason; your edit was not saved"
                        ).format(visit=_day(visit), signature=signature.describe())
                    )
                if reason is not None and signature is None:
                    raise ConflictError(
                        _("{visit} is not signed: save the change as an edit instead").format(
                            visit=_day(visit)
                        )
                    )
                confirmed = self._check(session, entry, chart)
                closed, opened = apply_medication_changes(
                    chart.medications, entry.medication_changes, visit.visit_date
                )
                saved = visit_repository.write_entry(
                    session, patient_id, entry, closed, opened, record=record
                )
                _record_confirmations(session, patient_id, saved, confirmed)
                if reason is not None:
                    self._record_amendment(session, patient_id, chart, visit.id, reason)
                    sign_off_repository.rebind(session, record)
                    saved = dataclasses.replace(saved, version=record.version)
                refresh_in_session(session, patient_id, self._ctx.today())
                return saved
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, visit, started_from, refused) from None

    def _record_amendment(
        self, session: Any, patient_id: int, before: PatientChart, visit_id: int, reason: str
    ) -> None:
        original = stored_visit_content(before, visit_id)
        amended = stored_visit_content(self._chart(session, patient_id), visit_id)
        assert original is not None and amended is not None
        changes = visit_changes(original, amended)
        signature = before.signature_of(visit_id)
        assert signature is not None
        sign_off_repository.add_amendment(
            session,
            visit_id,
            reason,
            {
                "visit": _plain(original.visit),
                "labs": [_plain(lab) for lab in original.labs],
                "signed_by": signature.signed_by,
                "signed_at": signature.signed_at.isoformat(),
            },
            changes,
        )
        audit.record_event(
            session, AuditAction.AMEND, table_name="visits", record_id=visit_id,
            patient_id=patient_id,
            details={"reason": reason, "changed": [str(c) for c in changes]},
        )

    def delete(
        self,
        mrn: str,
        visit: Visit,
        reason: str,
        *,
        started_from: VisitContent | None = None,
    ) -> None:
        """Delete a visit, keeping what it held and why it was deleted; refused (StaleEditError)
        if someone changed it since ``visit`` was read."""
        self._ctx.require(Permission.RECORD_VISITS)
        if not reason.strip():
            raise DomainValidationError("reason", _("say why the visit is deleted"))
        if visit.id is None:
            raise NotFoundError(_("the visit has not been saved yet"))
        refused = _("it was not deleted")
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                patient_id = self._patient_id(session, mrn)
                record = self._locked(session, patient_id, visit, started_from, refused=refused)
                chart = self._chart(session, patient_id)
                signature = chart.signature_of(visit.id)
                if signature is not None:
                    raise SignedVisitError(
                        _(
                            "{visit} is signed ({signature}): a signed visit is kept; a "
                            "physician can amend it instead; it was not deleted"
                        ).format(visit=_day(visit), signature=signature.describe())
                    )
                stored = next(v for v in chart.visits if v.id == visit.id)
                labs = [lab for lab in chart.labs if lab.visit_id == visit.id]
                photographs = [  # described: their bytes are not kept
                    {k: v for k, v in _plain(p).items() if k not in ("image", "thumbnail")}
                    for p in chart.photographs
                    if p.visit_id == visit.id
                ]
                snapshot = json.dumps(
                    {"visit": _plain(stored), "labs": [_plain(lab) for lab in labs]}
                    | ({"photographs": photographs} if photographs else {}),
                    ensure_ascii=False,
                    sort_keys=True,
                )
                visit_repository.delete_visit(session, record, reason.strip(), snapshot)
                refresh_in_session(session, patient_id, self._ctx.today())
        except SavedMeanwhileError:
            raise self._saved_meanwhile(mrn, visit, started_from, refused) from None

    def deletions(self, mrn: str) -> list[tuple[date, str]]:
        """The deleted visits of a patient: (visit date, reason), oldest deletion first."""
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            chart = self._chart(session, mrn)
            assert chart.patient.id is not None
            return visit_repository.deletions(session, chart.patient.id)

    def mrns_with_visit_on(self, day: date) -> list[str]:
        """Every patient seen on ``day`` (a clinic day), by MRN."""
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            return visit_repository.mrns_with_visit_on(session, day)

    def _check(self, session: Any, entry: VisitEntry, chart: PatientChart) -> list[UnusualValue]:
        """Every problem of the entry (hard limits among them), then its unusual values, each
        confirmed (else ``UnconfirmedValuesError``): the confirmations to record."""
        raise_if(validate_visit_entry(entry, chart, today=self._ctx.today()))
        return confirmations(entry, chart, settings_repository.load(session))

    @staticmethod
    def _patient_id(session: Any, mrn: str) -> int:
        patient_id = chart_repository.patient_id_for_mrn(session, mrn)
        if patient_id is None:
            raise no_patient(mrn)
        return patient_id

    @classmethod
    def _chart(cls, session: Any, patient: str | int) -> PatientChart:
        patient_id = cls._patient_id(session, patient) if isinstance(patient, str) else patient
        chart = chart_repository.load_chart(session, patient_id)
        if chart is None:
            raise NotFoundError(_("the patient no longer exists"))
        return chart

    @classmethod
    def _locked(
        cls,
        session: Any,
        patient_id: int,
        visit: Visit,
        started_from: VisitContent | None,
        *,
        refused: str,
    ) -> Any:
        """The visit's record, locked for this transaction; StaleEditError if its version is no
        longer the one ``visit`` was read at."""
        assert visit.id is not None
        if started_from is not None and started_from.visit.id != visit.id:
            raise ValueError("started_from is not the visit being saved")
        record = visit_repository.visit_for_update(session, visit.id)
        if record is None or record.patient_id != patient_id:
            raise NotFoundError(_("the visit no longer exists (someone deleted it)"))
        if record.version == visit.version:
            return record
        raise cls._stale(session, patient_id, visit.id, started_from, refused)

    def _saved_meanwhile(
        self, mrn: str, visit: Visit, started_from: VisitContent | None, refused: str
    ) -> StaleEditError:
        """The refusal when another save got in between the version check and the write (the
        row's version moved under this transaction, which was rolled back)."""
        assert visit.id is not None
        with self._ctx.uow.read() as session:
            patient_id = self._patient_id(session, mrn)
            if visit_repository.last_saved(session, visit.id) is None:
                raise NotFoundError(_("the visit no longer exists (someone deleted it)"))
            return self._stale(session, patient_id, visit.id, started_from, refused)

    @classmethod
    def _stale(
        cls,
        session: Any,
        patient_id: int,
        visit_id: int,
        started_from: VisitContent | None,
        refused: str,
    ) -> StaleEditError:
        chart = cls._chart(session, patient_id)
        stored = stored_visit_content(chart, visit_id)
        assert stored is not None
        changes = visit_changes(started_from, stored) if started_from is not None else []
        last_saved = visit_repository.last_saved(session, visit_id)
        subject = _day(stored.visit)
        return StaleEditError(
            stale_message(subject, refused, changes, last_saved),
            stored=stored,
            changes=changes,
            last_saved=last_saved,
            context=chart,
        )


def _record_confirmations(
    session: Any, patient_id: int, saved: Visit, confirmed: list[UnusualValue]
) -> None:
    """One ``confirm`` entry per unusual value confirmed: who (the session's user) confirmed
    which value at which visit, and the reason she was shown."""
    for value in confirmed:
        audit.record_event(
            session, AuditAction.CONFIRM, table_name="visits", record_id=saved.id,
            patient_id=patient_id, details=value.audit_details("visit entry"),
        )


def _day(visit: Visit) -> str:
    return _("The visit of {day}").format(day=shown_day(visit.visit_date))


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
