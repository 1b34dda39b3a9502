"""The one rule for a lab result's reference range and flag
(calcitrack.domain.laboratory.lab_reference;
DOMAIN.md §0.6, §4.2).

Expected bounds are worked out by hand from the ranges and factors of DOMAIN.md §4.2
(calcium mg/dL × 0.2495 → mmol/L, phosphate × 0.3229, creatinine × 88.4; Miller: men age/2,
women (age + 10)/2 [R31]), never by calling the code under test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from calcitrack.domain.entities import LabResult
from calcitrack.domain.errors import DomainValidationError, UnknownUnitError
from calcitrack.domain.laboratory.lab_reference import (
    ReferenceRange,
    reference_range,
    typical_reference,
)
from calcitrack.domain.laboratory.lab_results import entered

DAY = date(2026, 9, 14)


def lab(
    analyte: str, value: float, unit: str, low: float | None = None, high: float | None = None
) -> LabResult:
    return entered(analyte, DAY, value, unit, low, high)


@dataclass(frozen=True)
class Case:
    result: LabResult
    sex: str
    age: int | None
    low: float | None
    high: float | None
    unit: str
    kind: str
    source: str
    citation: str
    flag: str | None


TYPICAL = "typical adult range"
LAB = "reporting lab"
CA = "[R29][R33]"

CASES = {
    # ------------------------------------------------------------ the reporting lab's range wins
    "lab range: high although within the typical range": Case(
        lab("calcium_total", 10.4, "mg/dL", 8.6, 10.2), "female", 51,
        8.6, 10.2, "mg/dL", "lab", LAB, "", "high"),
    "lab range: within although above the typical range": Case(
        lab("calcium_total", 10.8, "mg/dL", 8.5, 11.0), "female", 51,
        8.5, 11.0, "mg/dL", "lab", LAB, "", None),
    "lab range in mmol/L, read as it stands": Case(
        lab("calcium_total", 2.7, "mmol/L", 2.15, 2.55), "male", 60,
        2.15, 2.55, "mmol/L", "lab", LAB, "", "high"),
    "lab range with only a lower bound": Case(
        lab("haemoglobin", 11.3, "g/dL", 12.0), "female", 51,
        12.0, None, "g/dL", "lab", LAB, "", "low"),
    "lab range of an analyte without a sourced typical range": Case(
        lab("crp", 12.0, "mg/L", None, 5.0), "female", 51,
        None, 5.0, "mg/L", "lab", LAB, "", "high"),
    "lab range of ESR wins over Miller's limit (30.5)": Case(
        lab("esr", 25.0, "mm/h", None, 20.0), "female", 51,
        None, 20.0, "mm/h", "lab", LAB, "", "high"),
    "lab range of an analyte the table does not know: same unit, no conversion": Case(
        lab("ferritin", 300.0, "ng/mL", 15.0, 150.0), "female", 51,
        15.0, 150.0, "ng/mL", "lab", LAB, "", "high"),
    "lab range of a unit the table does not know: same unit, no conversion": Case(
        lab("calcium_total", 90.0, "mg/L", 85.0, 105.0), "female", 51,
        85.0, 105.0, "mg/L", "lab", LAB, "", None),
    # ------------------------------------------------------------ the typical range of §4.2
    "typical: phosphate high": Case(
        lab("phosphate", 4.6, "mg/dL"), "female", 51,
        2.5, 4.5, "mg/dL", "typical", TYPICAL, CA, "high"),
    "typical: the same for a patient of other sex": Case(
        lab("phosphate", 2.4, "mg/dL"), "other", None,
        2.5, 4.5, "mg/dL", "typical", TYPICAL, CA, "low"),
    "typical for women: CK 200 U/L above 38–176": Case(
        lab("creatine_kinase", 200.0, "U/L"), "female", 51,
        38.0, 176.0, "U/L", "typical", "typical adult range for women", "[R28][R33]", "high"),
    "typical for men: CK 200 U/L within 52–336": Case(
        lab("creatine_kinase", 200.0, "U/L"), "male", 60,
        52.0, 336.0, "U/L", "typical", "typical adult range for men", "[R28][R33]", None),
    "typical for men: haemoglobin 12.5 below the WHO cut-off 13": Case(
        lab("haemoglobin", 12.5, "g/dL"), "male", 60,
        13.0, None, "g/dL", "typical", "typical adult range for men", "[R32]", "low"),
    "typical for women: haemoglobin 12.5 at or above 12": Case(
        lab("haemoglobin", 12.5, "g/dL"), "female", 51,
        12.0, None, "g/dL", "typical", "typical adult range for women", "[R32]", None),
    # ------------------------------------------------------------ converted into the result's unit
    "calcium 2.7 mmol/L against 8.5–10.5 mg/dL × 0.2495": Case(
        lab("calcium_total", 2.7, "mmol/L"), "female", 51,
        2.12075, 2.61975, "mmol/L", "typical", TYPICAL, CA, "high"),
    "calcium 2.6 mmol/L within": Case(
        lab("calcium_total", 2.6, "mmol/L"), "female", 51,
        2.12075, 2.61975, "mmol/L", "typical", TYPICAL, CA, None),
    "calcium 2.1 mmol/L low": Case(
        lab("calcium_total", 2.1, "mmol/L"), "female", 51,
        2.12075, 2.61975, "mmol/L", "typical", TYPICAL, CA, "low"),
    "phosphate 1.5 mmol/L against 2.5–4.5 mg/dL × 0.3229": Case(
        lab("phosphate", 1.5, "mmol/L"), "male", 60,
        0.80725, 1.45305, "mmol/L", "typical", TYPICAL, CA, "high"),
    "phosphate 0.8 mmol/L low": Case(
        lab("phosphate", 0.8, "mmol/L"), "male", 60,
        0.80725, 1.45305, "mmol/L", "typical", TYPICAL, CA, "low"),
    "creatinine 110 µmol/L against 0.6–1.2 mg/dL × 88.4": Case(
        lab("creatinine", 110.0, "umol/L"), "female", 51,
        53.04, 106.08, "umol/L", "typical", TYPICAL, CA, "high"),
    "albumin 33 g/L against 3.4–4.7 g/dL × 10": Case(
        lab("albumin", 33.0, "g/L"), "female", 51,
        34.0, 47.0, "g/L", "typical", TYPICAL, CA, "low"),
    # ------------------------------------------------------------ ESR: Miller's rule [R31]
    "ESR, woman aged 51: ≤ (51 + 10)/2 = 30.5": Case(
        lab("esr", 31.0, "mm/h"), "female", 51,
        None, 30.5, "mm/h", "miller", "Miller age-adjusted ESR limit for a woman aged 51",
        "[R31]", "high"),
    "ESR, man aged 60: ≤ 60/2 = 30": Case(
        lab("esr", 29.0, "mm/h"), "male", 60,
        None, 30.0, "mm/h", "miller", "Miller age-adjusted ESR limit for a man aged 60",
        "[R31]", None),
    "ESR, woman aged 18: ≤ 14": Case(
        lab("esr", 15.0, "mm/h"), "female", 18,
        None, 14.0, "mm/h", "miller", "Miller age-adjusted ESR limit for a woman aged 18",
        "[R31]", "high"),
    # ------------------------------------------------------------ a value on a bound is within
    "on the lab's upper bound": Case(
        lab("calcium_total", 10.5, "mg/dL", 8.5, 10.5), "female", 51,
        8.5, 10.5, "mg/dL", "lab", LAB, "", None),
    "on the lab's lower bound": Case(
        lab("calcium_total", 8.5, "mg/dL", 8.5, 10.5), "female", 51,
        8.5, 10.5, "mg/dL", "lab", LAB, "", None),
    "on the typical upper bound": Case(
        lab("phosphate", 4.5, "mg/dL"), "female", 51,
        2.5, 4.5, "mg/dL", "typical", TYPICAL, CA, None),
    "on the typical lower bound": Case(
        lab("phosphate", 2.5, "mg/dL"), "female", 51,
        2.5, 4.5, "mg/dL", "typical", TYPICAL, CA, None),
    "just above the typical upper bound for women": Case(
        lab("creatine_kinase", 176.5, "U/L"), "female", 51,
        38.0, 176.0, "U/L", "typical", "typical adult range for women", "[R28][R33]", "high"),
    "on Miller's limit": Case(
        lab("esr", 30.5, "mm/h"), "female", 51,
        None, 30.5, "mm/h", "miller", "Miller age-adjusted ESR limit for a woman aged 51",
        "[R31]", None),
    "on a lower bound only": Case(
        lab("haemoglobin", 13.0, "g/dL"), "male", 60,
        13.0, None, "g/dL", "typical", "typical adult range for men", "[R32]", None),
}  # fmt: skip


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_range_a_result_is_read_against_and_its_flag(case: Case) -> None:
    found = reference_range(case.result, case.sex, case.age)
    assert found is not None
    assert (found.low, found.high) == pytest.approx((case.low, case.high))
    assert (found.unit, found.kind, found.source, found.citation, found.flag) == (
        case.unit, case.kind, case.source, case.citation, case.flag
    )  # fmt: skip
    assert found.analyte == case.result.analyte


NONE = {
    "an analyte the table does not know, without a lab range": (
        lab("ferritin", 300.0, "ng/mL"), "female", 51),
    "a unit the analyte does not accept, without a lab range": (
        lab("calcium_total", 90.0, "mg/L"), "female", 51),
    "PTH: the ≈15–65 pg/mL range is ⚠️ in DOMAIN.md, not hard-coded": (
        lab("pth_intact", 80.0, "pg/mL"), "female", 51),
    "CRP: lab-specific": (lab("crp", 12.0, "mg/L"), "female", 51),
    "ionized calcium: lab-specific": (lab("calcium_ionized", 1.4, "mmol/L"), "male", 60),
    "CK for a patient neither female nor male: §4.2 gives ranges by sex only": (
        lab("creatine_kinase", 200.0, "U/L"), "other", 51),
    "ESR of a child: Miller's rule is an adult rule": (lab("esr", 30.0, "mm/h"), "female", 17),
    "ESR at an unknown age": (lab("esr", 30.0, "mm/h"), "female", None),
    "ESR of a patient neither female nor male": (lab("esr", 30.0, "mm/h"), "unknown", 51),
    "ESR beyond the age Miller's rule is checked for": (lab("esr", 30.0, "mm/h"), "male", 121),
}  # fmt: skip


@pytest.mark.parametrize(("result", "sex", "age"), NONE.values(), ids=NONE.keys())
def test_no_range_is_guessed(result: LabResult, sex: str, age: int | None) -> None:
    assert reference_range(result, sex, age) is None


def test_a_lab_range_upside_down_is_refused_not_read() -> None:
    with pytest.raises(DomainValidationError):
        reference_range(lab("calcium_total", 9.0, "mg/dL", 10.5, 8.5), "female", 51)


# ----------------------------------------------------------------------- display unit


def test_a_range_expressed_in_another_unit_keeps_its_flag() -> None:
    found = reference_range(lab("calcium_total", 2.7, "mmol/L", 2.15, 2.55), "female", 51)
    assert found is not None
    in_mg = found.in_unit("mg/dL")
    assert (in_mg.low, in_mg.high) == pytest.approx((2.15 / 0.2495, 2.55 / 0.2495))
    assert (round(in_mg.low, 2), round(in_mg.high, 2)) == (8.62, 10.22)
    assert (in_mg.unit, in_mg.flag, in_mg.kind, in_mg.source) == ("mg/dL", "high", "lab", LAB)
    assert found.in_unit("mmol/L") is found


def test_a_typical_range_in_another_unit_and_back() -> None:
    found = reference_range(lab("phosphate", 0.8, "mmol/L"), "male", 60)
    assert found is not None and found.flag == "low"
    back = found.in_unit("mg/dL")
    assert (back.low, back.high) == pytest.approx((2.5, 4.5))
    assert back.unit == "mg/dL"
    assert back.flag == "low"


def test_an_open_ended_range_stays_open_in_another_unit() -> None:
    found = reference_range(lab("haemoglobin", 125.0, "g/L"), "male", 60)
    assert found is not None
    assert (found.low, found.high, found.unit, found.flag) == (pytest.approx(130.0), None,
                                                               "g/L", "low")  # fmt: skip
    assert found.in_unit("g/dL").high is None
    assert found.in_unit("g/dL").low == pytest.approx(13.0)


@pytest.mark.parametrize("unit", ["mg/L", "g/L", ""])
def test_a_unit_foreign_to_the_analyte_is_refused(unit: str) -> None:
    found = reference_range(lab("calcium_total", 9.0, "mg/dL"), "female", 51)
    assert found is not None
    with pytest.raises(UnknownUnitError):
        found.in_unit(unit)


def test_a_range_of_an_unknown_analyte_cannot_be_converted() -> None:
    found = reference_range(lab("ferritin", 300.0, "ng/mL", 15.0, 150.0), "female", 51)
    assert found is not None
    with pytest.raises(UnknownUnitError):
        found.in_unit("ug/L")


# ----------------------------------------------------------------------- the range alone


def test_the_typical_reference_alone_is_in_the_unit_of_section_4_2_and_reads_no_value() -> None:
    calcium = typical_reference("calcium_total", "female", 51)
    assert calcium == ReferenceRange(
        "calcium_total", 8.5, 10.5, "mg/dL", "typical", TYPICAL, CA, None
    )
    assert calcium.flag_of(10.6) == "high" and calcium.flag_of(10.5) is None
    esr = typical_reference("esr", "male", 60)
    assert esr is not None and (esr.low, esr.high, esr.kind) == (None, 30.0, "miller")
    assert typical_reference("crp", "female", 51) is None
    assert typical_reference("no_such_analyte", "female", 51) is None
