"""File → Import charts (JSON)…: the interchange file ``calcitrack import`` reads, imported on the
task runner with progress, all or nothing.

A refused file (unreadable, not JSON, too large, or any problem in it) is reported in a dialog
listing every problem by its JSON path with whose value it is, and nothing is stored. Unusual
values refuse the file until the user ticks that she checked each against its source (the
command line's ``--accept-unusual``); the import then runs again, each value recorded in the
audit trail as confirmed by her. The file must be the one she checked: a file changed meanwhile
is refused again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError
from calcitrack.services.import_export import interchange
from calcitrack.services.import_export.import_file import read_interchange_file
from calcitrack.services.import_export.import_limits import ImportFileError
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.transfer.transfer_report_dialog import TransferReportDialog
from calcitrack.ui.transfer.transfer_sources import Imported, TransferServices, unusual_lines

log = logging.getLogger(__name__)

TITLE = str(QT_TRANSLATE_NOOP("ImportFlow", "Import charts"))
"""The windows' title in English (shown translated: ``title()``)."""


def title() -> str:
    return QCoreApplication.translate("ImportFlow", TITLE)


class ImportRefused(Exception):
    """Nothing was imported: the heading and the lines of the report (read on the worker)."""

    def __init__(self, heading: str, lines: list[str], data: Any = None) -> None:
        super().__init__(heading)
        self.heading = heading
        self.lines = lines
        self.data = data
        """The document, when its unusual values are what refused it (to import it if ticked)."""


def choose_with_dialog(parent: QWidget) -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportFlow", "Import charts from an interchange file"),
        found or str(Path.home()),
        QCoreApplication.translate("ImportFlow", "Interchange JSON") + " (*.json);;"
        + QCoreApplication.translate("ImportFlow", "All") + " (*)",
    )
    return chosen


class _Relay(QObject):
    progressed = Signal(int, int)


class ImportFlow(QObject):
    progressed = Signal(int, int)
    """(patients written, of patients) while an import runs."""
    imported = Signal(str)
    """A sentence for the status bar once the charts are stored."""
    started = Signal(str)
    """The file being read and checked (its name), before any patient is written."""
    stopped = Signal()
    """Nothing was imported (the report or the error says why)."""

    def __init__(
        self,
        services: TransferServices,
        runner: Runner,
        parent: QWidget,
        show_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._parent = parent
        self._show_error = show_error
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)
        self.choose_file: Callable[[], str] = lambda: choose_with_dialog(parent)
        """The operating system's file chooser; tests answer for the user."""
        self.report: TransferReportDialog | None = None
        self.busy = False

    def start(self) -> None:
        if self.busy:
            return
        chosen = self.choose_file()
        if chosen:
            self._run(Path(chosen), checked=None)

    def _run(self, path: Path, *, checked: Any) -> None:
        self.busy = True
        self.started.emit(path.name)
        charts = self._services.charts
        relay = self._relay

        def work() -> tuple[Imported, Callable[[str], str]]:
            data = read_or_refuse(path)
            if checked is not None and data != checked:
                raise ImportRefused(
                    self.tr(
                        "{file} changed since its unusual values were listed; nothing was "
                        "imported. Import it again to see them."
                    ).format(file=path.name),
                    [],
                )
            try:
                result = charts.import_document(
                    data,
                    progress=lambda done, total: relay.progressed.emit(done, total),
                    accept_unusual=checked is not None,
                    source=path.name,
                )
                return result, _whose(data)
            except UnconfirmedValuesError as exc:
                whose = _whose(data)
                raise ImportRefused(
                    self.tr("{file}: {count} unusual value(s); nothing was imported.").format(
                        file=path.name, count=len(exc.unusual)
                    ),
                    unusual_lines(exc.unusual, whose), data,
                ) from None
            except DomainValidationError as exc:
                whose = _whose(data)
                raise ImportRefused(
                    self.tr("{file}: {count} problem(s); nothing was imported.").format(
                        file=path.name, count=len(exc.problems)
                    ),
                    [
                        self.tr("{field}: {reason}").format(field=whose(p.field), reason=p.reason)
                        for p in exc.problems
                    ],
                ) from None

        self._runner.submit(
            work,
            on_done=lambda done: self._done(path, *done),
            on_error=lambda error: self._failed(path, error),
            write=True,
        )

    def _done(self, path: Path, result: Imported, whose: Callable[[str], str]) -> None:
        self.busy = False
        message = self.tr("Imported {patients} patient(s) ({visits} visits) from {file}").format(
            patients=result.patients, visits=result.visits, file=path.name
        )
        log.info("imported %d patients from the window", result.patients)
        if result.confirmed:
            who = self._services.username
            self._show(TransferReportDialog(
                title(),
                self.tr(
                    "{imported}; accepted {count} unusual value(s), each recorded in the audit "
                    "trail as confirmed by {who}:"
                ).format(imported=message, count=len(result.confirmed), who=who),
                unusual_lines(result.confirmed, whose),
                parent=self._parent,
            ))
        self.imported.emit(message)

    def _failed(self, path: Path, error: BaseException) -> None:
        self.busy = False
        self.stopped.emit()
        if isinstance(error, ImportRefused):
            refused_by_unusual = error.data is not None
            dialog = TransferReportDialog(
                title(), error.heading, error.lines,
                footer=self.tr(
                    "Check each value against its source. If every one is right, tick the box: "
                    "the file is imported and each value is recorded in the audit trail as "
                    "confirmed by you."
                ) if refused_by_unusual else self.tr(
                    "Correct the file and import it again: nothing of it was stored."
                ),
                confirm_text=self.tr(
                    "&I checked each value against its source: import them, each confirmed by me"
                ) if refused_by_unusual else "",
                parent=self._parent,
            )
            if refused_by_unusual:
                data = error.data
                dialog.confirmed.connect(lambda: self._run(path, checked=data))
            self._show(dialog)
        else:
            self._show_error(error)

    def _show(self, dialog: TransferReportDialog) -> None:
        if self.report is not None:
            self.report.close()
        self.report = dialog
        dialog.open()


def read_or_refuse(path: Path) -> Any:
    try:
        return read_interchange_file(path)
    except ImportFileError as exc:
        raise ImportRefused(
            QCoreApplication.translate(
                "ImportFlow", "{file} cannot be imported; nothing was imported."
            ).format(file=path.name),
            [str(exc)],
        ) from None


def _whose(data: Any) -> Callable[[str], str]:
    def at(path: str) -> str:
        who = interchange.where(data, path)
        return f"{path} ({who})" if who else path

    return at
