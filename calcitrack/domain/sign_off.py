"""Signed visits and their amendments, as a chart holds them.

A physician signs a visit by entering her password again; the signature states its meaning
(``SIGNATURE_MEANING``), which is stored with it and shown wherever the signature is shown, as
electronic signatures in clinical records do (21 CFR Part 11: §11.50 a signed record shows the
signer's name, the time and the meaning; §11.200 signing re-enters a signature component).
From then on the visit is read-only. A physician may amend it with a reason: each amendment keeps
what the signed visit said before it (every changed field, signed text → amended text), so the
signed original stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.signed_content import invalid_short
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import N_, _

SIGNATURE_MEANING = N_("reviewed and approved")
"""What signing a visit means; recorded with each signature made since it was stated (stored in
English; shown translated)."""


def signing_statement(visit_date: date, patient: str, signer: str) -> str:
    """What the signer confirms, shown before she signs."""
    return _(
        "By signing you confirm that you have reviewed and approved this visit's record "
        "({day}, {patient}). Signed by {signer}."
    ).format(day=formats.sentence_day(visit_date), patient=patient, signer=signer)


def signed_text(signed_by: str, meaning: str | None) -> str:
    """ "Signed — reviewed and approved by Dr A"; "Signed by Dr A" for a signature recorded
    without its meaning (made before meanings were recorded)."""
    if meaning:
        # TRANSLATORS: {meaning} is what signing meant ("reviewed and approved")
        return _("Signed — {meaning} by {name}").format(meaning=_(meaning), name=signed_by)
    return _("Signed by {name}").format(name=signed_by)


@dataclass(frozen=True)
class Amendment:
    amended_at: datetime
    amended_by: str
    """The amending physician's display name."""
    reason: str
    changes: tuple[FieldChange, ...] = ()
    """Each field changed by the amendment: ``before`` as signed (or as last amended)."""


@dataclass(frozen=True)
class VisitSignature:
    visit_id: int
    signed_by: str
    """The signing physician's display name."""
    signed_at: datetime
    amendments: tuple[Amendment, ...] = ()
    """Oldest first."""
    meaning: str | None = None
    """What the signer confirmed (``SIGNATURE_MEANING``); None for a signature made before the
    meaning was stated and recorded."""
    content_matches: bool | None = None
    """Whether the visit as stored now is what was signed (or last amended): False when it was
    changed behind the application's back; None for a signature made before content was bound
    (domain/signed_content.py)."""

    @property
    def invalid(self) -> bool:
        """The record changed after it was signed: the signature no longer holds."""
        return self.content_matches is False

    @property
    def last_amendment(self) -> Amendment | None:
        return self.amendments[-1] if self.amendments else None

    def describe(self) -> str:
        """"Signed — reviewed and approved by Dr A on 2026-03-04 14:05; amended 2026-03-05 by
        Dr B: reason"."""
        text = signed_text(self.signed_by, self.meaning)
        text = _("{signed} on {moment}").format(
            signed=text, moment=formats.moment(self.signed_at)
        )
        last = self.last_amendment
        if last is not None:
            text = _("{signed}; amended {moment} by {name}: {reason}").format(
                signed=text, moment=formats.moment(last.amended_at),
                name=last.amended_by, reason=last.reason,
            )
        if self.invalid:
            text = _("{invalid}. {signature}").format(invalid=invalid_short(), signature=text)
        return text
