"""One patient's medications as a Qt table model: the current regimen, or the full history.

A period whose dose raises a dose safety flag (above its label maximum, methotrexate not weekly:
``safety_flags.dose_flags``, the rule the Overview and the PDF show) is marked: the flag's icon
on the drug, the dose and frequency in the flag's colour, and the flag with its reason, values
and source in the tooltip. The current regimen is judged on the day shown, a period of the
history on the day it started (with the doses of the same drug taken that day, and the weight of
that day or the latest earlier one)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import DoseUnit
from calcitrack.domain.entities import MedicationPeriod, PatientChart, Visit
from calcitrack.domain.flags import Flag, Severity, decision_support_note, severity_label
from calcitrack.domain.medications import dosing
from calcitrack.domain.medications.drugs import drug_label, name_order
from calcitrack.domain.review.safety_flags import dose_flags
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.patients.patient_table_model import flag_icon
from calcitrack.ui.workspace.visit_table_model import DASH, format_number

Index = QModelIndex | QPersistentModelIndex


class MedicationListMode(Enum):
    CURRENT = "current"
    """The periods active on the chosen day, with the daily total and diltiazem's mg/kg/day."""
    HISTORY = "history"
    """Every period, newest start first, each with the event that began (and ended) it."""


CURRENT_COLUMNS = (
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Drug")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Dose")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Frequency")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Route")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Since")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Per day")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "mg/kg/day")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Reason")),
)
"""The current regimen's columns, in English (shown translated; the code tells them by it)."""
HISTORY_COLUMNS = (
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Event")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Drug")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Dose")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Frequency")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Route")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Start")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Stop")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Start reason")),
    str(QT_TRANSLATE_NOOP("MedicationTableModel", "Stop reason")),
)
"""The history's columns, in English (shown translated)."""
STARTED = str(QT_TRANSLATE_NOOP("MedicationTableModel", "Started"))
DOSE_CHANGED = str(QT_TRANSLATE_NOOP("MedicationTableModel", "Dose changed"))
STOPPED = str(QT_TRANSLATE_NOOP("MedicationTableModel", "Stopped"))
_MG_PER_UNIT = {DoseUnit.MG: 1.0, DoseUnit.G: 1000.0}
_ENDED = QColor(110, 110, 110)
_FLAG_COLOURS = {  # the Overview's severity colours
    Severity.CONTRAINDICATION: QColor("#b2182b"),
    Severity.WARNING: QColor("#b35806"),
    Severity.REVIEW: QColor("#2c5aa0"),
}
_FLAGGED_COLUMNS = ("Drug", "Dose", "Frequency", "Per day")
"""The cells whose tooltip is the dose flag (the others keep their own)."""
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def latest_weight(visits: tuple[Visit, ...], on: date) -> tuple[float, date] | None:
    """The weight recorded at the latest visit on or before ``on``, and that visit's date."""
    best: tuple[float, date] | None = None
    for v in visits:
        if v.weight_kg is None or v.visit_date > on:
            continue
        if best is None or v.visit_date > best[1]:
            best = (v.weight_kg, v.visit_date)
    return best


def dose_text(period: MedicationPeriod) -> str:
    return f"{format_number(period.dose)} {period.dose_unit.label}"


def flags_text(flags: tuple[Flag, ...]) -> str:
    """The dose flags of a period as a tooltip: each with its reason, values and source (rich
    text, so that Qt wraps the long lines instead of running them off the screen)."""
    blocks = [
        "<p><b>"
        + escape(
            QCoreApplication.translate("MedicationTableModel", "{flag} ({severity})").format(
                flag=f.title, severity=severity_label(f.severity)
            )
        )
        + f"</b><br>{escape(f.reason)}<br>"
        + "<br>".join(escape(t) for t in f.triggers)
        + "<br>"
        + escape(
            QCoreApplication.translate("MedicationTableModel", "Source: {source}").format(
                source=f.source
            )
        )
        + "</p>"
        for f in flags
    ]
    return "".join([*blocks, f"<p><i>{escape(decision_support_note())}</i></p>"])


def _shown(period: MedicationPeriod) -> str:
    """The drug's name as the reader reads it (the catalogue's translated, a typed one as is)."""
    return drug_label(period.drug, period.drug_name)


def _drug_key(period: MedicationPeriod) -> tuple[str, str]:
    # "other" covers many drugs: the name tells them apart.
    return (period.drug, period.drug_name if period.drug == "other" else "")


class MedicationTableModel(QAbstractTableModel):
    def __init__(
        self, mode: MedicationListMode = MedicationListMode.HISTORY, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._columns = CURRENT_COLUMNS if mode is MedicationListMode.CURRENT else HISTORY_COLUMNS
        self._periods: tuple[MedicationPeriod, ...] = ()
        self._rows: list[MedicationPeriod] = []
        self._today = date.min
        self._weight: tuple[float, date] | None = None
        self._chart: PatientChart | None = None
        self._settings = ClinicSettings.defaults()
        self._flags: list[tuple[Flag, ...]] = []

    @property
    def mode(self) -> MedicationListMode:
        return self._mode

    def set_chart(self, chart: PatientChart, today: date) -> None:
        self.beginResetModel()
        self._today = today
        self._periods = chart.medications
        self._weight = latest_weight(chart.visits, today)
        if self._mode is MedicationListMode.CURRENT:
            active = (p for p in chart.medications if p.active_on(today))
            self._rows = sorted(active, key=lambda p: (name_order(_shown(p)), p.start_on))
        else:
            self._rows = sorted(
                chart.medications, key=lambda p: (-p.start_on.toordinal(), name_order(_shown(p)))
            )
        self._chart = chart
        self._flags = [self._dose_flags(p) for p in self._rows]
        self.endResetModel()

    def set_settings(self, settings: ClinicSettings) -> None:
        """The clinic's dose limits: the marks are judged again."""
        self._settings = settings
        if self._chart is None:
            return
        self._flags = [self._dose_flags(p) for p in self._rows]
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _dose_flags(self, period: MedicationPeriod) -> tuple[Flag, ...]:
        assert self._chart is not None
        day = self._today if self._mode is MedicationListMode.CURRENT else period.start_on
        return tuple(dose_flags(self._chart, self._settings, day, drug=period.drug))

    def dose_flags_of(self, row: int) -> tuple[Flag, ...]:
        """The dose safety flags of the period in ``row`` (see the module docstring)."""
        return self._flags[row]

    def period(self, row: int) -> MedicationPeriod:
        return self._rows[row]

    # ------------------------------------------------------------------ derived values

    def _predecessor(self, period: MedicationPeriod) -> MedicationPeriod | None:
        return next(
            (
                p
                for p in self._periods
                if p is not period
                and _drug_key(p) == _drug_key(period)
                and p.stop_on == period.start_on
            ),
            None,
        )

    def _has_successor(self, period: MedicationPeriod) -> bool:
        return any(
            p is not period and _drug_key(p) == _drug_key(period) and p.start_on == period.stop_on
            for p in self._periods
        )

    def event_text(self, row: int) -> str:
        """Started or Dose changed, then " → Stopped" if the drug ended with no follow-on dose."""
        period = self._rows[row]
        text = self.tr(DOSE_CHANGED if self._predecessor(period) is not None else STARTED)
        if period.stop_on is not None and not self._has_successor(period):
            end = self.tr(STOPPED) if period.stop_on <= self._today else self.tr("Stop planned")
            text = self.tr("{event} → {end}").format(event=text, end=end)
        return text

    def _daily_mg(self, period: MedicationPeriod) -> float | None:
        per_day = period.frequency.doses_per_day
        factor = _MG_PER_UNIT.get(period.dose_unit)
        if not period.frequency.is_daily or per_day is None or factor is None:
            return None
        return dosing.daily_dose_mg(period.dose * factor, per_day)

    def _per_day_text(self, period: MedicationPeriod) -> str:
        per_day = period.frequency.doses_per_day
        if not period.frequency.is_daily or per_day is None:
            return DASH
        return self.tr("{dose} {unit}/day").format(
            dose=format_number(period.dose * per_day), unit=period.dose_unit.label
        )

    def _mg_per_kg(self, period: MedicationPeriod) -> tuple[str, str | None]:
        """The mg/kg/day cell of diltiazem and its tooltip (DOMAIN.md §0.7)."""
        if period.drug != "diltiazem":
            return "", None
        per_day = period.frequency.doses_per_day
        if not period.frequency.is_daily or per_day is None:
            return DASH, self.tr("No daily total for a dose given {frequency}").format(
                frequency=period.frequency.label
            )
        if period.dose_unit is DoseUnit.MG_PER_KG:
            return format_number(period.dose * per_day, decimals=2), self.tr(
                "Prescribed per kilogram"
            )
        daily = self._daily_mg(period)
        if daily is None:
            return DASH, self.tr("No mg/kg/day for a dose in {unit}").format(
                unit=period.dose_unit.label
            )
        if self._weight is None:
            return DASH, self.tr("No weight recorded on or before {date}").format(
                date=shown_date(self._today)
            )
        weight, weighed_on = self._weight
        value = dosing.mg_per_kg_per_day(daily, 1.0, weight)
        tip = self.tr(
            "{daily} mg/day ÷ {weight} kg, the weight recorded on {date}"
        ).format(
            daily=format_number(daily),
            weight=format_number(weight, decimals=1),
            date=shown_date(weighed_on),
        )
        return format_number(value, decimals=2), tip

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self._columns[section]) if 0 <= section < len(self._columns) else None
        return None

    def _display(self, row: int, column: int) -> str:
        p = self._rows[row]
        common = (_shown(p), dose_text(p), p.frequency.label, p.route.label)
        if self._mode is MedicationListMode.CURRENT:
            values = (
                *common,
                shown_date(p.start_on),
                self._per_day_text(p),
                self._mg_per_kg(p)[0],
                p.start_reason,
            )
            return values[column]
        stop = shown_date(p.stop_on) if p.stop_on else DASH
        history: tuple[str, ...] = (self.event_text(row), *common, shown_date(p.start_on), stop)
        history += (p.start_reason, p.stop_reason)
        return history[column]

    def _tooltip(self, row: int, column: int) -> str | None:
        p = self._rows[row]
        name = self._columns[column]
        if self._flags[row] and name in _FLAGGED_COLUMNS:
            return flags_text(self._flags[row])
        if name == "mg/kg/day":
            return self._mg_per_kg(p)[1]
        if name == "Event":
            before = self._predecessor(p)
            if before is not None:
                return self.tr(
                    "From {dose_before} {frequency_before} to {dose} {frequency} on {date}"
                ).format(
                    dose_before=dose_text(before),
                    frequency_before=before.frequency.label,
                    dose=dose_text(p),
                    frequency=p.frequency.label,
                    date=shown_date(p.start_on),
                )
            return None
        if name in ("Reason", "Start reason"):
            return p.start_reason or None
        if name == "Stop reason":
            return p.stop_reason or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        flags = self._flags[row]
        name = self._columns[column]
        if flags and name == "Drug":
            if role == Qt.ItemDataRole.DecorationRole:
                return flag_icon(flags)
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                return self.tr("Safety flag: {flags}").format(
                    flags=self.tr("; ").join(f.title for f in flags)
                )
        if flags and name in ("Dose", "Frequency") and role == Qt.ItemDataRole.ForegroundRole:
            worst = min(flags, key=lambda f: list(_FLAG_COLOURS).index(f.severity))
            return _FLAG_COLOURS[worst.severity]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[column] in (
            "Per day",
            "mg/kg/day",
        ):
            return _RIGHT
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self._mode is MedicationListMode.HISTORY
            and not self._rows[row].active_on(self._today)
        ):
            return _ENDED
        return None
