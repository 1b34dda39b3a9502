"""The main window's size on its first start (no saved geometry): 1280 × 800, the size its
layouts are tested at, but never more than the screen's free area leaves room for with the
window manager's frame, so that the status bar (where exports show their progress) is on screen
on a 1280 × 800 laptop."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
FRAME_ALLOWANCE = QSize(16, 48)
"""Room left for the window manager's borders and title bar, which Qt does not know before the
window is first shown."""


def first_size(window: QWidget) -> QSize:
    screen: QScreen | None = window.screen()
    if screen is None:  # not yet on a screen: the application's main one
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return PREFERRED
    free = screen.availableGeometry().size() - FRAME_ALLOWANCE
    return PREFERRED.boundedTo(free.expandedTo(window.minimumSizeHint()))
