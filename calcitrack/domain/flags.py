"""Safety and review flags as values: what fired, why, the values that triggered it and the source.

A leaf of the domain: the entities (a patient's cached flags), the rules that raise flags and every
view that shows them import it, and it imports nothing of theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

DECISION_SUPPORT_NOTE = (
    "Decision support, not a diagnosis or an order: check it against the full record before "
    "acting. Not validated for calcinosis of every cause."
)



class FlagKind(str, Enum):
    SAFETY = "safety"
    REVIEW = "review"


class Severity(str, Enum):
    CONTRAINDICATION = "contraindication"
    WARNING = "warning"
    REVIEW = "review"


@dataclass(frozen=True)
class Flag:
    """One safety or review flag: what, why, the values that triggered it and the source."""

    code: str
    """Stable identifier, e.g. ``colchicine_diltiazem`` (tests and the patient list use it)."""
    kind: FlagKind
    severity: Severity
    title: str
    reason: str
    """The rule, in words, with the thresholds in force."""
    triggers: tuple[str, ...]
    """The recorded values that triggered it, each with its date."""
    source: str
    setting_keys: tuple[str, ...] = ()
    """The clinic settings whose values the rule used."""

    @property
    def tooltip(self) -> str:
        lines = [f"{self.title} ({self.severity.value})", self.reason, *self.triggers,
                 f"Source: {self.source}", DECISION_SUPPORT_NOTE]
        return "\n".join(lines)
