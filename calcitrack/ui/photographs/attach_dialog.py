"""Attaching photographs to a lesion: files chosen with the file dialog or dropped onto the
dialog, each listed with its name and size (a refused one with the reason, never attached), the
lesion and an optional caption. Enter attaches the accepted files through ``attach``; a refusal
is said over the dialog naming the field, which gets the cursor back, and what was attached
before it leaves the list."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.ui.photographs.attach_files import (
    FILE_FILTER,
    Check,
    FileCandidate,
    read_candidate,
)

Attach = Callable[[str, bytes, "str | None"], object]
"""Attach these image bytes to the lesion with this label, with this caption (or None)."""
ChooseFiles = Callable[[QWidget], list[str]]

_REFUSED = QColor(198, 40, 40)
_FIELD_NAMES = {
    "caption": str(QT_TRANSLATE_NOOP("AttachPhotographsDialog", "Caption")),
    "lesion": str(QT_TRANSLATE_NOOP("AttachPhotographsDialog", "Lesion")),
    "lesion_label": str(QT_TRANSLATE_NOOP("AttachPhotographsDialog", "Lesion")),
}
"""The fields a refusal may name, in English (shown translated); any other is the file."""
_FILE = str(QT_TRANSLATE_NOOP("AttachPhotographsDialog", "File"))


def choose_with_dialog(parent: QWidget) -> list[str]:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("AttachPhotographsDialog", "Photographs to attach"),
        found or str(Path.home()),
        QCoreApplication.translate("AttachFiles", FILE_FILTER),
    )
    return chosen


class AttachPhotographsDialog(QDialog):
    photographs_attached = Signal(int)
    """How many photographs one press of Attach attached (the chart needs reloading)."""

    def __init__(
        self,
        lesion_labels: Sequence[str],
        attach: Attach,
        check: Check,
        max_bytes: int,
        *,
        lesion_label: str | None = None,
        visit_text: str = "",
        visits: Sequence[str] = (),
        choose_files: ChooseFiles = choose_with_dialog,
        parent: QWidget | None = None,
    ) -> None:
        """``lesion_labels``: the patient's active lesions; ``lesion_label`` the one chosen at
        first; ``visit_text`` the visit the photographs belong to, in words, or ``visits`` the
        visits to choose from (in words, the first chosen at first: ``visit_index``)."""
        super().__init__(parent)
        self._attach = attach
        self._check = check
        self._max_bytes = max_bytes
        self._choose_files = choose_files
        self.candidates: list[FileCandidate] = []
        self.attached = 0
        self.setWindowTitle(self.tr("Attach photographs"))
        self.setAcceptDrops(True)

        self.file_list = QListWidget()
        self.file_list.setAccessibleName(self.tr("Files to attach"))
        self.file_list.setMinimumHeight(140)
        self.files_label = QLabel(self.tr("&Files (choose them or drop them here):"))
        self.files_label.setBuddy(self.file_list)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("&Remove file"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        remove_action = QAction(self.tr("&Remove file"), self.file_list)
        remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_current)
        self.file_list.addAction(remove_action)

        self.lesion_combo = QComboBox()
        self.lesion_combo.setAccessibleName(self.tr("Lesion"))
        self.lesion_combo.addItems(list(lesion_labels))
        if lesion_label is not None and lesion_label in lesion_labels:
            self.lesion_combo.setCurrentText(lesion_label)
        self.visit_combo = QComboBox()
        self.visit_combo.setAccessibleName(self.tr("Visit"))
        self.visit_combo.addItems(list(visits))
        self.caption_edit = QLineEdit()
        self.caption_edit.setAccessibleName(self.tr("Caption"))
        self.caption_edit.setPlaceholderText(self.tr("Optional, e.g. after debridement"))
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setStyleSheet("color: #c62828")
        self.message_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.attach_button = self.buttons.addButton(
            self.tr("A&ttach"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.attach_accepted)
        self.buttons.rejected.connect(self.reject)

        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        form = QFormLayout()
        if visits:
            form.addRow(self.tr("&Visit:"), self.visit_combo)
        form.addRow(self.tr("&Lesion:"), self.lesion_combo)
        form.addRow(self.tr("&Caption:"), self.caption_edit)
        layout = QVBoxLayout(self)
        if visit_text:
            taken = self.tr("Photographs taken at {visit}").format(visit=visit_text)
            layout.addWidget(QLabel(taken, wordWrap=True))
        layout.addWidget(self.message_label)
        layout.addWidget(self.files_label)
        layout.addWidget(self.file_list, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.attach_button.setDefault(True)  # (once in the dialog: Enter attaches)
        self.resize(560, 440)
        self._update_buttons()

    # ------------------------------------------------------------------------ files

    def visit_index(self) -> int:
        """Which of ``visits`` the photographs are attached at."""
        return max(0, self.visit_combo.currentIndex())

    def choose_files(self) -> None:
        self.add_files(self._choose_files(self))

    def add_files(self, paths: Iterable[str]) -> None:
        """List each of ``paths`` (once) with its size or the reason it is refused."""
        known = {c.path for c in self.candidates}
        for path in paths:
            candidate = read_candidate(path, self._max_bytes, self._check)
            if candidate.path in known:
                continue
            known.add(candidate.path)
            self.candidates.append(candidate)
            item = QListWidgetItem(candidate.describe())
            item.setToolTip(str(candidate.path))
            if not candidate.accepted:
                item.setForeground(_REFUSED)
            self.file_list.addItem(item)
        if self.file_list.count():
            self.file_list.setCurrentRow(self.file_list.count() - 1)
        self._update_buttons()

    def remove_current(self) -> None:
        row = self.file_list.currentRow()
        if row < 0:
            return
        self.file_list.takeItem(row)
        del self.candidates[row]
        self._update_buttons()

    def accepted_files(self) -> list[FileCandidate]:
        return [c for c in self.candidates if c.accepted]

    def _update_buttons(self) -> None:
        good = len(self.accepted_files())
        self.attach_button.setText(
            self.tr("A&ttach {count}").format(count=good) if good > 1 else self.tr("A&ttach")
        )
        self.attach_button.setEnabled(good > 0 and self.lesion_combo.count() > 0)
        self.remove_button.setEnabled(self.file_list.count() > 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # ------------------------------------------------------------------------ attaching

    def attach_accepted(self) -> None:
        """Attach the accepted files one by one; on a refusal, say it and stop (the files
        attached before it leave the list, the rest stay for another try)."""
        label = self.lesion_combo.currentText()
        caption = self.caption_edit.text().strip() or None
        if not label:
            self._say(
                self.tr("Lesion: choose the lesion the photographs show."), self.lesion_combo
            )
            return
        before = self.attached
        for candidate in self.accepted_files():
            assert candidate.data is not None
            try:
                self._attach(label, candidate.data, caption)
            except DomainValidationError as error:
                self._refused(candidate, error)
                break
            except (ConflictError, NotFoundError) as error:
                self._say(
                    self.tr("{file} was not attached: {reason}").format(
                        file=candidate.name, reason=error
                    ),
                    self.file_list,
                )
                break
            self.attached += 1
            self._drop(candidate)
        else:
            self.photographs_attached.emit(self.attached - before)
            self.accept()
            return
        if self.attached > before:
            self.photographs_attached.emit(self.attached - before)

    def _drop(self, candidate: FileCandidate) -> None:
        row = self.candidates.index(candidate)
        self.file_list.takeItem(row)
        del self.candidates[row]
        self._update_buttons()

    def _refused(self, candidate: FileCandidate, error: DomainValidationError) -> None:
        field = error.field.rsplit(".", 1)[-1]
        widget: QWidget = self.file_list
        if field == "caption":
            widget = self.caption_edit
        elif field in ("lesion", "lesion_label"):
            widget = self.lesion_combo
        else:
            self.file_list.setCurrentRow(self.candidates.index(candidate))
        name = self.tr(_FIELD_NAMES.get(field, _FILE))
        if self.attached:
            text = self.tr(
                "{field}: {reason} — {file} was not attached. ({count} attached before it.)"
            )
        else:
            text = self.tr("{field}: {reason} — {file} was not attached.")
        self._say(
            text.format(
                field=name, reason=error.reason, file=candidate.name, count=self.attached
            ),
            widget,
        )

    def _say(self, text: str, widget: QWidget) -> None:
        self.message_label.setText(text)
        self.message_label.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
