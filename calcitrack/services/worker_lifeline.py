"""Worker processes end with the process that started them, even when it is killed.

A ``ProcessPoolExecutor`` worker waits for its next task on a pipe whose write end it holds
itself, so when its parent is killed (kill -9, a crash, the power button's first press) it never
sees the pipe close: it waits forever, holding its database connection. ``exit_with_parent``,
called in the pool's initializer, starts a daemon thread that waits on the parent's sentinel
(``multiprocessing.parent_process``: ready when the parent is gone, on every platform) and then
ends the worker at once. A task it was running is lost with its parent, who was to receive it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from multiprocessing.connection import wait

log = logging.getLogger(__name__)


def exit_with_parent() -> None:
    """In a worker process: end it as soon as its parent process has ended."""
    parent = multiprocessing.parent_process()
    if parent is None:  # not a child of multiprocessing: nothing to follow
        return
    threading.Thread(target=_wait_then_exit, args=(parent.sentinel,), daemon=True).start()


def _wait_then_exit(sentinel: int) -> None:
    wait([sentinel])
    log.warning("worker process %d: the process that started it has ended; exiting", os.getpid())
    os._exit(1)
