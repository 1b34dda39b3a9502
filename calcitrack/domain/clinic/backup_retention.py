"""Which automatic backups to keep: the newest of each of the last ``keep_daily`` days that have
one, and the newest of each of the last ``keep_weekly`` ISO weeks that have one (grandfather-
father-son rotation). Everything else may be pruned. The moments are the workstation's local
time: a clinic's day is its calendar day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime


def to_keep(moments: Iterable[datetime], keep_daily: int, keep_weekly: int) -> set[datetime]:
    newest_first = sorted(set(moments), reverse=True)
    keep: set[datetime] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for moment in newest_first:
        day = moment.date()
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(moment)
    for moment in newest_first:
        week = tuple(moment.isocalendar())[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(moment)
    return keep


def to_prune(moments: Iterable[datetime], keep_daily: int, keep_weekly: int) -> list[datetime]:
    """The moments not kept, oldest first."""
    every = set(moments)
    return sorted(every - to_keep(every, keep_daily, keep_weekly))
