"""The labs of one visit for the PDF summary: each result as recorded and normalised, against the
reporting lab's range (else the typical range of DOMAIN.md §4.2), flagged low or high, with the
derived values of that day (corrected calcium, Ca × P, eGFR from ``domain.derived_labs``).

The visit's labs are those collected on its date or attached to it (``LabResult.visit_id``),
as the visit form reads them. A visit without labs shows the most recent earlier results,
labelled with their date; a chart without any says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from calcitrack.domain import labs
from calcitrack.domain.derived_labs import DerivedValue, derived_values
from calcitrack.domain.entities import LabResult, Patient, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.trajectory_labs import number

Flag = Literal["low", "high"] | None

UNIT_TEXT = {
    "umol/L": "µmol/L",
    "mg/(24.h)": "mg/24 h",
    "mmol/(24.h)": "mmol/24 h",
    "mL/min/{1.73_m2}": "mL/min/1.73 m²",
    "[IU]/mL": "IU/mL",
    "{titer}": "titre 1:n",
    "mg2/dL2": "mg²/dL²",
}


def unit_text(unit: str | None) -> str:
    """A UCUM unit as a person reads it ("umol/L" → "µmol/L")."""
    return "" if unit is None else UNIT_TEXT.get(unit, unit)


@dataclass(frozen=True)
class LabRow:
    result: LabResult
    name: str
    normalised_value: float | None
    normalised_unit: str | None
    range_text: str
    """The range read against, in the unit entered, and whose it is ("" when none is known)."""
    flag: Flag


@dataclass(frozen=True)
class LabSummary:
    rows: tuple[LabRow, ...]
    derived: tuple[tuple[date, tuple[DerivedValue, ...]], ...]
    """Per collection day shown: corrected calcium, Ca × P and eGFR."""
    collected_on: tuple[date, ...]
    at_visit: bool
    """True when the rows are the visit's own labs; False for earlier ones (or none)."""


def _bounds(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    if high is not None:
        return f"≤ {number(high)}"
    return f"≥ {number(low or 0.0)}"


def _convert(value: float | None, from_unit: str, to_unit: str, code: str) -> float | None:
    return None if value is None else labs.convert(value, from_unit, to_unit, code)


def reference(result: LabResult, patient: Patient) -> tuple[str, Flag]:
    """The range ``result`` is read against (as text, in its own unit) and its flag."""
    unit = unit_text(result.unit)
    if result.ref_low is not None or result.ref_high is not None:
        flag = labs.out_of_range(result.value, result.ref_low, result.ref_high)
        return f"{_bounds(result.ref_low, result.ref_high)} {unit} (reporting lab)", flag
    entry = labs.ANALYTES.get(result.analyte)
    if entry is None:
        return "", None
    typical = entry.typical_range_by_sex.get(patient.sex.value) or entry.typical_range
    try:
        if typical is not None:
            low, high, range_unit = typical
            low = _convert(low, range_unit, result.unit, result.analyte)
            high = _convert(high, range_unit, result.unit, result.analyte)
            who = "typical adult range, DOMAIN.md §4.2"
            if entry.typical_range_by_sex.get(patient.sex.value):
                people = "women" if patient.sex.value == "female" else "men"
                who = f"typical adult range for {people}"
            flag = labs.out_of_range(result.value, low, high)
            return f"{_bounds(low, high)} {unit} ({who})", flag
        age = patient.age_on(result.collected_on)
        if result.analyte == "esr" and patient.sex.value in ("female", "male") and age >= 18:
            high = labs.esr_upper_limit_miller(age, patient.sex.value)
            flag = labs.out_of_range(result.value, None, high)
            return f"≤ {number(high)} mm/h (Miller, age {age}) [R31]", flag
    except DomainValidationError:
        return "", None
    return "", None


def _row(result: LabResult, patient: Patient) -> LabRow:
    entry = labs.ANALYTES.get(result.analyte)
    name = entry.name if entry is not None else result.analyte.replace("_", " ")
    value, unit = result.normalised_value, result.normalised_unit
    if value is None and entry is not None:
        try:
            value, unit = labs.normalise(result.value, result.unit, result.analyte), (
                entry.canonical_unit
            )
        except DomainValidationError:
            value, unit = None, None
    text, flag = reference(result, patient)
    return LabRow(result, name, value, unit, text, flag)


def _order(result: LabResult) -> tuple[int, str]:
    codes = list(labs.ANALYTES)
    code = result.analyte
    return (codes.index(code) if code in codes else len(codes), code)


def summarise_labs(results: Sequence[LabResult], patient: Patient, visit: Visit) -> LabSummary:
    """The lab rows of ``visit`` from ``results`` (the chart's labs as of the visit date)."""
    day = visit.visit_date
    own = [
        r
        for r in results
        if r.collected_on == day or (visit.id is not None and r.visit_id == visit.id)
    ]
    at_visit = bool(own)
    if not own:
        earlier = [r for r in results if r.collected_on < day]
        if earlier:
            last = max(r.collected_on for r in earlier)
            own = [r for r in earlier if r.collected_on == last]
    days = tuple(sorted({r.collected_on for r in own}))
    rows = tuple(
        _row(r, patient) for r in sorted(own, key=lambda r: (r.collected_on, *_order(r)))
    )
    derived = tuple(
        (d, tuple(derived_values([r for r in own if r.collected_on == d], patient, d)))
        for d in days
    )
    return LabSummary(rows, derived, days, at_visit)
