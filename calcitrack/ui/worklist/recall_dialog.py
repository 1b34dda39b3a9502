"""The recall list: the overdue patients with contact-free identifiers, to print (the system
print dialog) or export as CSV; either output is recorded in the audit trail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.worklist import Worklist
from calcitrack.reports.exports.recall_csv import write_recall_csv
from calcitrack.ui.common.replace_question import confirm_with_dialog
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.worklist import recall_document as doc
from calcitrack.ui.worklist.worklist_source import WorklistSource

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RecallDialog(QDialog):
    def __init__(
        self,
        worklist: Worklist,
        source: WorklistSource,
        runner: Runner,
        *,
        may_export: bool,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recall list"))
        self.worklist = worklist
        self.folder = folder
        self._source = source
        self._runner = runner
        self.print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        rows = doc.recall_rows(worklist)
        intro = QLabel(
            self.tr(
                "%n patient(s) overdue on {day}: identifiers only, no contact details.",
                "",
                len(rows),
            ).format(day=shown_date(worklist.today)),
            wordWrap=True,
        )
        self.table = QTableWidget(len(rows), len(doc.HEADERS))
        self.table.setHorizontalHeaderLabels(doc.headers())
        self.table.setAccessibleName(self.tr("Overdue patients"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell)
                if c == 3:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Recall list messages"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        for button in (self.print_button, self.export_button):
            button.setEnabled(may_export and bool(rows))
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        if not may_export:
            self.message.setText(self.tr("Printing and exporting patients' lists needs the right "
                                         "to export (nurses and physicians)."))
        self.print_button.clicked.connect(self.print_list)
        self.export_button.clicked.connect(self.export_csv)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.message, buttons):
            layout.addWidget(widget)
        self.resize(620, 460)

    # -- printing ------------------------------------------------------------------------------

    def printer(self) -> QPrinter:
        """The printer, as last chosen while the dialog is open."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def print_list(self) -> None:
        """Ask the printer (the system print dialog), then print and record it."""
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recall list"))
        dialog.accepted.connect(lambda: self._print_to(printer))
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # as open() does
        dialog.show()

    def _print_to(self, printer: QPrinter) -> None:
        doc.print_recall(self.worklist, printer)
        count = len(self.worklist.overdue)
        self._show(self.tr("The recall list of %n patient(s) was sent to the printer.", "", count))
        self._runner.submit(
            lambda: self._source.record_recall_output("printed", count),
            on_error=lambda error: self._show(
                self.tr(
                    "The list was printed, but it could not be recorded in the audit trail: "
                    "{reason}"
                ).format(reason=error),
                error=True,
            ),
            write=True,
        )

    # -- CSV -----------------------------------------------------------------------------------

    def choose_file(self, suggested: str) -> str:
        """Ask where to write the CSV; "" when cancelled. (Tests replace this.)"""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the recall list"), suggested, self.tr("CSV files (*.csv)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked by confirm_replace
        )
        return path

    def confirm_replace(self, path: Path) -> bool:
        """Ask before replacing an existing file. (Tests replace this.)"""
        return confirm_with_dialog(self, path)

    def export_csv(self) -> None:
        chosen = self.choose_file(str(self.folder / doc.suggested_file_name(self.worklist.today)))
        if not chosen:
            return
        path = doc.csv_path(chosen)
        problem = doc.path_problem(path)
        if problem is not None:
            self._show(problem, error=True)
            return
        if path.exists() and not self.confirm_replace(path):
            return
        self.folder = path.parent
        self.export_button.setEnabled(False)
        self._show(self.tr("Exporting to {path}…").format(path=path))
        worklist, source = self.worklist, self._source
        written: list[int] = []

        def work() -> int:
            written.append(write_recall_csv(worklist, path))
            source.record_recall_output("csv", written[0], path.name)
            return written[0]

        self._runner.submit(
            work,
            on_done=lambda count: self._exported(path, count),
            on_error=lambda error: self._export_failed(path, error, bool(written)),
            write=True,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self._show(self.tr("%n patient(s) exported to {path}", "", count).format(path=path))

    def _export_failed(self, path: Path, error: BaseException, written: bool) -> None:
        self.export_button.setEnabled(True)
        if written:
            self._show(self.tr("{path} was written, but the export could not be recorded in the "
                               "audit trail: {reason}").format(path=path, reason=error), error=True)
        else:
            self._show(self.tr("The recall list could not be exported to {path}: {reason}").format(
                path=path, reason=error), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "")
        self.message.setText(text)
