"""A task runner for tests that holds each task until the test releases it, as a worker that has
not finished yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer

from calcitrack.ui.common.task_runner import Done, Failed


@dataclass
class HeldTask:
    work: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    key: str | None

    def release(self) -> None:
        """Run the task and deliver its result, as the runner would on the GUI thread."""
        try:
            result = self.work()
        except Exception as error:
            if self.on_error is None:
                raise
            self.on_error(error)
        else:
            if self.on_done is not None:
                self.on_done(result)


class HeldRunner:
    def __init__(self) -> None:
        self.tasks: list[HeldTask] = []

    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        write: bool = False,
        key: str | None = None,
    ) -> None:
        self.tasks.append(HeldTask(work, on_done, on_error, key))

    def take(self) -> HeldTask:
        """The oldest task not yet released."""
        return self.tasks.pop(0)

    def shutdown(self) -> None:
        self.tasks.clear()


class LaterRunner:
    """Runs each task at once but delivers its result with the next turn of the event loop, as
    a worker would: what the window shows while waiting is laid out and painted."""

    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        write: bool = False,
        key: str | None = None,
    ) -> None:
        QTimer.singleShot(0, HeldTask(work, on_done, on_error, key).release)

    def shutdown(self) -> None:
        pass
