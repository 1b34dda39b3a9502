"""PDF visit summaries from the window: Export (save dialog, background build with progress,
optionally opened when written) and Print (system print dialog).

The summary is built by a :class:`SummaryMaker` (``reports.exports.summary_writer.SummaryWriter`` in
the application) on the task runner, so the window stays responsive; its progress callback runs on
the worker thread and reaches the window through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from calcitrack.domain.entities import PatientChart
from calcitrack.ui.common.left_to_right import left_to_right
from calcitrack.ui.common.replace_question import ConfirmReplace, confirm_with_dialog
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.summaries import summary_printing
from calcitrack.ui.summaries.summary_export_dialog import (
    ChooseFile,
    SummaryExportDialog,
    choose_with_dialog,
)

Progress = Callable[[int, int, str], None]
OpenFile = Callable[[Path], bool]
AskPrinter = Callable[[QPrinter, QWidget, int], bool]

FOLDER_KEY = "summary/folder"
OPEN_KEY = "summary/open_when_done"
PHOTOS_KEY = "summary/photographs"


class SummaryMaker(Protocol):
    def write(
        self,
        mrn: str,
        visit_date: date | None,
        path: Path,
        progress: Progress,
        *,
        photos: bool | None = None,
    ) -> object: ...

    def pdf(self, mrn: str, visit_date: date | None, progress: Progress) -> bytes: ...


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class _Relay(QObject):
    progressed = Signal(int, int, str)


class SummaryFlow(QObject):
    progressed = Signal(int, int, str)
    """(step, of steps, what is being done) while a summary is being made."""
    finished = Signal(str)
    """A sentence for the status bar once the summary is written or printed."""

    def __init__(
        self,
        maker: SummaryMaker,
        runner: Runner,
        window: QWidget,
        settings: QSettings,
        show_error: Callable[[BaseException], None],
        *,
        open_file: OpenFile = open_with_system,
        choose_file: ChooseFile = choose_with_dialog,
        confirm_replace: ConfirmReplace = confirm_with_dialog,
        ask_printer: AskPrinter = summary_printing.ask_printer,
        make_printer: Callable[[], QPrinter] = lambda: QPrinter(
            QPrinter.PrinterMode.HighResolution
        ),
    ) -> None:
        super().__init__(window)
        self._maker = maker
        self._runner = runner
        self._window = window
        self._settings = settings
        self._show_error = show_error
        self.open_file = open_file
        self.choose_file = choose_file
        self.confirm_replace = confirm_replace
        self.ask_printer = ask_printer
        self.make_printer = make_printer
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)
        # The OS-facing parts (file chooser, printer dialog, opening a file) are attributes, so the
        # tests can answer for the user; everything else runs for real.
        self.dialog: SummaryExportDialog | None = None
        self.printer: QPrinter | None = None
        self.busy = False

    # -- export --------------------------------------------------------------------------------

    def export(self, chart: PatientChart, visit_date: date | None = None) -> None:
        """Ask where to save the summary of ``visit_date`` (default the latest), then write it."""
        if not chart.visits or self.busy:
            return
        days = [v.visit_date for v in chart.visits]
        # type=str and type=bool make the settings' values a str and a bool (the stub: object).
        folder = Path(str(self._settings.value(FOLDER_KEY, "", type=str)) or documents_folder())
        dialog = SummaryExportDialog(
            chart.patient.mrn,
            days,
            selected=visit_date or max(days),
            folder=folder if folder.is_dir() else documents_folder(),
            open_when_done=bool(self._settings.value(OPEN_KEY, True, type=bool)),
            photographs=bool(self._settings.value(PHOTOS_KEY, False, type=bool)),
            choose_file=self.choose_file,
            confirm_replace=self.confirm_replace,
            parent=self._window,
        )
        dialog.accepted.connect(lambda: self._start_export(chart.patient.mrn, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _start_export(self, mrn: str, dialog: SummaryExportDialog) -> None:
        self.dialog = None
        path, day, open_after = dialog.path(), dialog.visit(), dialog.open_when_done()
        photos = dialog.photographs()
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        self._settings.setValue(OPEN_KEY, open_after)
        self._settings.setValue(PHOTOS_KEY, photos)
        self.busy = True
        progress = self._relay.progressed.emit
        self._runner.submit(
            lambda: self._maker.write(mrn, day, path, progress, photos=photos),
            on_done=lambda _request: self._exported(path, open_after),
            on_error=lambda error: self._export_failed(path, error),
        )

    def _export_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            error = OSError(
                self.tr("The visit summary could not be written to {path}: {reason}").format(
                    path=left_to_right(path), reason=reason
                )
            )
        self._failed(error)

    def _exported(self, path: Path, open_after: bool) -> None:
        self.busy = False
        written = self.tr("Visit summary written to {path}")
        self.finished.emit(written.format(path=left_to_right(path)))
        if open_after and not self.open_file(path):
            self._show_error(
                OSError(
                    self.tr("The summary was written to {path}, but no program opened it.").format(
                        path=left_to_right(path)
                    )
                )
            )

    # -- print ---------------------------------------------------------------------------------

    def print_visit(self, chart: PatientChart, visit_date: date | None = None) -> None:
        """Build the summary in the background, then offer the system print dialog."""
        if not chart.visits or self.busy:
            return
        mrn = chart.patient.mrn
        day = visit_date or max(v.visit_date for v in chart.visits)
        self.busy = True
        progress = self._relay.progressed.emit
        title = self.tr("Visit summary {mrn} {date}").format(mrn=mrn, date=day)
        self._runner.submit(
            lambda: self._maker.pdf(mrn, day, progress),
            on_done=lambda pdf: self._ask_and_print(pdf, title),
            on_error=self._failed,
        )

    def _ask_and_print(self, pdf: bytes, title: str) -> None:
        printer = self.make_printer()
        printer.setDocName(title)
        pages = summary_printing.page_count(pdf)
        if not self.ask_printer(printer, self._window, pages):
            self.busy = False
            self.finished.emit(self.tr("Printing cancelled"))
            return
        self.printer = printer
        dpi = summary_printing.printer_dpi(printer)
        chosen = summary_printing.chosen_pages(printer, pages)
        self.progressed.emit(0, 0, self.tr("Preparing the pages for the printer"))
        self._runner.submit(
            lambda: summary_printing.render_pages(pdf, dpi, chosen),
            on_done=self._print_images,
            on_error=self._failed,
        )

    def _print_images(self, images: list[QImage]) -> None:
        printer, self.printer = self.printer, None
        self.busy = False
        if printer is None:
            return
        try:
            summary_printing.print_pages(printer, images)
        except OSError as error:
            self._show_error(error)
            return
        name = printer.printerName() or printer.outputFileName() or self.tr("the printer")
        self.finished.emit(
            self.tr("Visit summary sent to {printer} (%n page(s))", "", len(images)).format(
                printer=name
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.printer = None
        self.finished.emit("")
        self._show_error(error)
