"""The derived row of the Labs tab flowsheet: the albumin-corrected calcium of each day on which
total calcium and albumin were both collected, read by the one mineral-metabolism rule
(``domain.laboratory.mineral_metabolism``, the safety flag's and the PDF's): the value, the range it
is read against and the verdict are the rule's, the formula and its source are ``derived_labs``'.

It also says, for a measured total calcium of such a day, what the rule reads instead — so the
flowsheet never calls a measured calcium "within range" while the flag reads the corrected one
as high. Of Qt, only its translation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain.entities import LabResult, Patient
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import derived_labs, labs
from calcitrack.domain.laboratory.derived_labs import DerivedValue
from calcitrack.domain.laboratory.lab_reference import Flag, ReferenceRange
from calcitrack.domain.laboratory.mineral_metabolism import (
    CALCIUM,
    CORRECTED_BASIS,
    MineralReading,
    day_readings,
    mineral_hint,
)
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.workspace.lab_text import reference_text, unit_label, verdict_text
from calcitrack.ui.workspace.visit_table_model import format_number

CORRECTED_CALCIUM: Final = f"{derived_labs.CORRECTED_CALCIUM}:derived"
"""The derived row's code, placed right below total calcium; not "calcium_corrected", the code of
a corrected calcium a lab reports itself (a measured row of its own)."""
ROW_NAME: Final = str(QT_TRANSLATE_NOOP("LabFlowsheetDerived", "Corrected calcium, derived"))
"""The derived row's name, in English (``row_name``: as shown)."""


def row_name() -> str:
    """The derived row's name as a person reads it."""
    return QCoreApplication.translate("LabFlowsheetDerived", ROW_NAME)


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
    return QCoreApplication.translate(
        "LabFlowsheetDerived",
        "Derived, not measured: the albumin-corrected calcium of each day on which total\n"
        "calcium and albumin were both collected\n"
        "Formula: {formulas}\n"
        "With albumin measured the same day it is the calcium the mineral-metabolism flag reads\n"
        "[R24], against total calcium's range.\n"
        "Inaccurate in CKD/ESRD: prefer ionized calcium there [R24].",
    ).format(formulas=QCoreApplication.translate("LabFlowsheetDerived", " or ").join(formulas))


def cell_tooltip(cell: CorrectedCell, unit: str) -> str:
    """The corrected calcium of one day in ``unit``: value, verdict, inputs, formula, caveat."""
    reading, derived = cell.reading, cell.derived
    lines = [
        QCoreApplication.translate("LabFlowsheetDerived", "{row} (not measured), {date}").format(
            row=row_name(), date=shown_date(reading.collected_on)
        )
    ]
    value = f"{format_number(cell.value_in(unit))} {unit_label(unit)}"
    if unit != reading.unit:
        value = QCoreApplication.translate(
            "LabFlowsheetDerived", "{value} (worked out as {original})"
        ).format(value=value, original=f"{format_number(reading.value)} {reading.unit}")
    lines.append(value)
    found = cell.range_in(unit)
    if found is None:
        lines.append(QCoreApplication.translate("LabFlowsheetDerived", "No reference range"))
    else:
        lines.append(verdict_text(cell.flag, reference_text(found)))
    lines.append(
        QCoreApplication.translate(
            "LabFlowsheetDerived", "Worked out from {inputs}, collected the same day"
        ).format(inputs=derived.inputs)
    )
    lines.append(
        QCoreApplication.translate("LabFlowsheetDerived", "Formula: {formula}").format(
            formula=derived.formula
        )
    )
    lines.append(
        QCoreApplication.translate(
            "LabFlowsheetDerived",
            "Albumin measured the same day: this is the calcium the mineral-metabolism flag "
            "reads [R24]",
        )
    )
    if reading.abnormal:
        lines.append(
            QCoreApplication.translate(
                "LabFlowsheetDerived", "{hint} [R7][R60] (decision support)"
            ).format(hint=mineral_hint())
        )
    if derived.note:
        lines.append(derived.note)
    return "\n".join(lines)


def read_instead(cell: CorrectedCell, unit: str) -> list[str]:
    """For a measured total calcium of that day: that it is not what the rule reads, and what
    is read instead with its verdict (the lines replace "Within …" in the cell's tooltip)."""
    found = cell.range_in(unit)
    against = (
        reference_text(found)
        if found is not None
        else QCoreApplication.translate("LabFlowsheetDerived", "no reference range")
    )
    value = f"{format_number(cell.value_in(unit))} {unit_label(unit)}"
    if cell.flag == "high":
        read = QCoreApplication.translate(
            "LabFlowsheetDerived", "Corrected calcium {value}: high, above {range} (row \"{row}\")."
        )
    elif cell.flag == "low":
        read = QCoreApplication.translate(
            "LabFlowsheetDerived", "Corrected calcium {value}: low, below {range} (row \"{row}\")."
        )
    else:
        read = QCoreApplication.translate(
            "LabFlowsheetDerived", "Corrected calcium {value}: within {range} (row \"{row}\")."
        )
    return [
        QCoreApplication.translate(
            "LabFlowsheetDerived",
            "Albumin was measured the same day: the corrected calcium is read, not this measured "
            "value [R24].",
        ),
        read.format(value=value, range=against, row=row_name()),
    ]
