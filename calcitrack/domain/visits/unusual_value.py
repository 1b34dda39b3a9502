"""An unusual value: possible, but far enough from the expected that a person confirms it before it
is saved (a soft limit; impossible values are refused outright: hard_limits.py).

Found by the checks of plausibility.py, shown to the nurse (the visit form's confirmation) or to
the importer (the command line's list), carried back with the entry once confirmed
(``VisitEntry.confirmed``) and written to the audit trail as who confirmed which value at which
visit, with the reason she was shown (``audit_details``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any


@dataclass(frozen=True)
class UnusualValue:
    check: str
    """The kind of check, a stable code ("rom_above_normal", "lab_outside_range", …)."""
    field: str
    """Where the value is, as problem paths are (``rom[0].degrees``, ``weight_kg``)."""
    subject: str
    """Which value it is, stable across edits of the entry (``rom/hip/flexion/right``)."""
    label: str
    """The value's name for people ("Hip flexion, right")."""
    value: str
    """The value as entered, with its unit ("140°", "2.4 mg/dL")."""
    reason: str
    """Why it is unusual, with what it was compared to and the source of that."""
    setting: str = ""
    """The clinic setting whose limit it passed (``data_quality/…``), "" if none."""
    limit: str = ""
    """That setting as it stood, in words ("… by more than 10°")."""
    on: date | None = None
    """The visit's date (a lab: its collection date)."""

    @property
    def key(self) -> tuple[str, str, str]:
        """What a confirmation is for: this check of this value. Typing another value, or the
        same value somewhere else, needs its own confirmation."""
        return (self.check, self.subject, self.value)

    def under(self, prefix: str) -> UnusualValue:
        """The same finding with its field placed under ``prefix`` (an import's JSON path)."""
        joiner = "" if self.field.startswith("[") else "."
        return replace(self, field=f"{prefix}{joiner}{self.field}" if prefix else self.field)

    def describe(self) -> str:
        """One line: "Hip flexion, right: 140° — <reason> (setting: <limit>)"."""
        text = f"{self.label}: {self.value} — {self.reason}"
        return f"{text} (setting: {self.limit})" if self.limit else text

    def audit_details(self, door: str) -> dict[str, Any]:
        """What the audit trail keeps of a confirmation; ``door`` is where it was confirmed
        ("visit form", "import")."""
        return {
            "confirmed": f"{self.label}: {self.value}",
            "reason_shown": self.reason,
            "setting": self.limit or "—",
            "check": self.check,
            "field": self.field,
            "visit_date": self.on.isoformat() if self.on else None,
            "door": door,
        }

