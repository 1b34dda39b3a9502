"""File → Export charts (JSON)…: the open patient's chart or every patient's, as ``calcitrack
export`` writes it: checked for values JSON cannot carry, written privately (0600, atomically)
and recorded in the audit trail, one entry per patient. The file is checked before anything is
read or recorded: a folder that cannot be written gets its reason and nothing is exported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import PatientChart
from calcitrack.output_paths import file_problem, os_reason
from calcitrack.private_files import write_private
from calcitrack.services.import_export.import_limits import structure_problems
from calcitrack.ui.common.replace_question import ConfirmReplace, confirm_with_dialog
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.transfer.transfer_report_dialog import TransferReportDialog
from calcitrack.ui.transfer.transfer_sources import TransferServices

TITLE = str(QT_TRANSLATE_NOOP("ExportFlow", "Export charts"))
"""The windows' title in English (shown translated: ``title()``)."""


def title() -> str:
    return QCoreApplication.translate("ExportFlow", TITLE)


class ExportRefused(Exception):
    def __init__(self, heading: str, lines: list[str]) -> None:
        super().__init__(heading)
        self.heading = heading
        self.lines = lines


class ExportDialog(QDialog):
    def __init__(self, chart: PatientChart | None, suggested: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title())
        mrn = chart.patient.mrn if chart is not None else ""
        self.mrn = mrn
        self.this_patient = QRadioButton(
            self.tr("&The open patient ({mrn})").format(mrn=mrn)
            if mrn
            else self.tr("&The open patient (none is open)")
        )
        self.this_patient.setEnabled(bool(mrn))
        self.all_patients = QRadioButton(self.tr("&All patients"))
        (self.this_patient if mrn else self.all_patients).setChecked(True)
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.this_patient)
        form.addRow(self.all_patients)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, title(), self.path_edit.text(), self.tr("Interchange JSON") + " (*.json)"
        )
        if chosen:
            self.path_edit.setText(chosen)


class ExportFlow(QObject):
    finished = Signal(str)
    """A sentence for the status bar ("" when nothing was written)."""

    def __init__(
        self,
        services: TransferServices,
        runner: Runner,
        parent: QWidget,
        open_chart: Callable[[], PatientChart | None],
        show_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._parent = parent
        self._open_chart = open_chart
        self._show_error = show_error
        self.confirm_replace: ConfirmReplace = confirm_with_dialog
        self.dialog: ExportDialog | None = None
        self.report: TransferReportDialog | None = None
        self.problem: QMessageBox | None = None

    def start(self) -> None:
        stamp = self._services.today().strftime("%Y%m%d")
        dialog = ExportDialog(
            self._open_chart(), Path.home() / f"calcitrack-export-{stamp}.json", self._parent
        )
        dialog.accepted.connect(lambda: self._export(dialog))
        self.dialog = dialog
        dialog.open()

    def _export(self, dialog: ExportDialog) -> None:
        path = dialog.path()
        problem = file_problem(path, "export.json")
        if problem is not None:  # back to the dialog as she left it, to correct the file
            dialog.open()
            self._tell(
                self.tr("Nothing was exported: {reason}.").format(reason=problem.text()),
                over=dialog,
            )
            self._tell_closed(dialog.path_edit)
            return
        if path.exists() and not self.confirm_replace(self._parent, path):
            return
        charts = self._services.charts
        one = [dialog.mrn] if dialog.this_patient.isChecked() else None

        def work() -> int:
            mrns = one if one is not None else charts.all_mrns()
            document = charts.export_document(mrns, to=path.name)
            unfit = structure_problems(document)
            if unfit:  # an Infinity stored before the import refused it: never invalid JSON
                raise ExportRefused(
                    self.tr(
                        "{count} value(s) cannot be written as JSON; nothing was exported:"
                    ).format(count=len(unfit)),
                    [
                        self.tr("{field}: {reason}").format(field=p.field, reason=p.reason)
                        for p in unfit
                    ],
                )
            text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
            try:
                write_private(path, text)  # 0600, atomic: a failure leaves what was there
            except OSError as exc:
                raise ExportRefused(
                    self.tr("{file}: cannot write it ({reason})").format(
                        file=path, reason=os_reason(exc)
                    ),
                    [],
                ) from None
            return len(mrns)

        self._runner.submit(
            work,
            on_done=lambda n: self.finished.emit(
                self.tr("Exported {count} patient(s) to {file}").format(count=n, file=path)
            ),
            on_error=self._failed,
            write=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.finished.emit("")
        if isinstance(error, ExportRefused):
            if error.lines:
                self.report = TransferReportDialog(title(), error.heading, error.lines,
                                                   parent=self._parent)
                self.report.open()
            else:
                self._tell(self.tr("Nothing was exported: {reason}.").format(reason=error.heading))
        else:
            self._show_error(error)

    def _tell(self, text: str, over: QWidget | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title(), text, QMessageBox.StandardButton.Ok,
                          over or self._parent)
        self.problem = box
        box.open()

    def _tell_closed(self, field: QWidget) -> None:
        """Once the message is read, the cursor goes to the field to correct."""
        if self.problem is not None:
            self.problem.finished.connect(lambda _result: field.setFocus())
