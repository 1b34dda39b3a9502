"""OutcomesReport values built by hand, for the charts, the PDF and the window's tests.

The Kaplan–Meier points of ``SMALL_TIMES`` are the hand counts of times [30, 60, 60+, 90, 120+,
150] ("+" censored): S = 5/6, 2/3, 4/9, 0, with the numbers at risk 6, 6, 5, 3, 2, 1.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from calcitrack.domain.outcomes.outcomes_types import (
    CohortMember,
    Excluded,
    FlagTally,
    OutcomesQuery,
    OutcomesReport,
    ResponseAtWindow,
    SurvivalCurve,
    SurvivalPoint,
    Waterfall,
    WaterfallBar,
    WindowOutcome,
)

AS_OF = date(2026, 12, 1)

SMALL_POINTS = (
    SurvivalPoint(0.0, 1.0, 1.0, 1.0, 6),
    SurvivalPoint(30.0, 5 / 6, 0.27, 0.97, 6),
    SurvivalPoint(60.0, 2 / 3, 0.19, 0.91, 5),
    SurvivalPoint(90.0, 4 / 9, 0.07, 0.78, 3),
    SurvivalPoint(120.0, 4 / 9, 0.07, 0.78, 2),
    SurvivalPoint(150.0, 0.0, 0.0, 0.0, 1),
)


def small_curve() -> SurvivalCurve:
    return SurvivalCurve(
        title="Time to first improved assessment",
        event="the first visit whose response category is improved",
        censoring="the last assessed visit on the regimen",
        n=6,
        events=4,
        points=SMALL_POINTS,
        median_days=90.0,
        excluded=(Excluded("DEMO-0009", "no assessed visit after the start"),),
    )


def small_report() -> OutcomesReport:
    start = date(2025, 6, 1)
    cohort = tuple(
        CohortMember(
            mrn=f"T-{i:04d}",
            started_on=start + timedelta(days=10 * i),
            stopped_on=None if i % 3 else start + timedelta(days=10 * i + 200),
            last_contact=AS_OF - timedelta(days=i),
        )
        for i in range(1, 8)
    )
    six = ResponseAtWindow(
        "about 6 months", 182, 42,
        (
            WindowOutcome("T-0001", "improved", date(2025, 12, 1), None),
            WindowOutcome("T-0002", "improved", date(2025, 12, 9), None),
            WindowOutcome("T-0003", "stable", date(2025, 12, 20), None),
            WindowOutcome("T-0004", "progressed", date(2026, 1, 2), None),
            WindowOutcome("T-0005", None, None, "no visit in the window"),
            WindowOutcome("T-0006", None, None, "no visit in the window"),
            WindowOutcome("T-0007", None, None, "the regimen stopped before"),
        ),
    )  # fmt: skip
    twelve = ResponseAtWindow(
        "about 12 months", 365, 42,
        (
            WindowOutcome("T-0001", "improved", date(2026, 6, 1), None),
            WindowOutcome("T-0002", "stable", date(2026, 6, 9), None),
            WindowOutcome("T-0003", None, None, "the regimen stopped before"),
            WindowOutcome("T-0004", None, None, "follow-up shorter than the window"),
            WindowOutcome("T-0005", None, None, "no visit in the window"),
            WindowOutcome("T-0006", None, None, "follow-up shorter than the window"),
            WindowOutcome("T-0007", None, None, "the regimen stopped before"),
        ),
    )  # fmt: skip
    bars = (
        WaterfallBar("T-0004", 35.5, date(2026, 1, 2)),
        WaterfallBar("T-0003", 4.0, date(2026, 5, 2)),
        WaterfallBar("T-0002", -22.25, date(2026, 6, 9)),
        WaterfallBar("T-0001", -61.0, date(2026, 6, 1)),
        WaterfallBar("T-0006", -80.0, date(2026, 3, 1)),
    )
    waterfall = Waterfall(
        bars,
        (
            Excluded("T-0005", "no baseline burden"),
            Excluded("T-0007", "no assessed visit on the regimen"),
        ),
    )
    drug = SurvivalCurve(
        title="Drug survival",
        event="the regimen ended (one of its drugs stopped)",
        censoring="the last contact while still on it",
        n=7,
        events=2,
        points=(
            SurvivalPoint(0.0, 1.0, 1.0, 1.0, 7),
            SurvivalPoint(200.0, 5 / 7, 0.3, 0.92, 7),
            SurvivalPoint(420.0, 5 / 7, 0.3, 0.92, 5),
            SurvivalPoint(500.0, 5 / 7, 0.3, 0.92, 3),
            SurvivalPoint(540.0, 5 / 7, 0.3, 0.92, 1),
        ),
        median_days=None,
    )
    return OutcomesReport(
        query=OutcomesQuery(("diltiazem", "colchicine"), None, AS_OF),
        regimen_label="diltiazem + colchicine",
        disease_label="every underlying disease",
        cohort=cohort,
        not_started=3,
        windows=(six, twelve),
        waterfall=waterfall,
        time_to_improved=small_curve(),
        drug_survival=drug,
        flags=(
            FlagTally("bradycardia", "Heart rate below the clinic's threshold", 2, 3),
            FlagTally("colchicine_renal", "Colchicine with reduced kidney function", 1, 1),
        ),
        visits_on_regimen=41,
        definitions=(
            "Cohort: patients who took every drug of the regimen together.",
            "Response at about 6 months: the visit nearest day 182 within ±42 days.",
        ),
    )


def large_report(n: int = 500, seed: int = 19) -> OutcomesReport:
    """A report of ``n`` patients with a plausible spread (the 500-patient clinic's shape)."""
    rng = random.Random(seed)
    small = small_report()
    start = date(2023, 1, 1)
    cohort = tuple(
        CohortMember(f"S-{i:05d}", start + timedelta(days=rng.randrange(700)),
                     None if rng.random() < 0.6 else start + timedelta(days=800),
                     AS_OF - timedelta(days=rng.randrange(90)))
        for i in range(n)
    )  # fmt: skip
    changes = sorted((rng.gauss(-20, 35) for _ in range(n - 40)), reverse=True)
    bars = tuple(
        WaterfallBar(f"S-{i:05d}", round(max(c, -100.0), 1), AS_OF)
        for i, c in enumerate(changes)
    )
    excluded = tuple(Excluded(f"S-{i:05d}", "no baseline burden") for i in range(40))
    points = [SurvivalPoint(0.0, 1.0, 1.0, 1.0, n)]
    at_risk, survival = n, 1.0
    for day in range(14, 900, 14):
        events = rng.randrange(0, max(1, at_risk // 12))
        lost = rng.randrange(0, max(1, at_risk // 15))
        if at_risk <= 0:
            break
        survival *= (at_risk - events) / at_risk
        points.append(SurvivalPoint(float(day), survival, max(0.0, survival - 0.06),
                                    min(1.0, survival + 0.06), at_risk))  # fmt: skip
        at_risk -= events + lost
    total_events = n - at_risk
    curve = SurvivalCurve(
        "Time to first improved assessment", "first improved", "last assessed visit",
        n=n, events=min(total_events, n), points=tuple(points),
        median_days=next((p.day for p in points if p.survival <= 0.5), None),
    )  # fmt: skip
    return OutcomesReport(
        query=OutcomesQuery(("diltiazem", "colchicine"), None, AS_OF),
        regimen_label="diltiazem + colchicine",
        disease_label="every underlying disease",
        cohort=cohort,
        not_started=812,
        windows=small.windows,
        waterfall=Waterfall(bars, excluded),
        time_to_improved=curve,
        drug_survival=small.drug_survival,
        flags=small.flags,
        visits_on_regimen=4_210,
        definitions=small.definitions,
    )
