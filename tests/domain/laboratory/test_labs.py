"""Lab units, conversions and formulas (DOMAIN.md §4.1, §4.2, §7.3).

Expected values are worked out by hand from the factors and formulas in DOMAIN.md, never by
calling the code under test; the eGFR cases are also cross-checked against published values.
"""

from __future__ import annotations

import dataclasses
import itertools
import math

import pytest

from calcitrack.domain.errors import DomainValidationError, UnknownUnitError
from calcitrack.domain.laboratory import labs

EXPECTED_CODES = {
    "calcium_total",
    "calcium_corrected",
    "calcium_ionized",
    "albumin",
    "phosphate",
    "pth_intact",
    "alkaline_phosphatase",
    "vitamin_d_25oh",
    "creatinine",
    "egfr",
    "esr",
    "crp",
    "creatine_kinase",
    "calcium_urine_24h",
    "haemoglobin",
    "anti_ccp",
    "rheumatoid_factor",
    "ana_titre",
}

# ---------------------------------------------------------------- the analyte table


def test_every_analyte_of_domain_4_2_is_in_the_table() -> None:
    assert set(labs.ANALYTES) == EXPECTED_CODES
    for code, entry in labs.ANALYTES.items():
        assert entry.code == code
        assert entry.name
        assert entry.source


@pytest.mark.parametrize(
    ("code", "loinc", "canonical_unit"),
    [
        ("calcium_total", "17861-6", "mg/dL"),
        ("calcium_corrected", "29265-6", "mg/dL"),
        ("calcium_ionized", "1994-3", "mmol/L"),
        ("albumin", "1751-7", "g/dL"),
        ("phosphate", "2777-1", "mg/dL"),
        ("pth_intact", "2731-8", "pg/mL"),
        ("alkaline_phosphatase", "6768-6", "U/L"),
        ("vitamin_d_25oh", "62292-8", "ng/mL"),
        ("creatinine", "2160-0", "mg/dL"),
        ("egfr", "98979-8", "mL/min/{1.73_m2}"),
        ("esr", "4537-7", "mm/h"),
        ("crp", "1988-5", "mg/L"),
        ("creatine_kinase", "2157-6", "U/L"),
        ("calcium_urine_24h", "6874-2", "mg/(24.h)"),
        ("haemoglobin", "718-7", "g/dL"),
        ("anti_ccp", "33935-8", "U/mL"),
        ("rheumatoid_factor", "11572-5", "[IU]/mL"),
        ("ana_titre", "5048-4", "{titer}"),
    ],
)
def test_loinc_and_canonical_unit(code: str, loinc: str, canonical_unit: str) -> None:
    entry = labs.analyte(code)
    assert entry.loinc == loinc
    assert entry.canonical_unit == canonical_unit
    assert entry.units[canonical_unit] == 1
    assert entry.accepted_units[0] == canonical_unit


def test_calcium_total_carries_its_molar_loinc_too() -> None:
    assert labs.analyte("calcium_total").loinc_molar == "2000-8"


def test_other_loinc_codes() -> None:
    assert "30341-2" in labs.analyte("esr").other_loinc
    assert "1989-3" in labs.analyte("vitamin_d_25oh").other_loinc
    assert "42254-3" in labs.analyte("ana_titre").other_loinc


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("calcium_total", (8.5, 10.5, "mg/dL")),
        ("albumin", (3.4, 4.7, "g/dL")),
        ("phosphate", (2.5, 4.5, "mg/dL")),
        ("alkaline_phosphatase", (41.0, 133.0, "U/L")),
        ("creatinine", (0.6, 1.2, "mg/dL")),
        # No ✅ adult range in DOMAIN.md: lab-specific, assay-specific, ⚠️, thresholds or by sex.
        ("calcium_corrected", None),
        ("calcium_ionized", None),
        ("pth_intact", None),
        ("vitamin_d_25oh", None),
        ("egfr", None),
        ("esr", None),
        ("crp", None),
        ("creatine_kinase", None),
        ("calcium_urine_24h", None),
        ("haemoglobin", None),
        ("anti_ccp", None),
        ("rheumatoid_factor", None),
        ("ana_titre", None),
    ],
)
def test_typical_range(code: str, expected: tuple[float, float, str] | None) -> None:
    assert labs.analyte(code).typical_range == expected


@pytest.mark.parametrize(
    ("code", "sex", "expected"),
    [
        ("creatine_kinase", "male", (52.0, 336.0, "U/L")),
        ("creatine_kinase", "female", (38.0, 176.0, "U/L")),
        ("calcium_urine_24h", "male", (25.0, 300.0, "mg/(24.h)")),
        ("calcium_urine_24h", "female", (20.0, 275.0, "mg/(24.h)")),
        ("haemoglobin", "male", (13.0, None, "g/dL")),
        ("haemoglobin", "female", (12.0, None, "g/dL")),
    ],
)
def test_typical_range_by_sex(code: str, sex: str, expected: tuple[object, ...]) -> None:
    assert labs.analyte(code).typical_range_by_sex[sex] == expected


def test_ranges_are_in_the_canonical_unit() -> None:
    for entry in labs.ANALYTES.values():
        ranges = list(entry.typical_range_by_sex.values())
        if entry.typical_range is not None:
            ranges.append(entry.typical_range)
        for _low, _high, unit in ranges:
            assert unit == entry.canonical_unit, entry.code


def test_ana_titre_is_a_number_without_conversion() -> None:
    entry = labs.analyte("ana_titre")
    assert dict(entry.units) == {"{titer}": 1.0}
    assert labs.convert(160, "{titer}", "{titer}", "ana_titre") == 160


def test_analyte_table_is_read_only() -> None:
    entry = labs.analyte("crp")
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.canonical_unit = "mg/dL"  # type: ignore[misc]
    with pytest.raises(TypeError):
        entry.units["mmol/L"] = 1.0  # type: ignore[index]
    with pytest.raises(TypeError):
        labs.ANALYTES["sodium"] = entry  # type: ignore[index]


def test_unknown_analyte_code() -> None:
    with pytest.raises(UnknownUnitError) as excinfo:
        labs.analyte("sodium")
    assert excinfo.value.field == "code"
    assert "calcium_total" in excinfo.value.reason


# ---------------------------------------------------------------- conversions

CONVERSIONS = [
    # analyte, value, from, to, expected (hand arithmetic with the §4.2 factor)
    ("calcium_total", 10, "mg/dL", "mmol/L", 2.495),  # 10 × 0.2495
    ("calcium_total", 2.495, "mmol/L", "mg/dL", 10.0),  # 2.495 / 0.2495
    ("calcium_corrected", 8.1, "mg/dL", "mmol/L", 2.02095),  # 8.1 × 0.2495
    ("calcium_corrected", 2.02095, "mmol/L", "mg/dL", 8.1),
    ("calcium_ionized", 1.25, "mmol/L", "mg/dL", 1.25 / 0.2495),  # = 5.0100200...
    ("calcium_ionized", 5.0, "mg/dL", "mmol/L", 1.2475),  # 5 × 0.2495
    ("albumin", 4.5, "g/dL", "g/L", 45.0),  # × 10
    ("albumin", 45, "g/L", "g/dL", 4.5),
    ("phosphate", 3.3, "mg/dL", "mmol/L", 1.06557),  # 3.3 × 0.3229 (≈ 1.0656)
    ("phosphate", 1.06557, "mmol/L", "mg/dL", 3.3),
    ("pth_intact", 45.6, "pg/mL", "pmol/L", 4.8336),  # 45.6 × 0.106
    ("pth_intact", 4.8336, "pmol/L", "pg/mL", 45.6),
    ("pth_intact", 45.6, "pg/mL", "ng/L", 45.6),  # pg/mL = ng/L
    ("pth_intact", 45.6, "ng/L", "pg/mL", 45.6),
    ("pth_intact", 4.8336, "pmol/L", "ng/L", 45.6),
    ("alkaline_phosphatase", 100, "U/L", "U/L", 100.0),
    ("vitamin_d_25oh", 20, "ng/mL", "nmol/L", 49.92),  # 20 × 2.496
    ("vitamin_d_25oh", 49.92, "nmol/L", "ng/mL", 20.0),
    ("creatinine", 1, "mg/dL", "umol/L", 88.4),  # 1 × 88.4
    ("creatinine", 88.4, "umol/L", "mg/dL", 1.0),
    ("creatinine", 0.8, "mg/dL", "umol/L", 70.72),  # 0.8 × 88.4
    ("egfr", 90, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 90.0),
    ("esr", 20, "mm/h", "mm/h", 20.0),
    ("crp", 2.1, "mg/dL", "mg/L", 21.0),  # × 10
    ("crp", 21, "mg/L", "mg/dL", 2.1),
    ("crp", 2.1, "mg/L", "mg/dL", 0.21),
    ("creatine_kinase", 150, "U/L", "U/L", 150.0),
    ("calcium_urine_24h", 55, "mg/(24.h)", "mmol/(24.h)", 1.37225),  # 55 × 0.02495 ≈ 1.372
    ("calcium_urine_24h", 1.37225, "mmol/(24.h)", "mg/(24.h)", 55.0),
    ("haemoglobin", 11.3, "g/dL", "g/L", 113.0),  # the RA case's "11.3 mg/dl" is g/dL
    ("haemoglobin", 113, "g/L", "g/dL", 11.3),
    ("anti_ccp", 30, "U/mL", "U/mL", 30.0),
    ("rheumatoid_factor", 20, "[IU]/mL", "[IU]/mL", 20.0),
    ("ana_titre", 160, "{titer}", "{titer}", 160.0),
]


@pytest.mark.parametrize(("code", "value", "from_unit", "to_unit", "expected"), CONVERSIONS)
def test_convert(code: str, value: float, from_unit: str, to_unit: str, expected: float) -> None:
    assert labs.convert(value, from_unit, to_unit, code) == pytest.approx(expected, rel=1e-9)


def test_the_conversion_table_covers_every_unit_of_every_analyte() -> None:
    covered = {(code, unit) for code, _v, a, b, _e in CONVERSIONS for unit in (a, b)}
    for code, entry in labs.ANALYTES.items():
        for unit in entry.units:
            assert (code, unit) in covered, (code, unit)


@pytest.mark.parametrize("code", sorted(EXPECTED_CODES))
def test_round_trip(code: str) -> None:
    units = labs.analyte(code).units
    for a, b in itertools.permutations(units, 2):
        for x in (0.0, 0.3, 7.25, 123.456):
            there = labs.convert(x, a, b, code)
            assert labs.convert(there, b, a, code) == pytest.approx(x, abs=1e-9)


def test_same_unit_returns_the_value_unchanged() -> None:
    assert labs.convert(3.3, "mg/dL", "mg/dL", "phosphate") == 3.3
    assert labs.convert(0.1, "mmol/L", "mmol/L", "calcium_total") == 0.1


@pytest.mark.parametrize(
    ("value", "unit", "code", "expected"),
    [
        (45, "g/L", "albumin", 4.5),  # 45 / 10
        (4.5, "g/dL", "albumin", 4.5),
        (2.1, "mg/dL", "crp", 21.0),  # 2.1 × 10
        (2.495, "mmol/L", "calcium_total", 10.0),  # 2.495 / 0.2495
        (4.8336, "pmol/L", "pth_intact", 45.6),  # 4.8336 / 0.106
        (88.4, "umol/L", "creatinine", 1.0),
        (1.25, "mmol/L", "calcium_ionized", 1.25),
    ],
)
def test_normalise(value: float, unit: str, code: str, expected: float) -> None:
    assert labs.normalise(value, unit, code) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    ("call", "field", "listed"),
    [
        (lambda: labs.convert(1, "mg/dL", "mmol/L", "sodium"), "analyte", "calcium_total"),
        (lambda: labs.convert(1, "mg/dL", "mmol/L", None), "analyte", "crp"),
        (lambda: labs.convert(1, "mmol/L", "mg/L", "crp"), "from_unit", "mg/L, mg/dL"),
        (lambda: labs.convert(1, "mg/L", "mmol/L", "crp"), "to_unit", "mg/L, mg/dL"),
        # a real unit, but of another analyte
        (lambda: labs.convert(1, "g/L", "mg/dL", "calcium_total"), "from_unit", "mmol/L"),
        (lambda: labs.convert(1, "mg/dL", "umol/L", "calcium_total"), "to_unit", "mmol/L"),
        (lambda: labs.convert(1, "U/mL", "U/mL", "rheumatoid_factor"), "from_unit", "[IU]/mL"),
        # UCUM spelling is exact
        (lambda: labs.convert(1, "mg/dl", "mg/L", "crp"), "from_unit", "mg/dL"),
        (lambda: labs.convert(1, None, "mg/L", "crp"), "from_unit", "mg/dL"),
        (lambda: labs.normalise(1, "mmol/L", "albumin"), "unit", "g/dL, g/L"),
        (lambda: labs.normalise(1, "g/L", "albumen"), "analyte_code", "albumin"),
    ],
)
def test_unknown_unit_or_analyte_names_the_field(call: object, field: str, listed: str) -> None:
    with pytest.raises(UnknownUnitError) as excinfo:
        call()  # type: ignore[operator]
    assert excinfo.value.field == field
    assert listed in excinfo.value.reason


@pytest.mark.parametrize("bad", ["1", None, True, math.nan, math.inf])
def test_convert_refuses_a_value_that_is_not_a_number(bad: object) -> None:
    with pytest.raises(DomainValidationError) as excinfo:
        labs.convert(bad, "mg/L", "mg/dL", "crp")  # type: ignore[arg-type]
    assert excinfo.value.field == "value"


# ---------------------------------------------------------------- corrected calcium, Ca × P


@pytest.mark.parametrize(
    ("calcium", "albumin", "expected"),
    [
        (8.5, 4.5, 8.1),  # RA case: 8.5 + 0.8 × (4.0 − 4.5) = 8.5 − 0.4 = 8.1
        (8.0, 2.5, 9.2),  # low albumin: 8.0 + 0.8 × (4.0 − 2.5) = 8.0 + 1.2 = 9.2
        (7.6, 2.0, 9.2),  # 7.6 + 0.8 × 2.0 = 9.2
        (9.0, 4.0, 9.0),  # albumin 4.0: no correction
    ],
)
def test_corrected_calcium_mg_dl(calcium: float, albumin: float, expected: float) -> None:
    assert labs.corrected_calcium_mg_dl(calcium, albumin) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("calcium", "albumin", "expected"),
    [
        (2.0, 25, 2.3),  # 2.0 + 0.02 × (40 − 25) = 2.0 + 0.3
        (2.12, 45, 2.02),  # 2.12 + 0.02 × (40 − 45) = 2.12 − 0.1
    ],
)
def test_corrected_calcium_mmol_l(calcium: float, albumin: float, expected: float) -> None:
    assert labs.corrected_calcium_mmol_l(calcium, albumin) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("calcium", "phosphate", "expected"),
    [
        (8.5, 3.3, 28.05),  # RA case: 8.5 × 3.3
        (10.0, 7.5, 75.0),  # above the 70 mg²/dL² "metastatic" threshold
        (10.0, 5.5, 55.0),  # the KDOQI adult target limit
    ],
)
def test_calcium_phosphate_product(calcium: float, phosphate: float, expected: float) -> None:
    assert labs.calcium_phosphate_product(calcium, phosphate) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("product", "expected"),
    [
        # 0.2495 × 0.3229 = 0.08056355; 28.05 × 0.08056355 = 2.2598075775
        (28.05, 2.2598075775),
        # 55 × 0.08056355 = 4.43099525 (KDOQI < 55 ≈ UK < 4.4 mmol²/L²)
        (55.0, 4.43099525),
        (0.0, 0.0),
    ],
)
def test_calcium_phosphate_product_in_mmol2_l2(product: float, expected: float) -> None:
    assert labs.calcium_phosphate_product_mmol2_l2(product) == pytest.approx(expected, rel=1e-9)


def test_ca_p_constants() -> None:
    # §4.1: "mg²/dL² × 0.0806 ≈ mmol²/L²"
    assert abs(labs.CA_P_PRODUCT_MG2_DL2_TO_MMOL2_L2 - 0.0806) < 1e-4
    assert labs.CA_P_PRODUCT_ALERT_MG2_DL2 == 70


# ---------------------------------------------------------------- eGFR CKD-EPI 2021

# eGFR = 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [female]
# κ 0.7 (F) / 0.9 (M); α −0.241 (F) / −0.302 (M). Powers worked with x^y = exp(y·ln x).
EGFR_CASES = [
    # female 50 y, Scr 1.0 (> κ): Scr/κ = 1.428571; 1.428571^−1.2 = exp(−1.2 × 0.356675)
    # = 0.651805; 0.9938^50 = exp(50 × −0.0062193) = 0.732740;
    # 142 × 0.651805 × 0.732740 × 1.012 = 68.6335
    ("female", 50, 1.0, 68.6335),
    # male 60 y, Scr 0.8 (< κ): Scr/κ = 0.888889; 0.888889^−0.302 = exp(0.302 × 0.117783)
    # = 1.036211; 0.9938^60 = 0.688556; 142 × 1.036211 × 0.688556 = 101.3155
    ("male", 60, 0.8, 101.3155),
    # female 30 y, Scr 0.6 (< κ): Scr/κ = 0.857143; 0.857143^−0.241 = exp(0.241 × 0.154151)
    # = 1.037849; 0.9938^30 = 0.829793; 142 × 1.037849 × 0.829793 × 1.012 = 123.7579
    ("female", 30, 0.6, 123.7579),
    # male 70 y, Scr 1.5 (> κ): Scr/κ = 1.666667; 1.666667^−1.2 = exp(−1.2 × 0.510826)
    # = 0.541728; 0.9938^70 = 0.647038; 142 × 0.541728 × 0.647038 = 49.7736
    ("male", 70, 1.5, 49.7736),
    # female 40 y, Scr exactly κ = 0.7: both ratio terms are 1;
    # 0.9938^40 = 0.779758; 142 × 0.779758 × 1.012 = 112.0543
    ("female", 40, 0.7, 112.0543),
    # male 50 y, Scr 1.1 (> κ): Scr/κ = 1.222222; 1.222222^−1.2 = exp(−1.2 × 0.200671)
    # = 0.785995; 0.9938^50 = 0.732740; 142 × 0.785995 × 0.732740 = 81.7820
    ("male", 50, 1.1, 81.7820),
]


@pytest.mark.parametrize(("sex", "age", "scr", "expected"), EGFR_CASES)
def test_egfr_ckd_epi_2021_by_hand(sex: str, age: float, scr: float, expected: float) -> None:
    assert labs.egfr_ckd_epi_2021(scr, age, sex) == pytest.approx(expected, abs=1e-3)


@pytest.mark.parametrize(
    ("sex", "age", "scr", "published"),
    [
        # Published examples (tabletools calculate_egfr_ckdepi, checked there against the NKF
        # calculator at kidney.org): https://rdrr.io/github/JMLuther/tabletools/man/
        # calculate_egfr_ckdepi.html — 70 y male 0.8 → 95.2; 70 y female 0.8 → 79.2;
        # 50 y female 1.0 → 68.6.
        ("male", 70, 0.8, 95.2),
        ("female", 70, 0.8, 79.2),
        ("female", 50, 1.0, 68.6),
    ],
)
def test_egfr_matches_published_calculator_values(
    sex: str, age: float, scr: float, published: float
) -> None:
    assert round(labs.egfr_ckd_epi_2021(scr, age, sex), 1) == published


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: labs.egfr_ckd_epi_2021(0, 50, "female"), "creatinine_mg_dl"),
        (lambda: labs.egfr_ckd_epi_2021(-1, 50, "female"), "creatinine_mg_dl"),
        (lambda: labs.egfr_ckd_epi_2021(math.nan, 50, "female"), "creatinine_mg_dl"),
        (lambda: labs.egfr_ckd_epi_2021(1.0, 17, "female"), "age_years"),  # adult equation
        (lambda: labs.egfr_ckd_epi_2021(1.0, 121, "male"), "age_years"),
        (lambda: labs.egfr_ckd_epi_2021(1.0, True, "male"), "age_years"),
        (lambda: labs.egfr_ckd_epi_2021(1.0, 50, "other"), "sex"),
        (lambda: labs.egfr_ckd_epi_2021(1.0, 50, "F"), "sex"),
        (lambda: labs.egfr_ckd_epi_2021(1.0, 50, None), "sex"),
    ],
)
def test_egfr_validation_names_the_field(call: object, field: str) -> None:
    with pytest.raises(DomainValidationError) as excinfo:
        call()  # type: ignore[operator]
    assert excinfo.value.field == field


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("value", "low", "high", "expected"),
    [
        (8.4, 8.5, 10.5, "low"),
        (8.5, 8.5, 10.5, None),  # bounds are inclusive
        (9.5, 8.5, 10.5, None),
        (10.5, 8.5, 10.5, None),
        (10.6, 8.5, 10.5, "high"),
        (11.3, 12.0, None, "low"),  # anaemia cut-off: lower bound only
        (13.0, 12.0, None, None),
        (400.0, None, 336.0, "high"),
        (5.0, None, None, None),
    ],
)
def test_out_of_range(
    value: float, low: float | None, high: float | None, expected: str | None
) -> None:
    assert labs.out_of_range(value, low, high) == expected


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: labs.out_of_range(math.nan, 1, 2), "value"),
        (lambda: labs.out_of_range(1, "a", 2), "low"),
        (lambda: labs.out_of_range(1, 1, math.nan), "high"),
        (lambda: labs.out_of_range(1, 3, 2), "low"),  # low above high
    ],
)
def test_out_of_range_validation(call: object, field: str) -> None:
    with pytest.raises(DomainValidationError) as excinfo:
        call()  # type: ignore[operator]
    assert excinfo.value.field == field


@pytest.mark.parametrize(
    ("age", "sex", "expected"),
    [
        (50, "male", 25.0),  # 50 / 2
        (50, "female", 30.0),  # (50 + 10) / 2
        (18, "female", 14.0),  # (18 + 10) / 2
        (69, "female", 39.5),  # the DM case: (69 + 10) / 2
        (80, "male", 40.0),
    ],
)
def test_esr_upper_limit_miller(age: float, sex: str, expected: float) -> None:
    assert labs.esr_upper_limit_miller(age, sex) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: labs.esr_upper_limit_miller(10, "male"), "age_years"),
        (lambda: labs.esr_upper_limit_miller(50, "unknown"), "sex"),
    ],
)
def test_esr_upper_limit_validation(call: object, field: str) -> None:
    with pytest.raises(DomainValidationError) as excinfo:
        call()  # type: ignore[operator]
    assert excinfo.value.field == field


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: labs.corrected_calcium_mg_dl(8.5, 0), "albumin_g_dl"),
        (lambda: labs.corrected_calcium_mg_dl(8.5, -1), "albumin_g_dl"),
        (lambda: labs.corrected_calcium_mg_dl(-1, 4.0), "calcium_mg_dl"),
        (lambda: labs.corrected_calcium_mg_dl(math.nan, 4.0), "calcium_mg_dl"),
        (lambda: labs.corrected_calcium_mmol_l(2.0, 0), "albumin_g_l"),
        (lambda: labs.corrected_calcium_mmol_l(None, 40), "calcium_mmol_l"),
        (lambda: labs.calcium_phosphate_product(-8.5, 3.3), "calcium_mg_dl"),
        (lambda: labs.calcium_phosphate_product(8.5, "3.3"), "phosphate_mg_dl"),
        (lambda: labs.calcium_phosphate_product_mmol2_l2(-1), "product_mg2_dl2"),
    ],
)
def test_mineral_formula_validation(call: object, field: str) -> None:
    with pytest.raises(DomainValidationError) as excinfo:
        call()  # type: ignore[operator]
    assert excinfo.value.field == field
