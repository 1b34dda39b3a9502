"""File → Clinic-day summaries…: a PDF visit summary for every patient seen on a day, written
into a folder as ``calcitrack report --date D --out-dir DIR`` writes them (``<MRN>_<date>.pdf``),
in the language chosen in the dialog (the window's by default: ``--language``), on the task
runner with progress. A patient whose summary fails is listed with the reason and
the batch goes on; the report lists every failure and every file written.

The command line builds them in worker processes; the window builds them one after the other on
one worker thread (``reports.exports.summary_batch.build_summary`` in both), so the window stays
responsive and the clinic's database is opened once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.i18n.catalogue import current_language
from calcitrack.i18n.languages import Language, offered
from calcitrack.output_paths import folder_problem
from calcitrack.reports.exports.summary_batch import (
    SummaryOutcome,
    build_summary,
    clinic_day_jobs,
)
from calcitrack.ui.common.iso_date_edit import IsoDateEdit
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.transfer.transfer_report_dialog import TransferReportDialog
from calcitrack.ui.transfer.transfer_sources import TransferServices

TITLE = str(QT_TRANSLATE_NOOP("ClinicDayFlow", "Clinic-day summaries"))
"""The windows' title in English (shown translated: ``title()``)."""


def title() -> str:
    return QCoreApplication.translate("ClinicDayFlow", TITLE)


class ClinicDayDialog(QDialog):
    def __init__(self, day: date, folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title())
        self.date_edit = IsoDateEdit(day, self.tr("Clinic day"))
        self.folder_edit = QLineEdit(str(folder))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Clinic &day:"), self.date_edit)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("summaryLanguageCombo")
        for language in Language:
            if language in offered():
                self.language_combo.addItem(language.native_name, language.code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(current_language().code))
        )
        form.addRow(self.tr("&Language of the summaries:"), self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write the summaries"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def day(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def language(self) -> Language:
        """The language the summaries are written in."""
        return Language(self.language_combo.currentData())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, title(), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)


class _Relay(QObject):
    progressed = Signal(int, int, str)


class ClinicDayFlow(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(str)

    def __init__(
        self,
        services: TransferServices,
        runner: Runner,
        parent: QWidget,
        show_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._summaries = services.summaries
        self._runner = runner
        self._parent = parent
        self._show_error = show_error
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)
        self.dialog: ClinicDayDialog | None = None
        self.report: TransferReportDialog | None = None
        self.problem: QMessageBox | None = None
        self.busy = False

    def start(self) -> None:
        if self.busy:
            return
        dialog = ClinicDayDialog(self._services.today(), Path.home() / "summaries", self._parent)
        dialog.accepted.connect(
            lambda: self._write(dialog.day(), dialog.folder(), dialog, dialog.language())
        )
        self.dialog = dialog
        dialog.open()

    def _write(
        self, day: date, folder: Path, dialog: ClinicDayDialog, language: Language | None = None
    ) -> None:
        problem = folder_problem(folder)
        if problem is not None:
            dialog.open()  # back to the dialog as she left it, to correct the folder
            self._tell(
                self.tr("No summaries were written: {reason}.").format(reason=problem.text()),
                over=dialog,
            )
            box, field = self.problem, dialog.folder_edit
            if box is not None:
                box.finished.connect(lambda _result: field.setFocus())
            return
        self.busy = True
        visits, writer, relay = self._services.visits, self._summaries, self._relay
        doing = self.tr("Summaries: {done} of {total}")

        def work() -> list[SummaryOutcome]:
            jobs = clinic_day_jobs(visits.mrns_with_visit_on(day), day, folder, language)
            outcomes = []
            for done, job in enumerate(jobs):
                relay.progressed.emit(
                    done, len(jobs), doing.format(done=done, total=len(jobs))
                )
                outcomes.append(build_summary(writer, job))
            return outcomes

        self._runner.submit(
            work,
            on_done=lambda outcomes: self._done(day, folder, outcomes),
            on_error=self._failed,
        )

    def _done(self, day: date, folder: Path, outcomes: list[SummaryOutcome]) -> None:
        self.busy = False
        if not outcomes:
            self.finished.emit(
                self.tr("No visits on {day}: no summaries written").format(day=shown_date(day))
            )
            self._tell(
                self.tr("No visits on {day}: no summaries written.").format(day=shown_date(day)),
                QMessageBox.Icon.Information,
            )
            return
        failed = [o for o in outcomes if o.error is not None]
        heading = (
            self.tr(
                "{written} of {count} summaries for {day} written to {folder}; {failed} failed:"
            )
            if failed
            else self.tr("{written} of {count} summaries for {day} written to {folder}.")
        ).format(
            written=len(outcomes) - len(failed), count=len(outcomes), day=shown_date(day),
            folder=folder, failed=len(failed),
        )  # fmt: skip
        lines = [
            self.tr("FAILED {mrn}: {reason}").format(mrn=o.job.mrn, reason=o.error)
            for o in failed
        ]
        lines += [
            self.tr("wrote {file}").format(file=o.job.path.name)
            for o in outcomes
            if o.error is None
        ]
        self.report = TransferReportDialog(title(), heading, lines, parent=self._parent)
        self.report.open()
        self.finished.emit(heading.rstrip(":."))

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.finished.emit("")
        self._show_error(error)

    def _tell(
        self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
        over: QWidget | None = None,
    ) -> None:
        box = QMessageBox(icon, title(), text, QMessageBox.StandardButton.Ok, over or self._parent)
        self.problem = box
        box.open()
