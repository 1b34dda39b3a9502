"""One patient's lesions, and the measurement history of one lesion, as Qt table models."""

from __future__ import annotations

from datetime import date
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

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import Lesion, LesionMeasurement, PatientChart
from calcitrack.domain.lesions import percent_change
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.workspace.visit_table_model import DASH, format_number

Index = QModelIndex | QPersistentModelIndex
Dated = tuple[date, LesionMeasurement]

LESION_COLUMNS = (
    str(QT_TRANSLATE_NOOP("LesionTableModel", "Lesion")),
    str(QT_TRANSLATE_NOOP("LesionTableModel", "Site")),
    str(QT_TRANSLATE_NOOP("LesionTableModel", "Status")),
    str(QT_TRANSLATE_NOOP("LesionTableModel", "First seen")),
    str(QT_TRANSLATE_NOOP("LesionTableModel", "Last measured")),
    str(QT_TRANSLATE_NOOP("LesionTableModel", "L × W mm")),
    str(QT_TRANSLATE_NOOP("LesionTableModel", "Depth mm")),
    str(QT_TRANSLATE_NOOP("LesionTableModel", "Area mm² (ellipse)")),
    str(QT_TRANSLATE_NOOP("LesionTableModel", "Area change")),
)
"""The lesion list's columns, in English (shown translated)."""
HISTORY_COLUMNS = (
    str(QT_TRANSLATE_NOOP("LesionHistoryTableModel", "Date")),
    str(QT_TRANSLATE_NOOP("LesionHistoryTableModel", "Longest mm")),
    str(QT_TRANSLATE_NOOP("LesionHistoryTableModel", "Width mm")),
    str(QT_TRANSLATE_NOOP("LesionHistoryTableModel", "Depth mm")),
    str(QT_TRANSLATE_NOOP("LesionHistoryTableModel", "Area mm² (ellipse)")),
    str(QT_TRANSLATE_NOOP("LesionHistoryTableModel", "Method")),
    str(QT_TRANSLATE_NOOP("LesionHistoryTableModel", "Flags")),
)
"""A lesion's measurement history's columns, in English (shown translated)."""
_AREA_TIP = str(QT_TRANSLATE_NOOP(
    "LesionTableModel", "Ellipse estimate π/4 · L · W, not a validated calcinosis measure"
))  # fmt: skip
_FLAGS = {
    "ulcerated": QT_TRANSLATE_NOOP("LesionTableModel", "ulcerated"),
    "extrusion": QT_TRANSLATE_NOOP("LesionTableModel", "extrusion"),
    "infected": QT_TRANSLATE_NOOP("LesionTableModel", "infected"),
    "tender": QT_TRANSLATE_NOOP("LesionTableModel", "tender"),
    "inflamed": QT_TRANSLATE_NOOP("LesionTableModel", "inflamed"),
}
"""A measurement's flags (its attributes) and their names, in English (shown translated)."""
_INACTIVE = QColor(110, 110, 110)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def site_text(body_site: str, laterality: object | None) -> str:
    """ "Thigh, right": the body site's name and the laterality, if any."""
    site = BODY_SITES.get(body_site)
    name = site.name if site is not None else body_site
    label = getattr(laterality, "label", None)
    if not label:
        return name
    return QCoreApplication.translate("LesionTableModel", "{site}, {side}").format(
        site=name, side=label.lower()
    )


def _is_of(measurement: LesionMeasurement, lesion: Lesion) -> bool:
    if measurement.lesion_id is not None and lesion.id is not None:
        return measurement.lesion_id == lesion.id
    return measurement.lesion_label == lesion.label


def measurements_of(chart: PatientChart, lesion: Lesion) -> list[Dated]:
    """Every measurement of ``lesion`` with its visit date, oldest first."""
    found = [
        (visit.visit_date, m)
        for visit in chart.visits
        for m in visit.lesion_measurements
        if _is_of(m, lesion)
    ]
    return sorted(found, key=lambda pair: pair[0])


def flags_text(measurement: LesionMeasurement) -> str:
    return QCoreApplication.translate("LesionTableModel", ", ").join(
        QCoreApplication.translate("LesionTableModel", str(name))
        for flag, name in _FLAGS.items()
        if getattr(measurement, flag)
    )


def _size_cells(m: LesionMeasurement | None) -> tuple[str, str, str]:
    if m is None:
        return DASH, DASH, DASH
    size = f"{format_number(m.longest_mm)} × {format_number(m.width_mm)}"
    return size, format_number(m.depth_mm), format_number(m.area_mm2, decimals=0)


class LesionTableModel(QAbstractTableModel):
    """One row per lesion, in the chart's order; the size columns are the latest measurement."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Lesion, list[Dated]]] = []

    def set_chart(self, chart: PatientChart) -> None:
        self.beginResetModel()
        self._rows = [(lesion, measurements_of(chart, lesion)) for lesion in chart.lesions]
        self.endResetModel()

    def lesion(self, row: int) -> Lesion:
        return self._rows[row][0]

    def row_of(self, label: str) -> int | None:
        return next((i for i, (les, _) in enumerate(self._rows) if les.label == label), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LESION_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LESION_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(LESION_COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == 7:
                return self.tr(_AREA_TIP)
            if section == 8:
                return self.tr("Change in area from the first measurement to the latest")
        return None

    @staticmethod
    def _display(lesion: Lesion, history: list[Dated], column: int) -> str:
        latest = history[-1][1] if history else None
        if column == 0:
            return lesion.label
        if column == 1:
            return site_text(lesion.body_site, lesion.laterality)
        if column == 2:
            return lesion.status.label
        if column == 3:
            return shown_date(lesion.first_seen_on)
        if column == 4:
            return shown_date(history[-1][0]) if history else DASH
        if 5 <= column <= 7:
            return _size_cells(latest)[column - 5]
        if len(history) < 2:
            return DASH
        change = percent_change(history[0][1].area_mm2, history[-1][1].area_mm2)
        if change is None:
            return DASH
        text = format_number(change, decimals=0)
        return f"+{text} %" if change > 0 and text != "0" else f"{text} %"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < len(LESION_COLUMNS):
            return None
        lesion, history = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(lesion, history, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and lesion.status != LesionStatus.ACTIVE:
            return _INACTIVE
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2 and lesion.status_changed_on is not None:
                return self.tr("{status} on {date}").format(
                    status=lesion.status.label, date=shown_date(lesion.status_changed_on)
                )
            if column == 8 and len(history) >= 2:
                return self.tr("From {first} to {latest}").format(
                    first=shown_date(history[0][0]), latest=shown_date(history[-1][0])
                )
            return lesion.notes or None
        return None


class LesionHistoryTableModel(QAbstractTableModel):
    """The measurements of one lesion, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lesion: Lesion | None = None
        self._rows: list[Dated] = []

    @property
    def lesion(self) -> Lesion | None:
        return self._lesion

    def set_lesion(self, chart: PatientChart | None, lesion: Lesion | None) -> None:
        """Show ``lesion``'s measurements in ``chart``; None for either empties the table."""
        self.beginResetModel()
        if chart is None or lesion is None:
            self._lesion, self._rows = None, []
        else:
            self._lesion, self._rows = lesion, measurements_of(chart, lesion)[::-1]
        self.endResetModel()

    def measurement(self, row: int) -> Dated:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HISTORY_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HISTORY_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HISTORY_COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == 4:
            return QCoreApplication.translate("LesionTableModel", _AREA_TIP)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < len(HISTORY_COLUMNS):
            return None
        day, m = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                shown_date(day),
                format_number(m.longest_mm),
                format_number(m.width_mm),
                format_number(m.depth_mm),
                format_number(m.area_mm2, decimals=0),
                m.method.label,
                flags_text(m) or DASH,
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 4:
            return _RIGHT
        return None
