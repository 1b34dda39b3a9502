"""Tools → Clinic outcomes…: the question (regimen, disease, as of, window), Compute on the task
runner with a busy bar, then the report's tables and charts, the disclaimer always in view, and
the report written as PDF or CSV (file checked first, written privately to a temporary file,
recorded in the audit trail, then renamed into place: no file appears unrecorded; the window
says where it went).

A window of its own beside the main window (never changing the main window's minimum size); its
exports write exactly the report shown, and only while the fields still ask its question: once a
field changes, the results are marked as the previous question's and Export is off until Compute
(or the fields are set back); a refused or failed Compute clears them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.outcomes.outcomes_types import OutcomesReport
from calcitrack.domain.outcomes.outcomes_words import disclaimer, disease_text
from calcitrack.output_paths import file_problem, os_reason
from calcitrack.ui.common.replace_question import confirm_with_dialog
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.outcomes.outcomes_query_form import OutcomesQueryForm
from calcitrack.ui.outcomes.outcomes_results import ChartImages, OutcomesResults, render_charts
from calcitrack.ui.outcomes.outcomes_source import OutcomesTools, ReportWriter

TITLE = str(QT_TRANSLATE_NOOP("OutcomesDialog", "Clinic outcomes"))
"""The window's title, in English (shown translated)."""
KINDS = {
    "outcomes-pdf": ("PDF", ".pdf", str(QT_TRANSLATE_NOOP("OutcomesDialog", "PDF files (*.pdf)"))),
    "outcomes-csv": ("CSV", ".csv", str(QT_TRANSLATE_NOOP("OutcomesDialog", "CSV files (*.csv)"))),
}
"""Per export: its format's name, the file's suffix, the file dialog's filter (in English, shown
translated)."""
FIELD_NAMES = {
    "regimen": str(QT_TRANSLATE_NOOP("OutcomesDialog", "Regimen")),
    "disease": str(QT_TRANSLATE_NOOP("OutcomesDialog", "Underlying disease")),
    "as_of": str(QT_TRANSLATE_NOOP("OutcomesDialog", "As of")),
    "window_days": str(QT_TRANSLATE_NOOP("OutcomesDialog", "Window")),
}
"""The question's fields by the names a refusal gives (in English, shown translated)."""


class OutcomesDialog(QDialog):
    def __init__(
        self, tools: OutcomesTools, runner: Runner, *, may_export: bool,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr(TITLE))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._tools = tools
        self._runner = runner
        self._may_export = may_export
        self.report: OutcomesReport | None = None
        self.folder = Path.home()

        self.disclaimer = QLabel(f"<b>{disclaimer()}</b>")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet("color: #7F3F00;")
        self.form = OutcomesQueryForm(tools.source.regimen_choices(), tools.today())
        self.form.compute_button.clicked.connect(self.compute)
        self.form.changed.connect(self._question_changed)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = OutcomesResults()
        self.stale_note = QLabel()
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet("color: #7F3F00;")
        self.stale_note.hide()
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.csv_button = QPushButton(self.tr("Export C&SV…"))
        self.close_button = QPushButton(self.tr("C&lose"))
        self.pdf_button.clicked.connect(lambda: self.export("outcomes-pdf"))
        self.csv_button.clicked.connect(lambda: self.export("outcomes-csv"))
        self.close_button.clicked.connect(self.close)
        self.pdf_button.setToolTip(
            self.tr("Write this report as a PDF (needs the right to export)")
        )
        self.csv_button.setToolTip(
            self.tr("Write this report's numbers as CSV (needs the right to export)")
        )
        for button in (self.pdf_button, self.csv_button, self.close_button):
            button.setAutoDefault(False)
        self._enable_exports()

        status = QHBoxLayout()
        status.addWidget(self.busy)
        status.addWidget(self.message, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.disclaimer)
        layout.addWidget(self.form)
        layout.addLayout(status)
        layout.addWidget(self.stale_note)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.compute)
        self.setMinimumSize(560, 420)
        self.resize(860, 760)

    # -- compute -------------------------------------------------------------------------------

    def compute(self) -> None:
        query = self.form.query()
        if not query.regimen:
            self._clear_results()
            self._show(self.tr("Regimen: tick one or more drugs."), error=True)
            next(iter(self.form.drug_boxes.values())).setFocus()
            return
        today = self._tools.today()
        if query.as_of > today:
            # a day to come would count the windows still ahead as over
            self._clear_results()
            self._show(
                self.tr(
                    "Nothing was computed. As of: after today ({today}); the records can only be "
                    "read up to today."
                ).format(today=shown_date(today)),
                error=True,
            )
            self.form.as_of_edit.setFocus()
            return
        self.form.compute_button.setEnabled(False)
        self.busy.show()
        self._show(self.tr("Computing the outcomes…"))
        source = self._tools.source
        ratio = self.devicePixelRatioF()

        def work() -> tuple[OutcomesReport, ChartImages]:
            report = source.report(query)
            return report, render_charts(report, ratio)

        self._runner.submit(work, on_done=self._computed, on_error=self._failed, key="outcomes")

    def _computed(self, result: tuple[OutcomesReport, ChartImages]) -> None:
        report, images = result
        self._idle()
        self.report = report
        self.results.show_report(report, images)
        self._question_changed()  # a field changed while computing: marked at once
        self._show(
            self.tr(
                "%n patient(s) started {regimen} ({disease}, records up to {as_of}).", "", report.n
            ).format(
                regimen=report.regimen_label,
                disease=disease_text(report),
                as_of=shown_date(report.query.as_of),
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self._clear_results()
        if isinstance(error, DomainValidationError):
            lines = [
                self.tr("{field}: {reason}").format(
                    field=self._field_name(p.field), reason=p.reason
                )
                for p in error.problems
            ]
            self._show(
                self.tr("Nothing was computed. {problems}.").format(
                    problems=self.tr("; ").join(lines)
                ),
                error=True,
            )
            self._focus(error.problems[0].field)
        elif isinstance(error, PermissionError):
            self._show(self.tr("Nothing was computed: {reason}").format(reason=error), error=True)
        else:
            self._show(
                self.tr("The outcomes could not be computed: {reason}").format(reason=error),
                error=True,
            )

    def _field_name(self, field: str) -> str:
        """A field of the question by its name on the window (unknown ones as the service said)."""
        name = FIELD_NAMES.get(field)
        return self.tr(name) if name is not None else field

    def _focus(self, field: str) -> None:
        widgets: dict[str, QWidget] = {
            "disease": self.form.disease_combo,
            "as_of": self.form.as_of_edit,
            "window_days": self.form.window_spin,
        }
        if field == "regimen" and self.form.drug_boxes:
            next(iter(self.form.drug_boxes.values())).setFocus()
        elif field in widgets:
            widgets[field].setFocus()

    def _clear_results(self) -> None:
        """No results: the question on screen was refused, or could not be answered."""
        self.report = None
        self.results.reset()
        self._question_changed()

    def _stale(self) -> bool:
        return self.report is not None and self.form.query() != self.report.query

    def _question_changed(self) -> None:
        """The results shown answer the fields' question, or are marked as the previous one's
        with Export off."""
        report = self.report
        if report is not None and self._stale():
            self.stale_note.setText(
                self.tr(
                    "These results answer the previous question ({regimen}, {disease}, records "
                    "up to {as_of}, window ±{days} days): press Compute for the question above. "
                    "Export is off until then."
                ).format(
                    regimen=report.regimen_label,
                    disease=disease_text(report),
                    as_of=shown_date(report.query.as_of),
                    days=report.query.window_days,
                )
            )
            self.stale_note.show()
        else:
            self.stale_note.hide()
        self._enable_exports()

    def _idle(self) -> None:
        self.busy.hide()
        self.form.compute_button.setEnabled(True)

    # -- export --------------------------------------------------------------------------------

    def _writer(self, what: str) -> ReportWriter | None:
        return self._tools.write_pdf if what == "outcomes-pdf" else self._tools.write_csv

    def _enable_exports(self) -> None:
        ready = self.report is not None and self._may_export and not self._stale()
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready and self._tools.write_csv is not None)

    def suggested_name(self, what: str) -> str:
        report = self.report
        assert report is not None
        regimen = "+".join(report.query.regimen) or "regimen"
        disease = report.query.disease or "all"
        return f"outcomes-{regimen}-{disease}-{report.query.as_of.isoformat()}{KINDS[what][1]}"

    def choose_file(self, suggested: str, file_filter: str) -> str:
        """Ask where to write; "" when cancelled. (Tests replace this.)"""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr(TITLE), suggested, self.tr(file_filter),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked by confirm_replace
        )  # fmt: skip
        return path

    def confirm_replace(self, path: Path) -> bool:
        """Ask before replacing an existing file. (Tests replace this.)"""
        return confirm_with_dialog(self, path)

    def export(self, what: str) -> None:
        report, writer = self.report, self._writer(what)
        if report is None or writer is None or self._stale():
            return
        kind, suffix, file_filter = KINDS[what]
        chosen = self.choose_file(str(self.folder / self.suggested_name(what)), file_filter)
        if not chosen:
            self._show(self.tr("No file chosen: the {kind} was not written.").format(kind=kind))
            return
        path = Path(chosen).expanduser()
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        problem = file_problem(path, f"outcomes{suffix}")
        if problem is not None:
            self._show(
                self.tr("The {kind} was not written: {problem}.").format(
                    kind=kind, problem=problem.text()
                ),
                error=True,
            )
            return
        if path.exists() and not self.confirm_replace(path):
            return
        self.folder = path.parent
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.busy.show()
        self._show(self.tr("Writing the {kind} to {path}…").format(kind=kind, path=path))
        source = self._tools.source
        recorded: list[bool] = []
        cannot = self.tr("cannot write it ({reason})")  # here: the work runs on another thread

        def record() -> None:  # the file is whole on disk, not yet in place
            source.record_export(report, what=what, to=path.name)
            recorded.append(True)

        def work() -> None:
            try:
                writer(report, path, before_publish=record)
            except OSError as exc:
                raise OSError(cannot.format(reason=os_reason(exc))) from None

        self._runner.submit(
            work,
            on_done=lambda _none: self._exported(kind, path),
            on_error=lambda error: self._export_failed(kind, path, error, bool(recorded)),
            write=True,
        )

    def _exported(self, kind: str, path: Path) -> None:
        self.busy.hide()
        self._enable_exports()
        self._show(self.tr("The {kind} was written to {path}").format(kind=kind, path=path))

    def _export_failed(self, kind: str, path: Path, error: BaseException, recorded: bool) -> None:
        self.busy.hide()
        self._enable_exports()
        text = (
            # the rename failed after the entry: the trail shows an attempt
            self.tr(
                "The {kind} was not written to {path}: {reason} (the attempt is recorded in the "
                "audit trail)"
            )
            if recorded
            else self.tr("The {kind} was not written to {path}: {reason}")
        )
        self._show(text.format(kind=kind, path=path, reason=error), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "")
        self.message.setText(text)
