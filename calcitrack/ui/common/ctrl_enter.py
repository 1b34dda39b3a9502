"""Ctrl+Enter confirms a dialog whose text field takes Enter as a new line (a reason): the
keyboard's way out without Tab to the button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

HINT = str(QT_TRANSLATE_NOOP("CtrlEnter", "Ctrl+Enter confirms"))
"""The hint in English; shown translated: ``hint()`` or
``QCoreApplication.translate("CtrlEnter", HINT)``."""


def hint() -> str:
    """The hint "Ctrl+Enter confirms" in the window's language."""
    return QCoreApplication.translate("CtrlEnter", HINT)


def confirm_with_ctrl_enter(dialog: QWidget, confirm: Callable[[], object]) -> None:
    """Ctrl+Enter (the main keyboard's Return and the keypad's Enter) calls ``confirm``."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, confirm)
