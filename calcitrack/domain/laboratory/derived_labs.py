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

Texts: a value's name, inputs, flag text and note are kept as messages (``rule_text``, the
``*_text`` fields) and written in the current language when read (``name``, ``inputs``,
``flag_text``, ``note``); a caller whose text is kept for later (a safety flag) hands over the
message. Formulas, units and citations are the same in every language.
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
from calcitrack.domain.rule_text import Number, Text, message, render
from calcitrack.i18n.catalogue import N_

Flag = Literal["high", "low"] | None

CORRECTED_CALCIUM: Final = "calcium_corrected"
CA_P_PRODUCT: Final = "ca_p_product"
EGFR: Final = "egfr"

CA_P_PRODUCT_UNIT: Final = "mg2/dL2"
"""UCUM spelling of mg²/dL²."""

EGFR_UNIT: Final = "mL/min/{1.73_m2}"

EGFR_COLCHICINE_LOW_DOSE_BELOW: Final = 30.0
"""Below this eGFR (mL/min/1.73 m²) the colchicine label starts at 0.3 mg/day [R41] (§0.6)."""

METASTATIC_HINT: Final = N_(
    "abnormal mineral metabolism — consider metastatic rather than dystrophic calcinosis"
)
"""What a calcium or Ca × P flagged here means (DOMAIN.md §0.6) [R7][R26][R60]; the safety flag
says it from the same values (``mineral_metabolism``)."""

@dataclass(frozen=True)
class DerivedValue:
    """One derived value, or (``value`` None) why it could not be computed."""

    code: str
    name_text: Text
    value: float | None
    unit: str
    formula: str
    """The formula with its source."""
    inputs_text: Text = ""
    """The inputs used, as entered and as converted for the formula."""
    flag: Flag = None
    flag_text_message: Text = ""
    """Why it is flagged, and against what, with the source."""
    note_text: Text = ""
    """What is missing when not computable, else a caveat."""
    reference: ReferenceRange | None = None
    """The range the value was read against, in ``unit`` (corrected calcium only)."""

    @property
    def computable(self) -> bool:
        return self.value is not None

    @property
    def name(self) -> str:
        """ "Corrected calcium", in the current language."""
        return render(self.name_text)

    @property
    def inputs(self) -> str:
        """The inputs used, in the current language."""
        return render(self.inputs_text)

    @property
    def flag_text(self) -> str:
        """Why it is flagged, in the current language ("" when not flagged)."""
        return render(self.flag_text_message)

    @property
    def note(self) -> str:
        """What is missing, or a caveat, in the current language."""
        return render(self.note_text)


def number(value: float, places: int = 3) -> Number:
    """``value`` with at most ``places`` decimals, trailing zeros dropped ("2.375", "9.6", "70"),
    written in the reader's language when shown."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return Number(value, f".{len(text.partition('.')[2])}f")


def _unit_text(unit: str) -> str:
    return "µmol/L" if unit == "umol/L" else unit


def amount(value: float, unit: str, places: int = 3) -> Text:
    """ "9.6 mg/dL": a number and its unit (the unit as it is)."""
    # TRANSLATORS: an amount and its unit ("500 mg/day", "9.6 mg/dL").
    return message(N_("{amount} {unit}"), amount=number(value, places), unit=_unit_text(unit))


def _as_entered(result: LabResult) -> Text:
    return amount(result.value, result.unit)


def _latest(results: Sequence[LabResult], code: str, day: date) -> LabResult | None:
    found = [r for r in results if r.analyte == code and r.collected_on == day]
    return found[-1] if found else None


def _in(result: LabResult, unit: str) -> float:
    """The result's value in ``unit``; raises DomainValidationError for an unknown unit."""
    return labs.convert(result.value, result.unit, unit, result.analyte)


_NEEDS = {
    ("total calcium", "albumin"): N_("needs total calcium and albumin from the same day"),
    ("total calcium",): N_("needs total calcium from the same day"),
    ("albumin",): N_("needs albumin from the same day"),
    ("total calcium", "phosphate"): N_("needs total calcium and phosphate from the same day"),
    ("phosphate",): N_("needs phosphate from the same day"),
}


def _needs(names: Sequence[str]) -> Text:
    """What a value needs from the same day, e.g. "needs albumin from the same day"."""
    return message(_NEEDS[tuple(names)])


# ------------------------------------------------------------------ corrected calcium

_CORRECTED_NAME = N_("Corrected calcium")
_FORMULA_MG = "Ca + 0.8 × (4.0 − albumin g/dL), mg/dL [R24]"
_FORMULA_SI = "Ca + 0.02 × (40 − albumin g/L), mmol/L [R24]"
_CKD_CAVEAT = N_("Inaccurate in CKD/ESRD: prefer ionized calcium there [R24].")


def _calcium_reference(calcium: LabResult, unit: str) -> tuple[ReferenceRange | None, Text]:
    """The range a corrected calcium is read against, in ``unit``, and whose it is: total
    calcium's range by ``lab_reference`` (the reporting lab's, else the typical adult one)."""
    found = reference_range(calcium, "", None)  # total calcium's range depends on neither
    if found is None:
        return None, ""
    if found.kind == "lab":
        return found.in_unit(unit), message(N_("the reporting lab's total calcium range"))
    return found.in_unit(unit), message(
        N_("the typical adult total calcium range {citation}"), citation=found.citation
    )


def range_text(low: float | None, high: float | None, unit: str, places: int = 3) -> Text:
    """ "8.5–10.5 mg/dL", "≤ 20 mm/h", "≥ 60 mL/min" (numbers in the reader's language)."""
    if low is not None and high is not None:
        return message(N_("{low}–{high} {unit}"), low=number(low, places),
                       high=number(high, places), unit=unit)
    if high is not None:
        return message(N_("≤ {high} {unit}"), high=number(high, places), unit=unit)
    return message(N_("≥ {low} {unit}"), low=number(low or 0.0, places), unit=unit)


def corrected_calcium(results: Sequence[LabResult], day: date) -> DerivedValue:
    calcium = _latest(results, "calcium_total", day)
    albumin = _latest(results, "albumin", day)
    si = calcium is not None and calcium.unit == "mmol/L"
    unit = "mmol/L" if si else "mg/dL"
    formula = _FORMULA_SI if si else _FORMULA_MG
    if calcium is None or albumin is None:
        needs = [n for n, r in (("total calcium", calcium), ("albumin", albumin)) if r is None]
        return DerivedValue(CORRECTED_CALCIUM, message(_CORRECTED_NAME), None, unit, formula,
                            note_text=_needs(needs))
    try:
        if si:
            albumin_g_l = _in(albumin, "g/L")
            value = labs.corrected_calcium_mmol_l(calcium.value, albumin_g_l)
            inputs: Text = message(N_("calcium {calcium}, albumin {albumin}"),
                                   calcium=_as_entered(calcium),
                                   albumin=amount(albumin_g_l, "g/L"))
        else:
            calcium_mg_dl = _in(calcium, "mg/dL")
            albumin_g_dl = _in(albumin, "g/dL")
            value = labs.corrected_calcium_mg_dl(calcium_mg_dl, albumin_g_dl)
            inputs = message(N_("calcium {calcium}, albumin {albumin}"),
                             calcium=amount(calcium_mg_dl, "mg/dL"),
                             albumin=amount(albumin_g_dl, "g/dL"))
        if albumin.unit != ("g/L" if si else "g/dL"):
            inputs = message(N_("{inputs} (albumin entered as {entered})"),
                             inputs=inputs, entered=_as_entered(albumin))
        if not si and calcium.unit != "mg/dL":
            inputs = message(N_("{inputs} (calcium entered as {entered})"),
                             inputs=inputs, entered=_as_entered(calcium))
        found, source = _calcium_reference(calcium, unit)
        flag = None if found is None else found.flag_of(value)  # an upside-down range is said
    except DomainValidationError as error:
        return DerivedValue(
            CORRECTED_CALCIUM, message(_CORRECTED_NAME), None, unit, formula,
            note_text=error.reason,
        )
    flag_text: Text = ""
    if flag is not None and found is not None:
        flag_text = message(
            N_("above {source} {range}: {hint} [R7][R60]") if flag == "high"
            else N_("below {source} {range}: {hint} [R7][R60]"),
            source=source, range=range_text(found.low, found.high, unit),
            hint=message(METASTATIC_HINT),
        )
    return DerivedValue(
        CORRECTED_CALCIUM,
        message(_CORRECTED_NAME),
        value,
        unit,
        formula,
        inputs,
        flag,
        flag_text,
        message(_CKD_CAVEAT),
        found,
    )


# ------------------------------------------------------------------ Ca × P


_CA_P_NAME = N_("Calcium × phosphate")
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
        return DerivedValue(CA_P_PRODUCT, message(_CA_P_NAME), None, CA_P_PRODUCT_UNIT,
                            _CA_P_FORMULA, note_text=_needs(needs))
    try:
        calcium_mg_dl = _in(calcium, "mg/dL")
        phosphate_mg_dl = _in(phosphate, "mg/dL")
        value = labs.calcium_phosphate_product(calcium_mg_dl, phosphate_mg_dl)
    except DomainValidationError as error:
        return DerivedValue(CA_P_PRODUCT, message(_CA_P_NAME), None, CA_P_PRODUCT_UNIT,
                            _CA_P_FORMULA, note_text=error.reason)
    parts: list[Text] = []
    for name, result, mg_dl in (
        (N_("calcium {amount}"), calcium, calcium_mg_dl),
        (N_("phosphate {amount}"), phosphate, phosphate_mg_dl),
    ):
        text: Text = message(name, amount=amount(mg_dl, "mg/dL"))
        if result.unit != "mg/dL":
            text = message(N_("{value} (entered as {entered})"),
                           value=text, entered=_as_entered(result))
        parts.append(text)
    si_product = labs.calcium_phosphate_product_mmol2_l2(value)
    inputs = message(N_("{calcium} × {phosphate}; = {product} mmol²/L²"),
                     calcium=parts[0], phosphate=parts[1], product=number(si_product))
    alert = labs.CA_P_PRODUCT_ALERT_MG2_DL2
    flag: Flag = "high" if value > limit else None
    flag_text = message(
        N_("above {limit} mg²/dL²: {hint} [R26][R59]"),
        limit=number(limit), hint=message(METASTATIC_HINT),
    ) if flag is not None else ""
    note = message(N_("Metastatic calcification is described above {alert} mg²/dL² [R26][R59]."),
                   alert=number(alert))
    return DerivedValue(
        CA_P_PRODUCT,
        message(_CA_P_NAME),
        value,
        CA_P_PRODUCT_UNIT,
        _CA_P_FORMULA,
        inputs,
        flag,
        flag_text,
        note,
    )


# ------------------------------------------------------------------ eGFR


_EGFR_NAME = N_("eGFR (CKD-EPI 2021)")
_EGFR_FORMULA = (
    "142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [female]; "
    "κ 0.7 F / 0.9 M, α −0.241 F / −0.302 M, Scr mg/dL [R27]"
)


def egfr(results: Sequence[LabResult], patient: Patient, day: date) -> DerivedValue:
    creatinine = _latest(results, "creatinine", day)

    def not_computable(note: Text) -> DerivedValue:
        return DerivedValue(EGFR, message(_EGFR_NAME), None, EGFR_UNIT, _EGFR_FORMULA,
                            note_text=note)

    if creatinine is None:
        return not_computable(message(N_("needs creatinine from the same day")))
    age = patient.age_on(day)
    if age < 18:
        return not_computable(message(
            N_("eGFR needs age ≥ {adult}: CKD-EPI 2021 is an adult equation (the patient is "
               "{age})"),
            adult=Number(18, "d"), age=Number(age, "d"),
        ))
    sex = patient.sex.value
    if sex not in ("female", "male"):
        return not_computable(message(
            N_("eGFR needs the patient's sex as female or male: the equation's coefficients "
               "are sex-specific")
        ))
    try:
        creatinine_mg_dl = _in(creatinine, "mg/dL")
        value = labs.egfr_ckd_epi_2021(creatinine_mg_dl, age, sex)
    except DomainValidationError as error:
        return not_computable(error.reason)
    creatinine_text: Text = message(N_("creatinine {amount}"),
                                    amount=amount(creatinine_mg_dl, "mg/dL"))
    if creatinine.unit != "mg/dL":
        creatinine_text = message(N_("{value} (entered as {entered})"),
                                  value=creatinine_text, entered=_as_entered(creatinine))
    inputs = message(
        N_("{creatinine}, age {age}, female") if sex == "female"
        else N_("{creatinine}, age {age}, male"),
        creatinine=creatinine_text, age=Number(age, "d"),
    )
    limit = EGFR_COLCHICINE_LOW_DOSE_BELOW
    flag: Flag = "low" if value < limit else None
    flag_text = message(
        N_("below {limit} mL/min/1.73 m²: on colchicine, the label starts at {dose} mg/day "
           "[R41]"),
        limit=number(limit), dose=Number(0.3),
    ) if flag is not None else ""
    return DerivedValue(EGFR, message(_EGFR_NAME), value, EGFR_UNIT, _EGFR_FORMULA, inputs, flag,
                        flag_text)


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
