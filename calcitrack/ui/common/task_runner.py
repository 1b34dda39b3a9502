"""The one place threads start: work runs on a QThreadPool, results arrive on the GUI thread.

- Reads run on a shared pool; writes run one at a time on a pool of one thread (SQLite has one
  writer; an ordered queue also keeps a user's saves in the order she made them).
- Each task is kept referenced until its result is delivered (a collected QRunnable loses it).
- A task submitted with a ``key`` supersedes earlier tasks with the same key: opening patient B
  while patient A is still loading delivers only B.
- ``InlineTaskRunner`` runs everything at once on the calling thread, for tests of the widgets.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        write: bool = False,
        key: str | None = None,
    ) -> None: ...

    def shutdown(self) -> None: ...


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._number = number
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to on_error, never lost on the worker
            self._relay.failed.emit(self._number, error)
        else:
            self._relay.finished.emit(self._number, result)


class TaskRunner(QObject):
    busy_changed = Signal(bool)
    """True when the first task starts, False when the last one is delivered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_task_finished)
        self._relay.failed.connect(self._on_task_failed)
        self._numbers = itertools.count(1)
        self._pending: dict[int, tuple[_Task, Done | None, Failed | None, str | None]] = {}
        self._latest: dict[str, int] = {}

    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        write: bool = False,
        key: str | None = None,
    ) -> None:
        number = next(self._numbers)
        task = _Task(number, work, self._relay)
        was_idle = not self._pending
        self._pending[number] = (task, on_done, on_error, key)
        if key is not None:
            self._latest[key] = number
        (self._writes if write else self._reads).start(task)
        if was_idle:
            self.busy_changed.emit(True)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every started task has run (results are delivered by the event loop)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)

    def shutdown(self) -> None:
        """Let running tasks finish (a save is never cut off), drop the queued reads, and deliver
        nothing more: the window that asked is going away (its widgets may be deleted before the
        queued results would reach them)."""
        self._reads.clear()
        self.wait(-1)
        self._pending.clear()
        self._latest.clear()

    def _take(self, number: int) -> tuple[Done | None, Failed | None, bool]:
        _task, on_done, on_error, key = self._pending.pop(number)
        current = key is None or self._latest.get(key) == number
        if key is not None and current:
            del self._latest[key]
        if not self._pending:
            self.busy_changed.emit(False)
        return on_done, on_error, current

    @Slot(int, object)
    def _on_task_finished(self, number: int, result: object) -> None:
        if number not in self._pending:  # after shutdown
            return
        on_done, _on_error, current = self._take(number)
        if current and on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_task_failed(self, number: int, error: BaseException) -> None:
        if number not in self._pending:  # after shutdown
            log.warning("a background task failed after its window closed: %s",
                        type(error).__name__)
            return
        _on_done, on_error, current = self._take(number)
        if not current:
            return
        if on_error is None:
            log.error("background task failed", exc_info=error)
        else:
            on_error(error)


class InlineTaskRunner:
    """Runs each task at once on the calling thread (tests of widgets, scripted screenshots)."""

    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        write: bool = False,
        key: str | None = None,
    ) -> None:
        try:
            result = work()
        except Exception as error:
            if on_error is None:
                raise
            on_error(error)
        else:
            if on_done is not None:
                on_done(result)

    def shutdown(self) -> None:
        pass
