"""The patient table, where a row (a patient) is what the keys move through."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

_ENDS = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)


class PatientListView(QTableView):
    """Home and End (with or without Ctrl) go to the first and the last patient and stay in the
    current column, as in a list. A plain QTableView goes to the first or last column (and with
    Ctrl to the first or last row), which scrolls the MRN and the name out of view."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        if cursorAction not in _ENDS or model is None:
            return super().moveCursor(cursorAction, modifiers)
        rows = model.rowCount()
        if rows == 0:
            return QModelIndex()
        current = self.currentIndex()
        column = current.column() if current.isValid() else self._first_shown_column()
        row = 0 if cursorAction == QAbstractItemView.CursorAction.MoveHome else rows - 1
        return model.index(row, column)

    def _first_shown_column(self) -> int:
        header = self.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return 0
