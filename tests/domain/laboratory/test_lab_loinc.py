"""A lab result's LOINC code matches the kind of unit it was entered in: a LOINC code names its
property (mass or substance concentration), so 88 umol/L of creatinine goes under the molar code
14682-9, never under 2160-0 "Creatinine [Mass/volume]"; a result with no code of its unit's kind
gets none."""

from __future__ import annotations

from datetime import date

import pytest

from calcitrack.domain.entities import LabResult
from calcitrack.domain.laboratory.lab_loinc import is_molar, loinc_of


def _result(analyte: str, unit: str) -> LabResult:
    return LabResult(analyte=analyte, value=1.0, unit=unit, collected_on=date(2026, 1, 5))


@pytest.mark.parametrize(
    ("analyte", "unit", "code"),
    [
        ("creatinine", "mg/dL", "2160-0"),  # Creatinine [Mass/volume]
        ("creatinine", "umol/L", "14682-9"),  # Creatinine [Moles/volume]
        ("calcium_total", "mg/dL", "17861-6"),  # Calcium [Mass/volume]
        ("calcium_total", "mmol/L", "2000-8"),  # Calcium [Moles/volume]
        ("phosphate", "mg/dL", "2777-1"),
        ("phosphate", "mmol/L", None),  # no molar code verified: none rather than a wrong one
        ("vitamin_d_25oh", "nmol/L", None),
        ("calcium_corrected", "mg/dL", None),  # its only code, 29265-6, is molar
        ("calcium_corrected", "mmol/L", "29265-6"),
        ("unknown_analyte", "mg/dL", None),
    ],
)
def test_the_code_is_the_one_of_the_units_kind(analyte: str, unit: str, code: str | None) -> None:
    assert loinc_of(_result(analyte, unit)) == code


def test_molar_units() -> None:
    assert all(is_molar(u) for u in ("mmol/L", "umol/L", "pmol/L", "nmol/L", "mmol/(24.h)"))
    assert not any(is_molar(u) for u in ("mg/dL", "ng/mL", "pg/mL", "mg/(24.h)", "U/mL"))
