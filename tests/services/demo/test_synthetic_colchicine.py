"""The synthetic clinic gives a share of its diltiazem patients colchicine too (a cohort for the
clinic outcomes), valid charts, the same for the same seed, and leaves every other value of a
chart as the seed made it."""

from __future__ import annotations

import dataclasses
import random
from datetime import date

from calcitrack.domain.visits.validation import validate_chart
from calcitrack.services.demo.synthetic_clinic import _chart, synthetic_charts

TODAY = date(2026, 12, 6)


def test_a_share_of_the_diltiazem_patients_take_colchicine_too() -> None:
    charts = list(synthetic_charts(200, seed=5))
    drugs = [{p.drug for p in c.medications} for c in charts]
    on_diltiazem = sum(1 for d in drugs if "diltiazem" in d)
    both = sum(1 for d in drugs if {"diltiazem", "colchicine"} <= d)
    assert sum(1 for d in drugs if d == {"colchicine"}) == 0
    assert 0.35 * on_diltiazem < both < 0.65 * on_diltiazem
    stopped = [
        p for c in charts for p in c.medications if p.drug == "colchicine" and p.stop_on
    ]
    assert stopped and all(p.stop_on is not None and p.stop_on > p.start_on for p in stopped)
    for chart in charts[:60]:
        assert validate_chart(chart, today=TODAY) == []


def test_the_same_seed_gives_the_same_clinic_and_colchicine_changes_nothing_else() -> None:
    first, again = list(synthetic_charts(30, seed=7)), list(synthetic_charts(30, seed=7))
    assert first == again
    rng = random.Random(7)  # the seed's own stream, as before colchicine was added
    plain = [_chart(rng, number) for number in range(1, 31)]
    without = [
        dataclasses.replace(
            c, medications=tuple(p for p in c.medications if p.drug != "colchicine")
        )
        for c in first
    ]
    assert without == plain
