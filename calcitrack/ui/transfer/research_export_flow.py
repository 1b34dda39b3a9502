"""File → Export for research (CSV)…: ``calcitrack export --format csv`` in the window.

A dialog asks whose charts (the open patient or all), the folder (new or empty) and whether to
pseudonymise; the folder is checked before anything is read or recorded (a refusal names the
field and the reason, and puts the cursor back in it). The tables, their REDCap data dictionary
and a README are written on the window's runner into a private temporary folder, each patient's
export is recorded in the audit trail, and the folder is renamed into place; a report lists the
files (and the temporary folders of killed exports removed beside it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.output_paths import new_folder_problem, os_reason
from calcitrack.reports.exports.research_csv import (
    ResearchFolderError,
    WrittenExport,
    write_research_csv,
)
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.transfer.transfer_report_dialog import TransferReportDialog
from calcitrack.ui.transfer.transfer_sources import ResearchCsv, TransferServices

TITLE = str(QT_TRANSLATE_NOOP("ResearchExportFlow", "Export for research (CSV)"))
"""The windows' title in English (shown translated: ``title()``)."""


def title() -> str:
    return QCoreApplication.translate("ResearchExportFlow", TITLE)


class ResearchExportDialog(QDialog):
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
        self.folder_edit = QLineEdit(str(suggested))
        self.folder_edit.setAccessibleName(self.tr("Folder to write (new or empty)"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        self.pseudonymise_box = QCheckBox(self.tr("&Pseudonymise"))
        note = QLabel(
            self.tr(
                "Study IDs for names and MRNs, no free text, dates shifted per patient: still "
                "personal data."
            )
        )
        note.setWordWrap(True)
        self.pseudonymise_note = note
        form = QFormLayout()
        form.addRow(self.this_patient)
        form.addRow(self.all_patients)
        folder_label = QLabel(self.tr("&Folder (new or empty):"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        form.addRow(self.pseudonymise_box)
        form.addRow(note)
        about = QLabel(
            self.tr(
                "One table per kind of observation, a REDCap data dictionary and a README. "
                "Photographs are not exported."
            )
        )
        about.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(680, self.sizeHint().height())

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, title(), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)


class ResearchExportFlow(QObject):
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
        self.dialog: ResearchExportDialog | None = None
        self.report: TransferReportDialog | None = None
        self.problem: QMessageBox | None = None

    def start(self) -> None:
        stamp = self._services.today().strftime("%Y%m%d")
        dialog = ResearchExportDialog(
            self._open_chart(), Path.home() / f"calcitrack-research-{stamp}", self._parent
        )
        dialog.accepted.connect(lambda: self._export(dialog))
        self.dialog = dialog
        dialog.open()

    def _export(self, dialog: ResearchExportDialog) -> None:
        research = self._services.research
        assert research is not None, "the action is enabled only with the research service"
        folder = dialog.folder()
        problem = new_folder_problem(folder) if dialog.folder_edit.text().strip() else None
        if not dialog.folder_edit.text().strip() or problem is not None:
            reason = problem.text() if problem else self.tr("give a new or empty folder")
            dialog.open()  # back to the dialog as she left it, to correct the folder
            self._tell(
                self.tr("Nothing was exported. Folder: {reason}.").format(reason=reason),
                over=dialog,
            )
            self._focus_after(dialog.folder_edit)
            return
        pseudonymise = dialog.pseudonymise_box.isChecked()
        mrns = [dialog.mrn] if dialog.this_patient.isChecked() else None
        today = self._services.today()
        self._runner.submit(
            lambda: _run(research, mrns, folder, pseudonymise, today),
            on_done=self._done,
            on_error=self._failed,
            write=True,
        )

    def _done(self, written: WrittenExport) -> None:
        count = written.patients
        heading = (
            self.tr("Wrote the research tables of %n patient(s) (pseudonymised) to {folder}:",
                    "", count)
            if written.pseudonymised
            else self.tr("Wrote the research tables of %n patient(s) (identified) to {folder}:",
                         "", count)
        ).format(folder=written.folder)  # fmt: skip
        footer = (
            self.tr(
                "See README.txt in the folder for how to build a REDCap project from it. "
                "Pseudonymised data are still personal data, not anonymous."
            )
            if written.pseudonymised
            else self.tr("See README.txt in the folder for how to build a REDCap project from it.")
        )
        for line in written.removed_lines():  # temporary folders of killed exports beside it
            footer += f"\n{line[0].upper()}{line[1:]}."
        self.report = TransferReportDialog(title(), heading, written.lines(), footer=footer,
                                           parent=self._parent)
        self.report.open()
        self.finished.emit(
            self.tr("Exported the research tables of %n patient(s) to {folder}", "", count).format(
                folder=written.folder
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.finished.emit("")
        if isinstance(error, ResearchFolderError):
            self._tell(self.tr("Nothing was exported. Folder: {reason}.").format(reason=error))
        elif isinstance(error, OSError):
            self._tell(
                self.tr("Nothing was exported: the folder cannot be written ({reason}).").format(
                    reason=os_reason(error)
                )
            )
        else:
            self._show_error(error)

    def _tell(self, text: str, over: QWidget | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title(), text, QMessageBox.StandardButton.Ok,
                          over or self._parent)
        self.problem = box
        box.open()

    def _focus_after(self, field: QLineEdit) -> None:
        """Once the message is read, the cursor goes to the field to correct."""
        if self.problem is not None:
            self.problem.finished.connect(lambda _result: field.setFocus())


def _run(
    research: ResearchCsv, mrns: Sequence[str] | None, folder: Path, pseudonymise: bool,
    today: date,
) -> WrittenExport:
    def write(
        charts: Sequence[PatientChart], settings: ClinicSettings, record: Callable[[], None]
    ) -> WrittenExport:
        return write_research_csv(charts, settings, folder, pseudonymise=pseudonymise,
                                  made_on=today, before_publish=record)

    return research.export_csv(mrns, pseudonymised=pseudonymise, to=folder.name, write=write)
