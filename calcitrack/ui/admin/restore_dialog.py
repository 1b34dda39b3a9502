"""Tools → Restore…: an admin chooses a backup, reads its manifest (when, from where, what it
holds, its check), confirms that the clinic's whole database is replaced (after a backup of it),
and the window then closes: CalciTrack must be started again on the restored clinic."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RestorePlan(Protocol):
    """services.backups.restore_service.RestorePlan, as the dialog shows it."""

    @property
    def target(self) -> str: ...

    def describe_backup(self) -> str: ...


Planner = Callable[[Path], RestorePlan]
"""Reads a backup's manifest and looks at the target; raises with a message for people."""

class RestoreDialog(QDialog):
    restore_confirmed = Signal(object)
    """The RestorePlan the admin confirmed."""

    def __init__(self, planner: Planner, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore the clinic's database"))
        self.resize(620, 420)
        self._planner = planner
        self._start_folder = start_folder
        self.plan: RestorePlan | None = None

        self.path_edit = QLineEdit(readOnly=True)
        self.path_edit.setAccessibleName(self.tr("Backup file"))
        self.path_edit.setPlaceholderText(
            self.tr("Choose a backup CalciTrack made (with its manifest)")
        )
        self.browse_button = QPushButton(self.tr("&Choose backup…"))
        self.browse_button.clicked.connect(self.browse)
        self.manifest_view = QPlainTextEdit(readOnly=True)
        self.manifest_view.setAccessibleName(self.tr("What the backup holds"))
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.hide()
        self.confirm_check = QCheckBox(
            self.tr(
                "Re&place the whole clinic database with this backup. Everything entered since "
                "the backup was made is replaced (a backup of the database as it is now is made "
                "first)."
            )
        )
        self.confirm_check.setEnabled(False)
        self.confirm_check.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore and close CalciTrack"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_restore)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backup to restore:")))
        layout.addLayout(row)
        layout.addWidget(self.manifest_view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.buttons)

    def choose_file(self) -> str:
        """The backup chosen ("" when cancelled); tests replace this."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self._start_folder),
            self.tr("CalciTrack backups (*.sqlite3 *.dump *.backup);;All files (*)"),
        )
        return chosen

    def browse(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.confirm_check.setChecked(False)
        try:
            self.plan = self._planner(path)
        except Exception as error:  # a message for people: the backup cannot be restored
            self.plan = None
            self.manifest_view.clear()
            self.error_label.setText(str(error))
            self.error_label.show()
        else:
            self.error_label.hide()
            self.manifest_view.setPlainText(
                self.plan.describe_backup()
                + "\n\n"
                + self.tr("Restore into: {target}").format(target=self.plan.target)
            )
        self.confirm_check.setEnabled(self.plan is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.plan is not None and self.confirm_check.isChecked())

    def _on_restore(self) -> None:
        if self.plan is not None and self.confirm_check.isChecked():
            self.restore_confirmed.emit(self.plan)
            self.accept()
