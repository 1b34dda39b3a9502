"""One drawing at a time on the task runner, the newest request of each kind only.

Matplotlib draws one figure at a time (``figure_image.MATPLOTLIB``). Handed straight to the
runner, a second drawing would hold a pool thread waiting for the first, and a patient opened
meanwhile would wait for a free thread; and every drawing asked for while dragging a splitter
would be drawn, each competing with the window for the interpreter. The queue keeps a single
drawing on the runner and, behind it, only the newest request for each key.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from calcitrack.ui.common.task_runner import Done, Failed, Runner

log = logging.getLogger(__name__)


@dataclass
class _Request:
    number: int
    work: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    key: str | None


class DrawingQueue:
    """A ``Runner`` for drawings: submits to ``runner`` one at a time. A request supersedes an
    earlier one with the same key, waiting or running (the running one's result is dropped)."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner
        self._numbers = itertools.count(1)
        self._waiting: dict[object, _Request] = {}
        self._latest: dict[str, int] = {}
        self._running = False

    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        write: bool = False,
        key: str | None = None,
    ) -> None:
        request = _Request(next(self._numbers), work, on_done, on_error, key)
        if key is not None:
            self._latest[key] = request.number
        # insertion order is submission order; a re-submitted key goes to the back
        slot: object = key if key is not None else request.number
        self._waiting.pop(slot, None)
        self._waiting[slot] = request
        self._start_next()

    def pending(self) -> int:
        """Drawings waiting or running."""
        return len(self._waiting) + int(self._running)

    def shutdown(self) -> None:
        """Drop the drawings not yet started (the runner shuts down its own threads)."""
        self._waiting.clear()

    def _start_next(self) -> None:
        if self._running or not self._waiting:
            return
        slot = next(iter(self._waiting))
        request = self._waiting.pop(slot)
        self._running = True
        self._runner.submit(
            request.work,
            on_done=lambda result: self._finish(request, result, None),
            on_error=lambda error: self._finish(request, None, error),
        )

    def _finish(self, request: _Request, result: Any, error: BaseException | None) -> None:
        self._running = False
        current = request.key is None or self._latest.get(request.key) == request.number
        if current and request.key is not None:
            del self._latest[request.key]
        try:
            if not current:
                pass
            elif error is None:
                if request.on_done is not None:
                    request.on_done(result)
            elif request.on_error is not None:
                request.on_error(error)
            else:
                log.error("drawing failed", exc_info=error)
        finally:
            self._start_next()
