"""Search, filters and sorting of the patient list, in memory: no database call per keystroke."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.text import search_text
from calcitrack.ui.patients.patient_table_model import (
    LAST_VISIT_COLUMN,
    NAME_COLUMN,
    NEXT_DUE_COLUMN,
    PatientTableModel,
)

Index = QModelIndex | QPersistentModelIndex


class StatusFilter(str, Enum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"

    @property
    def label(self) -> str:
        return {"active": "Active", "archived": "Archived", "all": "All"}[self.value]


class PatientFilterProxyModel(QSortFilterProxyModel):
    """Filters a :class:`PatientTableModel` by search text, disease, status and diltiazem.

    The search matches the MRN or any part of "family given", "given family" or "family, given",
    ignoring case and accents. ``sort`` is passed to the source model, which puts rows with
    nothing recorded last in either order (see PatientTableModel.sort).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._patients: PatientTableModel | None = None
        self._query = ""
        self._disease: UnderlyingDisease | None = None
        self._status = StatusFilter.ACTIVE
        self._on_diltiazem = False

    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, PatientTableModel):
            raise TypeError("PatientFilterProxyModel filters a PatientTableModel")
        self._patients = model
        super().setSourceModel(model)

    # ---------------------------------------------------------------- filters

    def search(self) -> str:
        return self._query

    def set_search(self, text: str) -> None:
        query = search_text(text)
        if query != self._query:
            self._change_filter("_query", query)

    def disease(self) -> UnderlyingDisease | None:
        return self._disease

    def set_disease(self, disease: UnderlyingDisease | None) -> None:
        if disease != self._disease:
            self._change_filter("_disease", disease)

    def status(self) -> StatusFilter:
        return self._status

    def set_status(self, status: StatusFilter) -> None:
        if status != self._status:
            self._change_filter("_status", StatusFilter(status))

    def on_diltiazem(self) -> bool:
        return self._on_diltiazem

    def set_on_diltiazem(self, only: bool) -> None:
        if only != self._on_diltiazem:
            self._change_filter("_on_diltiazem", bool(only))

    def _change_filter(self, name: str, value: object) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older PySide6
            setattr(self, name, value)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        patients = self._patients
        if patients is None or source_parent.isValid():
            return False
        if self._query and self._query not in patients.search_key(source_row):
            return False
        summary = patients.summary(source_row)
        patient = summary.patient
        if self._status is StatusFilter.ACTIVE and patient.archived:
            return False
        if self._status is StatusFilter.ARCHIVED and not patient.archived:
            return False
        if self._disease is not None and patient.underlying_disease != self._disease:
            return False
        return not (self._on_diltiazem and not summary.on_diltiazem)

    # ---------------------------------------------------------------- sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the source model (fast, missing values last); the proxy keeps its order."""
        if self._patients is not None and column >= 0:
            self._patients.sort(column, order)

    def sort_by_name(self) -> None:
        self.sort(NAME_COLUMN, Qt.SortOrder.AscendingOrder)

    def sort_by_next_due(self) -> None:
        """Most overdue first; patients with no next visit planned last."""
        self.sort(NEXT_DUE_COLUMN, Qt.SortOrder.AscendingOrder)

    def sort_by_last_visit(self) -> None:
        """Seen most recently first; patients never seen last."""
        self.sort(LAST_VISIT_COLUMN, Qt.SortOrder.DescendingOrder)
