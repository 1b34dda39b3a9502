"""What a PDF visit summary is made from: one patient's chart, the visit, and the clinic.

The service layer gathers a :class:`VisitSummaryRequest` (``services.summary_source``, reading the
database); the builder in :mod:`calcitrack.reports.summary.visit_summary` turns it into PDF bytes
without touching the database, so a batch can build summaries in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.domain.clinic.clinic_identity import ClinicIdentity
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.sign_off import VisitSignature


@dataclass(frozen=True)
class SignOff:
    """Whether the visit is signed, and its latest amendment (``from_signature``)."""

    signed_by: str | None = None
    signed_at: datetime | None = None
    amended_on: date | None = None
    amendment_reason: str = ""
    meaning: str | None = None
    """What the signer confirmed ("reviewed and approved"); None if not recorded."""
    invalid: bool = False
    """The record changed after it was signed (domain/signed_content.py): the summary says so
    next to the signature."""

    @property
    def signed(self) -> bool:
        return self.signed_by is not None

    @classmethod
    def from_signature(cls, signature: VisitSignature | None) -> SignOff:
        if signature is None:
            return cls()
        last = signature.last_amendment
        return cls(
            signature.signed_by,
            signature.signed_at.astimezone(),
            None if last is None else last.amended_at.astimezone().date(),
            "" if last is None else f"{last.reason} (by {last.amended_by})",
            signature.meaning,
            signature.invalid,
        )


@dataclass(frozen=True)
class VisitSummaryRequest:
    chart: PatientChart
    """The patient's whole chart; the summary shows it as it stood on ``visit_date``."""
    visit_date: date
    settings: ClinicSettings
    clinic: ClinicIdentity
    generated_at: datetime
    """Timezone-aware local time, printed in the footer."""
    app_version: str
    sign_off: SignOff = field(default_factory=SignOff)
    baseline_date: date | None = None
    """The clinic's chosen baseline visit; None for the default of DOMAIN.md §0.4."""
    chain_anchor: ChainAnchor | None = None
    """The audit trail's head when the summary was made, printed in the footer (a trail later
    cut short or rewritten no longer holds it: ``calcitrack audit verify --anchor``)."""
    photos: bool = False
    """Whether the summary shows each lesion's baseline and current photograph side by side
    (``report --photos``, the export dialog's choice); the chart then carries those images
    (``services.summary_source``)."""
