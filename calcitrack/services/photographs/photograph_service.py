"""Attaching a photograph to a lesion at a visit, reading a patient's photographs and an image,
deleting one entered in error: one unit of work each (everything validated first, then written
with its audit entries in one transaction).

A visit's photographs are part of what its signature binds (store/signed_content_repository.py):
at a signed visit a photograph is added or deleted only as the visit's amendment, by a physician
giving the reason (like ``MedicationService.amend_period``); the visit stays signed, bound to
its amended content.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import LesionPhotograph, PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError, shown_day
from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.i18n.catalogue import N_, _
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import (
    ConflictError,
    NotFoundError,
    SignedVisitError,
    no_patient,
)
from calcitrack.services.photographs.image_intake import FIELD, PreparedImage, prepare
from calcitrack.services.photographs.photograph_rules import (
    MAX_CAPTION_CHARS,
    photograph_problems,
)
from calcitrack.store import (
    chart_repository,
    photograph_repository,
    sign_off_repository,
    visit_repository,
)
from calcitrack.store.audit_trail import audit
from calcitrack.store.stamps import SavedMeanwhileError

TABLE = "lesion_photographs"


def described(photo: LesionPhotograph) -> str:
    """``"photograph of lesion L1 (image/jpeg 3000×2250, sha256 1a2b3c4d…)"``."""
    return (
        f"photograph of lesion {photo.lesion_label} ({photo.media_type} "
        f"{photo.width_px}×{photo.height_px}, sha256 {photo.sha256[:12]}…)"
    )


_SIGNED_RULE = {
    "attached": (
        N_("the visit of {day} is not signed: the photograph is attached without an amendment"),
        N_(
            "the visit of {day} is signed ({signature}): its photographs are part of what was "
            "signed, so a photograph is attached there only by amending the visit: a physician "
            "does it, giving the reason. The photograph was not attached."
        ),
    ),
    "deleted": (
        N_("the visit of {day} is not signed: the photograph is deleted without an amendment"),
        N_(
            "the visit of {day} is signed ({signature}): its photographs are part of what was "
            "signed, so a photograph is deleted there only by amending the visit: a physician "
            "does it, giving the reason. The photograph was not deleted."
        ),
    ),
}
"""The refusals of a change at a visit (the unsigned one's, the signed one's), by the change."""


class PhotographService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def attach(
        self,
        mrn: str,
        visit_id: int,
        lesion_label: str,
        data: bytes,
        *,
        caption: str | None = None,
        amend_reason: str | None = None,
    ) -> LesionPhotograph:
        """Attach the photograph file ``data`` (JPEG, PNG or HEIC) to the lesion at the visit.

        What is stored is ``image_intake.prepare``'s image (orientation applied, no metadata but
        the capture date). Refused, nothing written: DomainValidationError naming each field
        (``photograph``: the file; ``lesion``, ``visit``, ``caption``); SignedVisitError at a
        signed visit unless ``amend_reason`` is given (then it is the visit's amendment, by a
        physician); ConflictError for ``amend_reason`` at an unsigned visit."""
        self._ctx.require(Permission.RECORD_VISITS)
        if amend_reason is not None:
            self._ctx.require(Permission.AMEND_VISITS)
            if not amend_reason.strip():
                raise DomainValidationError("reason", _("say why the signed visit is amended"))
        text = (caption or "").strip() or None
        with self._ctx.uow.read() as session:
            chart = self._chart(session, mrn)
        problems = photograph_problems(chart, visit_id, lesion_label, text)
        prepared: PreparedImage | None = None
        try:
            prepared = prepare(data)
        except DomainValidationError as error:
            problems.extend(error.problems)
        if problems:
            raise DomainValidationError(problems)
        assert prepared is not None
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                chart = self._chart(session, mrn)
                assert chart.patient.id is not None
                problems = photograph_problems(chart, visit_id, lesion_label, text)
                if problems:  # changed since the first look
                    raise DomainValidationError(problems)
                visit = next(v for v in chart.visits if v.id == visit_id)
                lesion = next(le for le in chart.lesions if le.label == lesion_label)
                assert lesion.id is not None
                signature = self._signed_rule(chart, visit, amend_reason, "attached")
                photo = LesionPhotograph(
                    lesion_label=lesion_label,
                    visit_date=visit.visit_date,
                    media_type=prepared.media_type,
                    width_px=prepared.width_px,
                    height_px=prepared.height_px,
                    sha256=prepared.sha256,
                    captured_on=prepared.captured_on,
                    caption=text,
                    image=prepared.image,
                    thumbnail=prepared.thumbnail,
                )
                visit_record = (
                    visit_repository.visit_for_update(session, visit_id) if signature else None
                )
                record = photograph_repository.add(
                    session, chart.patient.id, lesion.id, visit_id, photo
                )
                stored = dataclasses.replace(
                    photo, image=b"", visit_id=visit_id, patient_id=chart.patient.id,
                    id=record.id, version=record.version,
                )  # fmt: skip
                if signature is not None and amend_reason is not None:
                    assert visit_record is not None
                    change = FieldChange(
                        f"photograph:{record.id}", f"photograph of lesion {lesion_label}",
                        "(none)", f"added: {described(stored)}",
                    )  # fmt: skip
                    self._amend(
                        session, visit, visit_record, signature, amend_reason, change, record.id
                    )
                return stored
        except SavedMeanwhileError:
            raise ConflictError(
                _(
                    "the visit was changed by someone else meanwhile; the photograph was not "
                    "attached: reload the patient and attach it again"
                )
            ) from None

    def photographs(self, mrn: str) -> tuple[LesionPhotograph, ...]:
        """The patient's photographs with their thumbnails (not the images), by visit date,
        then in the order they were attached."""
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            patient_id = self._patient_id(session, mrn)
            return photograph_repository.of_patient(session, patient_id, thumbnails=True)

    def image(self, mrn: str, photograph_id: int) -> bytes:
        """The stored image of the patient's photograph ``photograph_id`` (NotFoundError if she
        has none of that id)."""
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            patient_id = self._patient_id(session, mrn)
            data = photograph_repository.image_of(session, patient_id, photograph_id)
        if data is None:
            raise NotFoundError(_("the photograph no longer exists (someone deleted it)"))
        return data

    def delete(
        self,
        mrn: str,
        read: LesionPhotograph,
        reason: str,
        *,
        amend_reason: str | None = None,
    ) -> None:
        """Delete the photograph ``read`` as entered in error, keeping which it was and why.

        Refused, nothing written: a blank reason (DomainValidationError naming ``reason``); a
        photograph of a signed visit unless ``amend_reason`` is given (SignedVisitError; with it,
        the deletion is the visit's amendment, by a physician); a photograph deleted or changed
        by someone else since it was read (NotFoundError, ConflictError)."""
        self._ctx.require(Permission.RECORD_VISITS)
        if amend_reason is not None:
            self._ctx.require(Permission.AMEND_VISITS)
            if not amend_reason.strip():
                raise DomainValidationError("reason", _("say why the signed visit is amended"))
        if not reason.strip():
            raise DomainValidationError("reason", _("say why the photograph is deleted"))
        if read.id is None:
            raise NotFoundError(_("the photograph has not been saved yet"))
        try:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                chart = self._chart(session, mrn)
                record = photograph_repository.for_update(session, read.id)
                if record is None or record.patient_id != chart.patient.id:
                    raise NotFoundError(_("the photograph no longer exists (someone deleted it)"))
                if record.version != read.version:
                    raise ConflictError(
                        _(
                            "the photograph was changed by someone else since you opened it; "
                            "it was not deleted: reload it and delete it again"
                        )
                    )
                stored = next(p for p in chart.photographs if p.id == read.id)
                visit = next(v for v in chart.visits if v.id == record.visit_id)
                signature = self._signed_rule(chart, visit, amend_reason, "deleted")
                visit_record = (
                    visit_repository.visit_for_update(session, visit.id)
                    if signature is not None and visit.id is not None
                    else None
                )
                photograph_repository.delete(session, record, visit.visit_date, reason.strip())
                if signature is not None and amend_reason is not None:
                    assert visit_record is not None
                    change = FieldChange(
                        f"photograph:{read.id}", f"photograph of lesion {stored.lesion_label}",
                        described(stored), f"deleted: {reason.strip()}",
                    )  # fmt: skip
                    self._amend(
                        session, visit, visit_record, signature, amend_reason, change, read.id
                    )
        except SavedMeanwhileError:
            raise ConflictError(
                _(
                    "the photograph or its visit was changed by someone else meanwhile; it was "
                    "not deleted: reload the patient and delete it again"
                )
            ) from None

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _signed_rule(
        chart: PatientChart, visit: Visit, amend_reason: str | None, done: str
    ) -> VisitSignature | None:
        """The visit's signature when the change is its amendment; refused (SignedVisitError)
        at a signed visit without an amendment's reason, (ConflictError) with one at an
        unsigned visit."""
        signature = chart.signature_of(visit.id)
        day = shown_day(visit.visit_date)
        unsigned, signed = _SIGNED_RULE[done]
        if signature is None:
            if amend_reason is not None:
                raise ConflictError(_(unsigned).format(day=day))
            return None
        if amend_reason is None:
            raise SignedVisitError(_(signed).format(day=day, signature=signature.describe()))
        return signature

    @staticmethod
    def _amend(
        session: Any,
        visit: Visit,
        visit_record: Any,
        signature: VisitSignature,
        reason: str,
        change: FieldChange,
        photograph_id: int,
    ) -> None:
        """The amendment of the signed ``visit`` by ``change``; its signature re-bound."""
        assert visit.id is not None
        sign_off_repository.add_amendment(
            session, visit.id, reason.strip(),
            {"visit_date": visit.visit_date.isoformat(), "photograph": photograph_id,
             "signed_by": signature.signed_by, "signed_at": signature.signed_at.isoformat()},
            [change],
        )  # fmt: skip
        audit.record_event(
            session, AuditAction.AMEND, table_name="visits", record_id=visit.id,
            patient_id=visit.patient_id,
            details={"reason": reason.strip(), "changed": [str(change)],
                     "photograph": photograph_id},
        )  # fmt: skip
        sign_off_repository.rebind(session, visit_record)

    @staticmethod
    def _patient_id(session: Any, mrn: str) -> int:
        patient_id = chart_repository.patient_id_for_mrn(session, mrn)
        if patient_id is None:
            raise no_patient(mrn)
        return patient_id

    def _chart(self, session: Any, mrn: str) -> PatientChart:
        chart = chart_repository.load_chart(session, self._patient_id(session, mrn))
        if chart is None:
            raise NotFoundError(_("the patient no longer exists"))
        return chart


__all__ = ["FIELD", "MAX_CAPTION_CHARS", "PhotographService", "photograph_problems"]
