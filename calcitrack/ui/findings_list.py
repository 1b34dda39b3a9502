"""The list under the audit viewer's message line that shows what Verify found: each finding in
red, then what could not be checked, then what the checks cannot find; scrollable, selectable
(Ctrl+C copies the selected lines), read-only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QListWidgetItem

from calcitrack.ui.audit_verification import SCOPE

SHOWN = 500
"""Findings listed at most; a last line says how many more there are."""
MAX_HEIGHT = 180
"""Pixels; a longer list scrolls."""
_FINDING = QColor("#b00020")


def findings_list() -> QListWidget:
    """The list, hidden until a verification has run."""
    widget = QListWidget()
    widget.setAccessibleName("Verification findings")
    widget.setWordWrap(True)
    widget.setUniformItemSizes(False)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    widget.hide()
    copy = QShortcut(QKeySequence.StandardKey.Copy, widget)
    copy.setContext(Qt.ShortcutContext.WidgetShortcut)
    copy.activated.connect(lambda: _copy_selected(widget))
    return widget


def show_findings(widget: QListWidget, findings: Sequence[str], notes: Sequence[str]) -> None:
    """Fill the list (findings first, in red) and show it."""
    widget.clear()
    for line in findings[:SHOWN]:
        item = QListWidgetItem(line)
        item.setForeground(QBrush(_FINDING))
        widget.addItem(item)
    if len(findings) > SHOWN:
        widget.addItem(f"… and {len(findings) - SHOWN:,} more")
    for line in notes:
        widget.addItem(line)
    scope = QListWidgetItem(SCOPE)
    font = QFont(scope.font())
    font.setItalic(True)
    scope.setFont(font)
    widget.addItem(scope)
    widget.show()
    _fit(widget)


def _fit(widget: QListWidget) -> None:
    """As tall as its lines (wrapped at the list's width), at most ``MAX_HEIGHT``: a short
    result leaves the table its room, a long one scrolls."""
    width = max(100, widget.viewport().width() - 2 * widget.spacing() - 8)
    lines = 0
    for row in range(widget.count()):
        item = widget.item(row)
        text = QFontMetrics(item.font()).boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        lines += max(text.height(), widget.sizeHintForRow(row))
    widget.setFixedHeight(min(MAX_HEIGHT, lines + 2 * widget.frameWidth() + 4))


def _copy_selected(widget: QListWidget) -> None:
    lines = [item.text() for item in widget.selectedItems()]
    if lines:
        QApplication.clipboard().setText("\n".join(lines))
