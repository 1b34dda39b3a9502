"""Signed visits and their amendments, as a chart holds them.

A physician signs a visit; from then on it is read-only. A physician may amend it with a reason:
each amendment keeps what the signed visit said before it (every changed field, signed text →
amended text), so the signed original stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from calcitrack.domain.record_changes import FieldChange


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

    @property
    def last_amendment(self) -> Amendment | None:
        return self.amendments[-1] if self.amendments else None

    def describe(self) -> str:
        """"Signed by Dr A on 2026-03-04 14:05; amended 2026-03-05 by Dr B: reason"."""
        text = f"Signed by {self.signed_by} on {self.signed_at.astimezone():%Y-%m-%d %H:%M}"
        last = self.last_amendment
        if last is not None:
            text += (
                f"; amended {last.amended_at.astimezone():%Y-%m-%d %H:%M} by {last.amended_by}: "
                f"{last.reason}"
            )
        return text
