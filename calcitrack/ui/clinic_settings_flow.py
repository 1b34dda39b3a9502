"""Clinic settings from the main window: load them, edit them in the admin dialog, save them on
the task runner, and bring the stored flags of every patient up to date afterwards.

Stored flags go out of date when the settings change or on a new day; ``FlagRefresher`` redoes
them a batch at a time as separate write tasks, so a nurse's save never waits behind thousands
of assessments.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.errors import DomainValidationError
from calcitrack.ui.task_runner import Runner

BATCH = 50


class SettingsSource(Protocol):
    def current(self) -> ClinicSettings: ...

    def save(self, values: Mapping[str, float], *, based_on_version: int) -> ClinicSettings: ...


class FlagCache(Protocol):
    def stale_patient_ids(self) -> list[int]: ...

    def refresh(self, patient_ids: Sequence[int]) -> int: ...


class FlagRefresher(QObject):
    """Recomputes out-of-date stored flags in batches; ``finished`` tells how many were redone."""

    progressed = Signal(int, int)
    finished = Signal(int)

    def __init__(self, cache: FlagCache, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._runner = runner
        self._queue: list[int] = []
        self._total = 0
        self.running = False

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self._runner.submit(self._cache.stale_patient_ids, on_done=self._on_stale_found,
                            on_error=self._on_failed)

    def _on_stale_found(self, ids: list[int]) -> None:
        self._queue, self._total = list(ids), len(ids)
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self.running = False
            self.finished.emit(self._total)
            return
        batch, self._queue = self._queue[:BATCH], self._queue[BATCH:]
        self._runner.submit(lambda: self._cache.refresh(batch), write=True,
                            on_done=self._on_batch_done, on_error=self._on_failed)

    def _on_batch_done(self, _count: int) -> None:
        self.progressed.emit(self._total - len(self._queue), self._total)
        self._next()

    def _on_failed(self, _error: BaseException) -> None:
        self.running = False
        self._queue = []
        self.finished.emit(0)


class ClinicSettingsFlow(QObject):
    """Owns the settings in force for this window; ``settings_changed`` when they are (re)read or
    saved."""

    settings_changed = Signal(object)

    def __init__(
        self,
        source: SettingsSource,
        runner: Runner,
        parent_widget: QWidget,
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent_widget)
        self._source = source
        self._runner = runner
        self._parent = parent_widget
        self._on_error = on_error
        self.settings = ClinicSettings.defaults()
        self.dialog = None

    def load(self) -> None:
        self._runner.submit(self._source.current, on_done=self._on_loaded,
                            on_error=self._on_error, key="clinic-settings")

    def _on_loaded(self, settings: ClinicSettings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)

    def edit(self) -> None:
        """Open the admin dialog on the settings as stored now."""
        self._runner.submit(self._source.current, on_done=self._open_dialog,
                            on_error=self._on_error, key="clinic-settings")

    def _open_dialog(self, settings: ClinicSettings) -> None:
        from calcitrack.ui.clinic_settings_dialog import ClinicSettingsDialog

        self._on_loaded(settings)
        dialog = ClinicSettingsDialog(settings, self._parent)
        dialog.settings_submitted.connect(self._on_submitted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_submitted(self, values: dict[str, float]) -> None:
        dialog = self.dialog
        assert dialog is not None
        based_on = dialog.based_on_version
        self._runner.submit(
            lambda: self._source.save(values, based_on_version=based_on),
            write=True,
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )

    def _on_saved(self, settings: ClinicSettings) -> None:
        if self.dialog is not None:
            self.dialog.mark_saved(settings)
        self._on_loaded(settings)

    def _on_save_failed(self, error: BaseException) -> None:
        if self.dialog is None:
            self._on_error(error)
        elif isinstance(error, DomainValidationError):
            self.dialog.show_problems(error.problems)
        else:
            self.dialog.show_error(str(error))

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
