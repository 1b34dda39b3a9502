"""Which automatic backups are kept: 7 daily and 4 weekly by default (grandfather-father-son)."""

from __future__ import annotations

from datetime import datetime, timedelta

from calcitrack.domain.clinic.backup_retention import to_keep, to_prune

START = datetime(2026, 10, 5, 8, 30)  # a Monday


def test_daily_and_weekly_are_kept_the_rest_pruned() -> None:
    # one backup every day for 60 days, a second one on each of the last two days
    moments = [START + timedelta(days=d) for d in range(60)]
    moments += [moments[-1] + timedelta(hours=3), moments[-2] + timedelta(hours=3)]
    kept = to_keep(moments, keep_daily=7, keep_weekly=4)
    last_day = START + timedelta(days=59)
    daily = {last_day - timedelta(days=d) for d in range(2, 7)} | {
        last_day + timedelta(hours=3), last_day - timedelta(days=1) + timedelta(hours=3)
    }
    sundays = {m for m in moments if m.weekday() == 6 and m >= last_day - timedelta(days=27)}
    weekly = {max(m for m in moments if m.isocalendar()[:2] == last_day.isocalendar()[:2])}
    weekly |= set(sorted(sundays)[-3:]) if last_day.weekday() != 6 else set(sorted(sundays)[-4:])
    assert kept == daily | weekly
    assert len(to_prune(moments, 7, 4)) == len(moments) - len(kept)


def test_no_weekly_keeps_only_days_and_nothing_is_pruned_below_the_counts() -> None:
    three = [START + timedelta(days=d) for d in range(3)]
    assert to_keep(three, keep_daily=7, keep_weekly=0) == set(three)
    assert to_prune(three, 7, 4) == []
    assert to_keep(three, keep_daily=1, keep_weekly=0) == {three[-1]}
