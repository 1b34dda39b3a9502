"""The day's worklist: who is due or overdue, who was seen today, whose visits wait for a
signature; and the recall list of the overdue, with contact-free identifiers only.

A patient's next visit is the one planned at the latest visit (``Visit.next_visit_due_on``); a
visit saved with none typed plans it from the clinic's follow-up interval (``follow_up_due``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class WorklistRow:
    """One patient on one part of the list. ``day`` is what the part is about: the due date
    (due and overdue), the visit date (seen today), the oldest unsigned visit (unsigned)."""

    mrn: str
    family_name: str
    given_name: str
    day: date
    count: int = 1
    """How many visits the row stands for (unsigned visits); 1 elsewhere."""

    @property
    def name(self) -> str:
        return f"{self.family_name}, {self.given_name}"


@dataclass(frozen=True)
class Worklist:
    today: date
    due: tuple[WorklistRow, ...] = ()
    """Due today or overdue, the longest overdue first."""
    seen_today: tuple[WorklistRow, ...] = ()
    unsigned: tuple[WorklistRow, ...] = ()
    """Patients with visits not signed yet, the oldest unsigned visit first."""

    def days_overdue(self, row: WorklistRow) -> int:
        """0 when due today."""
        return max((self.today - row.day).days, 0)

    @property
    def overdue(self) -> tuple[WorklistRow, ...]:
        """The recall list: due before today."""
        return tuple(row for row in self.due if row.day < self.today)

    def names(self) -> dict[str, str]:
        """MRN → "Family, Given" of every patient on the list."""
        return {r.mrn: r.name for r in (*self.due, *self.seen_today, *self.unsigned)}


def follow_up_due(visit_date: date, weeks: float) -> date:
    """The next visit due ``weeks`` after ``visit_date`` (the clinic's follow-up interval)."""
    return visit_date + timedelta(weeks=int(weeks))
