"""Kaplan-Meier through scipy.stats.ecdf, against the estimate worked out by hand."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from calcitrack.domain.outcomes.survival import kaplan_meier

# 30, 60, 60+, 90, 120+, 150 (+: censored)
TIMES = (30.0, 60.0, 60.0, 90.0, 120.0, 150.0)
OBSERVED = (True, True, False, True, False, True)


def test_the_estimate_by_hand() -> None:
    estimate = kaplan_meier(TIMES, OBSERVED)
    points = {p.day: p for p in estimate.points}
    assert sorted(points) == [0, 30, 60, 90, 120, 150]
    # S(30) = 5/6; S(60) = 5/6 · 4/5 (one event of 5 at risk; the censored one still at risk);
    # S(90) = 2/3 · 2/3; S(120) unchanged (censored); S(150) = 4/9 · 0
    expected = {0: 1.0, 30: 5 / 6, 60: 2 / 3, 90: 4 / 9, 120: 4 / 9, 150: 0.0}
    for day, survival in expected.items():
        assert points[day].survival == pytest.approx(survival, abs=1e-12)
    assert {d: p.at_risk for d, p in points.items()} == {
        0: 6, 30: 6, 60: 5, 90: 3, 120: 2, 150: 1
    }
    assert estimate.median_days == 90  # the first day at or below 0.5


def test_the_log_log_interval() -> None:
    points = kaplan_meier(TIMES, OBSERVED).points
    for p in points:
        if p.survival in (0.0,):
            assert math.isnan(p.lower) and math.isnan(p.upper)  # undefined at 0
            continue
        assert 0 <= p.lower <= p.survival <= p.upper <= 1
    # exponential Greenwood at 30: Var(log S) = 1/(6·5); log-log bounds S^exp(±1.96·se/log S)
    s = 5 / 6
    se = math.sqrt(1 / 30) / abs(math.log(s))
    low, high = s ** math.exp(1.959963984540054 * se), s ** math.exp(-1.959963984540054 * se)
    at30 = next(p for p in points if p.day == 30)
    assert (at30.lower, at30.upper) == (pytest.approx(low), pytest.approx(high))


def test_no_events_and_no_patients() -> None:
    flat = kaplan_meier((10.0, 20.0), (False, False))
    assert [p.survival for p in flat.points] == [1.0, 1.0, 1.0]
    assert flat.median_days is None
    assert kaplan_meier((), ()).points[0].at_risk == 0


def test_starting_the_app_does_not_import_scipy() -> None:
    code = (
        "import sys, calcitrack.app, calcitrack.startup, calcitrack.domain.outcomes.outcomes; "
        "sys.exit('scipy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
