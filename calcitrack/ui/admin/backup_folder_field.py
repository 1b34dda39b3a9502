"""The "Backup folder" field of the clinic settings' automatic-backups section: a path typed or
chosen with "Choose…", empty for the default (each workstation's own data folder, shown with its
path on this workstation).

Text that is not an absolute path is refused (marked in red, with the reason); a folder this
workstation cannot reach or write is only warned about (in amber): another workstation may see a
network path this one does not. Nothing is saved here: the dialog reads ``text()`` on Save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic_text_settings import BACKUP_FOLDER, check_text_setting, tidy
from calcitrack.services.backups.backup_folder_reach import elsewhere_note, reach_warning
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.left_to_right import left_to_right

LABEL = str(QT_TRANSLATE_NOOP("BackupFolderField", "Backup folder"))
"""The field's name in English (shown translated: ``label``)."""
STYLE = ('QLineEdit[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; '
         "background-color: #fdecea; }")
FolderChooser = Callable[[QWidget, str], str]
"""Asks for a folder (parent, folder to start in); "" when the admin cancels."""


def label() -> str:
    """The field's name as the admin reads it."""
    return QCoreApplication.translate("BackupFolderField", LABEL)


def choose_folder(parent: QWidget, start: str) -> str:
    """The folder dialog (never opened by the tests, which inject their own chooser)."""
    title = QCoreApplication.translate("BackupFolderField", "Choose the clinic's backup folder")
    return QFileDialog.getExistingDirectory(parent, title, start)


def default_text(default: Path | None) -> str:
    if default is None:
        return QCoreApplication.translate(
            "BackupFolderField", "Empty: each workstation's own data folder"
        )
    return QCoreApplication.translate(
        "BackupFolderField", "Empty: each workstation's own data folder: {folder}"
    ).format(folder=left_to_right(default))


class BackupFolderField(QWidget):
    """The folder as typed, the Choose… button, the default, and a warning or refusal."""

    edited = Signal()
    focused = Signal()
    """The folder's text got the focus (by Alt+F, a click, Tab): the dialog scrolls to it."""

    def __init__(
        self, stored: str, default: Path | None, chooser: FolderChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self._default = default
        self._chooser = chooser or choose_folder
        self._warned: str | None = None
        self.edit = QLineEdit(stored)
        self.edit.setObjectName("backup_folder")
        self.edit.setPlaceholderText(
            self.tr("default: {folder}").format(folder=left_to_right(default))
            if default is not None
            else self.tr("default: this workstation's folder")
        )
        self.edit.setAccessibleName(label())
        self.edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.setToolTip(self.tr("Choose the folder for the automatic backups"))
        self.default_note = QLabel(default_text(default), wordWrap=True)
        self.default_note.setStyleSheet("color: #5f6368;")
        self.default_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLabel(wordWrap=True)
        self.reason.setObjectName("reason")
        self.reason.setVisible(False)
        self.warning_label = QLabel(wordWrap=True)
        self.warning_label.setObjectName("folder_warning")
        self.warning_label.setVisible(False)
        self.warning_label.setStyleSheet("color: #6b4a00; background: #fff4d6; padding: 2px;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.default_note)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.editingFinished.connect(self.check)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.check()

    def text(self) -> str:
        return tidy(self.edit.text())

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.check()

    def problem(self) -> str | None:
        """Why the text is refused (not an absolute path…), or None."""
        problems = check_text_setting(BACKUP_FOLDER, self.text())
        return problems[0].reason if problems else None

    def warning(self) -> str | None:
        """Why this workstation could not back up into the folder typed, or None (also for the
        default, which CalciTrack makes itself)."""
        text = self.text()
        if not text or self.problem() is not None:
            return None
        reason = reach_warning(Path(text))
        if reason is None:
            return None
        return self.tr("{folder} {reason}.").format(folder=left_to_right(text), reason=reason)

    def warn_once(self) -> str | None:
        """On Save: the warning for the folder as the message to show, the first time only (the
        next Save keeps the folder: warned about, not refused, since another workstation may
        reach it)."""
        self.check()
        warning = self.warning()
        if warning is None or warning == self._warned:
            return None
        self._warned = warning
        return self.tr("{field}: {warning} {elsewhere}").format(
            field=label(), warning=warning, elsewhere=elsewhere_note()
        )

    def check(self) -> None:
        """Say at once what is wrong with the text (red) or the folder (amber)."""
        problem = self.problem()
        if problem is not None:
            self.mark(problem)
        else:
            self.clear_mark()
        warning = self.warning()
        shown = self.tr("⚠ {warning}").format(warning=warning) if warning else ""
        self.warning_label.setText(shown)
        self.warning_label.setVisible(warning is not None)
        self.default_note.setText(
            self.tr("{default} (in use)").format(default=default_text(self._default))
            if not self.text()
            else default_text(self._default)
        )

    def mark(self, reason: str) -> None:
        field_marks.mark(self.edit, reason)
        self.reason.setText(reason[:1].upper() + reason[1:])
        self.reason.show()

    def clear_mark(self) -> None:
        field_marks.clear(self.edit)
        self.reason.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        return super().eventFilter(watched, event)

    def _on_text_changed(self) -> None:
        if field_marks.is_marked(self.edit) and self.problem() is None:
            self.clear_mark()
        self.edited.emit()

    def _on_choose_clicked(self) -> None:
        start = self.text() or (str(self._default) if self._default else str(Path.home()))
        chosen = self._chooser(self, start)
        if chosen:
            self.set_text(chosen)
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
