"""The clinic outcomes report in words and rows: what the window's tables and the PDF's tables
print, from one ``OutcomesReport`` (so the two show the same numbers, formatted the same way).

Plain text, no markup: the PDF escapes it, the window puts it in table cells.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from calcitrack.domain.outcomes.definitions import median_text
from calcitrack.domain.outcomes.outcomes_types import (
    Excluded,
    OutcomesReport,
    ResponseAtWindow,
    SurvivalCurve,
)

CATEGORIES = ("improved", "stable", "progressed")
"""The response categories the window tables count, in this order (ResponseCategory values)."""


@dataclass(frozen=True)
class DaysOn:
    median: float
    shortest: int
    longest: int


def title(report: OutcomesReport) -> str:
    return f"Clinic outcomes: {report.regimen_label}"


def subtitle(report: OutcomesReport) -> str:
    query = report.query
    return (
        f"{report.disease_label[:1].upper()}{report.disease_label[1:]} · records up to "
        f"{query.as_of.isoformat()} · response windows ±{query.window_days} days"
    )


def patients(count: int) -> str:
    """ "1 patient", "7 patients"."""
    return f"{count} patient{'s' * (count != 1)}"


def share(count: int, of: int) -> str:
    """ "3 (43 %)"; "0" when ``of`` is 0."""
    if of <= 0:
        return str(count)
    return f"{count} ({100 * count / of:.0f} %)"


def days_on(report: OutcomesReport) -> DaysOn | None:
    days = [m.days_on for m in report.cohort]
    if not days:
        return None
    return DaysOn(float(statistics.median(days)), min(days), max(days))


def days_on_text(report: OutcomesReport) -> str:
    found = days_on(report)
    if found is None:
        return "—"
    median = f"{found.median:.1f}".removesuffix(".0")
    return f"median {median} (range {found.shortest}–{found.longest})"


def cohort_facts(report: OutcomesReport) -> list[tuple[str, str]]:
    """(label, value) pairs: who started, who is still on it, for how long."""
    n = report.n
    return [
        ("Started the regimen", patients(n)),
        ("Still on it", share(report.still_on, n)),
        ("Stopped", share(n - report.still_on, n)),
        ("Days on the regimen", days_on_text(report)),
        ("Never took the whole regimen", str(report.not_started)),
        ("Visits while on it", str(report.visits_on_regimen)),
    ]


def window_heading(window: ResponseAtWindow) -> str:
    """ "About 6 months (days 140–224)"."""
    label = window.label[:1].upper() + window.label[1:]
    return f"{label} (days {window.first_day}–{window.last_day})"


def window_header(report: OutcomesReport) -> list[str]:
    return ["Response category", *(window_heading(w) for w in report.windows)]


def window_rows(report: OutcomesReport) -> list[tuple[str, ...]]:
    """One row per category, the assessable and not-assessable totals, then one row per reason
    a patient could not be assessed (0 where a window has none of it); shares are of n."""
    n = report.n
    counts = [w.counts() for w in report.windows]
    reasons = [w.not_assessable() for w in report.windows]
    rows: list[tuple[str, ...]] = [
        (category.capitalize(), *(share(c.get(category, 0), n) for c in counts))
        for category in CATEGORIES
    ]
    rows.append(("Assessable", *(share(sum(c.values()), n) for c in counts)))
    rows.append(("Not assessable", *(share(sum(r.values()), n) for r in reasons)))
    every_reason: list[str] = []
    for found in reasons:
        every_reason += [r for r in found if r not in every_reason]
    for reason in every_reason:
        rows.append((f"   {reason}", *(str(r.get(reason, 0)) for r in reasons)))
    return rows


def exclusion_rows(excluded: Sequence[Excluded]) -> list[tuple[str, str]]:
    """(reason, patients), the commonest first."""
    return [(reason, str(count)) for reason, count in Counter(e.reason for e in excluded)
            .most_common()]  # fmt: skip


def curve_facts(curve: SurvivalCurve) -> list[tuple[str, str]]:
    median = median_text(curve)
    return [
        ("Patients", str(curve.n)),
        ("Events", str(curve.events)),
        ("Censored", str(curve.censored)),
        ("Median", median),
        ("Excluded", str(len(curve.excluded))),
        ("Event", curve.event),
        ("Censored at", curve.censoring),
    ]


FLAG_HEADER = ("Flag", "Patients", "Visits")
"""Safety and review flags alike (a review flag, such as reconsider surgery, is no safety flag)."""


def flag_rows(report: OutcomesReport) -> list[tuple[str, str, str]]:
    """Each flag that fired while on the regimen: its title, patients (share of n), visits."""
    return [(f.title, share(f.patients, report.n), str(f.visits)) for f in report.flags]
