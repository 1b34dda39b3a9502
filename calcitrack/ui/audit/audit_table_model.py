"""Audit entries as a read-only Qt table: When (local time), User, Action, Record, Patient,
Changes (one line; every line in the tooltip).

The texts are worked out once per entry in ``set_entries`` (painting asks for them again and
again). The model sorts itself in Python over precomputed keys; When sorts by entry number, which
is the order the entries were written in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from calcitrack.domain.audit_trail.audit import AuditEntry
from calcitrack.ui.audit.audit_changes_text import (
    NOTHING,
    action_label,
    change_lines,
    changes_summary,
    local_time_text,
    record_text,
)
from calcitrack.ui.common.left_to_right import left_to_right
from calcitrack.ui.common.number_text import in_window_digits

Index = QModelIndex | QPersistentModelIndex

COLUMNS = tuple(
    str(title)
    for title in (
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Patient"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Changes"),
    )
)
"""The columns' titles in English (shown translated, context ``AuditTableModel``)."""
WHEN_COLUMN, USER_COLUMN, ACTION_COLUMN, RECORD_COLUMN, PATIENT_COLUMN, CHANGES_COLUMN = range(
    len(COLUMNS)
)
_MAX_TOOLTIP_LINES = 40
_COLUMN_SAMPLES = (
    "2026-11-20 10:31:15",
    "nurse.lastname",
    "PDF generated",
    "lesion_measurements #1234",
    "MRN-000000",
)
"""The widest text expected in each column but Changes (which takes the rest)."""


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self._texts: list[tuple[str, ...]] = []

    # -- contents ------------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._texts = [self._row_texts(entry) for entry in self._entries]
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def entries(self) -> list[AuditEntry]:
        """The entries in the order shown."""
        return list(self._entries)

    def row_of(self, entry_id: int) -> int | None:
        """The row showing entry ``entry_id``, or None when it is not shown."""
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), None)

    @staticmethod
    def _row_texts(entry: AuditEntry) -> tuple[str, ...]:
        return (
            local_time_text(entry.occurred_at),
            entry.actor_username or NOTHING,
            action_label(entry.action),
            record_text(entry),
            entry.patient_mrn or "",
            _changes_cell(changes_summary(entry)),
        )

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), index.column())
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        entry = self._entries[row]
        if column == CHANGES_COLUMN:
            lines = change_lines(entry)
            if len(lines) > _MAX_TOOLTIP_LINES:
                more = len(lines) - _MAX_TOOLTIP_LINES
                lines = [
                    *lines[:_MAX_TOOLTIP_LINES],
                    self.tr("… and {count} more (see below the table)").format(
                        count=in_window_digits(str(more))
                    ),
                ]
            return "\n".join(lines) or None
        if column == WHEN_COLUMN:
            return self.tr("Entry #{id}").format(id=entry.id)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self.persistentIndexList())
        old_rows = [(self._entries[i.row()].id, i.column()) for i in old]
        if column == WHEN_COLUMN:
            keys: list[Any] = [e.id for e in self._entries]
        else:
            keys = [
                (t[column].casefold(), e.id)
                for t, e in zip(self._texts, self._entries, strict=True)
            ]
        ordered = sorted(
            range(len(self._entries)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._entries = [self._entries[i] for i in ordered]
        self._texts = [self._texts[i] for i in ordered]
        rows = {e.id: row for row, e in enumerate(self._entries)}
        self.changePersistentIndexList(
            old, [self.index(rows[entry_id], col) for entry_id, col in old_rows]
        )
        self.layoutChanged.emit()


def entry_table_view(model: AuditTableModel) -> QTableView:
    """A read-only, row-selecting, sortable view of ``model`` with widths fitting its columns;
    Tab leaves it (the arrow keys move between entries)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(QCoreApplication.translate("AuditTableModel", "Audit entries"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    metrics = table.fontMetrics()
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(metrics.height() + 8)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    for column, sample in enumerate(_COLUMN_SAMPLES):
        title = QCoreApplication.translate("AuditTableModel", COLUMNS[column])
        widest = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
        header.resizeSection(column, widest + 24)
    return table


def _changes_cell(summary: str) -> str:
    """The changes' summary as its cell shows it: recorded keys and values, in English letters,
    kept left to right in a right-to-left window (``left_to_right``), so that the "…" that cuts a
    long one stays at its end, on the right, not at its start on the left; a summary with
    right-to-left letters as it is."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in summary):
        return summary
    return left_to_right(summary)
