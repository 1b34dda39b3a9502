"""The main window's first size (no saved geometry): 1280 × 800 where the screen has room, less
where it has not, so that its status bar (an export's progress) stays on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.ui.shell.first_size import FRAME_ALLOWANCE, PREFERRED, first_size


def test_the_first_size_fits_the_screen_with_the_frame(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    screen = widget.screen()
    assert screen is not None
    free = screen.availableGeometry().size() - FRAME_ALLOWANCE
    size = first_size(widget)
    assert size.width() == min(PREFERRED.width(), free.width())
    assert size.height() == min(PREFERRED.height(), free.height())
    assert size.height() < screen.availableGeometry().height()  # the status bar is on screen
