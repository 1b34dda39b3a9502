"""The Imaging & procedures tab: the patient's imaging studies and procedures, newest first, and
the buttons (and keys) that ask for a new one, a correction or a deletion. Nothing is edited
here: the panel asks (a signal) and the window's imaging and procedures flow opens the dialogs.

Keys in the list: Enter or F2 corrects the selected row, Delete deletes it (with a reason)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import ImagingStudy, PatientChart, Procedure
from calcitrack.ui.common.column_fit import ColumnFit
from calcitrack.ui.workspace.site_event_table_model import (
    COLUMNS,
    ELIDED,
    SiteEventTableModel,
    detail_text,
)


class SiteEventsPanel(QWidget):
    new_imaging_requested = Signal()
    new_procedure_requested = Signal()
    correct_requested = Signal(object)
    """The imaging study or procedure to correct."""
    delete_requested = Signal(object)
    """The imaging study or procedure to delete (entered in error)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = SiteEventTableModel(self)
        self._pending: ImagingStudy | Procedure | None = None
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Imaging and procedures"))
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)  # one line a row; the selected row whole below
        # every column in view at 1280 × 800 (the QA trial found the reader and complications
        # off to the right): the free-text ones give up width first, whole in their tooltips
        self.column_fit = ColumnFit(self.view, elastic=[COLUMNS.index(n) for n in ELIDED])
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # "Findi…"

        self.new_imaging_button = QPushButton(self.tr("New imagin&g study…"))
        self.new_procedure_button = QPushButton(self.tr("New proced&ure…"))
        self.correct_button = QPushButton(self.tr("Co&rrect… (F2)"))
        self.delete_button = QPushButton(self.tr("D&elete… (Del)"))
        self.new_imaging_button.clicked.connect(self.new_imaging_requested)
        self.new_procedure_button.clicked.connect(self.new_procedure_requested)
        self.correct_button.clicked.connect(lambda: self._emit_for(self.correct_requested))
        self.delete_button.clicked.connect(lambda: self._emit_for(self.delete_requested))
        correct = QAction(self.tr("&Correct…"), self.view)
        correct.setShortcut(QKeySequence(Qt.Key.Key_F2))
        delete = QAction(self.tr("D&elete (entered in error)…"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        for action, signal in ((correct, self.correct_requested), (delete, self.delete_requested)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, s=signal: self._emit_for(s))
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.activated.connect(lambda _index: self._emit_for(self.correct_requested))
        buttons = QVBoxLayout()  # beside the table: the window keeps its narrow minimum width
        for button in (self.new_imaging_button, self.new_procedure_button,
                       self.correct_button, self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.detail_label = QLabel(wordWrap=True)
        self.detail_label.setAccessibleName(self.tr("The selected row in full"))
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        table = QVBoxLayout()
        table.addWidget(self.view, 1)
        table.addWidget(self.detail_label)
        layout = QHBoxLayout(self)
        layout.addLayout(table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def select_when_shown(self, event: ImagingStudy | Procedure) -> None:
        """Select ``event`` (just saved) once the chart holding it is shown."""
        self._pending = event

    def set_chart(self, chart: PatientChart, today: date) -> None:
        """Show ``chart``; the row selected before stays selected (after its correction too),
        or the one just saved (``select_when_shown``)."""
        kept = self._pending or self.selected()
        self._pending = None
        self.model.set_chart(chart)
        rows = range(self.model.rowCount())
        row = next(
            (r for r in rows if kept is not None and _same(self.model.site_event(r), kept)),
            0 if self.model.rowCount() else None,
        )
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> ImagingStudy | Procedure | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.site_event(index.row())

    def _emit_for(self, signal: Any) -> None:
        event = self.selected()
        if event is not None and event.id is not None:
            signal.emit(event)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected()
        self.correct_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        # the free text a narrow column elides, whole under the table
        self.detail_label.setText("" if chosen is None else detail_text(chosen))


def _same(a: ImagingStudy | Procedure, b: ImagingStudy | Procedure) -> bool:
    return type(a) is type(b) and a.id == b.id
