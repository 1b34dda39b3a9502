"""Help → Clinical sources: every reference the rules, reference values and flags cite as [R#],
with its full citation (``domain.sources``), so a reader of a flag or a PDF can follow [R38].

Non-modal, read-only. Typing in Find narrows the list: a key ("R38", "[R38]") shows that
source alone, any other text the sources whose key or citation holds it (case-insensitive).
Keyboard: Ctrl+F goes to Find, Ctrl+C copies the selected citations, Esc closes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.sources import SOURCES, Source

KEY_COLUMN, CITATION_COLUMN = 0, 1
_KEY = re.compile(r"\[?\s*(R\d+)\s*\]?", re.IGNORECASE)


class SourceFilter(QSortFilterProxyModel):
    """Rows whose key is the key typed, or whose key or citation holds the text typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        key = str(model.index(source_row, KEY_COLUMN, source_parent).data())
        key_typed = _KEY.fullmatch(self._text)
        if key_typed is not None:
            return key == key_typed.group(1).upper()
        citation = str(model.index(source_row, CITATION_COLUMN, source_parent).data())
        needle = self._text.casefold()
        return needle in key.casefold() or needle in citation.casefold()


class SourceTable(QTableView):
    """The table of sources; Ctrl+C copies whole selected sources, not one cell."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            dialog = self.window()
            if isinstance(dialog, SourcesDialog):
                dialog.copy_selection()
                event.accept()
                return
        super().keyPressEvent(event)


class SourcesDialog(QDialog):
    """The clinical sources, searchable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinical sources"))
        self.setObjectName("clinical-sources")
        intro = QLabel(
            self.tr(
                "The published sources CalciTrack's rules, reference values and flags cite as "
                "[R#]. Thresholds that are the clinic's own choice are marked as clinic policy in "
                "Clinic settings; the flags are decision support."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Citation")])
        for source in SOURCES.values():
            self.model.appendRow(_row(source))
        self.proxy = SourceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("A key (R38), an author, a drug, a journal…"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName(self.tr("Find a source"))
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_edit)
        self.count_label = QLabel()
        self.view = SourceTable()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Clinical sources"))
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(KEY_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(KEY_COLUMN, self._key_column_width())  # the same, filtered or not
        header.setSectionResizeMode(CITATION_COLUMN, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        search = QHBoxLayout()
        search.addWidget(find_label)
        search.addWidget(self.find_edit, 1)
        search.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find_shortcut_activated)
        self.find_edit.textChanged.connect(self._on_find_text_changed)
        self.resize(860, 560)
        self._refresh_count()

    def _key_column_width(self) -> int:
        """Wide enough for every key and the header: sized to the contents shown, the column
        shrank to "R…" when a filter left a few rows (QA)."""
        view = self.view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        widest = max(view.fontMetrics().horizontalAdvance(key) for key in SOURCES)
        header = view.horizontalHeader().sectionSizeHint(KEY_COLUMN)
        return max(widest + 2 * (margin + 1) + 6, header)

    def keys(self) -> list[str]:
        """The keys listed, in order (after Find)."""
        return [
            str(self.proxy.index(row, KEY_COLUMN).data()) for row in range(self.proxy.rowCount())
        ]

    def copy_selection(self) -> str:
        """Copy the selected sources ("[R38] citation", one a line) to the clipboard."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        cell = self.proxy.index
        text = "\n".join(
            f"[{cell(r, KEY_COLUMN).data()}] {cell(r, CITATION_COLUMN).data()}" for r in rows
        )
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def _on_find_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._refresh_count()

    def _on_find_shortcut_activated(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _refresh_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("%n source(s)", "", total)
            if shown == total
            else self.tr("{shown} of %n source(s)", "", total).format(shown=shown)
        )
        self.count_label.setText(text)


def _row(source: Source) -> list[QStandardItem]:
    key = QStandardItem(source.key)
    key.setData(int(source.key[1:]), Qt.ItemDataRole.UserRole)
    citation = QStandardItem(source.citation)
    citation.setToolTip(source.citation)
    return [key, citation]


def show_sources(parent: QWidget) -> SourcesDialog:
    """Show the one Clinical sources window of ``parent``, non-modal (raised if it is already
    open), so that it can stay beside the flag or the summary being read."""
    dialog = parent.findChild(SourcesDialog)
    if dialog is None:
        dialog = SourcesDialog(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
    else:
        dialog.raise_()
    dialog.activateWindow()
    dialog.find_edit.setFocus()
    return dialog
