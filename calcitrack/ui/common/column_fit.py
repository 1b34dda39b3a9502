"""Columns that fit their table's viewport: each as wide as its contents (header included), and
when they do not all fit, the free-text columns named elastic give up width first — elided with
"…" (their tooltip says them whole) — so that a number is never cut at the viewport's edge.

QA found the Visits tab at 1280 × 800 wider than its viewport: right-aligned numbers were cut at
the edge with no sign of it ("26074" read "2607"). Sizing to contents alone (``ResizeToContents``)
cannot help there: it never makes the columns narrower than their contents.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

ELASTIC_MINIMUM_CHARS = 8
"""An elastic column keeps room for about this many characters ("Dr. Yasm…")."""


class ColumnFit(QObject):
    """Keeps the columns of ``view`` fitted as its contents and its width change. The last
    column takes what is left (sized here: the header's own stretch never shrinks it below the
    width it had before); the user may still drag a column wider."""

    def __init__(self, view: QTableView, elastic: Iterable[int]) -> None:
        super().__init__(view)
        self._view = view
        self._elastic = tuple(elastic)
        self._pending = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one-line rows as tall as before
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # two-line cells
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged,
                       model.rowsInserted, model.rowsRemoved):  # fmt: skip
            signal.connect(self._schedule)
        self.fit()

    def wanted(self) -> list[int]:
        """Each column's width for its whole contents and header."""
        view, header = self._view, self._view.horizontalHeader()
        return [
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(view.model().columnCount())
        ]

    def fit(self) -> None:
        """Size every column to its contents, then take what overflows from the elastic ones,
        the widest first, down to ``ELASTIC_MINIMUM_CHARS`` characters."""
        self._pending = False
        view = self._view
        widths = self.wanted()
        if not widths:
            return
        floor = view.fontMetrics().averageCharWidth() * ELASTIC_MINIMUM_CHARS
        overflow = sum(widths) - view.viewport().width()
        for column in sorted(self._elastic, key=lambda c: -widths[c]):
            if overflow <= 0:
                break
            if column >= len(widths):
                continue
            give = min(overflow, max(widths[column] - floor, 0))
            widths[column] -= give
            overflow -= give
        widths[-1] = max(widths[-1], view.viewport().width() - sum(widths[:-1]))
        header = view.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._schedule()
        return False

    def _schedule(self, *_args: object) -> None:
        """Fit once the event loop is free: after a reset, the rows are laid out first."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)
