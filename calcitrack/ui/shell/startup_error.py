"""A start-up failure of the window (the database cannot be opened, is on a network share, is
from a newer CalciTrack…) shown in a message box: started from a desktop icon, nobody reads
stderr."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

QUIT_WHEN_READY = "CALCITRACK_QUIT_WHEN_READY"


def show_startup_error(message: str) -> None:
    """Show ``message`` and wait for OK (with CALCITRACK_QUIT_WHEN_READY set, print ``ready`` and
    close it at once, as the start-up probe of the packaging test expects)."""
    _application = QApplication.instance() or QApplication(sys.argv[:1])  # alive while it shows
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartupError", "CalciTrack cannot start"),
        QCoreApplication.translate(
            "StartupError", "CalciTrack cannot open the clinic's database.\n\n{reason}"
        ).format(reason=message),
        QMessageBox.StandardButton.Ok,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StartupError",
            "Check the database setting (--db or CALCITRACK_DATABASE_URL) or ask the clinic's IT.",
        )
    )
    if os.environ.get(QUIT_WHEN_READY):

        def say_ready_and_close() -> None:
            print("ready", flush=True)
            box.accept()

        QTimer.singleShot(0, say_ready_and_close)
    box.exec()
