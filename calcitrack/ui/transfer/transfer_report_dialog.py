"""The report of an import, export or clinic-day batch: a heading, then one line per problem
(a JSON path and its reason, a patient and why her summary failed) in a read-only text that can
be scrolled, selected and copied. An import of unusual values adds the question the command
line's --accept-unusual answers: a box to tick before Import is enabled."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TransferReportDialog(QDialog):
    confirmed = Signal()
    """Import pressed after the box was ticked (unusual values only)."""

    def __init__(
        self,
        title: str,
        heading: str,
        lines: Sequence[str],
        *,
        footer: str = "",
        confirm_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # one problem a line
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("The report, line by line"))
        self.text.setVisible(bool(lines))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        if footer:
            note = QLabel(footer)
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy the report"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.confirm_box: QCheckBox | None = None
        self.import_button: QPushButton | None = None
        if confirm_text:
            self.confirm_box = QCheckBox(confirm_text)
            layout.addWidget(self.confirm_box)
            self.import_button = QPushButton(self.tr("Im&port them"))
            self.import_button.setEnabled(False)
            self.confirm_box.toggled.connect(self.import_button.setEnabled)
            self.import_button.clicked.connect(self._on_import)
            buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420 if lines else 160)

    def copy(self) -> None:
        QApplication.clipboard().setText(f"{self.heading.text()}\n{self.text.toPlainText()}")

    def _on_import(self) -> None:
        if self.confirm_box is not None and self.confirm_box.isChecked():
            self.accept()
            self.confirmed.emit()
