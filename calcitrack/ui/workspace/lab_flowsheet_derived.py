"""The derived row of the Labs tab flowsheet: the albumin-corrected calcium of each day on which
total calcium and albumin were both collected, read by the one mineral-metabolism rule
(``domain.laboratory.mineral_metabolism``, the safety flag's and the PDF's): the value, the range it
is read against and the verdict are the rule's, the formula and its source are ``derived_labs``'.

It also says, for a measured total calcium of such a day, what the rule reads instead — so the
flowsheet never calls a measured calcium "within range" while the flag reads the corrected one
as high. No Qt here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from calcitrack.domain.entities import LabResult, Patient
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import derived_labs, labs
from calcitrack.domain.laboratory.derived_labs import DerivedValue
from calcitrack.domain.laboratory.lab_reference import Flag, ReferenceRange
from calcitrack.domain.laboratory.mineral_metabolism import (
    CALCIUM,
    CORRECTED_BASIS,
    MINERAL_HINT,
    MineralReading,
    day_readings,
)
from calcitrack.ui.workspace.lab_text import reference_text, unit_label
from calcitrack.ui.workspace.visit_table_model import format_number

CORRECTED_CALCIUM: Final = f"{derived_labs.CORRECTED_CALCIUM}:derived"
"""The derived row's code, placed right below total calcium; not "calcium_corrected", the code of
a corrected calcium a lab reports itself (a measured row of its own)."""
ROW_NAME: Final = "Corrected calcium, derived"
_VERDICT = {"high": "High: above", "low": "Low: below"}


@dataclass(frozen=True)
class CorrectedCell:
    """One day's corrected calcium, as the rule reads it."""

    reading: MineralReading
    """The rule's reading: value, unit ("mg/dL" or "mmol/L", the calcium's), verdict."""
    derived: DerivedValue
    """The formula, its source and the inputs (``derived_labs.corrected_calcium``)."""

    @property
    def flag(self) -> Flag:
        return self.reading.flag

    def value_in(self, unit: str) -> float:
        """The value in ``unit`` (a unit total calcium accepts), else as worked out."""
        try:
            return labs.convert(self.reading.value, self.reading.unit, unit, "calcium_total")
        except DomainValidationError:
            return self.reading.value

    def range_in(self, unit: str) -> ReferenceRange | None:
        found = self.derived.reference
        if found is None:
            return None
        try:
            return found.in_unit(unit)
        except DomainValidationError:
            return found


def corrected_cells(results: Sequence[LabResult], patient: Patient) -> dict[date, CorrectedCell]:
    """The corrected calcium of every day with total calcium and albumin (a day whose values
    cannot be worked out — a unit the formula does not take — has none)."""
    days = {r.collected_on for r in results if r.analyte == "calcium_total"}
    days &= {r.collected_on for r in results if r.analyte == "albumin"}
    cells: dict[date, CorrectedCell] = {}
    for day in sorted(days):
        readings = day_readings(results, patient, day, labs.CA_P_PRODUCT_ALERT_MG2_DL2)
        reading = next(
            (r for r in readings if r.code == CALCIUM and r.basis == CORRECTED_BASIS), None
        )
        if reading is None:
            continue
        own = [r for r in results if r.collected_on == day]
        cells[day] = CorrectedCell(reading, derived_labs.corrected_calcium(own, day))
    return cells


def row_tooltip(cells: Sequence[CorrectedCell]) -> str:
    """What the derived row is: derived, not measured; how; from what; its caveat."""
    formulas = dict.fromkeys(c.derived.formula for c in cells)
    return "\n".join((
        "Derived, not measured: the albumin-corrected calcium of each day on which total",
        "calcium and albumin were both collected",
        f"Formula: {' or '.join(formulas)}",
        "With albumin measured the same day it is the calcium the mineral-metabolism flag reads",
        "[R24], against total calcium's range.",
        "Inaccurate in CKD/ESRD: prefer ionized calcium there [R24].",
    ))


def cell_tooltip(cell: CorrectedCell, unit: str) -> str:
    """The corrected calcium of one day in ``unit``: value, verdict, inputs, formula, caveat."""
    reading, derived = cell.reading, cell.derived
    lines = [f"{ROW_NAME} (not measured), {reading.collected_on.isoformat()}"]
    value = f"{format_number(cell.value_in(unit))} {unit_label(unit)}"
    if unit != reading.unit:
        value += f" (worked out as {format_number(reading.value)} {reading.unit})"
    lines.append(value)
    found = cell.range_in(unit)
    if found is None:
        lines.append("No reference range")
    else:
        lines.append(f"{_VERDICT.get(cell.flag or '', 'Within')} {reference_text(found)}")
    lines.append(f"Worked out from {derived.inputs}, collected the same day")
    lines.append(f"Formula: {derived.formula}")
    lines.append("Albumin measured the same day: this is the calcium the mineral-metabolism flag "
                 "reads [R24]")
    if reading.abnormal:
        lines.append(f"{MINERAL_HINT[:1].upper()}{MINERAL_HINT[1:]} [R7][R60] (decision support)")
    if derived.note:
        lines.append(derived.note)
    return "\n".join(lines)


def read_instead(cell: CorrectedCell, unit: str) -> list[str]:
    """For a measured total calcium of that day: that it is not what the rule reads, and what
    is read instead with its verdict (the lines replace "Within …" in the cell's tooltip)."""
    found = cell.range_in(unit)
    verdict = {"high": "high, above", "low": "low, below"}.get(cell.flag or "", "within")
    against = reference_text(found) if found is not None else "no reference range"
    value = f"{format_number(cell.value_in(unit))} {unit_label(unit)}"
    return [
        "Albumin was measured the same day: the corrected calcium is read, not this measured "
        "value [R24].",
        f"Corrected calcium {value}: {verdict} {against} (row \"{ROW_NAME}\").",
    ]
