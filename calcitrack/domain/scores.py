"""Rheumatoid-arthritis disease-activity scores and their bands (DOMAIN.md §0.1, §2.1, §2.2).

DAS28-CRP takes CRP in mg/L, SDAI in mg/dL (§8.1: the highest-risk slip). The ``*_from``
helpers take CRP with its UCUM unit and convert through :func:`labs.convert`; they never guess.
Results are not rounded: round for display only.
"""

from __future__ import annotations

import math
from typing import Final, Literal

from calcitrack.domain.errors import DomainValidationError, UnknownUnitError, check_number
from calcitrack.domain.laboratory import labs
from calcitrack.i18n.catalogue import _

Category = Literal["remission", "low", "moderate", "high"]
EularResponse = Literal["good", "moderate", "none"]

DAS28_ENTRY_TOLERANCE: Final = 0.1
"""A DAS28 typed in by hand that differs from its components by more than this is flagged (§0.1)."""

_FLOAT_NOISE_DIGITS: Final = 9
"""Differences are rounded to 1e-9 so that, e.g., 4.4 − 3.8 counts as exactly 0.6."""


def _joint_count(field: str, value: object) -> float:
    count = check_number(field, value, minimum=0, maximum=28, unit="joints")
    if not count.is_integer():
        raise DomainValidationError(
            field,
            _("must be a whole number of joints from 0 to 28, got {value}").format(
                value=repr(value)
            ),
        )
    return count


def _patient_global_mm(value: object) -> float:
    return check_number("patient_global_mm", value, minimum=0, maximum=100, unit="mm")


def _global_0_10(field: str, value: object) -> float:
    return check_number(field, value, minimum=0, maximum=10)


def das28_esr(tjc28: int, sjc28: int, esr_mm_h: float, patient_global_mm: float) -> float:
    """DAS28-ESR = 0.56·√TJC28 + 0.28·√SJC28 + 0.70·ln(ESR) + 0.014·PtGA [R12].

    ESR in mm/h must be ≥ 1 (ln 0 is undefined): a lower value raises, it is not clamped.
    PtGA is the patient global assessment on a 0–100 mm scale.
    """
    tjc = _joint_count("tjc28", tjc28)
    sjc = _joint_count("sjc28", sjc28)
    esr = check_number("esr_mm_h", esr_mm_h, minimum=1, unit="mm/h")
    ptga = _patient_global_mm(patient_global_mm)
    return 0.56 * math.sqrt(tjc) + 0.28 * math.sqrt(sjc) + 0.70 * math.log(esr) + 0.014 * ptga


def das28_crp(tjc28: int, sjc28: int, crp_mg_l: float, patient_global_mm: float) -> float:
    """DAS28-CRP = 0.56·√TJC28 + 0.28·√SJC28 + 0.36·ln(CRP + 1) + 0.014·PtGA + 0.96 [R12].

    CRP must be in **mg/L**; use :func:`das28_crp_from` when the lab reports another unit.
    """
    tjc = _joint_count("tjc28", tjc28)
    sjc = _joint_count("sjc28", sjc28)
    crp = check_number("crp_mg_l", crp_mg_l, minimum=0, unit="mg/L")
    ptga = _patient_global_mm(patient_global_mm)
    return (
        0.56 * math.sqrt(tjc)
        + 0.28 * math.sqrt(sjc)
        + 0.36 * math.log(crp + 1.0)
        + 0.014 * ptga
        + 0.96
    )


def cdai(tjc28: int, sjc28: int, patient_global_0_10: float, evaluator_global_0_10: float) -> float:
    """CDAI = TJC28 + SJC28 + PtGA (0–10) + EvGA (0–10) [R12][R16]."""
    return (
        _joint_count("tjc28", tjc28)
        + _joint_count("sjc28", sjc28)
        + _global_0_10("patient_global_0_10", patient_global_0_10)
        + _global_0_10("evaluator_global_0_10", evaluator_global_0_10)
    )


def sdai(
    tjc28: int,
    sjc28: int,
    patient_global_0_10: float,
    evaluator_global_0_10: float,
    crp_mg_dl: float,
) -> float:
    """SDAI = CDAI + CRP in **mg/dL** (the opposite of DAS28-CRP) [R12][R16]."""
    total = cdai(tjc28, sjc28, patient_global_0_10, evaluator_global_0_10)
    return total + check_number("crp_mg_dl", crp_mg_dl, minimum=0, unit="mg/dL")


def _crp_in(crp_value: float, crp_unit: str, target_unit: str) -> float:
    crp = check_number("crp_value", crp_value, minimum=0)
    try:
        return labs.convert(crp, crp_unit, target_unit, "crp")
    except UnknownUnitError as error:
        raise UnknownUnitError("crp_unit", error.reason) from error


def das28_crp_from(
    tjc28: int, sjc28: int, crp_value: float, crp_unit: str, patient_global_mm: float
) -> float:
    """DAS28-CRP with CRP given in its UCUM unit ("mg/L" or "mg/dL"), converted to mg/L [R12]."""
    return das28_crp(tjc28, sjc28, _crp_in(crp_value, crp_unit, "mg/L"), patient_global_mm)


def sdai_from(
    tjc28: int,
    sjc28: int,
    patient_global_0_10: float,
    evaluator_global_0_10: float,
    crp_value: float,
    crp_unit: str,
) -> float:
    """SDAI with CRP given in its UCUM unit ("mg/L" or "mg/dL"), converted to mg/dL [R16]."""
    crp_mg_dl = _crp_in(crp_value, crp_unit, "mg/dL")
    return sdai(tjc28, sjc28, patient_global_0_10, evaluator_global_0_10, crp_mg_dl)


def _above_remission(score: float, low_max: float, moderate_max: float) -> Category:
    if score <= low_max:
        return "low"
    if score <= moderate_max:
        return "moderate"
    return "high"


def das28_category(value: float) -> Category:
    """DAS28 band: remission < 2.6, low ≤ 3.2, moderate ≤ 5.1, high > 5.1 [R13].

    Validated for DAS28-ESR; on DAS28-CRP these underestimate activity (§2.1 [R14][R15]).
    """
    score = check_number("value", value, minimum=0)
    return "remission" if score < 2.6 else _above_remission(score, 3.2, 5.1)


def cdai_category(value: float) -> Category:
    """CDAI band: remission ≤ 2.8, low ≤ 10, moderate ≤ 22, high > 22 [R13][R16]."""
    score = check_number("value", value, minimum=0)
    return "remission" if score <= 2.8 else _above_remission(score, 10.0, 22.0)


def sdai_category(value: float) -> Category:
    """SDAI band: remission ≤ 3.3, low ≤ 11, moderate ≤ 26, high > 26 [R13][R16]."""
    score = check_number("value", value, minimum=0)
    return "remission" if score <= 3.3 else _above_remission(score, 11.0, 26.0)


def eular_response(baseline: float, current: float) -> EularResponse:
    """EULAR response from two DAS28 values of the same variant [R12] (acreular eularResponse).

    Δ = baseline − current. Current ≤ 3.2: Δ > 1.2 good, 0.6 < Δ ≤ 1.2 moderate.
    3.2 < current ≤ 5.1: Δ > 0.6 moderate. Current > 5.1: Δ > 1.2 moderate, 0.6 < Δ ≤ 1.2 none.
    Δ ≤ 0.6: none. Δ is rounded to 1e-9 first so that binary floating point cannot push an
    exact boundary (4.4 − 3.8 = 0.6) across it.
    """
    before = check_number("baseline", baseline, minimum=0)
    now = check_number("current", current, minimum=0)
    delta = round(before - now, _FLOAT_NOISE_DIGITS)
    if delta <= 0.6:
        return "none"
    if now <= 3.2:
        return "good" if delta > 1.2 else "moderate"
    if now <= 5.1:
        return "moderate"
    return "moderate" if delta > 1.2 else "none"


def das28_entry_disagrees(
    recorded: float, computed: float, tolerance: float = DAS28_ENTRY_TOLERANCE
) -> bool:
    """True when a hand-typed DAS28 differs from the one computed from its components by more
    than ``tolerance`` (default 0.1, §0.1); a difference of exactly the tolerance is accepted."""
    typed = check_number("recorded", recorded, minimum=0)
    derived = check_number("computed", computed, minimum=0)
    allowed = check_number("tolerance", tolerance, minimum=0)
    return round(abs(typed - derived), _FLOAT_NOISE_DIGITS) > allowed
