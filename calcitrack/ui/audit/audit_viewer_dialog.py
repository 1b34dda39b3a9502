"""The audit trail for an admin or a physician: who did what to which record when, filtered by
patient, user and days; the selected entry's changes in full below the table; export as CSV (the
entries matching the filters, formula cells neutralised, the export itself recorded in the trail);
and a check of the hash chain, the data and the signatures against it.

Non-modal. Everything that reads the database or writes a file runs on the task runner. Refusals
are shown in the dialog: a filter that cannot be right (From after To) before anything is asked,
an unknown MRN or user next to the filters, a role that may not read the trail, a file that cannot
be written. Keyboard: Enter in a filter applies, Ctrl+F goes to the patient filter, Esc closes.

Verify (Alt+V) runs every check of ``calcitrack audit verify`` on the task runner: the chain, the
trail replayed against the audited rows, the anchors, every signed visit against what was signed
(ui/audit/audit_verification.py). The summary shows in the message line, each finding in the list
below it (scrollable), with what could not be checked and what the checks cannot find.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.audit_trail.audit import AuditEntry
from calcitrack.services.errors import NotFoundError
from calcitrack.ui.audit import audit_query as query
from calcitrack.ui.audit.audit_changes_text import detail_text
from calcitrack.ui.audit.audit_filter_panel import AuditFilterPanel
from calcitrack.ui.audit.audit_query import AuditFilters, AuditTrail, about_filter
from calcitrack.ui.audit.audit_table_model import WHEN_COLUMN, AuditTableModel, entry_table_view
from calcitrack.ui.audit.audit_verification import TrailVerification, verify_everything
from calcitrack.ui.audit.findings_list import FindingsList
from calcitrack.ui.common.replace_question import confirm_with_dialog
from calcitrack.ui.common.task_runner import Runner

_ERROR, _DONE = "#b00020", "#1b5e20"


class AuditViewerDialog(QDialog):
    entries_loaded = Signal(int)
    """The table shows the entries matching the filters applied (how many)."""
    export_finished = Signal(str, int)
    """(file, entries written) once a CSV export is written and recorded in the trail."""
    chain_verified = Signal(object)
    """The chain's ``VerifyResult`` once Verify has run every check."""
    verified = Signal(object)
    """The ``TrailVerification`` of Verify: chain, replay, anchors and signatures."""
    failure_shown = Signal(str)
    """A refusal or failure was shown in the dialog (its text)."""

    def __init__(
        self,
        service: AuditTrail,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        usernames: Sequence[str] = (),
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self.setModal(False)
        self._service = service
        self._runner = runner
        self._today = today
        self._generation = 0
        self._shown = False
        self._applied: AuditFilters | None = None
        self.limit = query.ENTRY_LIMIT
        found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder = Path(found) if found else Path.home()
        """Where the export's file chooser starts (the last folder used)."""

        self.filters = AuditFilterPanel(usernames, today())
        self.filters.filters_submitted.connect(self.apply)
        self.model = AuditTableModel(self)
        self.table = entry_table_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_entry_changed)
        self.detail = QPlainTextEdit(readOnly=True, tabChangesFocus=True)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail.setPlaceholderText(self.tr("Select an entry to see every change it records."))
        self.detail.setAccessibleName(self.tr("Selected entry"))
        splitter = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.count_label = QLabel()
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.findings = FindingsList()
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setToolTip(self.tr(
            "Check that no entry of the trail was changed or removed, that every audited record "
            "holds what the trail says and that every signed visit is as it was signed"
        ))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setToolTip(
            self.tr("Write the entries matching the filters to a CSV file")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.verify_button.clicked.connect(self.verify_chain)
        self.export_button.clicked.connect(self.export_csv)
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.verify_button, self.export_button, self.close_button):
            button.setAutoDefault(False)  # else Enter in the table presses the last one focused
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)

        order = [
            *self.filters.focus_order(),
            self.table,
            self.detail,
            self.findings,
            self.verify_button,
            self.export_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence("Ctrl+F"), self, self._on_find_activated)
        self.filters.patient_edit.setFocus()
        self.resize(1100, 650)
        splitter.setSizes([430, 150])

    # -- loading -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the first load starts when the dialog is shown, not constructed
            self._shown = True
            self.apply()

    def apply(self) -> None:
        """List the entries matching the filters (refused filters are shown, nothing asked)."""
        self._show_message("")
        filters = self.filters.filters()
        if self._refused(filters):
            return
        self._load(filters)

    def _refused(self, filters: AuditFilters) -> bool:
        self.filters.clear_marks()
        problem = filters.problem()
        if problem is not None:
            self.filters.mark(*problem)
            self.failure_shown.emit(about_filter(*problem))
        return problem is not None

    def _load(self, filters: AuditFilters) -> None:
        self._generation += 1
        generation, limit = self._generation, self.limit
        self.count_label.setText(self.tr("Loading…"))
        self._runner.submit(
            lambda: query.read_entries(self._service, filters, limit),
            on_done=self._alive(lambda found: self._on_entries_read(generation, filters, found)),
            on_error=self._alive(lambda error: self._on_read_failed(generation, filters, error)),
            key=f"audit-viewer-{id(self)}",
        )

    def _on_entries_read(
        self, generation: int, filters: AuditFilters, found: list[AuditEntry]
    ) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self._applied = filters
        shown = found[: self.limit]
        order = (
            Qt.SortOrder.DescendingOrder if filters.newest_first else Qt.SortOrder.AscendingOrder
        )
        self.table.horizontalHeader().setSortIndicator(WHEN_COLUMN, order)
        self.model.set_entries(shown)
        self.count_label.setText(
            query.count_text(len(found), self.limit, newest_first=filters.newest_first)
        )
        if shown:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.detail.clear()
        self.entries_loaded.emit(len(shown))

    def _on_read_failed(self, generation: int, filters: AuditFilters, error: BaseException) -> None:
        if generation == self._generation:
            self._applied = None
            self.model.set_entries([])  # the rows of other filters would read as the answer
            self.detail.clear()
            self.count_label.setText("")
            self._show_failure(error, filters, self.tr("The audit trail could not be read"))

    # -- export --------------------------------------------------------------------------------

    def choose_file(self, suggested: str) -> str:
        """Ask where to write the CSV; "" when cancelled. (Tests replace this.)"""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit trail"),
            suggested,
            self.tr("CSV files (*.csv)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked by confirm_replace
        )
        return path

    def confirm_replace(self, path: Path) -> bool:
        """Ask before replacing an existing file. (Tests replace this.)"""
        return confirm_with_dialog(self, path)

    def export_csv(self) -> None:
        """Write every entry matching the filters (no limit) to a CSV file the user chooses."""
        self._show_message("")
        filters = self.filters.filters()
        if self._refused(filters):
            return
        name = query.suggested_file_name(filters, self._today())
        chosen = self.choose_file(str(self.folder / name))
        if not chosen:
            return
        path = query.csv_path(chosen)
        problem = query.path_problem(path)
        if problem is not None:
            self._show_message(problem, error=True)
            return
        if path.exists() and not self.confirm_replace(path):
            return
        self.folder = path.parent
        self.export_button.setEnabled(False)
        self._show_message(self.tr("Exporting to {path}…").format(path=path))
        self._runner.submit(
            lambda: query.write_export(self._service, filters, path),
            on_done=self._alive(lambda count: self._on_exported(filters, path, count)),
            on_error=self._alive(lambda error: self._on_export_failed(filters, path, error)),
            write=True,
        )

    def _on_exported(self, filters: AuditFilters, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self._show_message(
            self.tr("Exported {entries} to {path}").format(
                entries=query.entries_text(count), path=path
            ),
            color=_DONE,
        )
        self.export_finished.emit(str(path), count)
        if self._applied is not None:  # the export is an entry too: list it if it matches
            self._load(self._applied)

    def _on_export_failed(self, filters: AuditFilters, path: Path, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, OSError) and error.filename is not None:
            reason = error.strerror or str(error)
            self._show_message(
                self.tr("Could not write {path}: {reason}").format(path=path, reason=reason),
                error=True,
            )
            return
        self._show_failure(error, filters, self.tr("The export failed"))

    # -- verification --------------------------------------------------------------------------

    def verify_chain(self) -> None:
        """Run every check (chain, replay, anchors, signatures) on the task runner and show what
        was found."""
        self.verify_button.setEnabled(False)
        self._show_message(self.tr("Checking the audit trail, the records and the signatures…"))
        service = self._service
        self._runner.submit(
            lambda: verify_everything(service),
            on_done=self._alive(self._on_verified),
            on_error=self._alive(self._on_chain_check_failed),
        )

    def _on_verified(self, result: TrailVerification) -> None:
        self.verify_button.setEnabled(True)
        self._show_message(result.summary(), error=not result.ok, color=_DONE)
        self.findings.show_findings(result.findings(), result.notes())
        if not result.chain.ok:
            self._select_entry(result.chain.first_broken_id)
        self.chain_verified.emit(result.chain)
        self.verified.emit(result)

    def _on_chain_check_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self._show_failure(error, None, self.tr("The audit trail could not be checked"))

    # -- showing -------------------------------------------------------------------------------

    def _show_failure(self, error: BaseException, filters: AuditFilters | None, doing: str) -> None:
        text = str(error) or type(error).__name__
        if isinstance(error, NotFoundError) and filters is not None:
            field = filters.not_found_field(text)
            self.filters.mark(field, text)
            self.failure_shown.emit(about_filter(field, text))
            return
        if isinstance(error, PermissionError):
            self._show_message(self.tr("Not allowed: {reason}").format(reason=text), error=True)
        else:  # the database driver's own words, without the library's wrapping
            reason = getattr(error, "orig", None)
            self._show_message(
                self.tr("{doing}: {reason}").format(doing=doing, reason=reason or text), error=True
            )

    def _show_message(self, text: str, *, error: bool = False, color: str | None = None) -> None:
        shade = _ERROR if error else color
        self.message_label.setStyleSheet(f"color: {shade};" if shade else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.findings.hide()  # a verification's findings go with its summary
        if error:
            self.failure_shown.emit(text)

    def _select_entry(self, entry_id: int | None) -> None:
        row = None if entry_id is None else self.model.row_of(entry_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback``, skipped when the dialog was deleted before the result arrived."""
        return lambda value: callback(value) if shiboken6.isValid(self) else None

    # -- slots ---------------------------------------------------------------------------------

    def _on_current_entry_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.setPlainText(detail_text(self.model.entry(current.row())))
        else:
            self.detail.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the button that has the focus (and nothing elsewhere: no default)."""
        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
            return
        if enter:
            return
        super().keyPressEvent(event)

    def _on_find_activated(self) -> None:
        self.filters.patient_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.patient_edit.selectAll()
