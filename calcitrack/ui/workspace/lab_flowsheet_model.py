"""One patient's lab results as a flowsheet: analytes as rows, collection dates as columns.

Each analyte is shown in one display unit (by default the unit of its most recent result), and
every value is converted to it with the factors of DOMAIN.md §4.2. A value outside its reference
range is marked ↑/↓ and coloured; the tooltip names the range used. The range and the flag come
from ``domain.laboratory.lab_reference`` (the reporting lab's own, else the typical adult range of
DOMAIN.md §4.2, else Miller's age-adjusted ESR limit, else none), the rule the PDF summary uses too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from calcitrack.domain.entities import LabResult, Patient, PatientChart
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs
from calcitrack.domain.laboratory.lab_reference import Flag, ReferenceRange, reference_range
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.workspace.lab_flowsheet_derived import (
    CORRECTED_CALCIUM,
    CorrectedCell,
    cell_tooltip,
    corrected_cells,
    read_instead,
    row_name,
    row_tooltip,
)
from calcitrack.ui.workspace.lab_text import range_text, reference_text, unit_label, verdict_text
from calcitrack.ui.workspace.visit_table_model import format_number

__all__ = ["FLAG_ROLE", "LabFlowsheetModel", "ShownResult", "range_text", "reference_text",
           "show_result", "unit_label"]  # fmt: skip

Index = QModelIndex | QPersistentModelIndex

FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's worst flag: "high", "low" or None."""

_ARROWS = {"high": " ↑", "low": " ↓"}
_BACKGROUND = {"high": QColor(255, 224, 224), "low": QColor(222, 234, 255)}
_FOREGROUND = {"high": QColor(150, 0, 0), "low": QColor(0, 50, 150)}
@dataclass(frozen=True)
class ShownResult:
    """One result as the flowsheet shows it."""

    result: LabResult
    value: float  # in the display unit (the value as entered when it cannot be converted)
    unit: str
    flag: Flag
    reference: str | None  # the range used: "the reporting lab's range 8.5–10.5 mg/dL"
    reference_range: ReferenceRange | None = None  # the same range, in ``unit``


def show_result(
    result: LabResult, display_unit: str, sex: str, age: int | None = None
) -> ShownResult:
    """``result`` in ``display_unit``, flagged by ``lab_reference.reference_range`` (the lab's
    range, else the typical one of §4.2, else Miller's ESR limit for ``age`` on collection)."""
    try:
        value = labs.convert(result.value, result.unit, display_unit, result.analyte)
        unit = display_unit
    except DomainValidationError:  # a unit the table does not know: shown as entered
        value, unit = result.value, result.unit
    found = reference_range(result, sex, age)
    if found is None:
        return ShownResult(result, value, unit, None, None)
    shown = found.in_unit(unit)  # ``unit`` is the result's own, or one the value converted to
    return ShownResult(result, value, unit, found.flag, reference_text(shown), shown)


def _analyte_order(code: str) -> tuple[int, str]:
    order = list(labs.ANALYTES)
    return (order.index(code), code) if code in labs.ANALYTES else (len(order), code)


class LabFlowsheetModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        self._dates: list[date] = []
        self._cells: dict[tuple[str, date], list[LabResult]] = {}
        self._defaults: dict[str, str] = {}
        self._chosen: dict[str, str] = {}  # kept from patient to patient
        self._sex = ""
        self._patient: Patient | None = None
        self._corrected: dict[date, CorrectedCell] = {}

    def set_chart(self, chart: PatientChart) -> None:
        self.beginResetModel()
        self._sex = chart.patient.sex.value
        self._patient = chart.patient
        cells: dict[tuple[str, date], list[LabResult]] = defaultdict(list)
        latest: dict[str, LabResult] = {}
        for result in chart.labs:
            cells[(result.analyte, result.collected_on)].append(result)
            known = latest.get(result.analyte)
            if known is None or result.collected_on >= known.collected_on:
                latest[result.analyte] = result
        self._cells = dict(cells)
        self._codes = sorted(latest, key=_analyte_order)
        self._corrected = corrected_cells(chart.labs, chart.patient)
        if self._corrected:  # the derived row, right below the measured total calcium
            self._codes.insert(self._codes.index("calcium_total") + 1, CORRECTED_CALCIUM)
        self._dates = sorted({day for _, day in cells})
        self._defaults = {code: r.unit for code, r in latest.items()}
        self.endResetModel()

    # ------------------------------------------------------------------ units

    def display_unit(self, analyte_code: str) -> str | None:
        """The unit the analyte is shown in; None if the chart has no result of it. The
        corrected calcium is shown in total calcium's unit."""
        if analyte_code == CORRECTED_CALCIUM:
            analyte_code = "calcium_total"
        return self._chosen.get(analyte_code) or self._defaults.get(analyte_code)

    def set_display_unit(self, analyte_code: str, unit: str) -> None:
        """Show ``analyte_code`` in ``unit`` (one of its accepted units, else UnknownUnitError)."""
        entry = labs.analyte(analyte_code)
        labs.convert(1.0, entry.canonical_unit, unit, analyte_code)  # refuses a foreign unit
        self._chosen[analyte_code] = unit
        codes = (analyte_code, CORRECTED_CALCIUM) if analyte_code == "calcium_total" else (
            analyte_code,)  # fmt: skip
        for row in (self.row_of(code) for code in codes):
            if row is None:
                continue
            if self._dates:
                last = len(self._dates) - 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

    # ------------------------------------------------------------------ look-ups

    def analyte_code(self, row: int) -> str:
        return self._codes[row]

    def row_of(self, analyte_code: str) -> int | None:
        return self._codes.index(analyte_code) if analyte_code in self._codes else None

    def collection_date(self, column: int) -> date:
        return self._dates[column]

    def is_derived(self, row: int) -> bool:
        """Whether ``row`` is the derived corrected calcium (worked out, not measured)."""
        return self._codes[row] == CORRECTED_CALCIUM

    def corrected(self, column: int) -> CorrectedCell | None:
        """The corrected calcium of the column's day, as the mineral-metabolism rule reads it."""
        return self._corrected.get(self._dates[column])

    def shown(self, row: int, column: int) -> list[ShownResult]:
        """The measured results in one cell as displayed (converted and flagged); none on the
        derived row."""
        code = self._codes[row]
        unit = self.display_unit(code) or ""
        found = self._cells.get((code, self._dates[column]), [])
        return [show_result(r, unit, self._sex, self._age_on(r.collected_on)) for r in found]

    def _age_on(self, day: date) -> int | None:
        return None if self._patient is None else self._patient.age_on(day)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._dates)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._dates):
                return shown_date(self._dates[section])
            return None
        if not 0 <= section < len(self._codes):
            return None
        code = self._codes[section]
        if code == CORRECTED_CALCIUM:
            return self._derived_header(role)
        entry = labs.ANALYTES.get(code)
        if role == Qt.ItemDataRole.DisplayRole:
            name = entry.name if entry is not None else code
            return self.tr("{analyte} ({unit})").format(
                analyte=name, unit=unit_label(self.display_unit(code) or "")
            )
        if role == Qt.ItemDataRole.ToolTipRole and entry is not None:
            if entry.note:
                return self.tr("LOINC {code}. {note}").format(code=entry.loinc, note=entry.note)
            return self.tr("LOINC {code}").format(code=entry.loinc)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._codes) and 0 <= column < len(self._dates)):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.is_derived(row):
            return self._derived_data(column, role)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            FLAG_ROLE,
        ):
            return None
        shown = self.shown(row, column)
        if not shown:
            return None
        flags = [s.flag for s in shown if s.flag is not None]
        worst: Flag = "high" if "high" in flags else flags[0] if flags else None
        if role == Qt.ItemDataRole.DisplayRole:
            return " / ".join(format_number(s.value) + _ARROWS.get(s.flag or "", "") for s in shown)
        if role == FLAG_ROLE:
            return worst
        if role == Qt.ItemDataRole.BackgroundRole:
            return _BACKGROUND[worst] if worst else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _FOREGROUND[worst] if worst else None
        return self._tooltip(self._codes[row], shown, self._corrected.get(self._dates[column]))

    def _derived_header(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{analyte} ({unit})").format(
                analyte=row_name(), unit=unit_label(self.display_unit(CORRECTED_CALCIUM) or "")
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_tooltip(list(self._corrected.values()))
        return None

    def _derived_data(self, column: int, role: int) -> Any:
        """The corrected calcium of the column's day: the value in total calcium's unit, marked
        by the rule's verdict."""
        cell = self._corrected.get(self._dates[column])
        if cell is None:
            return None
        unit = self.display_unit(CORRECTED_CALCIUM) or cell.reading.unit
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(cell.value_in(unit)) + _ARROWS.get(cell.flag or "", "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == FLAG_ROLE:
            return cell.flag
        if role == Qt.ItemDataRole.BackgroundRole:
            return _BACKGROUND[cell.flag] if cell.flag else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _FOREGROUND[cell.flag] if cell.flag else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell, unit)
        return None

    def _tooltip(
        self, code: str, shown: list[ShownResult], corrected: CorrectedCell | None
    ) -> str:
        """The cell's results with their ranges; for a total calcium of a day with albumin,
        what the rule reads instead (never "Within" the range as measured)."""
        entry = labs.ANALYTES.get(code)
        lines = [
            self.tr("{analyte}, {date}").format(
                analyte=entry.name if entry else code,
                date=shown_date(shown[0].result.collected_on),
            )
        ]
        for s in shown:
            text = f"{format_number(s.value)} {unit_label(s.unit)}"
            if s.unit != s.result.unit:
                text = self.tr("{value} (entered as {original})").format(
                    value=text,
                    original=f"{format_number(s.result.value)} {unit_label(s.result.unit)}",
                )
            lines.append(text)
            read_corrected = corrected is not None and code == "calcium_total"
            if s.reference is None:
                lines.append(self.tr("No reference range"))
            elif read_corrected and s.flag is None:
                pass  # the measured value is not what is read: it is not called "within"
            else:
                said = verdict_text(s.flag, s.reference)
                lines.append(self.tr("As measured: {verdict}").format(verdict=said)
                             if read_corrected else said)  # fmt: skip
        if corrected is not None and code == "calcium_total":
            lines += read_instead(corrected, shown[0].unit)
        return "\n".join(lines)
