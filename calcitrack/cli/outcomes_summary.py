"""``calcitrack outcomes``'s plain-text summary of an OutcomesReport (the numbers of the page:
n, still on, the windows with their counts and the reasons not assessable, the medians, the
flags, and the disclaimer)."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable

from calcitrack.domain.outcomes.definitions import median_text
from calcitrack.domain.outcomes.outcomes_types import (
    Excluded,
    OutcomesReport,
    ResponseAtWindow,
    SurvivalCurve,
)

CATEGORIES = ("improved", "stable", "progressed")
CATEGORY_SOURCE = (
    "categories of the response assessment: borrowed from the SCTC radiographic 1-year change "
    "categories [R2], not validated for lesion area"
)


def _signed(value: float) -> str:
    return f"{value:+.1f}".replace("-", "−")


def _reasons(counts: Iterable[tuple[str, int]]) -> str:
    return "; ".join(f"{reason} {count}" for reason, count in counts)


def _left_out(excluded: tuple[Excluded, ...]) -> str:
    if not excluded:
        return "none left out"
    counts = Counter(e.reason for e in excluded)
    return f"left out {len(excluded)} ({_reasons(sorted(counts.items()))})"


def _window(window: ResponseAtWindow) -> list[str]:
    counts = window.counts()
    missing = window.not_assessable()
    lines = [
        f"Response {window.label} (visit nearest day {window.target_days}, within day "
        f"{window.first_day} to day {window.last_day}): n = {len(window.outcomes)}",
        "  " + ", ".join(f"{c} {counts.get(c, 0)}" for c in CATEGORIES),
    ]
    if missing:
        lines.append(
            f"  not assessable {sum(missing.values())}: {_reasons(sorted(missing.items()))}"
        )
    return lines


def _curve(curve: SurvivalCurve) -> list[str]:
    median = median_text(curve) if curve.median_days is None else f"{curve.median_days:g} days"
    return [
        f"{curve.title}: n = {curve.n}, events {curve.events}, censored {curve.censored}, "
        f"median {median}; {_left_out(curve.excluded)}",
        f"  event: {curve.event}; censoring: {curve.censoring}",
    ]


def summary_lines(report: OutcomesReport) -> list[str]:
    query = report.query
    lines = [
        f"Clinic outcomes: {report.regimen_label} — {report.disease_label}, records up to "
        f"{query.as_of.isoformat()}",
        f"Started the regimen: {report.n} (still on it: {report.still_on}, stopped: "
        f"{report.n - report.still_on}); never took it together: {report.not_started}",
    ]
    days = [m.days_on for m in report.cohort]
    if days:
        lines.append(
            f"Days on the regimen: median {statistics.median(days):g} "
            f"(from {min(days)} to {max(days)}); visits on it: {report.visits_on_regimen}"
        )
    lines.append("")
    for window in report.windows:
        lines += _window(window)
    lines.append(f"  ({CATEGORY_SOURCE})")
    lines.append("")
    bars = report.waterfall.bars
    spread = ""
    if bars:
        low, high = bars[-1].change_pct, bars[0].change_pct
        spread = f", from {_signed(low)} % to {_signed(high)} %"
    lines.append(
        f"Burden change from baseline at the latest assessed visit on the regimen: "
        f"n = {len(bars)}{spread}; {_left_out(report.waterfall.excluded)}"
    )
    lines.append("")
    lines += _curve(report.time_to_improved)
    lines += _curve(report.drug_survival)
    lines.append("  (Kaplan–Meier estimate, scipy.stats.ecdf; 95 % log-log interval)")
    lines.append("")
    lines.append(
        f"Safety and review flags at the {report.visits_on_regimen} visits on the regimen "
        "(patients, visits; decision support, as on each visit):"
    )
    lines += [f"  {t.title} [{t.code}]: {t.patients}, {t.visits}" for t in report.flags] or [
        "  none"
    ]
    lines += ["", report.disclaimer]
    return lines
