"""One rule for mineral metabolism (calcitrack.domain.laboratory.mineral_metabolism): which calcium
counts.

With albumin measured the same day the albumin-corrected calcium is read [R24]
(Ca + 0.8 × (4.0 − albumin g/dL) in mg/dL; Ca + 0.02 × (40 − albumin g/L) in mmol/L), else the
measured total calcium; each against the reporting lab's range, else the typical adult range
8.5–10.5 mg/dL (phosphate 2.5–4.5 mg/dL) [R29][R33]. Expected values are worked out here.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import LabResult, Patient
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.laboratory.mineral_metabolism import CALCIUM, day_readings, mineral_readings

DAY = date(2026, 3, 16)
PATIENT = Patient("MM-1", "Test", "Patient", Sex.MALE, date(1960, 5, 1), UnderlyingDisease.SSC)


def _lab(code: str, value: float, unit: str, low: float | None = None,
         high: float | None = None, day: date = DAY) -> LabResult:  # fmt: skip
    return lab_results.entered(code, day, value, unit, low, high)


def _calcium(results: list[LabResult]) -> tuple[str, float, str]:
    (reading,) = [r for r in day_readings(results, PATIENT, DAY, 70.0) if r.code == CALCIUM]
    return reading.name, reading.value, reading.flag or ""


def test_with_albumin_the_corrected_calcium_is_read() -> None:
    name, value, flag = _calcium([_lab("calcium_total", 10.2, "mg/dL", 8.5, 10.5),
                                  _lab("albumin", 3.0, "g/dL")])  # fmt: skip
    assert (name, flag) == ("Corrected calcium", "high")
    assert value == pytest.approx(10.2 + 0.8 * (4.0 - 3.0))


def test_si_corrected_calcium_is_read_against_the_typical_range_in_mmol_l() -> None:
    # 2.0 + 0.02 × (40 − 45) = 1.9 mmol/L; typical 8.5 mg/dL × 0.2495 = 2.12 mmol/L: below
    name, value, flag = _calcium([_lab("calcium_total", 2.0, "mmol/L"),
                                  _lab("albumin", 45, "g/L")])  # fmt: skip
    assert (name, flag) == ("Corrected calcium", "low")
    assert value == pytest.approx(1.9)


def test_without_albumin_the_measured_calcium_is_read() -> None:
    name, value, flag = _calcium([_lab("calcium_total", 10.7, "mg/dL", 8.5, 10.5)])
    assert (name, value, flag) == ("Total calcium", 10.7, "high")


def test_the_chart_reading_takes_the_latest_calcium_with_its_own_days_albumin() -> None:
    earlier = date(2026, 1, 5)
    results = [
        _lab("calcium_total", 10.2, "mg/dL", 8.5, 10.5, day=earlier),
        _lab("albumin", 3.0, "g/dL", day=earlier),  # corrected 11.0 then: high
        _lab("calcium_total", 9.6, "mg/dL", 8.5, 10.5),  # no albumin today: measured, within
    ]
    (reading,) = mineral_readings(results, PATIENT, DAY, 70.0)
    assert (reading.name, reading.collected_on, reading.flag) == ("Total calcium", DAY, None)
    (earlier_reading,) = mineral_readings(results, PATIENT, earlier, 70.0)
    assert earlier_reading.name == "Corrected calcium" and earlier_reading.flag == "high"
