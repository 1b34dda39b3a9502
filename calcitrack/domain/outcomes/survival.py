"""Kaplan-Meier curves from SciPy's maintained estimator (scipy.stats.ecdf on right-censored data,
pointwise 95 % confidence interval by the exponential Greenwood "log-log" method).

SciPy is imported inside ``kaplan_meier`` only: the window's start never loads it.

Conventions: an event and a censoring on the same day both count the patient at risk that day
(the censored patient leaves just after); the median is the first day the estimate falls to 0.5
or below (None if it never does); where the log-log interval is undefined (the estimate is 1 or
0) the interval is the estimate itself while it is 1 and NaN (unknown) at 0.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from calcitrack.domain.outcomes.outcomes_types import SurvivalPoint

CI_METHOD = "log-log"
CONFIDENCE = 0.95


@dataclass(frozen=True)
class Estimate:
    points: tuple[SurvivalPoint, ...]
    median_days: float | None


def at_risk(times: Sequence[float], day: float) -> int:
    """Patients whose time is ``day`` or later (still followed just before ``day``)."""
    return sum(1 for t in times if t >= day)


def kaplan_meier(times: Sequence[float], observed: Sequence[bool]) -> Estimate:
    """The curve of ``times`` (days) where ``observed[i]`` says patient i had the event (else
    censored then): day 0 first, then one point per distinct day of an event or a censoring."""
    start = SurvivalPoint(0.0, 1.0, 1.0, 1.0, len(times))
    if not times:
        return Estimate((start,), None)
    if not any(observed):  # scipy's curve would be flat at 1: no estimator needed
        days = sorted(set(times))
        flat = tuple(SurvivalPoint(float(d), 1.0, 1.0, 1.0, at_risk(times, d)) for d in days)
        return Estimate((start, *(p for p in flat if p.day > 0)), None)
    from scipy import stats  # lazy: see the module docstring

    data = stats.CensoredData.right_censored(
        [float(t) for t in times], [not seen for seen in observed]
    )
    sf = stats.ecdf(data).sf
    with warnings.catch_warnings():
        # SciPy warns where the interval is undefined (estimate 1 or 0): handled below.
        warnings.simplefilter("ignore", RuntimeWarning)
        interval = sf.confidence_interval(CONFIDENCE, method=CI_METHOD)
    points = [start]
    median: float | None = None
    for day, s, low, high in zip(
        sf.quantiles, sf.probabilities, interval.low.probabilities, interval.high.probabilities,
        strict=True,
    ):
        survival = float(s)
        lower, upper = float(low), float(high)
        if math.isnan(lower) or math.isnan(upper):
            lower, upper = (1.0, 1.0) if survival == 1.0 else (math.nan, math.nan)
        if median is None and survival <= 0.5:
            median = float(day)
        if float(day) == 0.0:
            points[0] = SurvivalPoint(0.0, survival, lower, upper, len(times))
            continue
        points.append(SurvivalPoint(float(day), survival, lower, upper, at_risk(times, day)))
    return Estimate(tuple(points), median)
