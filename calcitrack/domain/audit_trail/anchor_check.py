"""Checking the audit chain against anchors noted outside the database (pure Python).

An anchor (domain/audit_trail/audit_anchor.py) is the chain's head at some moment: an entry id and
that entry's hash. Each hash covers every entry before it, so a trail that still holds an anchored
entry with the same hash (and whose chain verifies) still holds every entry up to it exactly as
it was. Two things are found that the chain alone cannot show:

- **truncation**: the anchored entry is gone (the newest entries were deleted together);
- **rewriting**: the entry is there with another hash (entries were edited and every hash after
  them recomputed, which keeps the chain itself intact).

A restore from a backup takes the trail back to the backup's: anchors noted before the latest
``restore`` entry of entries that are no longer there (or differ) were lost with the restore, and
are information, not a failure; the anchors noted after it check the restored trail.

Anchors that are noted but tell nothing (the empty trail's head) are left out. An anchor copied
from a PDF footer carries only the hash's first 8 hex digits (32 bits): it finds truncation and a
careless rewrite, but a forger could search for a rewrite that keeps those digits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor

TRUNCATED, REWRITTEN, RESTORED = "truncated", "rewritten", "restored"


class AnchorFileError(ValueError):
    """An anchor file given to ``audit verify`` cannot be read (the message names it and why)."""


@dataclass(frozen=True)
class NotedAnchor:
    """An anchor with where and when it was noted."""

    anchor: ChainAnchor
    source: str
    """The anchor log, backup manifest or command-line option it came from."""
    noted_at: datetime | None = None


@dataclass(frozen=True)
class AnchorProblem:
    kind: str
    """``TRUNCATED`` or ``REWRITTEN``."""
    noted: NotedAnchor
    found_hash: str | None = None
    restored_at: datetime | None = None

    @property
    def fails(self) -> bool:
        return self.kind != RESTORED

    def describe(self) -> str:
        entry = self.noted.anchor.entry_id
        when = (
            f" on {self.noted.noted_at:%Y-%m-%d %H:%M} UTC"
            if self.noted.noted_at is not None
            else ""
        )
        where = f" (noted in {self.noted.source})"
        if self.kind == RESTORED and self.restored_at is not None:
            return (
                f"entry #{entry} recorded{when} is not in the trail as restored from a backup on "
                f"{self.restored_at:%Y-%m-%d %H:%M} UTC (expected: a restore takes the trail back "
                f"to the backup's){where}"
            )
        if self.kind == TRUNCATED:
            return f"the trail was truncated: entry #{entry} recorded{when} is gone{where}"
        return (
            f"the trail was rewritten: entry #{entry} no longer has the hash recorded{when}"
            f"{where}"
        )


@dataclass(frozen=True)
class AnchorReport:
    """The anchors checked, from where, and those the trail no longer holds."""

    checked: int
    problems: list[AnchorProblem]
    own_log: str
    """Where this workstation's anchor log is."""
    own_anchors: int
    """How many of the checked anchors came from it (before removing duplicates)."""
    notes: list[str]

    @property
    def ok(self) -> bool:
        return not any(p.fails for p in self.problems)


def anchors_to_check(noted: Iterable[NotedAnchor]) -> list[NotedAnchor]:
    """One of each (id, hash), the earliest noted first (non-empty anchors only)."""
    seen: dict[tuple[int, str], NotedAnchor] = {}
    for item in noted:
        key = (item.anchor.entry_id, item.anchor.hash)
        if item.anchor.entry_id > 0 and key not in seen:
            seen[key] = item
    return sorted(seen.values(), key=lambda n: n.anchor.entry_id)


def check_anchors(
    noted: Iterable[NotedAnchor],
    stored: Mapping[int, str],
    restored_at: datetime | None = None,
) -> list[AnchorProblem]:
    """The anchors that the trail no longer holds: ``stored`` maps the anchored entry ids that
    are still in the trail to their hashes now; ``restored_at`` is the latest restore's time."""
    problems = []
    for item in anchors_to_check(noted):
        found = stored.get(item.anchor.entry_id)
        if found is not None and found.startswith(item.anchor.hash):  # a footer's: 8 digits
            continue
        if restored_at is not None and item.noted_at is not None and item.noted_at < restored_at:
            problems.append(AnchorProblem(RESTORED, item, found, restored_at))
        else:
            problems.append(AnchorProblem(TRUNCATED if found is None else REWRITTEN, item, found))
    return problems
