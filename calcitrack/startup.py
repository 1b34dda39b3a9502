"""The window's start: the sign-in dialog at once, the clinic opened behind it.

Opening the clinic (SQLAlchemy, the schema check or upgrade) and loading the window's modules
(the services, the main window, its panels) take most of a second; a nurse takes longer than that
to type her name and password. So only Qt and the sign-in dialog are loaded before the dialog is
shown; the rest is loaded on a worker thread while she types. Sign in pressed before the database
is open waits for it (the dialog says so). Then ``app.WorkstationSession`` takes over: the first
administrator instead of sign-in on an empty database, the main window, the lock, switch user.

A database that cannot be opened closes the dialog and shows why in a message box (started from
a desktop icon, nobody reads stderr). Quitting before the database is open waits for the opening
to finish (it may be upgrading the schema) before the process ends.

This module imports nothing that the sign-in dialog does not need: ``make bench`` times it
against a bare PySide6 window (tests/benchmarks/test_workstation_bench.py).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from calcitrack import __version__
from calcitrack.i18n.languages import SYSTEM
from calcitrack.private_files import restrict_umask
from calcitrack.shipped_resources import shipped
from calcitrack.ui.common.task_runner import TaskRunner
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.session.session_language import SessionLanguage
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from calcitrack.ui.shell.gui_thread_collector import GuiThreadCollector
from calcitrack.ui.shell.startup_error import QUIT_WHEN_READY, show_startup_error

if TYPE_CHECKING:
    from calcitrack.app import WorkstationSession
    from calcitrack.bootstrap import Clinic

log = logging.getLogger(__name__)

Explain = Callable[[BaseException], tuple[str, int]]
"""A start-up failure → the message for the person at the screen, and the exit code."""


def resources_dir() -> Path:
    """Icons and drawings: inside the installed package, or at the top of a source checkout."""
    return shipped()


def _open(target: str | None) -> tuple[Clinic, bool]:
    """On the worker: open the clinic and load the window's modules; whether the database has
    no administrator yet."""
    from calcitrack.bootstrap import open_clinic

    clinic = open_clinic(target)
    try:
        import calcitrack.app  # noqa: F401  (the window's modules, loaded while she types)

        return clinic, clinic.accounts().needs_first_admin()
    except BaseException:
        clinic.close()
        raise


class Launch(QObject):
    """From the process's start to the workstation session."""

    finished = Signal(int)
    """The application should end, with this exit code (the start failed, she quit while the
    database was opening, or CALCITRACK_QUIT_WHEN_READY)."""

    def __init__(
        self,
        target: str | None,
        explain: Explain,
        parent: QObject | None = None,
        language: SessionLanguage | None = None,
    ) -> None:
        super().__init__(parent)
        self._target = target
        self._language = language
        self._explain = explain
        self._runner = TaskRunner(self)
        self.dialog: SignInDialog | None = None
        self.clinic: Clinic | None = None
        self.session: WorkstationSession | None = None
        self.exit_code: int | None = None
        """Set when the start failed."""
        self._frozen = False

    def start(self) -> None:
        dialog = SignInDialog(None, database="")
        dialog.setWindowIcon(QApplication.windowIcon())
        self.dialog = dialog
        dialog.show()
        self._runner.submit(self._open, on_done=self._on_opened, on_error=self._on_failed)

    def _open(self) -> tuple[Clinic, bool]:
        opened = _open(self._target)
        self.clinic = opened[0]  # closed by close(), even when she quit meanwhile
        return opened

    def _on_opened(self, opened: tuple[Clinic, bool]) -> None:
        from calcitrack.app import WorkstationSession

        clinic, needs_first_admin = opened
        # The modules just loaded live as long as the process: frozen out of the collector,
        # later full collections (on the GUI thread, calcitrack.ui.shell.gui_thread_collector) skip
        # their few hundred thousand objects instead of walking them every time.
        gc.freeze()
        self._frozen = True
        dialog, self.dialog = self.dialog, None
        if dialog is None or not dialog.isVisible():  # she quit while it was opening
            self.finished.emit(0)
            return
        self.session = WorkstationSession(clinic, self, self._language)
        if needs_first_admin:
            self.session.start()  # shown before the sign-in closes: never no window at all
            dialog.close()
        else:
            self.session.take_sign_in(dialog)
        if os.environ.get(QUIT_WHEN_READY):
            QTimer.singleShot(0, self._report_ready)

    def _on_failed(self, error: BaseException) -> None:
        message, self.exit_code = self._explain(error)
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
        show_startup_error(message)
        if dialog is not None:
            dialog.close()
        self.finished.emit(self.exit_code)

    def _report_ready(self) -> None:
        """CALCITRACK_QUIT_WHEN_READY (the packaging tests): the database is open and the first
        dialog is on screen; say so and end."""
        QApplication.processEvents()
        print("ready", flush=True)
        self.finished.emit(0)

    def close(self) -> None:
        """After the event loop: wait for an opening still running, then close the clinic."""
        self._runner.shutdown()
        if self.clinic is not None:
            self.clinic.close()
        if self._frozen:  # as it was (a test process goes on)
            gc.unfreeze()


def run_window(target: str | None, explain: Explain) -> int:
    """Run the window on the database ``target`` (None: the default); the exit code."""
    restrict_umask()  # drafts, Qt's print-to-file and whatever a library writes are private
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("CalciTrack")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CalciTrack")
    app.setDesktopFileName("calcitrack")  # ties the window to calcitrack.desktop (dock icon)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "calcitrack.svg")))
    # the sign-in in the system's language among those ready (English until the Portuguese and
    # Arabic catalogues are complete; English has a catalogue too, its plural forms, "1 day");
    # each sign-in then applies the user's own (calcitrack.ui.session.session_language)
    language = WindowLanguage(app, resources_dir() / "translations")
    session_language = SessionLanguage(language)
    session_language.apply(SYSTEM)
    collector = GuiThreadCollector(app)  # no Qt object is ever collected on a worker thread
    launch = Launch(target, explain, language=session_language)
    launch.finished.connect(app.exit)
    launch.start()
    try:
        code = app.exec()
    finally:
        launch.close()
        collector.stop()
        language.close()
    return launch.exit_code if launch.exit_code is not None else code

