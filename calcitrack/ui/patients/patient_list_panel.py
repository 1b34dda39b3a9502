"""The patient list: search as you type, filters, sort, and the table itself.

The database searches, filters and sorts (a PatientListQuery asked of the patient service on the
task runner, PatientListLoader); the table counts every matching patient and holds a few pages,
asking for those in view once the scrolling settles (PatientTableModel). Keyboard: Down in the
search box moves into the table, Up on the first row moves back, Enter opens the patient, Escape
clears the search.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.patient_list import ListColumn, PatientListQuery, StatusFilter
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_sources import PatientPages
from calcitrack.ui.patients.patient_list_delegate import PatientListDelegate
from calcitrack.ui.patients.patient_list_loader import (
    PAGE,
    ListAnswer,
    PatientListLoader,
)
from calcitrack.ui.patients.patient_list_settings import (
    DISEASE,
    HEADER,
    HEADER_COLUMNS,
    LOADING,
    ON_DILTIAZEM,
    SORT,
    SORTS,
    STATUS,
    UNREAD,
    buddy_label,
    count_text,
    flags_column_width,
    read_setting,
)
from calcitrack.ui.patients.patient_list_view import PatientListView
from calcitrack.ui.patients.patient_table_model import (
    CACHE_PAGES,
    DISEASE_COLUMN,
    FLAGS_COLUMN,
    NAME_COLUMN,
    PatientTableModel,
)

__all__ = ["LOADING", "UNREAD", "PatientListPanel", "count_text", "flags_column_width"]

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)



class PatientListPanel(QWidget):
    patient_activated = Signal(str)
    """The MRN of the patient opened (Enter or double-click)."""
    selection_changed = Signal(str)
    """The MRN of the newly selected patient; "" when none is selected."""
    filters_changed = Signal()
    """The rows shown now reflect a new search, filter or sort (its first page has arrived)."""
    list_loaded = Signal()
    """The first rows of a query (a new one, or the same one again on ``refresh``) are shown."""
    load_failed = Signal(object)
    """Asking the database for the list failed: the error, for the window to show."""

    def __init__(
        self,
        source: PatientPages | None = None,
        runner: Runner | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        cache_pages: int = CACHE_PAGES,
    ) -> None:
        """Without a ``source`` (and its ``runner``), the list stays empty; the table holds at
        most ``cache_pages`` pages besides those in view and the selection's."""
        super().__init__(parent)
        self.model = PatientTableModel(self, page_size=PAGE, cache_pages=cache_pages)
        self._query = PatientListQuery()
        self._selected = ""
        self._live = False  # asks the database from the first refresh() on
        self._reloading = False
        self._shown = False  # the first rows have come
        self._wanted: str | None = None  # to select when its rows arrive (select_mrn)
        self._scroll: int | None = None  # to restore when a refresh's rows arrive
        self._open_top = False  # Enter was pressed before the rows of the search arrived
        self.loader: PatientListLoader | None = None
        if source is not None and runner is not None:
            self.loader = PatientListLoader(source, runner, today, self)
            self.loader.reloaded.connect(self._on_list_reloaded)
            self.loader.extended.connect(self._on_list_extended)
            self.loader.failed.connect(self._on_list_failed)
            self.model.wanted = self._on_page_wanted
            self.model.pinned = self._pinned_rows
        self._settle = QTimer(self, singleShot=True, interval=40)  # the scrolling settles
        self._settle.timeout.connect(self._fetch_in_view)

        self.search_edit = QLineEdit(placeholderText=self.tr("Search MRN or name (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Patient search"))
        self.disease_combo = QComboBox()
        self.disease_combo.setAccessibleName(self.tr("Disease filter"))
        self.disease_combo.addItem(self.tr("All diseases"), "")
        for disease in UnderlyingDisease:
            self.disease_combo.addItem(disease.label, disease.value)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        for status in StatusFilter:
            self.status_combo.addItem(status.label, status.value)
        self.diltiazem_check = QCheckBox(self.tr("On diltiazem"))
        self.sort_combo = QComboBox()
        self.sort_combo.setPlaceholderText(self.tr("Column"))  # shown for a header's own order
        self.sort_combo.setAccessibleName(self.tr("Sort patients by"))
        for text, code, _column, _order in SORTS:
            self.sort_combo.addItem(self.tr(text), code)
        self.count_label = QLabel()
        # its text never widens the list (nor lays the window out again on each keystroke)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.view = PatientListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(PatientListDelegate(self.model, self.view))
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
        header.resizeSection(FLAGS_COLUMN, flags_column_width(self.view))
        self._apply_sort(0)

        # Two short rows, so the list stays narrow beside the patient's workspace. The status and
        # the sort share one box across the disease's columns: in a column of their own, the
        # sort's caption and choices ("Ordenar por:", "Próxima consulta") widened the list past
        # the diltiazem box and the window opened a patient wider than 1280 pixels (QA).
        filters = QGridLayout()
        filters.addWidget(buddy_label(self.tr("&Disease:"), self.disease_combo), 0, 0)
        filters.addWidget(self.disease_combo, 0, 1)
        filters.addWidget(self.diltiazem_check, 0, 2)
        filters.addWidget(buddy_label(self.tr("St&atus:"), self.status_combo), 1, 0)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addWidget(buddy_label(self.tr("Sort b&y:"), self.sort_combo))
        status_row.addWidget(self.sort_combo)
        status_row.addStretch(1)
        filters.addLayout(status_row, 1, 1, 1, 2)
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
        self.model.sort_requested.connect(self._on_sort_requested)
        self.disease_combo.currentIndexChanged.connect(self._on_disease_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.diltiazem_check.toggled.connect(self._on_diltiazem_toggled)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_changed)
        self._update_count()

    # ---------------------------------------------------------------- API

    def query(self) -> PatientListQuery:
        """The question the list asks the database: search, filters and sort as shown."""
        return self._query

    def refresh(self) -> None:
        """Ask the database again for the first page and those in view, keeping the selected
        patient selected if still listed and the view where it was."""
        self._live = True
        self._scroll = self.view.verticalScrollBar().value()
        self._reload(pages=self._pages_in_view())

    def current_mrn(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        summary = self.model.summary(rows[0].row()) if rows else None
        return summary.patient.mrn if summary else None  # None while its page is on its way

    def select_mrn(self, mrn: str) -> bool:
        """Select and show the patient if listed under the current filters, fetching its page;
        True if selected on return (with a runner on worker threads, it is selected
        when its rows arrive)."""
        row = self.model.row_of_mrn(mrn)
        if row is not None:
            self._wanted = None
            self._select(row)
            return True
        if self.loader is None or not self._live:
            return False
        self._wanted = mrn
        if not self._reloading:  # else the reload on its way keeps it
            self.loader.find(self._query, mrn)
        return self.current_mrn() == mrn

    def visible_mrns(self) -> list[str]:
        """The MRNs of the rows held, in the order shown: every patient listed when fewer than
        a page match."""
        return self.model.mrns()

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
        header = read_setting(settings, HEADER)
        if header and read_setting(settings, HEADER_COLUMNS) == self.model.columnCount():
            self.view.horizontalHeader().restoreState(header)
        for combo, setting in ((self.disease_combo, DISEASE), (self.status_combo, STATUS)):
            index = combo.findData(read_setting(settings, setting))
            combo.setCurrentIndex(index if index >= 0 else combo.findData(setting.default))
        self.diltiazem_check.setChecked(read_setting(settings, ON_DILTIAZEM))
        sort = self.sort_combo.findData(read_setting(settings, SORT))
        if sort >= 0:
            self.sort_combo.setCurrentIndex(sort)
            self._apply_sort(sort)
        elif not header:
            self.sort_combo.setCurrentIndex(0)

    # ---------------------------------------------------------------- internals

    def _select(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _apply_sort(self, choice: int) -> None:
        _text, _code, column, order = SORTS[choice]
        self.view.sortByColumn(column, order)

    def _activate(self, row: int) -> None:
        summary = self.model.summary(row)
        if summary is not None:  # else its page is on its way
            self.patient_activated.emit(summary.patient.mrn)

    def _update_count(self) -> None:
        if self.loader is not None and not self._shown:  # not "0 of 0 patients" meanwhile
            self.count_label.setText(self.tr(LOADING))
        else:
            self.count_label.setText(count_text(self.model.matching, self.model.total))

    def _filters_changed(self, **change: Any) -> None:
        self._query = dataclasses.replace(self._query, **change)
        self._scroll = None
        self._reload()

    def _reload(self, *, pages: list[int] | None = None) -> None:
        """Ask for the first page of the query (and ``pages``); ``filters_changed`` once it is
        shown."""
        if self.loader is None or not self._live:
            self._update_count()
            self.filters_changed.emit()  # nothing to show until the first refresh
            return
        self._reloading = True
        keep = self._wanted or self.current_mrn()
        self._wanted = None  # kept by the reload if listed
        self.loader.reload(self._query, pages=pages or [], keep=keep)

    def _on_list_reloaded(self, answer: ListAnswer) -> None:
        if answer.query != self._query or not answer.pages:
            return  # an older question's answer: a newer one is on its way
        self._reloading = False
        self._shown = True
        late, self._wanted = self._wanted, None  # asked for while the rows were on their way
        self.model.reset(answer.pages, today=self.loader.today if self.loader else None)
        # Lay the rows out now rather than on the view's own zero timer: that timer fires after
        # the new rows are painted and makes the view paint them all over again.
        self.view.executeDelayedItemsLayout()
        # A refresh keeps the view where it was; a new search, filter or sort starts at the top.
        self.view.verticalScrollBar().setValue(self._scroll or 0)
        self._scroll = None
        row = self.model.row_of_mrn(answer.select) if answer.select else None
        if row is not None:
            self._select(row)
        self._update_count()
        self._on_selection_changed()
        if late is not None and late != answer.select:
            self.select_mrn(late)
        self.filters_changed.emit()
        self.list_loaded.emit()
        if self._open_top:
            self._open_top = False
            self._on_search_return_pressed()

    def _on_list_extended(self, answer: ListAnswer) -> None:
        if answer.query != self._query:
            return
        for page in answer.pages:
            if not self.model.put(page):  # patients added or removed meanwhile: ask again
                self._wanted = answer.select or self._wanted
                self.refresh()
                return
        self._update_count()
        self._on_selection_changed()  # the selected row's page may have come
        if answer.select is not None and answer.select == self._wanted:
            self._wanted = None
            row = self.model.row_of_mrn(answer.select)
            if row is not None:
                self._select(row)

    def _on_list_failed(self, error: BaseException) -> None:
        self._reloading = self._open_top = False
        self._wanted = None
        self.model.forget_asked()  # asked again when shown again
        if not self._shown:
            self.count_label.setText(self.tr(UNREAD))
        self.load_failed.emit(error)

    def _on_page_wanted(self, _number: int) -> None:
        self._settle.start()  # restarted while the view scrolls: only what it settles on

    def _pages_in_view(self) -> list[int]:
        rows = self._pinned_rows()
        first, last = rows[0], rows[1]
        if first < 0:
            return []
        pages = set(range(self.model.page_of(first), self.model.page_of(last) + 1))
        if rows[2] >= 0:
            pages.add(self.model.page_of(rows[2]))
        return sorted(pages)

    def _pinned_rows(self) -> list[int]:
        """The first and last rows in view and the current row (-1: none)."""
        first = self.view.rowAt(0)
        last = self.view.rowAt(self.view.viewport().height() - 1)
        if last < 0:
            last = self.model.rowCount() - 1
        return [first, last if first >= 0 else -1, self.view.currentIndex().row()]

    def _fetch_in_view(self) -> None:
        if self.loader is None or self._reloading:
            return  # the reload on its way brings the pages in view
        for number in self.loader.drop_fetches():  # scrolled past before they were asked
            self.model.mark_asked(number, False)
        for number in self._pages_in_view():
            if not self.model.is_loaded(number) and not self.model.is_asked(number):
                self.model.mark_asked(number)
                self.loader.fetch(self._query, number)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit:
            if key == Qt.Key.Key_Down and self.model.rowCount():
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
        self._filters_changed(search=text)

    def _on_search_return_pressed(self) -> None:
        # One match is the patient meant; with several, the one at the top — of the search as
        # typed: if its rows are still on their way, it opens when they arrive.
        if self._reloading:
            self._open_top = True
        elif self.model.rowCount():
            self._select(0)
            self._activate(0)

    def _on_view_double_clicked(self, index: Any) -> None:
        if index.isValid():
            self._activate(index.row())

    def _on_selection_changed(self, *_args: Any) -> None:
        mrn = self.current_mrn() or ""
        if mrn and self._wanted is not None and mrn != self._wanted:
            self._wanted = None  # the user chose another patient meanwhile
        if mrn != self._selected:
            self._selected = mrn
            self.selection_changed.emit(mrn)

    def _on_disease_changed(self, _index: int) -> None:
        code = self.disease_combo.currentData()
        self._filters_changed(disease=UnderlyingDisease(code) if code else None)

    def _on_status_changed(self, _index: int) -> None:
        self._filters_changed(status=StatusFilter(self.status_combo.currentData()))

    def _on_diltiazem_toggled(self, checked: bool) -> None:
        self._filters_changed(on_diltiazem=checked)

    def _on_sort_requested(self, column: int, descending: bool) -> None:
        self._filters_changed(sort=ListColumn(column), descending=descending)

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
