"""The tabs of the patient workspace: visits, lesions, medications, labs, imaging and
procedures. Each panel shows one ``PatientChart`` given to ``set_chart``; nothing edits data here:
a panel asks (a signal) and the window's flows open, save or delete.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import Lesion, MedicationPeriod, PatientChart, Visit
from calcitrack.domain.laboratory import labs
from calcitrack.ui.common.column_fit import ColumnFit
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.photographs.lesion_photos import LesionPhotos
from calcitrack.ui.workspace.lab_flowsheet_derived import CORRECTED_CALCIUM, row_name
from calcitrack.ui.workspace.lab_flowsheet_model import LabFlowsheetModel, unit_label
from calcitrack.ui.workspace.lesion_table_model import LesionHistoryTableModel, LesionTableModel
from calcitrack.ui.workspace.medication_table_model import (
    HISTORY_COLUMNS,
    MedicationListMode,
    MedicationTableModel,
)
from calcitrack.ui.workspace.visit_table_model import (
    CLINICIAN_COLUMN,
    SIGNED_COLUMN,
    VisitTableModel,
)

Index = QModelIndex | QPersistentModelIndex


def _table_view(model: QAbstractItemModel, name: str, *, rows: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    if rows:
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def _captioned(caption: QLabel, view: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(caption)
    layout.addWidget(view)
    caption.setBuddy(view)
    return box


class VisitsPanel(QWidget):
    """The visits, newest first. Double-click or Enter opens one; Delete asks to delete it."""

    visit_activated = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = VisitTableModel(self)
        self.view = _table_view(self.model, self.tr("Visits"))
        self.column_fit = ColumnFit(self.view, elastic=(CLINICIAN_COLUMN, SIGNED_COLUMN))
        self.view.activated.connect(self._on_view_activated)
        self.delete_action = QAction(self.tr("&Delete visit…"), self.view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.view.addAction(self.delete_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def set_chart(self, chart: PatientChart, today: date) -> None:
        self.model.set_visits(
            chart.visits, today, chart.signatures, chart.lesions, labs=chart.labs
        )

    def selected_visit(self) -> Visit | None:
        index = self.view.currentIndex()
        return self.model.visit(index.row()) if index.isValid() else None

    def _on_view_activated(self, index: Index) -> None:
        visit = self.model.visit(index.row())
        if visit.id is not None:
            self.visit_activated.emit(visit.id)

    def _on_delete_triggered(self) -> None:
        visit = self.selected_visit()
        if visit is not None and visit.id is not None:
            self.delete_requested.emit(visit.id)


class LesionsPanel(QWidget):
    """The lesions above; below, the measurement history of the selected lesion and its
    photographs (``photos``: the strip over time and Compare…)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._chart: PatientChart | None = None
        self.photos = LesionPhotos()
        self.lesion_model = LesionTableModel(self)
        self.lesion_view = _table_view(self.lesion_model, self.tr("Lesions"))
        self.history_model = LesionHistoryTableModel(self)
        self.history_view = _table_view(self.history_model, self.tr("Lesion history"))
        self.history_label = QLabel(self.tr("History"))
        self.lesion_view.selectionModel().currentRowChanged.connect(
            self._on_lesion_current_row_changed
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(_captioned(QLabel(self.tr("L&esions")), self.lesion_view))
        self.splitter.addWidget(_captioned(self.history_label, self.history_view))
        self.splitter.addWidget(self.photos)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def set_chart(self, chart: PatientChart, today: date) -> None:
        """Show ``chart``; the lesion shown before stays selected if this chart has it."""
        shown = self.history_model.lesion
        self._chart = chart
        self.photos.set_patient(chart.patient.mrn, chart.photographs)
        self.lesion_model.set_chart(chart)
        if shown is None or not self.select_lesion(shown.label):
            self._select_row(0 if self.lesion_model.rowCount() else None)

    def select_lesion(self, label: str) -> bool:
        """Select the lesion with this label and show its history; False if there is none."""
        row = self.lesion_model.row_of(label)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int | None) -> None:
        index = QModelIndex() if row is None else self.lesion_model.index(row, 0)
        if self.lesion_view.currentIndex() == index:
            self._show_history(row)  # no currentRowChanged to do it
        else:
            self.lesion_view.setCurrentIndex(index)

    def _on_lesion_current_row_changed(self, current: Index, _previous: Index) -> None:
        self._show_history(current.row() if current.isValid() else None)

    def _show_history(self, row: int | None) -> None:
        lesion: Lesion | None = None if row is None else self.lesion_model.lesion(row)
        self.history_model.set_lesion(self._chart, lesion)
        self.history_label.setText(
            self.tr("History of {lesion}, newest first").format(lesion=lesion.label)
            if lesion is not None
            else self.tr("History")
        )
        self.photos.show_lesion(lesion.label if lesion is not None else None)


class MedicationsPanel(QWidget):
    """The regimen on the day shown, above the history of every dose period. In either list,
    Enter or F2 asks to correct the selected period, Delete to delete it (entered in error)."""

    correct_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.current_model = MedicationTableModel(MedicationListMode.CURRENT, self)
        self.current_view = _table_view(self.current_model, self.tr("Current regimen"))
        self.history_model = MedicationTableModel(MedicationListMode.HISTORY, self)
        self.history_view = _table_view(self.history_model, self.tr("Medication history"))
        for view in (self.current_view, self.history_view):
            self._add_period_actions(view)
        header = self.history_view.horizontalHeader()
        for name in ("Start reason", "Stop reason"):  # long text: full in the tooltip
            column = HISTORY_COLUMNS.index(name)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 260)
        self.current_label = QLabel(self.tr("Current &regimen"))
        self.history_label = QLabel(self.tr("History, &newest first"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_captioned(self.current_label, self.current_view))
        splitter.addWidget(_captioned(self.history_label, self.history_view))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_chart(self, chart: PatientChart, today: date) -> None:
        """Show ``chart``; a period selected before stays selected (after its correction too)."""
        views = (self.current_view, self.history_view)
        kept = [self.selected_period(view) for view in views]
        self.current_model.set_chart(chart, today)
        self.history_model.set_chart(chart, today)
        self.current_label.setText(
            self.tr("Current &regimen on {date}").format(date=shown_date(today))
        )
        for view, period in zip(views, kept, strict=True):
            if period is not None:
                self._reselect(view, period.id)

    @staticmethod
    def _reselect(view: QTableView, period_id: int | None) -> None:
        model = view.model()
        assert isinstance(model, MedicationTableModel)
        rows = (r for r in range(model.rowCount()) if model.period(r).id == period_id)
        row = next(rows, 0 if model.rowCount() else None)
        if row is not None:
            view.setCurrentIndex(model.index(row, 0))

    def set_settings(self, settings: ClinicSettings) -> None:
        """The clinic's dose limits, which the dose marks are judged by."""
        self.current_model.set_settings(settings)
        self.history_model.set_settings(settings)

    def selected_period(self, view: QTableView | None = None) -> MedicationPeriod | None:
        """The period selected in ``view`` (default: the list that has the focus, else the
        history)."""
        if view is None:
            view = self.current_view if self.current_view.hasFocus() else self.history_view
        model = view.model()
        index = view.currentIndex()
        if not index.isValid() or not isinstance(model, MedicationTableModel):
            return None
        return model.period(index.row())

    def _add_period_actions(self, view: QTableView) -> None:
        correct = QAction(self.tr("&Correct period…"), view)
        correct.setShortcut(QKeySequence(Qt.Key.Key_F2))
        delete = QAction(self.tr("&Delete period (entered in error)…"), view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        for action, signal in ((correct, self.correct_requested), (delete, self.delete_requested)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, v=view, s=signal: self._emit_for(v, s))
            view.addAction(action)
        view.activated.connect(lambda _index, v=view: self._emit_for(v, self.correct_requested))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _emit_for(self, view: QTableView, signal: Any) -> None:
        period = self.selected_period(view)
        if period is not None and period.id is not None:
            signal.emit(period.id)


class LabsPanel(QWidget):
    """The lab flowsheet and a chooser of the unit the selected analyte is shown in."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = LabFlowsheetModel(self)
        self.view = _table_view(self.model, self.tr("Lab flowsheet"), rows=False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(self.tr("Display unit"))
        self.unit_label = QLabel(self.tr("Display &unit:"))
        self.unit_label.setBuddy(self.unit_combo)
        self.analyte_label = QLabel()
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_index_changed)
        chooser = QHBoxLayout()
        chooser.addWidget(self.analyte_label)
        chooser.addWidget(self.unit_label)
        chooser.addWidget(self.unit_combo)
        chooser.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.view)
        self._fill_units(None)

    def set_chart(self, chart: PatientChart, today: date) -> None:
        self.model.set_chart(chart)
        if self.model.rowCount() and self.model.columnCount():
            newest = self.model.index(0, self.model.columnCount() - 1)
            self.view.setCurrentIndex(newest)
            self.view.scrollTo(newest)
        else:
            self._fill_units(None)

    def select_analyte(self, analyte_code: str) -> bool:
        row = self.model.row_of(analyte_code)
        if row is None:
            return False
        column = max(self.view.currentIndex().column(), 0)
        self.view.setCurrentIndex(self.model.index(row, column))
        return True

    def _on_view_current_row_changed(self, current: Index, _previous: Index) -> None:
        self._fill_units(self.model.analyte_code(current.row()) if current.isValid() else None)

    def _fill_units(self, code: str | None) -> None:
        entry = labs.ANALYTES.get(code) if code is not None else None
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        if entry is not None:
            for unit in entry.accepted_units:
                self.unit_combo.addItem(unit_label(unit), unit)
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(self.model.display_unit(entry.code)))
        self.unit_combo.blockSignals(False)
        self.unit_combo.setEnabled(self.unit_combo.count() > 1)
        if code == CORRECTED_CALCIUM:  # derived: shown in the unit chosen for total calcium
            self.analyte_label.setText(
                self.tr("{row} (in total calcium's unit)").format(row=row_name())
            )
            return
        self.analyte_label.setText(
            entry.name if entry is not None else self.tr("No analyte selected")
        )

    def _on_unit_combo_index_changed(self, position: int) -> None:
        index = self.view.currentIndex()
        if position < 0 or not index.isValid():
            return
        self.model.set_display_unit(
            self.model.analyte_code(index.row()), self.unit_combo.itemData(position)
        )
