"""The Today view: who is due today or overdue, who was seen today, whose visits wait for a
signature (for those who sign), and the signed-in account's own drafts waiting. Keyboard-first:
Ctrl+T shows it with the first patient selected, the arrows move, Enter opens the patient (as in
the patient list), Alt+C opens the recall list. ``LeftTabs`` puts it beside the patient list."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.worklist import Worklist, WorklistRow
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import is_english, shown_date
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from calcitrack.ui.visit_form.draft_store import DraftInfo, DraftStore
from calcitrack.ui.worklist.recall_dialog import RecallDialog
from calcitrack.ui.worklist.worklist_source import WorklistSource

log = logging.getLogger(__name__)

MRN_ROLE = Qt.ItemDataRole.UserRole
DUE, SEEN, UNSIGNED, DRAFTS = "due", "seen", "unsigned", "drafts"
TITLES = {
    DUE: str(QT_TRANSLATE_NOOP("TodayPanel", "Due today and overdue")),
    SEEN: str(QT_TRANSLATE_NOOP("TodayPanel", "Seen today")),
    UNSIGNED: str(QT_TRANSLATE_NOOP("TodayPanel", "Unsigned visits")),
    DRAFTS: str(QT_TRANSLATE_NOOP("TodayPanel", "My drafts waiting")),
}
"""The sections' titles, in English (shown translated)."""


def draft_text(draft: DraftInfo) -> str:
    day = (
        shown_date(draft.visit_date)
        if draft.visit_date
        else QCoreApplication.translate("TodayPanel", "(date not read)")
    )
    if draft.visit_id is None:
        return QCoreApplication.translate("TodayPanel", "new visit {day}").format(day=day)
    return QCoreApplication.translate("TodayPanel", "edit of visit {day}").format(day=day)


def draft_tip(draft: DraftInfo) -> str:
    local = draft.typed_at.astimezone()
    typed = f"{shown_date(local.date())} {in_window_digits(f'{local:%H:%M}')}"
    return QCoreApplication.translate(
        "TodayPanel", "Last typed {typed}; Enter opens the patient and offers the draft back"
    ).format(typed=typed)


class TodayPanel(QWidget):
    patient_activated = Signal(str)
    """The MRN of the patient opened (Enter or double-click on a row)."""

    def __init__(
        self,
        source: WorklistSource | None,
        runner: Runner,
        drafts: DraftStore,
        *,
        today: Callable[[], date] = date.today,
        permissions: frozenset[Permission] = frozenset(Permission),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._drafts = drafts
        self._today = today
        self._may_sign = Permission.SIGN_VISITS in permissions
        self._may_export = Permission.EXPORT_CHARTS in permissions
        self.worklist: Worklist | None = None
        self.recall_dialog: RecallDialog | None = None
        # Wrapped: the day written out ("Hoje, sexta-feira, 20 de novembro de 2026") beside the
        # recall button set the left pane's least width, and the window's past 1280 (QA).
        self.title = QLabel(wordWrap=True)
        self.title.setAccessibleName(self.tr("Today's date"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Patient"), self.tr("When")])
        self.tree.setAccessibleName(self.tr("Today's worklist"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.message = QLabel(wordWrap=True)
        self.message.hide()
        self.recall_button = QPushButton(self.tr("Re&call list…"))
        self.recall_button.setToolTip(
            self.tr("The overdue patients, to print or export as CSV (Alt+C)")
        )
        self.recall_button.setEnabled(False)  # until the list is read
        self.recall_button.clicked.connect(self.open_recall)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.recall_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        self._show_title()

    def due_text(self, worklist: Worklist, row: WorklistRow) -> str:
        late = worklist.days_overdue(row)
        if late == 0:
            return self.tr("due today")
        return self.tr("%n day(s) overdue", "", late)

    def unsigned_text(self, row: WorklistRow) -> str:
        day = shown_date(row.day)
        if row.count == 1:
            return self.tr("visit of {day}").format(day=day)
        return self.tr("%n visit(s) since {day}", "", row.count).format(day=day)

    def _show_title(self) -> None:
        today = self._today()  # "Monday 07 December 2026" in English, else the long form
        day = f"{today:%A %d %B %Y}" if is_english() else shown_date(today, long=True)
        self.title.setText(self.tr("<b>Today</b>, {date}").format(date=day))

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the worklist and this account's drafts in the background."""
        if self._source is None:
            self._say(self.tr("The worklist is not available here."))
            return
        source, drafts, day = self._source, self._drafts, self._today()
        self._runner.submit(
            lambda: (source.today_list(day), drafts.pending()),
            on_done=lambda found: self.show_list(*found),
            on_error=self._on_failed,
            key="worklist",
        )

    def _on_failed(self, error: BaseException) -> None:
        log.warning("worklist not read: %s", type(error).__name__)
        self._say(self.tr("The worklist could not be read: {reason}").format(reason=error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_list(self, worklist: Worklist, drafts: Sequence[DraftInfo]) -> None:
        current = self.current_mrn()
        self.worklist = worklist
        self._say("")
        self._show_title()
        names = worklist.names()
        self.tree.clear()
        due_rows = [(r.mrn, r.name, self.due_text(worklist, r)) for r in worklist.due]
        due = self._section(DUE, due_rows)
        for item, row in zip(due, worklist.due, strict=True):
            item.setToolTip(1, self.tr("Next visit due {day}").format(day=shown_date(row.day)))
        self._section(SEEN, [(r.mrn, r.name, self.tr("seen today")) for r in worklist.seen_today])
        if self._may_sign:
            unsigned = [(r.mrn, r.name, self.unsigned_text(r)) for r in worklist.unsigned]
            self._section(UNSIGNED, unsigned)
        waiting = [(d.mrn, names.get(d.mrn, ""), draft_text(d)) for d in drafts]
        for item, draft in zip(self._section(DRAFTS, waiting), drafts, strict=True):
            item.setToolTip(1, draft_tip(draft))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.recall_button.setEnabled(True)
        if not (current and self.select_mrn(current)):
            self._select_first()

    def _section(self, key: str, rows: list[tuple[str, str, str]]) -> list[QTreeWidgetItem]:
        title = self.tr(TITLES[key])
        head = QTreeWidgetItem(
            self.tree, [self.tr("{section} ({count})").format(section=title, count=len(rows)), ""]
        )
        head.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("{section}: {count}").format(section=title, count=len(rows)),
        )
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not opened
        head.setData(0, MRN_ROLE, key)
        head.setFirstColumnSpanned(True)
        if not rows:
            QTreeWidgetItem(head, [self.tr("none"), ""]).setFlags(Qt.ItemFlag.NoItemFlags)
        items = []
        for mrn, name, when in rows:
            item = QTreeWidgetItem(head, [f"{mrn}  {name}".strip(), when])
            item.setData(0, MRN_ROLE, mrn)
            item.setToolTip(0, self.tr("Enter opens {mrn}").format(mrn=mrn))
            items.append(item)
        return items

    # -- what the nurse sees and does -----------------------------------------------------------

    def section(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is not None and head.data(0, MRN_ROLE) == key:
                return head
        return None

    def rows(self, key: str) -> list[tuple[str, str]]:
        """The (patient, when) texts of a section's patients ([] when empty or not shown)."""
        head = self.section(key)
        return [(i.text(0), i.text(1)) for i in _patients(head)] if head is not None else []

    def current_mrn(self) -> str | None:
        item = self.tree.currentItem()
        if item is None or item.parent() is None:
            return None
        mrn = item.data(0, MRN_ROLE)
        return str(mrn) if mrn else None

    def select_mrn(self, mrn: str) -> bool:
        item = next((i for i in self._patient_items() if i.data(0, MRN_ROLE) == mrn), None)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def _select_first(self) -> None:
        item = next(iter(self._patient_items()), None)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _patient_items(self) -> list[QTreeWidgetItem]:
        heads = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for head in heads if head is not None for item in _patients(head)]

    def focus_list(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.current_mrn() is None:
            self._select_first()

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        mrn = item.data(0, MRN_ROLE)
        if item.parent() is not None and mrn:
            self.patient_activated.emit(str(mrn))

    def open_recall(self) -> None:
        if self.worklist is None or self._source is None:
            return
        dialog = RecallDialog(
            self.worklist, self._source, self._runner, may_export=self._may_export,
            folder=Path.home(), parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recall_dialog = dialog
        dialog.open()


def _patients(head: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The patient rows under a section heading (not its "none")."""
    children = (head.child(i) for i in range(head.childCount()))
    return [item for item in children if item is not None and item.data(0, MRN_ROLE)]


class LeftTabs(QTabWidget):
    """The patient list and the Today view on two tabs, left of the chart; ``today_action``
    (Ctrl+T) for the window's menu. Today is read again whenever the patient list is (the
    window's refresh, a visit saved), if it shows."""

    def __init__(
        self, patients: PatientListPanel, today: TodayPanel, open_patient: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.patients, self.today = patients, today
        self.addTab(patients, self.tr("Patients"))
        self.addTab(today, self.tr("Today"))
        self.setTabToolTip(
            1, self.tr("Due today and overdue, seen today, unsigned visits, drafts (Ctrl+T)")
        )
        self.setDocumentMode(True)
        self.currentChanged.connect(self._on_tab_changed)
        today.patient_activated.connect(open_patient)
        patients.model.modelReset.connect(self.refresh_today)
        self.today_action = QAction(self.tr("&Today"), self)
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.setStatusTip(
            self.tr("Due and overdue, seen today, unsigned visits, drafts")
        )
        self.today_action.triggered.connect(self.show_today)

    def show_today(self) -> None:
        """Ctrl+T: the Today view, read afresh, the first patient selected."""
        if self.currentWidget() is not self.today:
            self.setCurrentWidget(self.today)  # reads it afresh
        else:
            self.today.refresh()
        self.today.focus_list()

    def refresh_today(self) -> None:
        """The window's refresh (F5, a visit saved): read the Today view again when it shows."""
        if self.currentWidget() is self.today:
            self.today.refresh()

    def find_patient(self) -> None:
        """Ctrl+F: the patient list, its search field focused."""
        self.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def _on_tab_changed(self, index: int) -> None:
        if self.widget(index) is self.today:
            self.today.refresh()
