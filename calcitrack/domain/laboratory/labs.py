"""Laboratory units, conversions and formulas (DOMAIN.md §4, §7.3).

Every value carries its unit; conversions come only from the analyte table of §4.2 and never
guess a unit (§0.1). The table itself lives in :mod:`calcitrack.domain.laboratory.lab_units` and is
re-exported here.
"""

from __future__ import annotations

from typing import Final, Literal

from calcitrack.domain.errors import DomainValidationError, check_number, shown_number
from calcitrack.domain.laboratory.lab_units import (
    ANALYTES,
    Analyte,
    Range,
    analyte,
    lookup_analyte,
    unit_factor,
)
from calcitrack.i18n.catalogue import _

__all__ = [
    "ANALYTES",
    "CA_P_PRODUCT_ALERT_MG2_DL2",
    "CA_P_PRODUCT_MG2_DL2_TO_MMOL2_L2",
    "Analyte",
    "Range",
    "Sex",
    "analyte",
    "calcium_phosphate_product",
    "calcium_phosphate_product_mmol2_l2",
    "convert",
    "corrected_calcium_mg_dl",
    "corrected_calcium_mmol_l",
    "egfr_ckd_epi_2021",
    "esr_upper_limit_miller",
    "normalise",
    "out_of_range",
]

Sex = Literal["female", "male"]

CA_P_PRODUCT_MG2_DL2_TO_MMOL2_L2: Final = 0.2495 * 0.3229
"""mg²/dL² × this = mmol²/L² (Ca 0.2495 × P 0.3229, ≈ 0.0806) [§4.1]."""

CA_P_PRODUCT_ALERT_MG2_DL2: Final = 70.0
"""Ca×P above this suggests metastatic calcification [R26][R59] (textbook, not a guideline)."""


def convert(value: float, from_unit: str, to_unit: str, analyte: str) -> float:
    """Convert ``value`` of ``analyte`` (a code of ``ANALYTES``) from one UCUM unit to another.

    Factors from DOMAIN.md §4.2. An unknown analyte, or a unit that is not one of that analyte's
    units, raises ``UnknownUnitError`` naming "analyte", "from_unit" or "to_unit" and listing
    the accepted choices. The same unit returns the value unchanged.
    """
    entry = lookup_analyte(analyte, field="analyte")
    from_factor = unit_factor(entry, from_unit, field="from_unit")
    to_factor = unit_factor(entry, to_unit, field="to_unit")
    number = check_number("value", value)
    if from_unit == to_unit:
        return number
    return number * from_factor / to_factor


def normalise(value: float, unit: str, analyte_code: str) -> float:
    """``value`` in ``unit`` expressed in the analyte's canonical unit (§0.1: store both)."""
    entry = lookup_analyte(analyte_code, field="analyte_code")
    factor = unit_factor(entry, unit, field="unit")
    number = check_number("value", value)
    if unit == entry.canonical_unit:
        return number
    return number * factor


def corrected_calcium_mg_dl(calcium_mg_dl: float, albumin_g_dl: float) -> float:
    """Albumin-corrected calcium, mg/dL: Ca + 0.8 × (4.0 − albumin g/dL) [R24].

    Inaccurate in CKD/ESRD, where ionized calcium is preferred [R24].
    """
    calcium = check_number("calcium_mg_dl", calcium_mg_dl, minimum=0, unit="mg/dL")
    albumin = check_number(
        "albumin_g_dl", albumin_g_dl, minimum=0, exclusive_minimum=True, unit="g/dL"
    )
    return calcium + 0.8 * (4.0 - albumin)


def corrected_calcium_mmol_l(calcium_mmol_l: float, albumin_g_l: float) -> float:
    """Albumin-corrected calcium, SI: Ca + 0.02 × (40 − albumin g/L) [R24].

    The published SI form rounds 0.8 × 0.2495 / 10 = 0.01996 to 0.02, so it differs from the
    converted mg/dL result in the fourth decimal.
    """
    calcium = check_number("calcium_mmol_l", calcium_mmol_l, minimum=0, unit="mmol/L")
    albumin = check_number(
        "albumin_g_l", albumin_g_l, minimum=0, exclusive_minimum=True, unit="g/L"
    )
    return calcium + 0.02 * (40.0 - albumin)


def calcium_phosphate_product(calcium_mg_dl: float, phosphate_mg_dl: float) -> float:
    """Ca × P in mg²/dL² (§4.1; > 70 suggests metastatic calcification [R26])."""
    calcium = check_number("calcium_mg_dl", calcium_mg_dl, minimum=0, unit="mg/dL")
    phosphate = check_number("phosphate_mg_dl", phosphate_mg_dl, minimum=0, unit="mg/dL")
    return calcium * phosphate


def calcium_phosphate_product_mmol2_l2(product_mg2_dl2: float) -> float:
    """A Ca × P product in mg²/dL² expressed in mmol²/L² (× 0.2495 × 0.3229) [§4.1]."""
    product = check_number("product_mg2_dl2", product_mg2_dl2, minimum=0, unit="mg²/dL²")
    return product * CA_P_PRODUCT_MG2_DL2_TO_MMOL2_L2


def _check_sex(sex: object) -> Sex:
    if sex == "female" or sex == "male":
        return sex
    raise DomainValidationError(
        "sex", _("must be 'female' or 'male', got {sex}").format(sex=repr(sex))
    )


def _check_adult_age(age_years: float) -> float:
    return check_number("age_years", age_years, minimum=18, maximum=120, unit="years")


def egfr_ckd_epi_2021(creatinine_mg_dl: float, age_years: float, sex: str) -> float:
    """eGFR by the race-free CKD-EPI 2021 creatinine equation, mL/min/1.73 m² [R27].

    142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [female];
    κ = 0.7 (F) / 0.9 (M), α = −0.241 (F) / −0.302 (M), Scr in mg/dL.
    An adult equation: age must be 18–120 years (children need a paediatric equation).
    """
    creatinine = check_number(
        "creatinine_mg_dl", creatinine_mg_dl, minimum=0, exclusive_minimum=True, unit="mg/dL"
    )
    age = _check_adult_age(age_years)
    female = _check_sex(sex) == "female"
    kappa = 0.7 if female else 0.9
    alpha = -0.241 if female else -0.302
    ratio = creatinine / kappa
    egfr: float = 142.0 * min(ratio, 1.0) ** alpha * max(ratio, 1.0) ** -1.200 * 0.9938**age
    return egfr * 1.012 if female else egfr


def out_of_range(
    value: float, low: float | None, high: float | None
) -> Literal["low", "high"] | None:
    """Return "low" below ``low``, "high" above ``high``, else ``None``; bounds are inclusive.

    Either bound may be ``None`` (open-ended, e.g. an anaemia cut-off has only a lower bound).
    """
    number = check_number("value", value)
    lower = None if low is None else check_number("low", low)
    upper = None if high is None else check_number("high", high)
    if lower is not None and upper is not None and lower > upper:
        raise DomainValidationError("low", _("must not exceed high ({high}), got {low}").format(
            high=shown_number(upper), low=shown_number(lower)
        ))
    if lower is not None and number < lower:
        return "low"
    if upper is not None and number > upper:
        return "high"
    return None


def esr_upper_limit_miller(age_years: float, sex: str) -> float:
    """Upper limit of normal ESR, mm/h, by Miller's rule: men age/2, women (age + 10)/2 [R31].

    An adult rule (§4.2 lists adult ranges): age must be 18–120 years.
    """
    age = _check_adult_age(age_years)
    return (age + 10.0) / 2.0 if _check_sex(sex) == "female" else age / 2.0
