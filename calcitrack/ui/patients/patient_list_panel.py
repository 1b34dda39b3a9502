"""The patient list: search as you type, filters, sort, and the table itself.

Everything filters in memory (PatientFilterProxyModel): the rows are loaded once by the caller and
handed to ``set_patients``. Keyboard: Down in the search box moves into the table, Up on the first
row moves back, Enter opens the patient, Escape clears the search.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.entities import PatientSummary
from calcitrack.ui.patients.patient_filter_proxy import PatientFilterProxyModel, StatusFilter
from calcitrack.ui.patients.patient_table_model import (
    DISEASE_COLUMN,
    LAST_VISIT_COLUMN,
    NAME_COLUMN,
    NEXT_DUE_COLUMN,
    PatientTableModel,
)


class _Setting(NamedTuple):
    key: str
    default: Any
    type: type


HEADER = _Setting("patient_list/header", b"", bytes)
HEADER_COLUMNS = _Setting("patient_list/header_columns", 0, int)
DISEASE = _Setting("patient_list/disease", "", str)
STATUS = _Setting("patient_list/status", StatusFilter.ACTIVE.value, str)
ON_DILTIAZEM = _Setting("patient_list/on_diltiazem", False, bool)
SORT = _Setting("patient_list/sort", "name", str)

#: The sort choices: name shown, settings code, column, order.
SORTS = (
    ("Name", "name", NAME_COLUMN, Qt.SortOrder.AscendingOrder),
    ("Next due", "next_due", NEXT_DUE_COLUMN, Qt.SortOrder.AscendingOrder),
    ("Last visit", "last_visit", LAST_VISIT_COLUMN, Qt.SortOrder.DescendingOrder),
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _read(settings: QSettings, setting: _Setting) -> Any:
    return settings.value(setting.key, setting.default, type=setting.type)


class PatientListPanel(QWidget):
    patient_activated = Signal(str)
    """The MRN of the patient opened (Enter or double-click)."""
    selection_changed = Signal(str)
    """The MRN of the newly selected patient; "" when none is selected."""
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PatientTableModel(self)
        self.proxy = PatientFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._selected = ""

        self.search_edit = QLineEdit(placeholderText="Search MRN or name (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Patient search")
        self.disease_combo = QComboBox()
        self.disease_combo.setAccessibleName("Disease filter")
        self.disease_combo.addItem("All diseases", "")
        for disease in UnderlyingDisease:
            self.disease_combo.addItem(disease.label, disease.value)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName("Status filter")
        for status in StatusFilter:
            self.status_combo.addItem(status.label, status.value)
        self.diltiazem_check = QCheckBox("On diltiazem")
        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName("Sort patients by")
        for text, code, _column, _order in SORTS:
            self.sort_combo.addItem(text, code)
        self.count_label = QLabel()

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(110)
        header.resizeSection(NAME_COLUMN, 220)
        header.resizeSection(DISEASE_COLUMN, 170)
        self._apply_sort(0)

        # Two short rows, so the list stays narrow beside the patient's workspace.
        filters = QGridLayout()
        filters.addWidget(_buddy_label("&Disease:", self.disease_combo), 0, 0)
        filters.addWidget(self.disease_combo, 0, 1)
        filters.addWidget(self.diltiazem_check, 0, 2)
        filters.addWidget(_buddy_label("St&atus:", self.status_combo), 1, 0)
        filters.addWidget(self.status_combo, 1, 1)
        sort_row = QHBoxLayout()
        sort_row.addWidget(_buddy_label("Sort b&y:", self.sort_combo))
        sort_row.addWidget(self.sort_combo)
        filters.addLayout(sort_row, 1, 2)
        filters.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.search_edit)

        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_return_pressed)
        self.search_edit.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        self.disease_combo.currentIndexChanged.connect(self._on_disease_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.diltiazem_check.toggled.connect(self._on_diltiazem_toggled)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_changed)
        self._update_count()

    # ---------------------------------------------------------------- API

    def set_patients(self, rows: Sequence[PatientSummary], *, today: date | None = None) -> None:
        """Show ``rows`` (the caller loads archived patients too for the status filter to work);
        the selected patient stays selected if still listed."""
        keep = self.current_mrn()
        self.model.set_patients(rows, today=today)
        if keep is not None:
            self.select_mrn(keep)
        self._on_selection_changed()
        self._update_count()

    def current_mrn(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.summary(self.proxy.mapToSource(rows[0]).row()).patient.mrn

    def select_mrn(self, mrn: str) -> bool:
        """Select and show the patient if listed under the current filters."""
        row = self.model.row_of_mrn(mrn)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            return False
        self._select(index.row())
        return True

    def visible_mrns(self) -> list[str]:
        """The MRNs listed, in the order shown."""
        return [
            self.model.summary(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).patient.mrn
            for r in range(self.proxy.rowCount())
        ]

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER.key, self.view.horizontalHeader().saveState())
        settings.setValue(HEADER_COLUMNS.key, self.model.columnCount())
        settings.setValue(DISEASE.key, self.disease_combo.currentData() or "")
        settings.setValue(STATUS.key, self.status_combo.currentData())
        settings.setValue(ON_DILTIAZEM.key, self.diltiazem_check.isChecked())
        settings.setValue(SORT.key, self.sort_combo.currentData() or "")

    def restore_state(self, settings: QSettings) -> None:
        """Restore what ``save_state`` saved; unknown or stale values fall back to the defaults."""
        header = _read(settings, HEADER)
        if header and _read(settings, HEADER_COLUMNS) == self.model.columnCount():
            self.view.horizontalHeader().restoreState(header)
        for combo, setting in ((self.disease_combo, DISEASE), (self.status_combo, STATUS)):
            index = combo.findData(_read(settings, setting))
            combo.setCurrentIndex(index if index >= 0 else combo.findData(setting.default))
        self.diltiazem_check.setChecked(_read(settings, ON_DILTIAZEM))
        sort = self.sort_combo.findData(_read(settings, SORT))
        if sort >= 0:
            self.sort_combo.setCurrentIndex(sort)
            self._apply_sort(sort)
        elif not header:
            self.sort_combo.setCurrentIndex(0)

    # ---------------------------------------------------------------- internals

    def _select(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _apply_sort(self, choice: int) -> None:
        _text, _code, column, order = SORTS[choice]
        self.view.sortByColumn(column, order)

    def _activate(self, proxy_row: int) -> None:
        index = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        self.patient_activated.emit(self.model.summary(index.row()).patient.mrn)

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.count_label.setText(
            f"{self.proxy.rowCount()} of {total} patient{'s' if total != 1 else ''}"
        )

    def _filters_changed(self) -> None:
        self._update_count()
        self._on_selection_changed()
        self.filters_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit:
            if key == Qt.Key.Key_Down and self.proxy.rowCount():
                if self.current_mrn() is None:
                    self._select(0)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        elif watched is self.view:
            current = self.view.currentIndex()
            if key in _ENTER and current.isValid():
                self._activate(current.row())
                return True
            if key == Qt.Key.Key_Up and (not current.isValid() or current.row() == 0):
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._filters_changed()

    def _on_search_return_pressed(self) -> None:
        # One match is the patient meant; with several, the one at the top.
        if self.proxy.rowCount():
            self._select(0)
            self._activate(0)

    def _on_view_double_clicked(self, index: Any) -> None:
        if index.isValid():
            self._activate(index.row())

    def _on_selection_changed(self, *_args: Any) -> None:
        mrn = self.current_mrn() or ""
        if mrn != self._selected:
            self._selected = mrn
            self.selection_changed.emit(mrn)

    def _on_disease_changed(self, _index: int) -> None:
        code = self.disease_combo.currentData()
        self.proxy.set_disease(UnderlyingDisease(code) if code else None)
        self._filters_changed()

    def _on_status_changed(self, _index: int) -> None:
        self.proxy.set_status(StatusFilter(self.status_combo.currentData()))
        self._filters_changed()

    def _on_diltiazem_toggled(self, checked: bool) -> None:
        self.proxy.set_on_diltiazem(checked)
        self._filters_changed()

    def _on_sort_changed(self, index: int) -> None:
        if index >= 0:
            self._apply_sort(index)

    def _on_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        # A click on a column header: show the matching choice, or none if it is not one.
        choice = next(
            (i for i, (_t, _c, col, o) in enumerate(SORTS) if (col, o) == (column, order)), -1
        )
        if choice != self.sort_combo.currentIndex():
            self.sort_combo.blockSignals(True)
            self.sort_combo.setCurrentIndex(choice)
            self.sort_combo.blockSignals(False)
