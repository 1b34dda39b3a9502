"""Clinic settings from the main window: load them (the thresholds, and the clinic's name and
logo for the PDF header), edit them in the admin dialog, save them on the task runner, and bring
the stored flags of every patient up to date afterwards.

A Save stores the thresholds, then the name and logo, each only if the admin changed it, each a
write task of its own that the service validates first: the dialog closes when both are stored,
and stays open on the first refusal, saying what was stored before it.

Stored flags go out of date when the settings change or the rules do; ``FlagRefresher`` redoes
them a chunk at a time in worker processes, storing each chunk in short write tasks, so a nurse's
save never waits behind thousands of assessments.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from calcitrack.domain.clinic.clinic_identity import ClinicIdentity
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.errors import DomainValidationError
from calcitrack.ui.common.task_runner import Runner

if TYPE_CHECKING:
    from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog, SettingsChanges

log = logging.getLogger(__name__)

CHUNK = 500
"""Patients assessed per read task (about a second's work for two worker processes)."""


class SettingsSource(Protocol):
    def current(self) -> ClinicSettings: ...

    def save(
        self, values: Mapping[str, float | None], *, based_on_version: int,
        texts: Mapping[str, str] | None = None,
    ) -> ClinicSettings: ...

    def default_backup_folder(self) -> Path: ...

    def identity(self) -> ClinicIdentity: ...

    def save_identity(
        self, name: str, logo: bytes | None, *, based_on_version: int
    ) -> ClinicIdentity: ...


class FlagCache(Protocol):
    def stale_patient_ids(self) -> list[int]: ...

    def reassess(self, patient_ids: Sequence[int]) -> Any: ...
    """A chunk assessed and not stored yet: handed back as it is to ``store_reassessed``."""

    def store_reassessed(self, reassessment: Any) -> int: ...

    def close(self) -> None: ...


class FlagRefresher(QObject):
    """Recomputes out-of-date stored flags; ``progressed`` (done, total) after each chunk is
    stored, ``finished`` tells how many were redone.

    A chunk is assessed in the worker processes (a read task, so that the window's own reads
    and a nurse's saves go on meanwhile), then stored as a write task of a few short
    transactions while the next chunk is being assessed.
    """

    progressed = Signal(int, int)
    finished = Signal(int)

    def __init__(self, cache: FlagCache, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._runner = runner
        self._queue: list[int] = []
        self._total = 0
        self._done = 0
        self._assessing = False
        self._writing = 0
        self._again = False
        self.running = False

    def start(self) -> None:
        """Redo every out-of-date patient; asked while running (the settings changed again),
        the run goes on afterwards with the patients assessed with the settings before."""
        if self.running:
            self._again = True
            return
        self.running = True
        self._again = False
        self._done = self._writing = 0
        self._assessing = False
        self._runner.submit(self._cache.stale_patient_ids, on_done=self._on_stale_found,
                            on_error=self._on_failed)

    def _on_stale_found(self, ids: list[int]) -> None:
        self._queue, self._total = list(ids), len(ids)
        self._assess_next()

    def _assess_next(self) -> None:
        if not self.running:
            return
        if not self._queue:
            self._finish_if_idle()
            return
        chunk, self._queue = self._queue[:CHUNK], self._queue[CHUNK:]
        self._assessing = True
        self._runner.submit(lambda: self._cache.reassess(chunk),
                            on_done=lambda result: self._on_assessed(result, len(chunk)),
                            on_error=self._on_failed)

    def _on_assessed(self, result: Any, size: int) -> None:
        self._assessing = False
        if not self.running:
            return
        self._writing += 1
        self._runner.submit(lambda: self._cache.store_reassessed(result), write=True,
                            on_done=lambda _stored: self._on_stored(size),
                            on_error=self._on_failed)
        self._assess_next()  # while this chunk is stored

    def _on_stored(self, size: int) -> None:
        self._writing -= 1
        if not self.running:
            return
        self._done += size
        self.progressed.emit(self._done, self._total)
        self._finish_if_idle()

    def _finish_if_idle(self) -> None:
        if self.running and not self._queue and not self._assessing and self._writing <= 0:
            if self._again:  # the settings changed during the run: one run, more patients
                self._again = False
                self._runner.submit(self._cache.stale_patient_ids, on_done=self._on_more_stale,
                                    on_error=self._on_failed)  # fmt: skip
                return
            self.running = False
            self._cache.close()
            self.finished.emit(self._total)

    def _on_more_stale(self, ids: list[int]) -> None:
        """Those assessed before the settings changed again are redone in the same run: its
        count goes on ("50,000 of 58,000"), rather than ending and starting again from 0."""
        if not self.running:
            return
        self._queue, self._total = list(ids), self._done + len(ids)
        self.progressed.emit(self._done, self._total)
        self._assess_next()

    def stop(self) -> None:
        """The window is closing: no more chunks, the worker processes stop (the chunk being
        assessed is dropped, its patients stay out of date for the next run)."""
        if self.running:
            self.running = False
            self._queue = []
            self._again = False
            self._cache.close()

    def _on_failed(self, error: BaseException) -> None:
        if not self.running:
            return
        log.error("updating the stored flags stopped: %s", type(error).__name__)
        self.running = False
        self._queue = []
        self._cache.close()
        self.finished.emit(self._done)


class ClinicSettingsFlow(QObject):
    """Owns the settings in force for this window; ``settings_changed`` when they are (re)read or
    saved, ``identity_changed`` likewise for the clinic's name and logo."""

    settings_changed = Signal(object)
    identity_changed = Signal(object)

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
        self.identity = ClinicIdentity()
        self.dialog: ClinicSettingsDialog | None = None
        self._steps: list[Callable[[], None]] = []
        self._stored_this_save: list[str] = []
        self.choose_folder: Callable[[QWidget, str], str] | None = None
        """Asks for the backup folder (None: the folder dialog); tests replace it."""

    def _read(self) -> tuple[ClinicSettings, ClinicIdentity]:
        return self._source.current(), self._source.identity()

    def load(self) -> None:
        self._runner.submit(self._read, on_done=self._on_loaded, on_error=self._on_error,
                            key="clinic-settings")

    def _on_loaded(self, read: tuple[ClinicSettings, ClinicIdentity]) -> None:
        settings, identity = read
        self._on_settings_stored(settings)
        self._on_identity_stored(identity)

    def _on_settings_stored(self, settings: ClinicSettings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)

    def _on_identity_stored(self, identity: ClinicIdentity) -> None:
        self.identity = identity
        self.identity_changed.emit(identity)

    def edit(self) -> None:
        """Open the admin dialog on the settings as stored now."""
        self._runner.submit(self._read, on_done=self._open_dialog, on_error=self._on_error,
                            key="clinic-settings")

    def _open_dialog(self, read: tuple[ClinicSettings, ClinicIdentity]) -> None:
        from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog

        self._on_loaded(read)
        settings, identity = read
        dialog = ClinicSettingsDialog(
            settings, self._parent, identity=identity,
            default_backup_folder=self._source.default_backup_folder(),
            choose_folder=self.choose_folder,
        )
        dialog.changes_submitted.connect(self._on_submitted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    # ---------------------------------------------------------------- saving, a part at a time

    def _on_submitted(self, changes: SettingsChanges) -> None:
        self._steps = []
        self._stored_this_save = []
        if changes.values is not None or changes.texts is not None:
            values = dict(changes.values or {})  # the thresholds left out keep their value
            texts = dict(changes.texts or {})
            self._steps.append(lambda: self._runner.submit(
                lambda: self._source.save(values, based_on_version=changes.settings_version,
                                          texts=texts),
                write=True, on_done=self._on_settings_saved, on_error=self._on_save_failed))
        if (identity := changes.identity) is not None:
            self._steps.append(lambda: self._runner.submit(
                lambda: self._source.save_identity(
                    identity.name, identity.logo, based_on_version=identity.version),
                write=True, on_done=self._on_identity_saved, on_error=self._on_save_failed))
        self._next_step()

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        elif self.dialog is not None:
            self.dialog.mark_saved()

    def _on_settings_saved(self, settings: ClinicSettings) -> None:
        if self.dialog is not None:
            self.dialog.mark_settings_saved(settings)
        self._stored_this_save.append(self.tr("the thresholds were saved"))
        self._on_settings_stored(settings)
        self._next_step()

    def _on_identity_saved(self, identity: ClinicIdentity) -> None:
        if self.dialog is not None:
            self.dialog.mark_identity_saved(identity)
        self._stored_this_save.append(self.tr("the clinic name and logo were saved"))
        self._on_identity_stored(identity)
        self._next_step()

    def _on_save_failed(self, error: BaseException) -> None:
        self._steps = []
        if self.dialog is None:
            self._on_error(error)
        elif isinstance(error, DomainValidationError):
            self.dialog.show_problems(error.problems)
        else:  # what was stored before the refusal first: "The thresholds were saved, but …"
            said = self.tr(", but ").join([*self._stored_this_save, str(error)])
            self.dialog.show_error(said[:1].upper() + said[1:])

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
