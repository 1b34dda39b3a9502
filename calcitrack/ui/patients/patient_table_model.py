"""The patient list as a Qt table model.

Besides the displayed text, each row gives its folded search key (``SEARCH_KEY_ROLE``, computed
once in ``set_patients`` so that filtering thousands of rows per keystroke stays cheap) and a
comparable sort value per column (``SORT_ROLE``: text, ISO date or number; None when missing).

The model sorts itself (``sort``), in Python over precomputed values: thousands of rows sort in
milliseconds, where a proxy calling back into Python for every comparison takes most of a second.
Rows with nothing recorded in the sort column come last in either order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from calcitrack.domain.entities import PatientSummary
from calcitrack.domain.flags import DECISION_SUPPORT_NOTE, Flag, FlagKind, Severity
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.text import fold, patient_search_key

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

SEARCH_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_OVERDUE = QColor("#b03a2e")


_SEVERITY_ORDER = {Severity.CONTRAINDICATION: 0, Severity.WARNING: 1, Severity.REVIEW: 2}


def flags_text(flags: Sequence[Flag]) -> str:
    """Short text of the flags column: "2 safety · review"."""
    safety = sum(1 for f in flags if f.kind is FlagKind.SAFETY)
    review = any(f.kind is FlagKind.REVIEW for f in flags)
    parts = ([f"{safety} safety"] if safety else []) + (["review"] if review else [])
    return " · ".join(parts)


def flags_tooltip(summary: PatientSummary) -> str:
    """Every flag's title, reason and triggers, and the decision-support note."""
    if not summary.flags:
        if summary.flags_assessed_on is None:
            return "Not assessed yet"
        return f"No flags (assessed {summary.flags_assessed_on.isoformat()})"
    blocks = [
        "\n".join((f"• {f.title} ({f.severity.value})", *(f"   {t}" for t in f.triggers)))
        for f in summary.flags
    ]
    assessed = summary.flags_assessed_on.isoformat() if summary.flags_assessed_on else "—"
    return "\n".join([*blocks, f"Assessed {assessed}. {DECISION_SUPPORT_NOTE}"])


_ICONS: dict[Severity, QIcon] = {}


def flag_icon(flags: Sequence[Flag]) -> QIcon | None:
    """The worst flag's icon (made once per severity: painting asks for it on every row)."""
    if not flags:
        return None
    worst = min(flags, key=lambda f: _SEVERITY_ORDER[f.severity]).severity
    if worst not in _ICONS:
        pixmap = {
            Severity.CONTRAINDICATION: QStyle.StandardPixmap.SP_MessageBoxCritical,
            Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Severity.REVIEW: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[worst]
        _ICONS[worst] = QApplication.style().standardIcon(pixmap)
    return _ICONS[worst]


def drug_names(codes: frozenset[str]) -> str:
    """The drugs' names in alphabetical order: "Colchicine, Diltiazem"."""
    names = (DRUGS[code].name if code in DRUGS else code for code in codes)
    return ", ".join(sorted(names, key=str.casefold))


def _drug_names_per_row(rows: Sequence[PatientSummary]) -> list[str]:
    """``drug_names`` of each row, worked out once per regimen: thousands of patients share a
    few dozen regimens (most often none), and this runs on the GUI thread."""
    known: dict[frozenset[str], str] = {}
    names = []
    for summary in rows:
        text = known.get(summary.current_drugs)
        if text is None:
            text = known[summary.current_drugs] = drug_names(summary.current_drugs)
        names.append(text)
    return names


class PatientTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PatientSummary] = []
        self._keys: list[str] = []
        self._names: list[str] = []
        self._drugs: list[str] = []
        self._today: date | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_patients(self, rows: Sequence[PatientSummary], *, today: date | None = None) -> None:
        """Show ``rows`` (in the current sort order); with ``today``, a next due date before it is
        shown as overdue."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._keys = [
            patient_search_key(s.patient.mrn, s.patient.family_name, s.patient.given_name)
            for s in self._rows
        ]
        self._names = [
            f"{fold(s.patient.family_name)}\x1f{fold(s.patient.given_name)}" for s in self._rows
        ]
        self._drugs = _drug_names_per_row(self._rows)
        if self._sort is not None:
            self._reorder(self._sorted_rows(*self._sort))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; ties keep name order, and rows missing the value come last."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        permutation = self._sorted_rows(column, order)
        self._reorder(permutation)
        new_row = [0] * len(permutation)
        for new, old in enumerate(permutation):
            new_row[old] = new
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The old row numbers in their new order."""
        values = [self.sort_value(row, column) for row in range(len(self._rows))]
        by_name = sorted(
            range(len(self._rows)), key=lambda r: (self._names[r], self._rows[r].patient.mrn)
        )
        present = [(r, value) for r in by_name if (value := values[r]) is not None]
        present.sort(  # stable: equal values keep name order, in either direction
            key=lambda pair: pair[1], reverse=order == Qt.SortOrder.DescendingOrder
        )
        return [r for r, _value in present] + [r for r in by_name if values[r] is None]

    def _reorder(self, permutation: list[int]) -> None:
        self._rows = [self._rows[r] for r in permutation]
        self._keys = [self._keys[r] for r in permutation]
        self._names = [self._names[r] for r in permutation]
        self._drugs = [self._drugs[r] for r in permutation]

    def summary(self, row: int) -> PatientSummary:
        return self._rows[row]

    def search_key(self, row: int) -> str:
        """The row's folded search text (see calcitrack.domain.text.patient_search_key)."""
        return self._keys[row]

    def row_of_mrn(self, mrn: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.patient.mrn == mrn), None)

    def sort_value(self, row: int, column: int) -> str | int | None:
        """A value that sorts the column as people expect; None where nothing is recorded."""
        summary = self._rows[row]
        patient = summary.patient
        if column == MRN_COLUMN:
            return patient.mrn.casefold()
        if column == NAME_COLUMN:
            return self._names[row]
        if column == BORN_COLUMN:
            return patient.date_of_birth.isoformat()
        if column == DISEASE_COLUMN:
            return patient.underlying_disease.label.casefold()
        if column == CALCINOSIS_COLUMN:
            return patient.calcinosis_type.label.casefold()
        if column == LAST_VISIT_COLUMN:
            return summary.last_visit_on.isoformat() if summary.last_visit_on else None
        if column == NEXT_DUE_COLUMN:
            return summary.next_due_on.isoformat() if summary.next_due_on else None
        if column == VISITS_COLUMN:
            return summary.visit_count
        if column == LESIONS_COLUMN:
            return summary.active_lesions
        if column == DRUGS_COLUMN:
            return self._drugs[row].casefold() or None
        if column == FLAGS_COLUMN:  # the worst flags first
            if not summary.flags:
                return None
            worst = min(_SEVERITY_ORDER[f.severity] for f in summary.flags)
            return -(10 * (3 - worst) + len(summary.flags))
        return None

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
                flags_text(summary.flags),
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
        if role == Qt.ItemDataRole.DecorationRole and column == FLAGS_COLUMN:
            return flag_icon(summary.flags)
        if role == SEARCH_KEY_ROLE:
            return self._keys[row]
        if role == SORT_ROLE:
            return self.sort_value(row, column)
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
