"""Dose arithmetic and drug constants (DOMAIN.md §0.5–0.7, §5.2, §5.5)."""

from __future__ import annotations

import math

import pytest

from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.medications import dosing


@pytest.mark.parametrize(
    ("dose_mg", "doses_per_day", "expected"),
    [
        (60, 2, 120.0),  # 60 × 2
        (240, 1, 240.0),
        (0.5, 2, 1.0),  # colchicine 0.5 mg twice daily
        (0, 1, 0.0),  # a dose of 0 (held) is allowed
        (480, 0.5, 240.0),  # every other day
    ],
)
def test_daily_dose_mg(dose_mg: float, doses_per_day: float, expected: float) -> None:
    assert dosing.daily_dose_mg(dose_mg, doses_per_day) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("dose_mg", "doses_per_day", "weight_kg", "expected"),
    [
        (60, 2, 60, 2.0),  # 60 × 2 / 60 (the RA case's 2 mg/kg/day)
        (120, 2, 60, 4.0),  # 240 / 60: the top of the 2–4 mg/kg/day range
        (240, 1, 80, 3.0),  # 240 / 80
        (30, 3, 45, 2.0),  # 90 / 45
        (90, 4, 72.5, 4.9655172),  # 360 / 72.5 = 4.9655172…
    ],
)
def test_mg_per_kg_per_day(
    dose_mg: float, doses_per_day: float, weight_kg: float, expected: float
) -> None:
    assert dosing.mg_per_kg_per_day(dose_mg, doses_per_day, weight_kg) == pytest.approx(
        expected, abs=1e-6
    )


def test_constants_and_codes() -> None:
    assert dosing.DILTIAZEM_LABEL_MAX_MG_PER_DAY == 480
    assert dosing.DILTIAZEM_ADEQUATE_MG_PER_KG_PER_DAY == 2.0
    assert dosing.ATC_DILTIAZEM == "C08DB01"
    assert dosing.ATC_COLCHICINE == "M04AC01"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: dosing.mg_per_kg_per_day(60, 2, 0), "weight_kg"),
        (lambda: dosing.mg_per_kg_per_day(60, 2, -60), "weight_kg"),
        (lambda: dosing.mg_per_kg_per_day(60, 2, math.nan), "weight_kg"),
        (lambda: dosing.mg_per_kg_per_day(60, 2, True), "weight_kg"),
        (lambda: dosing.mg_per_kg_per_day(60, 2, "60"), "weight_kg"),
        (lambda: dosing.mg_per_kg_per_day(-60, 2, 60), "dose_mg"),
        (lambda: dosing.mg_per_kg_per_day(60, 0, 60), "doses_per_day"),
        (lambda: dosing.mg_per_kg_per_day(60, -1, 60), "doses_per_day"),
        (lambda: dosing.daily_dose_mg(math.inf, 1), "dose_mg"),
        (lambda: dosing.daily_dose_mg(None, 1), "dose_mg"),
        (lambda: dosing.daily_dose_mg(60, math.nan), "doses_per_day"),
    ],
)
def test_validation_names_the_field(call: object, field: str) -> None:
    with pytest.raises(DomainValidationError) as excinfo:
        call()  # type: ignore[operator]
    assert excinfo.value.field == field


def test_weight_zero_reason() -> None:
    with pytest.raises(DomainValidationError) as excinfo:
        dosing.mg_per_kg_per_day(60, 2, 0)
    assert excinfo.value.reason == "must be greater than 0 kg, got 0"
