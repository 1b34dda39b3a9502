"""Values derived from one day's labs: albumin-corrected calcium, the Ca × P product and eGFR
(DOMAIN.md §4.1), each with its formula, its source, the inputs used and a flag.

Inputs may be entered in any accepted unit: each is converted with the factors of §4.2 before the
formula is applied, and the inputs text says what was converted to what. Corrected calcium is
given in the unit the calcium was entered in, using the published formula for that unit [R24],
and read against total calcium's range by ``lab_reference`` (the reporting lab's, else the typical
adult range), converted to that unit. Ca × P is read against the threshold the caller gives (the
clinic's setting; by default the published 70 mg²/dL²). Whether a value means abnormal mineral
metabolism is decided in one place, ``mineral_metabolism``, from these values.
A value that cannot be computed comes back with ``value=None`` and a note that says what it needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from calcitrack.domain.entities import LabResult, Patient
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs
from calcitrack.domain.laboratory.lab_reference import ReferenceRange, reference_range

Flag = Literal["high", "low"] | None

CORRECTED_CALCIUM: Final = "calcium_corrected"
CA_P_PRODUCT: Final = "ca_p_product"
EGFR: Final = "egfr"

CA_P_PRODUCT_UNIT: Final = "mg2/dL2"
"""UCUM spelling of mg²/dL²."""

EGFR_UNIT: Final = "mL/min/{1.73_m2}"

EGFR_COLCHICINE_LOW_DOSE_BELOW: Final = 30.0
"""Below this eGFR (mL/min/1.73 m²) the colchicine label starts at 0.3 mg/day [R41] (§0.6)."""

METASTATIC_HINT: Final = (
    "abnormal mineral metabolism — consider metastatic rather than dystrophic calcinosis"
)
"""What a calcium or Ca × P flagged here means (DOMAIN.md §0.6) [R7][R26][R60]; the safety flag
says it from the same values (``mineral_metabolism``)."""

@dataclass(frozen=True)
class DerivedValue:
    """One derived value, or (``value`` None) why it could not be computed."""

    code: str
    name: str
    value: float | None
    unit: str
    formula: str
    """The formula with its source."""
    inputs: str = ""
    """The inputs used, as entered and as converted for the formula."""
    flag: Flag = None
    flag_text: str = ""
    """Why it is flagged, and against what, with the source."""
    note: str = ""
    """What is missing when not computable, else a caveat."""
    reference: ReferenceRange | None = None
    """The range the value was read against, in ``unit`` (corrected calcium only)."""

    @property
    def computable(self) -> bool:
        return self.value is not None


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def _unit_text(unit: str) -> str:
    return "µmol/L" if unit == "umol/L" else unit


def _as_entered(result: LabResult) -> str:
    return f"{_num(result.value)} {_unit_text(result.unit)}"


def _latest(results: Sequence[LabResult], code: str, day: date) -> LabResult | None:
    found = [r for r in results if r.analyte == code and r.collected_on == day]
    return found[-1] if found else None


def _in(result: LabResult, unit: str) -> float:
    """The result's value in ``unit``; raises DomainValidationError for an unknown unit."""
    return labs.convert(result.value, result.unit, unit, result.analyte)


def _missing(names: Sequence[str]) -> str:
    return " and ".join(names)


# ------------------------------------------------------------------ corrected calcium

_CORRECTED_NAME = "Corrected calcium"
_FORMULA_MG = "Ca + 0.8 × (4.0 − albumin g/dL), mg/dL [R24]"
_FORMULA_SI = "Ca + 0.02 × (40 − albumin g/L), mmol/L [R24]"
_CKD_CAVEAT = "Inaccurate in CKD/ESRD: prefer ionized calcium there [R24]."


def _calcium_reference(calcium: LabResult, unit: str) -> tuple[ReferenceRange | None, str]:
    """The range a corrected calcium is read against, in ``unit``, and whose it is: total
    calcium's range by ``lab_reference`` (the reporting lab's, else the typical adult one)."""
    found = reference_range(calcium, "", None)  # total calcium's range depends on neither
    if found is None:
        return None, ""
    if found.kind == "lab":
        return found.in_unit(unit), "the reporting lab's total calcium range"
    return found.in_unit(unit), f"the typical adult total calcium range {found.citation}"


def _range_text(low: float | None, high: float | None, unit: str) -> str:
    if low is not None and high is not None:
        return f"{_num(low)}–{_num(high)} {unit}"
    if high is not None:
        return f"≤ {_num(high)} {unit}"
    return f"≥ {_num(low or 0.0)} {unit}"


def corrected_calcium(results: Sequence[LabResult], day: date) -> DerivedValue:
    calcium = _latest(results, "calcium_total", day)
    albumin = _latest(results, "albumin", day)
    si = calcium is not None and calcium.unit == "mmol/L"
    unit = "mmol/L" if si else "mg/dL"
    formula = _FORMULA_SI if si else _FORMULA_MG
    if calcium is None or albumin is None:
        needs = [n for n, r in (("total calcium", calcium), ("albumin", albumin)) if r is None]
        note = f"needs {_missing(needs)} from the same day"
        return DerivedValue(CORRECTED_CALCIUM, _CORRECTED_NAME, None, unit, formula, note=note)
    try:
        if si:
            albumin_g_l = _in(albumin, "g/L")
            value = labs.corrected_calcium_mmol_l(calcium.value, albumin_g_l)
            inputs = f"calcium {_as_entered(calcium)}, albumin {_num(albumin_g_l)} g/L"
        else:
            calcium_mg_dl = _in(calcium, "mg/dL")
            albumin_g_dl = _in(albumin, "g/dL")
            value = labs.corrected_calcium_mg_dl(calcium_mg_dl, albumin_g_dl)
            inputs = f"calcium {_num(calcium_mg_dl)} mg/dL, albumin {_num(albumin_g_dl)} g/dL"
        if albumin.unit != ("g/L" if si else "g/dL"):
            inputs += f" (albumin entered as {_as_entered(albumin)})"
        if not si and calcium.unit != "mg/dL":
            inputs += f" (calcium entered as {_as_entered(calcium)})"
        found, source = _calcium_reference(calcium, unit)
        flag = None if found is None else found.flag_of(value)  # an upside-down range is said
    except DomainValidationError as error:
        return DerivedValue(
            CORRECTED_CALCIUM, _CORRECTED_NAME, None, unit, formula, note=error.reason
        )
    flag_text = ""
    if flag is not None and found is not None:
        side = "above" if flag == "high" else "below"
        flag_text = (
            f"{side} {source} {_range_text(found.low, found.high, unit)}: "
            f"{METASTATIC_HINT} [R7][R60]"
        )
    return DerivedValue(
        CORRECTED_CALCIUM,
        _CORRECTED_NAME,
        value,
        unit,
        formula,
        inputs,
        flag,
        flag_text,
        _CKD_CAVEAT,
        found,
    )


# ------------------------------------------------------------------ Ca × P


_CA_P_NAME = "Calcium × phosphate"
_CA_P_FORMULA = "measured total calcium mg/dL × phosphate mg/dL [R26][R59]"


def calcium_phosphate(
    results: Sequence[LabResult], day: date, limit: float = labs.CA_P_PRODUCT_ALERT_MG2_DL2
) -> DerivedValue:
    """Ca × P from the day's measured total calcium and phosphate, flagged "high" above ``limit``
    (mg²/dL²; the clinic's threshold, by default the published 70)."""
    calcium = _latest(results, "calcium_total", day)
    phosphate = _latest(results, "phosphate", day)
    if calcium is None or phosphate is None:
        needs = [n for n, r in (("total calcium", calcium), ("phosphate", phosphate)) if r is None]
        note = f"needs {_missing(needs)} from the same day"
        return DerivedValue(
            CA_P_PRODUCT, _CA_P_NAME, None, CA_P_PRODUCT_UNIT, _CA_P_FORMULA, note=note
        )
    try:
        calcium_mg_dl = _in(calcium, "mg/dL")
        phosphate_mg_dl = _in(phosphate, "mg/dL")
        value = labs.calcium_phosphate_product(calcium_mg_dl, phosphate_mg_dl)
    except DomainValidationError as error:
        return DerivedValue(
            CA_P_PRODUCT, _CA_P_NAME, None, CA_P_PRODUCT_UNIT, _CA_P_FORMULA, note=error.reason
        )
    parts = []
    for name, result, mg_dl in (
        ("calcium", calcium, calcium_mg_dl),
        ("phosphate", phosphate, phosphate_mg_dl),
    ):
        text = f"{name} {_num(mg_dl)} mg/dL"
        if result.unit != "mg/dL":
            text += f" (entered as {_as_entered(result)})"
        parts.append(text)
    si_product = labs.calcium_phosphate_product_mmol2_l2(value)
    inputs = f"{' × '.join(parts)}; = {_num(si_product)} mmol²/L²"
    alert = labs.CA_P_PRODUCT_ALERT_MG2_DL2
    flag: Flag = "high" if value > limit else None
    flag_text = (
        f"above {_num(limit)} mg²/dL²: {METASTATIC_HINT} [R26][R59]" if flag is not None else ""
    )
    note = f"Metastatic calcification is described above {_num(alert)} mg²/dL² [R26][R59]."
    return DerivedValue(
        CA_P_PRODUCT,
        _CA_P_NAME,
        value,
        CA_P_PRODUCT_UNIT,
        _CA_P_FORMULA,
        inputs,
        flag,
        flag_text,
        note,
    )


# ------------------------------------------------------------------ eGFR


_EGFR_NAME = "eGFR (CKD-EPI 2021)"
_EGFR_FORMULA = (
    "142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [female]; "
    "κ 0.7 F / 0.9 M, α −0.241 F / −0.302 M, Scr mg/dL [R27]"
)


def egfr(results: Sequence[LabResult], patient: Patient, day: date) -> DerivedValue:
    creatinine = _latest(results, "creatinine", day)

    def not_computable(note: str) -> DerivedValue:
        return DerivedValue(EGFR, _EGFR_NAME, None, EGFR_UNIT, _EGFR_FORMULA, note=note)

    if creatinine is None:
        return not_computable("needs creatinine from the same day")
    age = patient.age_on(day)
    if age < 18:
        return not_computable(
            f"eGFR needs age ≥ 18: CKD-EPI 2021 is an adult equation (the patient is {age})"
        )
    sex = patient.sex.value
    if sex not in ("female", "male"):
        return not_computable(
            "eGFR needs the patient's sex as female or male: the equation's coefficients "
            "are sex-specific"
        )
    try:
        creatinine_mg_dl = _in(creatinine, "mg/dL")
        value = labs.egfr_ckd_epi_2021(creatinine_mg_dl, age, sex)
    except DomainValidationError as error:
        return not_computable(error.reason)
    inputs = f"creatinine {_num(creatinine_mg_dl)} mg/dL"
    if creatinine.unit != "mg/dL":
        inputs += f" (entered as {_as_entered(creatinine)})"
    inputs += f", age {age}, {sex}"
    limit = EGFR_COLCHICINE_LOW_DOSE_BELOW
    flag: Flag = "low" if value < limit else None
    flag_text = (
        f"below {_num(limit)} mL/min/1.73 m²: on colchicine, the label starts at 0.3 mg/day [R41]"
        if flag is not None
        else ""
    )
    return DerivedValue(EGFR, _EGFR_NAME, value, EGFR_UNIT, _EGFR_FORMULA, inputs, flag, flag_text)


def derived_values(
    labs_on_day: Sequence[LabResult],
    patient: Patient,
    day: date,
    ca_p_limit: float = labs.CA_P_PRODUCT_ALERT_MG2_DL2,
) -> list[DerivedValue]:
    """Corrected calcium, Ca × P (flagged above ``ca_p_limit`` mg²/dL², the clinic's threshold)
    and eGFR from the results collected on ``day`` (the latest result of each analyte wins), in
    that order; each one either computed or saying why not."""
    return [
        corrected_calcium(labs_on_day, day),
        calcium_phosphate(labs_on_day, day, ca_p_limit),
        egfr(labs_on_day, patient, day),
    ]
