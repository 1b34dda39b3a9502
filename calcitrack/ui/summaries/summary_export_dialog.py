"""Export a visit summary as PDF: which visit, where to save it, open it when written.

Keyboard-first: the visit list has the focus, Alt+S goes to the file, Enter exports (also from the
file field: Browse… is not an "auto default" button, so Enter never opens the file chooser). The
file name follows the chosen visit until the user edits it. Problems (no file name, a missing
folder, a folder given as the file) are shown in the dialog, naming the field; an existing file is
replaced only when the user says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.reports.exports.summary_writer import summary_file_name
from calcitrack.ui.common.replace_question import ConfirmReplace, confirm_with_dialog
from calcitrack.ui.common.window_locale import shown_date

ChooseFile = Callable[[QWidget, str], str]
"""(parent, suggested path) → the chosen path, or "" when cancelled."""


def choose_with_dialog(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SummaryExportDialog", "Save visit summary"),
        suggested,
        QCoreApplication.translate("SummaryExportDialog", "PDF documents (*.pdf)"),
    )
    return path


class SummaryExportDialog(QDialog):
    def __init__(
        self,
        mrn: str,
        visit_dates: Sequence[date],
        *,
        selected: date,
        folder: Path,
        open_when_done: bool,
        photographs: bool = False,
        choose_file: ChooseFile = choose_with_dialog,
        confirm_replace: ConfirmReplace = confirm_with_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export visit summary — {mrn}").format(mrn=mrn))
        self._mrn = mrn
        self._folder = folder
        self._choose_file = choose_file
        self._confirm_replace = confirm_replace
        self._path_edited = False

        self.visit_combo = QComboBox()
        days = sorted(set(visit_dates), reverse=True)
        for day in days:
            shown = (
                self.tr("{date} (latest)").format(date=shown_date(day))
                if day == days[0]
                else shown_date(day)
            )
            self.visit_combo.addItem(shown, day.isoformat())
        self.visit_combo.setCurrentIndex(max(0, self.visit_combo.findData(selected.isoformat())))
        self.path_edit = QLineEdit(str(folder / summary_file_name(mrn, self.visit())))
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.path_label = QLabel(self.tr("&Save to:"))
        self.path_label.setBuddy(self.path_edit)  # a form row of two widgets gets no buddy
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)  # Enter in the file field exports
        self.browse_button.clicked.connect(self.browse)
        self.open_check = QCheckBox(self.tr("&Open the PDF when it is written"))
        self.open_check.setChecked(open_when_done)
        self.photos_check = QCheckBox(
            self.tr("&Include each lesion's baseline and current photograph")
        )
        self.photos_check.setChecked(photographs)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Visit:"), self.visit_combo)
        form.addRow(self.path_label, path_row)
        form.addRow("", self.photos_check)
        form.addRow("", self.open_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.visit_combo.currentIndexChanged.connect(self._on_visit_changed)
        self.visit_combo.setFocus()
        self.resize(560, self.sizeHint().height())

    # -- what was chosen ---------------------------------------------------------------------

    def visit(self) -> date:
        return date.fromisoformat(self.visit_combo.currentData())

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def open_when_done(self) -> bool:
        return self.open_check.isChecked()

    def photographs(self) -> bool:
        return self.photos_check.isChecked()

    # -- behaviour ---------------------------------------------------------------------------

    def browse(self) -> None:
        chosen = self._choose_file(self, self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)
            self._path_edited = True

    def problem(self) -> str | None:
        """Why the chosen file cannot be written, naming the field; None when it can."""
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Save to: give a file name for the PDF")
        typed = Path(text).expanduser()
        if typed.is_dir():
            return self.tr(
                "Save to: {path} is a folder; add a file name such as summary.pdf"
            ).format(path=typed)
        path = self.path()
        if path.is_dir():
            return self.tr("Save to: {path} is a folder; give another file name").format(path=path)
        if not path.parent.is_dir():
            return self.tr("Save to: the folder {folder} does not exist").format(
                folder=path.parent
            )
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.problem_label.setText(problem)
            self.problem_label.show()
            self.path_edit.setFocus()
            return
        if self.path().exists() and not self._confirm_replace(self, self.path()):
            self.path_edit.setFocus()
            return
        super().accept()

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True
        self.problem_label.hide()

    def _on_visit_changed(self, _index: int) -> None:
        if not self._path_edited:
            folder = self.path().parent if self.path_edit.text().strip() else self._folder
            self.path_edit.setText(str(folder / summary_file_name(self._mrn, self.visit())))
