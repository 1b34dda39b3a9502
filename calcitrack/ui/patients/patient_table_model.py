"""The patient list as a Qt table model that counts every matching patient and holds a few pages.

The database searches, filters and sorts (PatientListQuery); ``rowCount`` is the number of
patients matching the query (from its first answer), so the scroll bar and Ctrl+End reach the end
at once. The model holds a bounded cache of pages (``cache_pages``, least recently shown evicted
first, never those ``pinned``: the rows in view and the selection); a row whose page is not held
shows a placeholder ("…" in the name column) and tells the list (``wanted``), which asks the
database and hands the page back (``put``). A click on a column header (``sort``) does not
reorder rows here: it emits ``sort_requested`` and the list asks the database again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from calcitrack.domain.entities import PatientSummary
from calcitrack.domain.medications.drugs import drug_label, name_order
from calcitrack.domain.patient_list import ListColumn, PatientListPage
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.patients.patient_flags_cell import (
    STALE_COLOR,
    flag_icon,
    flags_cell_text,
    flags_tooltip,
    is_stale,
)

__all__ = ["PatientTableModel", "drug_names", "flag_icon", "flags_tooltip"]

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    str(QT_TRANSLATE_NOOP("PatientTableModel", "MRN")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Name")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Flags")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Born")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Disease")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Calcinosis")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Last visit")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Next due")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Visits")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Active lesions")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Current drugs")),
)
"""The column headers in English (shown translated: ``headerData``)."""
(
    MRN_COLUMN,
    NAME_COLUMN,
    FLAGS_COLUMN,
    BORN_COLUMN,
    DISEASE_COLUMN,
    CALCINOSIS_COLUMN,
    LAST_VISIT_COLUMN,
    NEXT_DUE_COLUMN,
    VISITS_COLUMN,
    LESIONS_COLUMN,
    DRUGS_COLUMN,
) = range(len(COLUMNS))
assert [c.value for c in ListColumn] == list(range(len(COLUMNS)))  # the query sorts these

_OVERDUE = QColor("#b03a2e")
PLACEHOLDER = "…"
"""The name column of a row whose page is on its way."""
CACHE_PAGES = 20
"""Pages held at most (besides those in view or holding the selection): 2,000 rows."""

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED: dict[int, frozenset[int]] = {
    _DISPLAY: frozenset(range(len(COLUMNS))),
    _DECORATION: frozenset({FLAGS_COLUMN}),
    _FOREGROUND: frozenset({FLAGS_COLUMN, NEXT_DUE_COLUMN}),
    _FONT: frozenset({NEXT_DUE_COLUMN}),
    _ALIGNMENT: frozenset({VISITS_COLUMN, LESIONS_COLUMN}),
    _TOOLTIP: frozenset({NAME_COLUMN, FLAGS_COLUMN, NEXT_DUE_COLUMN}),
}
"""The roles ``data`` answers, and in which columns: a repaint asks seven roles of every cell
shown, and the others are refused before the row is looked up."""
_NOWHERE: frozenset[int] = frozenset()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEADING = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Answers = dict[int, Any]
"""A row's answers but its tooltips, keyed ``role << 4 | column``, each worked out when its cell
is first shown: a repaint then costs one lookup per role and cell."""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def drug_names(codes: frozenset[str]) -> str:
    """The drugs' names in the current language, in alphabetical order: "Colchicine, Diltiazem"
    ("Colquicina, Diltiazem" in Portuguese); a code outside the catalogue as it is."""
    names = (drug_label(code) for code in codes)
    return QCoreApplication.translate("PatientTableModel", ", ").join(
        sorted(names, key=name_order)
    )


class PatientTableModel(QAbstractTableModel):
    """Every row matching the list's query, of which a few pages are held. ``wanted`` (set by
    the list) is called with the number of a page a row of which was asked for but is not held;
    the page comes back through ``put`` (at once or later, from a worker thread's result)."""

    sort_requested = Signal(int, bool)
    """A column header asked for another order: the column and whether descending."""

    def __init__(
        self, parent: Any = None, *, page_size: int = 100, cache_pages: int = CACHE_PAGES
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.cache_pages = cache_pages
        self._pages: OrderedDict[int, tuple[tuple[PatientSummary, ...], list[Answers | None]]] = (
            OrderedDict()
        )
        self._asked: set[int] = set()
        self._last_touched = -1
        self._regimens: dict[frozenset[str], str] = {}
        self._matching = 0
        self._total = 0
        self._today: date | None = None
        self._sort = (ListColumn.NAME, False)
        # translated once, as the window's language is chosen before the window is built
        self._headers = tuple(self.tr(column) for column in COLUMNS)
        self._archived = self.tr("{name} (archived)")
        self.wanted: Callable[[int], None] | None = None
        self.pinned: Callable[[], Iterable[int]] | None = None
        """The rows whose pages are never evicted (in view, selected)."""

    # ---------------------------------------------------------------- the pages

    @property
    def matching(self) -> int:
        """How many patients match the query (the rows of the model)."""
        return self._matching

    @property
    def total(self) -> int:
        """How many patients the clinic has, archived ones included."""
        return self._total

    def reset(self, pages: PatientListPage | Sequence[PatientListPage], *,
              today: date | None = None) -> None:
        """Show the query whose pages are ``pages`` (the first of them starting at row 0)
        instead of every row; with ``today``, a next due date before it is shown as overdue."""
        pages = (pages,) if isinstance(pages, PatientListPage) else tuple(pages)
        self.beginResetModel()
        self._pages.clear()
        self._asked.clear()
        self._matching, self._total = pages[0].matching, pages[0].total
        self._today = today
        for page in pages:
            self._store(page)
        self.endResetModel()
        self._evict()

    def put(self, page: PatientListPage) -> bool:
        """Hold the rows of ``page`` (of the query shown) and show them; False (and nothing
        held) if the number of matching patients changed meanwhile: the list must ask again."""
        if page.matching != self._matching:
            return False
        self._total = page.total
        first, last = self._store(page)
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self._evict()
        return True

    def forget_asked(self) -> None:
        """Pages asked for and not come back (a failed or dropped question) may be asked again."""
        self._asked.clear()

    def is_asked(self, number: int) -> bool:
        return number in self._asked

    def mark_asked(self, number: int, asked: bool = True) -> None:
        if asked:
            self._asked.add(number)
        else:
            self._asked.discard(number)

    def page_of(self, row: int) -> int:
        return row // self.page_size

    def is_loaded(self, number: int) -> bool:
        return number in self._pages

    def held_pages(self) -> list[int]:
        """The numbers of the pages held, in row order."""
        return sorted(self._pages)

    def _store(self, page: PatientListPage) -> tuple[int, int]:
        rows = page.rows[: max(0, self._matching - page.offset)]
        size = self.page_size
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            number = (page.offset + start) // size
            self._pages[number] = (chunk, [None] * len(chunk))
            self._pages.move_to_end(number)
            self._asked.discard(number)
        return page.offset, page.offset + len(rows) - 1

    def _evict(self) -> None:
        if len(self._pages) <= self.cache_pages:
            return
        keep = {self.page_of(r) for r in (self.pinned() if self.pinned else ()) if r >= 0}
        for number in list(self._pages):
            if len(self._pages) <= self.cache_pages:
                break
            if number not in keep:
                del self._pages[number]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the list in another order (the view calls this for a header click)."""
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (ListColumn(column), order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.sort_requested.emit(*wanted)

    def _drug_text(self, summary: PatientSummary) -> str:
        # worked out once per regimen: patients share a few dozen regimens (most often none)
        text = self._regimens.get(summary.current_drugs)
        if text is None:
            if len(self._regimens) > 1000:  # bounded: rare regimens do not pile up
                self._regimens.clear()
            text = self._regimens[summary.current_drugs] = drug_names(summary.current_drugs)
        return text

    # ---------------------------------------------------------------- rows

    def _held(self, row: int) -> tuple[PatientSummary, list[Answers | None], int] | None:
        held = self._pages.get(row // self.page_size)
        if held is None:
            return None
        at = row % self.page_size
        return (held[0][at], held[1], at) if at < len(held[0]) else None

    def summary(self, row: int) -> PatientSummary | None:
        """The patient of ``row``; None while its page is not held."""
        held = self._held(row)
        return held[0] if held else None

    def _answer(self, summary: PatientSummary, role: int, column: int) -> Any:
        """What ``role`` of ``column`` shows for this patient (None: nothing). Only the cells
        in view are asked: a repaint of the list beside the workspace shows three of the
        eleven columns, so each is worked out when first shown, not all of a row at once.
        Only the roles and columns of ``_ANSWERED`` reach here (``answer`` refuses the rest):
        past the display, alignment and icon, what is left is a foreground or a font."""
        if role == _DISPLAY:
            return self._text(summary, column)
        if role == _ALIGNMENT:
            return _RIGHT
        if role == _DECORATION:
            return flag_icon(summary.flags, stale=is_stale(summary))
        if column == FLAGS_COLUMN:  # the foreground of stale flags
            return QBrush(STALE_COLOR) if is_stale(summary) else None
        if self._overdue_days(summary) is None:  # the next due date's colour and font
            return None
        return QBrush(_OVERDUE) if role == _FOREGROUND else _bold()

    def _text(self, summary: PatientSummary, column: int) -> str:
        patient = summary.patient
        if column == MRN_COLUMN:
            return patient.mrn
        if column == NAME_COLUMN:
            if patient.archived:
                return self._archived.format(name=patient.display_name)
            return patient.display_name
        if column == FLAGS_COLUMN:
            return flags_cell_text(summary)
        if column == BORN_COLUMN:
            return shown_date(patient.date_of_birth)
        if column == DISEASE_COLUMN:
            return patient.underlying_disease.label
        if column == CALCINOSIS_COLUMN:
            return patient.calcinosis_type.label
        if column == LAST_VISIT_COLUMN:
            return shown_date(summary.last_visit_on) if summary.last_visit_on else "—"
        if column == NEXT_DUE_COLUMN:
            return shown_date(summary.next_due_on) if summary.next_due_on else "—"
        if column == VISITS_COLUMN:
            return in_window_digits(str(summary.visit_count))
        if column == LESIONS_COLUMN:
            return in_window_digits(str(summary.active_lesions))
        return self._drug_text(summary)

    def row_of_mrn(self, mrn: str) -> int | None:
        """The row of the patient among those held."""
        for number, (rows, _texts) in self._pages.items():
            for at, summary in enumerate(rows):
                if summary.patient.mrn == mrn:
                    return number * self.page_size + at
        return None

    def mrns(self) -> list[str]:
        """The MRNs of the rows held, in row order."""
        return [s.patient.mrn for n in sorted(self._pages) for s in self._pages[n][0]]

    def any_never_assessed(self) -> bool:
        """Whether a row held has flags never assessed (a patient just imported)."""
        return any(s.flags_assessed_on is None for rows, _ in self._pages.values() for s in rows)

    # ---------------------------------------------------------------- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._matching

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # at the column's start as its cells (mirrored in Arabic): a title centred in a wide
            # column is out of view when the column runs out of a narrow list (the Flags column)
            return _RIGHT if section in (VISITS_COLUMN, LESIONS_COLUMN) else _LEADING
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        return self.answer(index.row(), index.column(), role)  # row -1: an invalid index

    def answer(self, row: int, column: int, role: int) -> Any:
        """``data`` of the cell at ``row`` and ``column`` (the list's delegate asks here
        directly, without a Qt model index: tests/ui/patients/test_patient_list_delegate.py)."""
        if column not in _ANSWERED.get(role, _NOWHERE) or not 0 <= row < self._matching:
            return None
        held = self._held(row)
        if held is None:
            self._want(row)
            return PLACEHOLDER if role == _DISPLAY and column == NAME_COLUMN else None
        summary, answered, at = held
        if self._last_touched != row // self.page_size:  # least recently shown: evicted first
            self._last_touched = row // self.page_size
            self._pages.move_to_end(self._last_touched)
        if role == _TOOLTIP:  # asked on hovering a cell, not on painting it
            return self._tooltip(summary, column)
        answers = answered[at]
        if answers is None:
            answers = answered[at] = {}
        key = role << 4 | column
        if key in answers:
            return answers[key]
        answer = answers[key] = self._answer(summary, role, column)
        return answer

    def _want(self, row: int) -> None:
        number = row // self.page_size
        if number not in self._asked and self.wanted is not None:
            self.wanted(number)

    def _overdue_days(self, summary: PatientSummary) -> int | None:
        due, today = summary.next_due_on, self._today
        if due is None or today is None or due >= today:
            return None
        return (today - due).days

    def _tooltip(self, summary: PatientSummary, column: int) -> str | None:
        patient = summary.patient
        if column == NAME_COLUMN:
            return self.tr("{name}, {sex}, MRN {mrn}").format(
                name=patient.display_name, sex=patient.sex.label.lower(), mrn=patient.mrn
            )
        if column == FLAGS_COLUMN:
            return flags_tooltip(summary)
        if column == NEXT_DUE_COLUMN:
            late = self._overdue_days(summary)
            if late is not None:
                return self.tr("Overdue by %n day(s)", "", late)
        return None
