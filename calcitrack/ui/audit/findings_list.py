"""The list under the audit viewer's message line that shows what Verify found: each finding in
red, then what could not be checked, then what the checks cannot find; scrollable, selectable
(Ctrl+C copies the selected lines), read-only, as tall as its lines up to ``MAX_HEIGHT``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QListWidgetItem

from calcitrack.ui.audit.audit_verification import scope_text
from calcitrack.ui.common.number_text import grouped_count

SHOWN = 500
"""Findings listed at most; a last line says how many more there are."""
MAX_HEIGHT = 180
"""Pixels; a longer list scrolls."""
_FINDING = QColor("#b00020")


class FindingsList(QListWidget):
    """Hidden until a verification has run."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Verification findings"))
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hide()

    def show_findings(self, findings: Sequence[str], notes: Sequence[str]) -> None:
        """Fill the list (findings first, in red, then the notes and the checks' limits) and
        show it."""
        self.clear()
        for line in findings[:SHOWN]:
            item = QListWidgetItem(line)
            item.setForeground(QBrush(_FINDING))
            self.addItem(item)
        if len(findings) > SHOWN:
            more = grouped_count(len(findings) - SHOWN)
            self.addItem(self.tr("… and {count} more").format(count=more))
        for line in notes:
            self.addItem(line)
        scope = QListWidgetItem(scope_text())
        font = QFont(scope.font())
        font.setItalic(True)
        scope.setFont(font)
        self.addItem(scope)
        self.show()
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+C copies every selected line (the view's own copies only the current one)."""
        if event.matches(QKeySequence.StandardKey.Copy):
            lines = [self.item(row).text() for row in range(self.count())
                     if self.item(row).isSelected()]  # fmt: skip
            if lines:
                QApplication.clipboard().setText("\n".join(lines))
            return
        super().keyPressEvent(event)

    def _fit(self) -> None:
        """As tall as its lines wrapped at the list's width, at most ``MAX_HEIGHT``: a short
        result leaves the table its room, a long one scrolls."""
        width = max(100, self.viewport().width() - 2 * self.spacing() - 8)
        lines = 0
        for row in range(self.count()):
            item = self.item(row)
            text = QFontMetrics(item.font()).boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            lines += max(text.height(), self.sizeHintForRow(row))
        self.setFixedHeight(min(MAX_HEIGHT, lines + 2 * self.frameWidth() + 4))
