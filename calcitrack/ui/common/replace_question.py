"""Asking before a file that already exists is replaced: every export of the window asks the same
question (a visit summary, the audit trail as CSV)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

ConfirmReplace = Callable[[QWidget, Path], bool]
"""(parent, the existing file) → True to replace it."""


def confirm_with_dialog(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ReplaceQuestion", "Replace the file?"),
        QCoreApplication.translate(
            "ReplaceQuestion", "{name} already exists in {folder}.\nReplace it?"
        ).format(name=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
