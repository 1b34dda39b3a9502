"""The File menu's import, export and clinic-day summaries: their actions, enabled by the
signed-in account's permissions as the command line's are, and their progress in the window's
status bar. The window (ui/shell/main_window.py) is reached through :class:`TransferHost`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QProgressBar

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.transfer.clinic_day_flow import ClinicDayFlow
from calcitrack.ui.transfer.export_flow import ExportFlow
from calcitrack.ui.transfer.fhir_export_flow import FhirExportFlow
from calcitrack.ui.transfer.import_flow import ImportFlow
from calcitrack.ui.transfer.research_export_flow import ResearchExportFlow
from calcitrack.ui.transfer.transfer_sources import TransferServices


class TransferHost(Protocol):
    file_menu: QMenu
    busy_label: QLabel
    progress_bar: QProgressBar

    def may(self, permission: Permission) -> bool: ...

    def refresh(self) -> None: ...

    def show_error(self, error: BaseException) -> None: ...

    def open_chart(self) -> PatientChart | None: ...


class TransferMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        host: TransferHost,
        services: TransferServices,
        runner: Runner,
    ) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self.import_flow = ImportFlow(services, runner, window, host.show_error)
        self.import_flow.progressed.connect(
            lambda done, total: self._progress(
                done,
                total,
                self.tr("Importing: {done} of {total}").format(done=done, total=total),
            )
        )
        self.import_flow.started.connect(
            lambda name: self._progress(
                0, 0, self.tr("Importing {name}: checking every value…").format(name=name)
            )
        )
        self.import_flow.imported.connect(self._imported)
        self.import_flow.stopped.connect(lambda: self._finished(""))
        self.export_flow = ExportFlow(services, runner, window, host.open_chart, host.show_error)
        self.export_flow.finished.connect(self._finished)
        self.research_flow = ResearchExportFlow(
            services, runner, window, host.open_chart, host.show_error
        )
        self.research_flow.finished.connect(self._finished)
        self.fhir_flow = FhirExportFlow(services, runner, window, host.open_chart,
                                        host.show_error)  # fmt: skip
        self.fhir_flow.started.connect(lambda doing: self._progress(0, 0, doing))
        self.fhir_flow.progressed.connect(self._progress)
        self.fhir_flow.finished.connect(self._finished)
        self.clinic_day_flow = ClinicDayFlow(services, runner, window, host.show_error)
        self.clinic_day_flow.progressed.connect(self._progress)
        self.clinic_day_flow.finished.connect(self._finished)

        self.import_action = self._action(
            self.tr("&Import charts (JSON)…"), self.import_flow.start,
            self.tr("Add the patients of an interchange file: all of them, or none if any is "
                    "refused"),
        )
        self.export_action = self._action(
            self.tr("E&xport charts (JSON)…"), self.export_flow.start,
            self.tr("Write the open patient's chart, or every patient's, to an interchange file"),
        )
        self.research_action = self._action(
            self.tr("Export for re&search (CSV)…"), self.research_flow.start,
            self.tr("Analysis-ready tables with a REDCap data dictionary, optionally "
                    "pseudonymised"),
        )
        self.fhir_action = self._action(
            self.tr("Export F&HIR R4…"), self.fhir_flow.start,
            self.tr("Write the open patient, or every patient, as a FHIR R4 Bundle for another "
                    "system"),
        )
        self.clinic_day_action = self._action(
            self.tr("Clinic-&day summaries…"), self.clinic_day_flow.start,
            self.tr("A PDF visit summary for every patient seen on a day, into a folder"),
        )
        menu = host.file_menu
        before = next((a for a in menu.actions() if a.isSeparator()), None)
        for action in (self.import_action, self.export_action, self.research_action,
                       self.fhir_action, self.clinic_day_action):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)
        self.import_action.setEnabled(host.may(Permission.IMPORT_CHARTS))
        self.export_action.setEnabled(host.may(Permission.EXPORT_CHARTS))
        self.clinic_day_action.setEnabled(host.may(Permission.EXPORT_CHARTS))
        self.research_action.setEnabled(
            services.research is not None and host.may(Permission.EXPORT_CHARTS)
        )
        self.fhir_action.setEnabled(
            services.fhir is not None and host.may(Permission.EXPORT_CHARTS)
        )

    def _action(self, text: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self._window)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _progress(self, done: int, total: int, doing: str) -> None:
        self._host.progress_bar.setRange(0, total)
        self._host.progress_bar.setValue(done)
        self._host.progress_bar.show()
        self._host.busy_label.setText(doing)

    def _finished(self, message: str) -> None:
        self._host.progress_bar.hide()
        self._host.busy_label.clear()
        if message:
            self._window.statusBar().showMessage(message, 10_000)

    def _imported(self, message: str) -> None:
        self._finished(message)
        self._host.refresh()
