"""Derived lab values (DOMAIN.md §4.1): corrected calcium, Ca × P and eGFR from one day's labs.

Expected numbers are worked out here from the published formulas and the §4.2 factors
(calcium mg/dL × 0.2495 → mmol/L, phosphate × 0.3229, creatinine × 88.4, albumin g/dL × 10),
never by calling the code under test.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import LabResult, Patient
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.laboratory.derived_labs import (
    CA_P_PRODUCT,
    CORRECTED_CALCIUM,
    EGFR,
    DerivedValue,
    derived_values,
)

DAY = date(2026, 3, 16)


def _patient(sex: Sex = Sex.FEMALE, born: date = date(1975, 1, 20)) -> Patient:
    return Patient("T-1", "Test", "Patient", sex, born, UnderlyingDisease.RA)


def _lab(
    code: str,
    value: float,
    unit: str,
    low: float | None = None,
    high: float | None = None,
    day: date = DAY,
) -> LabResult:
    return lab_results.entered(code, day, value, unit, low, high)


def _by_code(values: list[DerivedValue]) -> dict[str, DerivedValue]:
    return {v.code: v for v in values}


def _hand_egfr(scr_mg_dl: float, age: int, female: bool) -> float:
    kappa, alpha = (0.7, -0.241) if female else (0.9, -0.302)
    ratio = scr_mg_dl / kappa
    value = 142 * min(ratio, 1) ** alpha * max(ratio, 1) ** -1.200 * 0.9938**age
    return value * (1.012 if female else 1.0)


# ------------------------------------------------------------------ corrected calcium


def test_si_corrected_calcium_uses_the_si_formula_and_is_in_range() -> None:
    found = _by_code(
        derived_values(
            [_lab("calcium_total", 2.2, "mmol/L"), _lab("albumin", 30, "g/L")], _patient(), DAY
        )
    )[CORRECTED_CALCIUM]
    assert found.unit == "mmol/L"
    assert found.value == pytest.approx(2.2 + 0.02 * (40 - 30))  # 2.40 mmol/L
    # Typical 8.5–10.5 mg/dL is 2.12–2.62 mmol/L: 2.40 is inside.
    assert found.flag is None
    assert "[R24]" in found.formula
    assert "CKD" in found.note


def test_conventional_corrected_calcium_from_the_ra_case_is_low_against_the_lab_range() -> None:
    # Calcium 8.5 mg/dL (lab 8.5–10.5), albumin 4.5 g/dL: 8.5 + 0.8 × (4.0 − 4.5) = 8.1 mg/dL.
    found = _by_code(
        derived_values(
            [_lab("calcium_total", 8.5, "mg/dL", 8.5, 10.5), _lab("albumin", 4.5, "g/dL")],
            _patient(),
            DAY,
        )
    )[CORRECTED_CALCIUM]
    assert found.unit == "mg/dL"
    assert found.value == pytest.approx(8.1)
    assert found.flag == "low"
    assert "reporting lab's" in found.flag_text and "metastatic" in found.flag_text


@pytest.mark.parametrize(
    ("calcium", "albumin", "unit", "expected"),
    [
        # Albumin in g/L with calcium in mg/dL: 35 g/L = 3.5 g/dL → 9.0 + 0.8 × 0.5 = 9.4 mg/dL.
        (("calcium_total", 9.0, "mg/dL"), ("albumin", 35, "g/L"), "mg/dL", 9.0 + 0.8 * (4.0 - 3.5)),
        # Albumin in g/dL with calcium in mmol/L: 3.0 g/dL = 30 g/L → 2.2 + 0.02 × 10 = 2.40.
        (("calcium_total", 2.2, "mmol/L"), ("albumin", 3.0, "g/dL"), "mmol/L", 2.2 + 0.02 * 10),
    ],
)
def test_corrected_calcium_converts_mixed_units(
    calcium: tuple[str, float, str], albumin: tuple[str, float, str], unit: str, expected: float
) -> None:
    found = _by_code(derived_values([_lab(*calcium), _lab(*albumin)], _patient(), DAY))
    assert found[CORRECTED_CALCIUM].unit == unit
    assert found[CORRECTED_CALCIUM].value == pytest.approx(expected)
    assert "entered as" in found[CORRECTED_CALCIUM].inputs


def test_corrected_calcium_above_the_reporting_lab_range_is_flagged_high() -> None:
    found = _by_code(
        derived_values(
            [_lab("calcium_total", 2.3, "mmol/L", 2.15, 2.35), _lab("albumin", 25, "g/L")],
            _patient(),
            DAY,
        )
    )[CORRECTED_CALCIUM]
    assert found.value == pytest.approx(2.3 + 0.02 * 15)  # 2.60 > 2.35
    assert found.flag == "high"
    assert "2.15–2.35 mmol/L" in found.flag_text


def test_corrected_calcium_says_what_it_needs() -> None:
    found = _by_code(derived_values([_lab("calcium_total", 2.2, "mmol/L")], _patient(), DAY))
    assert found[CORRECTED_CALCIUM].value is None
    assert not found[CORRECTED_CALCIUM].computable
    assert found[CORRECTED_CALCIUM].note == "needs albumin from the same day"


def test_only_the_labs_of_that_day_count() -> None:
    other_day = date(2026, 1, 5)
    values = derived_values(
        [_lab("calcium_total", 2.2, "mmol/L"), _lab("albumin", 30, "g/L", day=other_day)],
        _patient(),
        DAY,
    )
    assert _by_code(values)[CORRECTED_CALCIUM].value is None


# ------------------------------------------------------------------ Ca × P


def test_ca_p_product_from_si_values_is_in_mg2_dl2() -> None:
    found = _by_code(
        derived_values(
            [_lab("calcium_total", 2.2, "mmol/L"), _lab("phosphate", 1.1, "mmol/L")],
            _patient(),
            DAY,
        )
    )[CA_P_PRODUCT]
    expected = (2.2 / 0.2495) * (1.1 / 0.3229)  # ≈ 30.0 mg²/dL²
    assert found.value == pytest.approx(expected)
    assert found.flag is None
    assert "mmol²/L²" in found.inputs


def test_ca_p_product_above_70_is_flagged_with_the_metastatic_hint() -> None:
    found = _by_code(
        derived_values(
            [_lab("calcium_total", 11.0, "mg/dL"), _lab("phosphate", 7.0, "mg/dL")], _patient(), DAY
        )
    )[CA_P_PRODUCT]
    assert found.value == pytest.approx(77.0)
    assert found.flag == "high"
    assert "metastatic" in found.flag_text and "[R26]" in found.flag_text


def test_ca_p_product_of_exactly_70_is_not_flagged() -> None:
    found = _by_code(
        derived_values(
            [_lab("calcium_total", 10.0, "mg/dL"), _lab("phosphate", 7.0, "mg/dL")], _patient(), DAY
        )
    )[CA_P_PRODUCT]
    assert found.value == pytest.approx(70.0)
    assert found.flag is None


# ------------------------------------------------------------------ eGFR


def test_egfr_from_creatinine_in_umol_l() -> None:
    # 88.4 µmol/L = 1.0 mg/dL; woman of 51 on 2026-03-16 (born 1975-01-20).
    found = _by_code(derived_values([_lab("creatinine", 88.4, "umol/L")], _patient(), DAY))[EGFR]
    expected = _hand_egfr(1.0, 51, female=True)
    assert found.value == pytest.approx(expected)
    assert math.isclose(expected, 142 * (1 / 0.7) ** -1.2 * 0.9938**51 * 1.012)
    assert "entered as 88.4 µmol/L" in found.inputs and "age 51" in found.inputs
    assert found.flag is None


def test_egfr_matches_a_published_value() -> None:
    # CKD-EPI 2021: woman of 50, creatinine 1.0 mg/dL → about 69 mL/min/1.73 m².
    found = _by_code(
        derived_values([_lab("creatinine", 1.0, "mg/dL")], _patient(born=date(1976, 1, 1)), DAY)
    )[EGFR]
    assert found.value is not None and round(found.value) == 69


def test_egfr_below_30_is_flagged_for_colchicine_dosing() -> None:
    man = _patient(Sex.MALE, born=date(1956, 1, 1))  # 70 on DAY
    found = _by_code(derived_values([_lab("creatinine", 3.0, "mg/dL")], man, DAY))[EGFR]
    assert found.value == pytest.approx(_hand_egfr(3.0, 70, female=False))
    assert found.value < 30
    assert found.flag == "low"
    assert "colchicine" in found.flag_text and "[R41]" in found.flag_text


def test_egfr_needs_an_adult() -> None:
    child = _patient(born=date(2012, 6, 1))
    found = _by_code(derived_values([_lab("creatinine", 0.5, "mg/dL")], child, DAY))[EGFR]
    assert found.value is None
    assert "eGFR needs age ≥ 18" in found.note


def test_egfr_needs_female_or_male() -> None:
    patient = _patient(Sex.UNKNOWN)
    found = _by_code(derived_values([_lab("creatinine", 1.0, "mg/dL")], patient, DAY))[EGFR]
    assert found.value is None
    assert "female or male" in found.note


def test_all_three_are_listed_even_with_no_labs() -> None:
    values = derived_values([], _patient(), DAY)
    assert [v.code for v in values] == [CORRECTED_CALCIUM, CA_P_PRODUCT, EGFR]
    assert all(v.value is None and v.note.startswith("needs") for v in values)


def test_a_bad_unit_is_reported_not_raised() -> None:
    bad = LabResult("creatinine", DAY, 1.0, "mg/L")
    found = _by_code(derived_values([bad], _patient(), DAY))[EGFR]
    assert found.value is None
    assert "mg/L" in found.note


def test_a_calcium_range_typed_upside_down_is_reported_not_raised() -> None:
    """A nurse typing the lab's range may have the low end above the high end for a moment (the
    labs section marks it); the derived values say so instead of raising."""
    calcium = _lab("calcium_total", 2.3, "mmol/L", 2.6, 2.1)
    found = _by_code(derived_values([calcium, _lab("albumin", 40, "g/L")], _patient(), DAY))
    assert found[CORRECTED_CALCIUM].value is None
    assert found[CORRECTED_CALCIUM].note == "must not exceed high (2.1), got 2.6"
