"""The patient list as a Qt table model that holds only the pages fetched so far.

The database searches, filters and sorts (PatientListQuery); the model shows the rows of the
current query fetched so far and asks for the next page as the view scrolls (``canFetchMore`` /
``fetchMore``): ``rowCount`` grows a page at a time up to ``matching``. A click on a column header
(``sort``) does not reorder rows here: it emits ``sort_requested`` and the list asks the database
again. Nothing here grows with the clinic beyond the rows the user has scrolled through.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from calcitrack.domain.entities import PatientSummary
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.patient_list import ListColumn, PatientListPage
from calcitrack.ui.patients.patient_flags_cell import (
    STALE_COLOR,
    flag_icon,
    flags_cell_text,
    flags_tooltip,
    is_stale,
)

__all__ = ["PatientTableModel", "drug_names", "flag_icon", "flags_tooltip"]

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "MRN",
    "Name",
    "Flags",
    "Born",
    "Disease",
    "Calcinosis",
    "Last visit",
    "Next due",
    "Visits",
    "Active lesions",
    "Current drugs",
)
(
    MRN_COLUMN,
    NAME_COLUMN,
    FLAGS_COLUMN,
    BORN_COLUMN,
    DISEASE_COLUMN,
    CALCINOSIS_COLUMN,
    LAST_VISIT_COLUMN,
    NEXT_DUE_COLUMN,
    VISITS_COLUMN,
    LESIONS_COLUMN,
    DRUGS_COLUMN,
) = range(len(COLUMNS))
assert [c.value for c in ListColumn] == list(range(len(COLUMNS)))  # the query sorts these

_OVERDUE = QColor("#b03a2e")


def drug_names(codes: frozenset[str]) -> str:
    """The drugs' names in alphabetical order: "Colchicine, Diltiazem"."""
    names = (DRUGS[code].name if code in DRUGS else code for code in codes)
    return ", ".join(sorted(names, key=str.casefold))


class PatientTableModel(QAbstractTableModel):
    """The rows fetched so far of the list's query; ``more`` (set by the list) is called with the
    next row to fetch when the view scrolls to the end, and its answer comes back through
    ``append`` (at once or later, from a worker thread's result)."""

    sort_requested = Signal(int, bool)
    """A column header asked for another order: the column and whether descending."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PatientSummary] = []
        self._drugs: list[str] = []
        self._regimens: dict[frozenset[str], str] = {}
        self._matching = 0
        self._total = 0
        self._today: date | None = None
        self._waiting = False
        self._sort = (ListColumn.NAME, False)
        self.more: Callable[[int], None] | None = None

    # ---------------------------------------------------------------- the pages

    @property
    def matching(self) -> int:
        """How many patients match the query (the rows shown once all are fetched)."""
        return self._matching

    @property
    def total(self) -> int:
        """How many patients the clinic has, archived ones included."""
        return self._total

    def reset(self, page: PatientListPage, *, today: date | None = None) -> None:
        """Show ``page`` (the first rows of a new or repeated query) instead of every row; with
        ``today``, a next due date before it is shown as overdue."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._drugs = [self._drug_text(s) for s in self._rows]
        self._matching, self._total = page.matching, page.total
        self._today = today
        self._waiting = False
        self.endResetModel()

    def append(self, page: PatientListPage) -> bool:
        """Add the rows of ``page`` after those shown; False (and nothing added) if it starts
        after them."""
        skip = len(self._rows) - page.offset  # rows of the page fetched meanwhile
        if skip < 0:
            return False
        self._waiting = False
        self._matching, self._total = page.matching, page.total
        rows = page.rows[skip : max(skip, page.matching - page.offset)]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._drugs.extend(self._drug_text(s) for s in rows)
            self.endInsertRows()
        return True

    def set_waiting(self, waiting: bool) -> None:
        """While a query is on its way, the view asks for no more rows of the old one."""
        self._waiting = waiting

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._waiting
            and self.more is not None
            and len(self._rows) < self._matching
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.more is not None:
            self._waiting = True
            self.more(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the list in another order (the view calls this for a header click)."""
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (ListColumn(column), order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.sort_requested.emit(*wanted)

    def _drug_text(self, summary: PatientSummary) -> str:
        # worked out once per regimen: patients share a few dozen regimens (most often none)
        text = self._regimens.get(summary.current_drugs)
        if text is None:
            if len(self._regimens) > 1000:  # bounded: rare regimens do not pile up
                self._regimens.clear()
            text = self._regimens[summary.current_drugs] = drug_names(summary.current_drugs)
        return text

    # ---------------------------------------------------------------- rows

    def summary(self, row: int) -> PatientSummary:
        return self._rows[row]

    def row_of_mrn(self, mrn: str) -> int | None:
        """The row of the patient among those fetched so far."""
        return next((i for i, s in enumerate(self._rows) if s.patient.mrn == mrn), None)

    def mrns(self) -> list[str]:
        return [s.patient.mrn for s in self._rows]

    def any_never_assessed(self) -> bool:
        """Whether a row fetched so far has flags never assessed (a patient just imported)."""
        return any(s.flags_assessed_on is None for s in self._rows)

    # ---------------------------------------------------------------- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        summary = self._rows[row]
        patient = summary.patient
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                patient.mrn,
                patient.display_name + (" (archived)" if patient.archived else ""),
                flags_cell_text(summary),
                patient.date_of_birth.isoformat(),
                patient.underlying_disease.label,
                patient.calcinosis_type.label,
                summary.last_visit_on.isoformat() if summary.last_visit_on else "—",
                summary.next_due_on.isoformat() if summary.next_due_on else "—",
                str(summary.visit_count),
                str(summary.active_lesions),
                self._drugs[row],
            )
            return values[column] if 0 <= column < len(values) else None
        if column == FLAGS_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return flag_icon(summary.flags, stale=is_stale(summary))
            if role == Qt.ItemDataRole.ForegroundRole and is_stale(summary):
                return QBrush(STALE_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VISITS_COLUMN, LESIONS_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == NEXT_DUE_COLUMN and self._overdue_days(summary) is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_OVERDUE)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        return None

    def _overdue_days(self, summary: PatientSummary) -> int | None:
        due, today = summary.next_due_on, self._today
        if due is None or today is None or due >= today:
            return None
        return (today - due).days

    def _tooltip(self, summary: PatientSummary, column: int) -> str | None:
        patient = summary.patient
        if column == NAME_COLUMN:
            return f"{patient.display_name}, {patient.sex.label.lower()}, MRN {patient.mrn}"
        if column == FLAGS_COLUMN:
            return flags_tooltip(summary)
        if column == NEXT_DUE_COLUMN:
            late = self._overdue_days(summary)
            if late is not None:
                return f"Overdue by {late} day{'s' if late != 1 else ''}"
        return None
