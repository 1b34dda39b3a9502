"""Study IDs and date shifts: who a row belongs to, and how its dates are moved.

An identified export numbers the patients ``P0001…`` in export order and keeps every date. A
pseudonymised one gives each patient a random study ID ``S0001…`` (the numbers are dealt in a
shuffled order, never derived from the MRN: a re-identification code must not be built from the
person's own information, HIPAA 45 CFR 164.514(c)) and one random whole-day offset, 1 to 364
days back, applied to every date of that patient, so that intervals and ages are kept — the
scheme of REDCap's own de-identified export. The key (which ID and offset is whose) is not kept.

Shifted dates are not HIPAA Safe Harbor (which keeps no date element finer than the year), and
pseudonymised data remain personal data (GDPR Recital 26). Randomness comes from ``secrets``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta

MAX_SHIFT_DAYS = 364
"""Dates move back by 1 to 364 days (REDCap's de-identified export uses the same range)."""


@dataclass(frozen=True)
class Pseudonym:
    """A patient's ID in the export and how far back its dates move (0: not shifted)."""

    study_id: str
    shift_days: int = 0

    def shifted(self, day: date | None) -> date | None:
        return None if day is None else day - timedelta(days=self.shift_days)


def identified(count: int) -> tuple[Pseudonym, ...]:
    """``P0001…`` in export order, dates as recorded."""
    width = max(4, len(str(count)))
    return tuple(Pseudonym(f"P{n:0{width}d}") for n in range(1, count + 1))


def pseudonymised(count: int) -> tuple[Pseudonym, ...]:
    """A random study ID ``S…`` and a random shift of 1 to ``MAX_SHIFT_DAYS`` days per patient."""
    width = max(4, len(str(count)))
    numbers = list(range(1, count + 1))
    secrets.SystemRandom().shuffle(numbers)
    return tuple(
        Pseudonym(f"S{n:0{width}d}", secrets.randbelow(MAX_SHIFT_DAYS) + 1) for n in numbers
    )
