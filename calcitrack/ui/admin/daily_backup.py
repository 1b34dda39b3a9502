"""The day's automatic backup when the window opens the clinic, and the warning in the status
bar when the last verified backup is too old or the last automatic backup failed.

The backup runs on the task runner's read pool (it reads one snapshot and writes two audit
entries at the end): the window stays usable, and a nurse's save is not queued behind it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from calcitrack.ui.common.task_runner import Runner

log = logging.getLogger(__name__)


class Status(Protocol):
    def warning(self) -> str | None: ...


class Backups(Protocol):
    """services.backups.backup_service.BackupService, as the window uses it."""

    def back_up_automatically(self, folder: Path) -> object | None: ...

    def status(self) -> Status: ...

WARNING_STYLE = (
    "QLabel { background: #fff4d6; border: 1px solid #e0b252; border-radius: 3px; "
    "color: #6b4a00; padding: 1px 6px; }"
)


class BackupWarning(QLabel):
    """Hidden while backups are fine; else one line saying what is wrong (full text as tip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_warning")
        self.setStyleSheet(WARNING_STYLE)
        self.setAccessibleName(self.tr("Backup warning"))
        self.hide()

    def show_warning(self, text: str | None) -> None:
        if not text:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        short = text if len(text) <= 90 else text[:87] + "…"
        self.setText(self.tr("⚠ Backup: {warning}").format(warning=short))
        self.setToolTip(text)
        self.show()


class DailyBackup(QObject):
    """Start the automatic backup (once a day, decided by the trail), then show the status."""

    finished = Signal(object)
    """The BackupStatus after the attempt."""

    def __init__(
        self, service: Backups, runner: Runner, warning: BackupWarning, folder: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._warning = warning
        self._folder = folder
        self.last_status: Status | None = None
        """The status last shown (None until the first check is back)."""

    def start(self) -> None:
        self._runner.submit(
            lambda: self._service.back_up_automatically(self._folder),
            on_done=self._on_backed_up,
            on_error=self._on_failed,
        )

    def _on_backed_up(self, result: object | None) -> None:
        if result is not None:
            log.info("automatic backup written and verified")
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        log.warning("automatic backup failed: %s", type(error).__name__)
        self.refresh()

    def refresh(self) -> None:
        self._runner.submit(self._service.status, on_done=self._show, on_error=self._status_failed)

    def _show(self, status: Status) -> None:
        self.last_status = status
        self._warning.show_warning(status.warning())
        self.finished.emit(status)

    def _status_failed(self, error: BaseException) -> None:
        log.warning("backup status unavailable: %s", type(error).__name__)
