"""The labs of one visit for the PDF summary: each result as recorded and normalised, against the
range of ``domain.laboratory.lab_reference`` (the reporting lab's, else the typical range of
DOMAIN.md §4.2, else Miller's ESR limit), flagged low or high as on the Labs tab, with the derived
values of that day (corrected calcium, Ca × P, eGFR from ``domain.laboratory.derived_labs``), and
mineral metabolism read by the one rule of ``domain.laboratory.mineral_metabolism`` (the safety
flag's): the calcium and phosphate rows say which calcium is read, and the summary carries what the
flag reads up to the visit.

The visit's labs are those collected on its date or attached to it (``LabResult.visit_id``),
as the visit form reads them. A visit without labs shows the most recent earlier results,
labelled with their date; a chart without any says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain.entities import LabResult, Patient, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs
from calcitrack.domain.laboratory.derived_labs import DerivedValue, derived_values
from calcitrack.domain.laboratory.lab_reference import Flag, reference_range
from calcitrack.domain.laboratory.mineral_metabolism import (
    MineralReading,
    day_readings,
    mineral_readings,
    row_note,
)
from calcitrack.domain.trajectory.trajectory_labs import number

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
    note: str = ""
    """For calcium and phosphate: how the mineral-metabolism rule reads this row."""


@dataclass(frozen=True)
class LabSummary:
    rows: tuple[LabRow, ...]
    derived: tuple[tuple[date, tuple[DerivedValue, ...]], ...]
    """Per collection day shown: corrected calcium, Ca × P and eGFR."""
    collected_on: tuple[date, ...]
    at_visit: bool
    """True when the rows are the visit's own labs; False for earlier ones (or none)."""
    mineral: tuple[MineralReading, ...] = ()
    """What the mineral-metabolism safety flag reads in the chart up to the visit date."""


def _bounds(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    if high is not None:
        return f"≤ {number(high)}"
    return f"≥ {number(low or 0.0)}"


def reference(result: LabResult, patient: Patient) -> tuple[str, Flag]:
    """The range ``result`` is read against (as text, in its own unit) and its flag: the rule of
    ``domain.laboratory.lab_reference``, the one the Labs tab uses too."""
    found = reference_range(result, patient.sex.value, patient.age_on(result.collected_on))
    if found is None:
        return "", None
    text = f"{_bounds(found.low, found.high)} {unit_text(found.unit)} ({found.shown_source})"
    return (f"{text} {found.citation}" if found.citation else text), found.flag


def _row(result: LabResult, patient: Patient, readings: Sequence[MineralReading]) -> LabRow:
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
    latest = [r for r in readings if r.collected_on == result.collected_on]
    return LabRow(result, name, value, unit, text, flag, row_note(result.analyte, latest))


def _order(result: LabResult) -> tuple[int, str]:
    codes = list(labs.ANALYTES)
    code = result.analyte
    return (codes.index(code) if code in codes else len(codes), code)


def summarise_labs(
    results: Sequence[LabResult],
    patient: Patient,
    visit: Visit,
    ca_p_limit: float = labs.CA_P_PRODUCT_ALERT_MG2_DL2,
) -> LabSummary:
    """The lab rows of ``visit`` from ``results`` (the chart's labs as of the visit date); Ca × P
    is read against ``ca_p_limit`` (mg²/dL², the clinic's threshold)."""
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
    readings = [x for d in days for x in day_readings(own, patient, d, ca_p_limit)]
    rows = tuple(
        _row(r, patient, readings)
        for r in sorted(own, key=lambda r: (r.collected_on, *_order(r)))
    )
    derived = tuple(
        (d, tuple(derived_values([r for r in own if r.collected_on == d], patient, d, ca_p_limit)))
        for d in days
    )
    mineral = mineral_readings(results, patient, day, ca_p_limit)
    return LabSummary(rows, derived, days, at_visit, mineral)
