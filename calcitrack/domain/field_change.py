"""One field of a record that differs between two readings, in words ("Pain NRS 3 → 5").

A leaf of the domain, so that sign-off (amendments list their changes) and the record comparison
(``record_changes``) both use it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: ``before`` as the user read it, ``after`` as stored now."""

    key: str
    label: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.label}: {self.before} → {self.after}"
