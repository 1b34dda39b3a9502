"""A save refused because someone else saved the same record meanwhile: who and when, what they
changed (each field as the user opened it, as stored now, and what her form holds), and the two
ways on: reload, or go back to the form as it is. Nothing typed is lost either way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.visits.record_changes import ChangeStamp

#: A field both the user and the other person changed.
BOTH_CHANGED = QColor("#fff4d6")


def saved_by_text(last_saved: ChangeStamp | None) -> str:
    if last_saved is None:
        return QCoreApplication.translate("ConflictDialog", "someone else")
    local = last_saved.at.astimezone()
    return QCoreApplication.translate("ConflictDialog", "{who}, {when}").format(
        who=last_saved.by, when=f"{local:%Y-%m-%d %H:%M}"
    )


def _text(item: QTableWidgetItem | None) -> str:
    """A cell's text; "" for a cell without an item (none is: the table fills every cell)."""
    return item.text() if item is not None else ""


class ConflictDialog(QDialog):
    reload_chosen = Signal()
    """The user chose to reload (the dialog is closing)."""
    kept_editing = Signal()
    """The user went back to the form as it is."""

    def __init__(
        self,
        changes: Sequence[FieldChange],
        *,
        title: str,
        headline: str,
        last_saved: ChangeStamp | None,
        reload_text: str,
        keep_text: str,
        note: str = "",
        yours: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``yours`` (one text per change, or None) adds the column of what the form holds."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.changes = tuple(changes)
        who = saved_by_text(last_saved)
        self.headline_label = QLabel(f"<b>{headline}</b>", wordWrap=True)
        self.headline_label.setTextFormat(Qt.TextFormat.RichText)
        self.saved_by_label = QLabel(
            self.tr("Saved by {who}, after you opened it. Nothing was overwritten.").format(
                who=last_saved.describe() if last_saved else self.tr("someone else")
            ),
            wordWrap=True,
        )
        self.table = self._table(self.changes, who, yours)
        both = yours is not None and any(
            mine not in (c.before, c.after) for c, mine in zip(self.changes, yours, strict=True)
        )
        caption = QLabel(
            self.tr("What was changed (highlighted: you changed it too):")
            if both
            else self.tr("What was changed:")
        )
        if not self.changes:
            caption.setText(
                self.tr(
                    "The changes cannot be listed; reload to see the record as it is stored now."
                )
            )
            self.table.hide()
        self.note_label = QLabel(note, wordWrap=True)
        self.note_label.setStyleSheet("color: #555555;")
        self.note_label.setVisible(bool(note))

        self.buttons = QDialogButtonBox()
        self.keep_button = QPushButton(keep_text)
        self.reload_button = QPushButton(reload_text)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setAutoDefault(False)
        self.reload_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.saved_by_label)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self.resize(900, min(560, 250 + 30 * len(self.changes)))
        self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _table(
        self, changes: Sequence[FieldChange], who: str, yours: Sequence[str] | None
    ) -> QTableWidget:
        headers = [self.tr("What"), self.tr("When you opened it"), self.tr("Saved now")]
        if yours is not None:
            headers.append(self.tr("In your form"))
        headers.append(self.tr("Last saved by"))
        table = QTableWidget(len(changes), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(self.tr("What was changed"))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        for row, change in enumerate(changes):
            texts = [change.label, change.before, change.after]
            if yours is not None:
                texts.append(yours[row])
            texts.append(who)
            both = yours is not None and yours[row] not in (change.before, change.after)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long note is cut to the column: whole here
                if both:
                    item.setBackground(QBrush(BOTH_CHANGED))
                    if column == 0:
                        item.setToolTip(self.tr("{field}: you changed this too").format(field=text))
                table.setItem(row, column, item)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def cell_texts(self) -> list[list[str]]:
        """The table as shown, row by row (for tests and screen readers' summaries)."""
        table = self.table
        return [
            [_text(table.item(r, c)) for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    def accept(self) -> None:
        super().accept()
        self.reload_chosen.emit()

    def reject(self) -> None:
        super().reject()
        self.kept_editing.emit()
