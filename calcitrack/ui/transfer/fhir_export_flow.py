"""File → Export FHIR R4…: the open patient or every patient as one FHIR R4 Bundle, as
``calcitrack export --format fhir`` writes it — validated before a byte is written, private
(0600) and atomic, one audit entry per patient once written — with each visit's summary PDF
inside when asked. The file is checked before anything is read or recorded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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

from calcitrack.domain.entities import PatientChart
from calcitrack.output_paths import file_problem, os_reason
from calcitrack.ui.common.replace_question import ConfirmReplace, confirm_with_dialog
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.transfer.transfer_sources import TransferServices

TITLE = str(QT_TRANSLATE_NOOP("FhirExportFlow", "Export FHIR R4"))
"""The windows' title in English (shown translated: ``title()``)."""


def title() -> str:
    return QCoreApplication.translate("FhirExportFlow", TITLE)


class FhirExportDialog(QDialog):
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
        self.summaries = QCheckBox(self.tr("Include visit &summaries (PDF)"))
        self.summaries.setToolTip(
            self.tr(
                "Each visit's PDF summary goes into the Bundle as a DocumentReference "
                "(slower, and a larger file)"
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.this_patient)
        form.addRow(self.all_patients)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(self.summaries)
        note = QLabel(
            self.tr(
                "A FHIR R4 Bundle (type collection) with each patient's conditions, visits, "
                "observations, lesions, medications, procedures and imaging reports, coded with "
                "SNOMED CT, LOINC, UCUM, ATC and ICD-10 where CalciTrack holds a verified code."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(600, self.sizeHint().height())

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, title(), self.path_edit.text(), self.tr("FHIR JSON") + " (*.json)"
        )
        if chosen:
            self.path_edit.setText(chosen)


class _Relay(QObject):
    progressed = Signal(int, int, str)


class FhirExportFlow(QObject):
    finished = Signal(str)
    """A sentence for the status bar ("" when nothing was written)."""
    started = Signal(str)
    progressed = Signal(int, int, str)
    """(patients written, of patients, a sentence for the busy label), from the export's
    thread, relayed to the window's."""

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
        self.dialog: FhirExportDialog | None = None
        self.problem: QMessageBox | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)

    def start(self) -> None:
        stamp = self._services.today().strftime("%Y%m%d")
        dialog = FhirExportDialog(
            self._open_chart(), Path.home() / f"calcitrack-fhir-{stamp}.json", self._parent
        )
        dialog.accepted.connect(lambda: self._export(dialog))
        self.dialog = dialog
        dialog.open()

    def _export(self, dialog: FhirExportDialog) -> None:
        fhir = self._services.fhir
        assert fhir is not None  # the action is enabled only with the service
        path = dialog.path()
        problem = file_problem(path, "bundle.json")
        if problem is not None:  # back to the dialog as she left it, to correct the file
            dialog.open()
            self._tell(
                self.tr("Nothing was exported: {reason}.").format(reason=problem.text()),
                over=dialog,
            )
            if self.problem is not None:
                self.problem.finished.connect(lambda _result: dialog.path_edit.setFocus())
            return
        if path.exists() and not self.confirm_replace(self._parent, path):
            dialog.open()  # kept: back to the dialog as she left it, to give another name
            dialog.path_edit.setFocus()
            return
        with_summaries = dialog.summaries.isChecked()
        writer = self._services.fhir_writer(with_summaries)
        one = [dialog.mrn] if dialog.this_patient.isChecked() else None

        relay = self._relay
        doing = self.tr("FHIR export: {done} of {total} patients")

        def progress(done: int, total: int) -> None:
            relay.progressed.emit(done, total, doing.format(done=done, total=total))

        def write(charts: Sequence[PatientChart], record: Callable[[], None]) -> None:
            writer.write(charts, path, progress, before_publish=record)

        def work() -> int:
            mrns = one if one is not None else fhir.all_mrns()
            return fhir.export(mrns, write, to=path.name, with_summaries=with_summaries)

        self.started.emit(self.tr("Exporting a FHIR R4 Bundle to {file}…").format(file=path.name))
        self._runner.submit(
            work,
            on_done=lambda n: self.finished.emit(
                self.tr("Exported %n patient(s) as a FHIR R4 Bundle to {file}", "", n).format(
                    file=path
                )
            ),
            on_error=lambda error: self._failed(error, path),
            write=True,
        )

    def _failed(self, error: BaseException, path: Path) -> None:
        # loaded by the export itself: fhir.resources is not imported when the window starts
        from calcitrack.reports.exports.fhir_writer import FhirBundleError

        self.finished.emit("")
        if isinstance(error, FhirBundleError):
            text = str(error)
            self._tell(f"{text[:1].upper()}{text[1:]}.")
        elif isinstance(error, OSError):
            self._tell(
                self.tr("Nothing was exported: {file}: cannot write it ({reason}).").format(
                    file=path, reason=os_reason(error)
                )
            )
        else:
            self._show_error(error)

    def _tell(self, text: str, over: QWidget | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title(), text, QMessageBox.StandardButton.Ok,
                          over or self._parent)  # fmt: skip
        self.problem = box
        box.open()
