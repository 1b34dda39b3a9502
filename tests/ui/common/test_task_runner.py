"""The task runner with real threads: results on the GUI thread, nothing lost, writes in order."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from calcitrack.ui.common.task_runner import InlineTaskRunner, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_work_runs_off_the_gui_thread_and_the_result_arrives_on_it(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["delivered_on_gui"] = QThread.currentThread() is gui

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.submit(work, on_done=done)
    assert seen == {"worker": False, "value": 42, "delivered_on_gui": True}


def test_an_error_reaches_on_error(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.submit(lambda: 1 / 0, on_error=errors.append)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_a_newer_task_with_the_same_key_supersedes_the_older(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    release = threading.Event()
    results: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "patient A"

    runner.submit(slow, on_done=results.append, key="open")
    runner.submit(lambda: "patient B", on_done=results.append, key="open")
    qtbot.waitUntil(lambda: results == ["patient B"])
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        release.set()
    assert results == ["patient B"]


def test_writes_run_one_at_a_time_in_the_order_submitted(qtbot: QtBot, runner: TaskRunner) -> None:
    active = 0
    most = 0
    order: list[int] = []
    lock = threading.Lock()

    def write(n: int) -> int:
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        time.sleep(0.01)
        with lock:
            active -= 1
        return n

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        for n in range(6):
            runner.submit(lambda n=n: write(n), on_done=order.append, write=True)
    assert order == list(range(6))
    assert most == 1


def test_the_inline_runner_delivers_at_once() -> None:
    results: list[int] = []
    errors: list[BaseException] = []
    runner = InlineTaskRunner()
    runner.submit(lambda: 7, on_done=results.append)
    runner.submit(lambda: [][1], on_error=errors.append)
    assert results == [7] and isinstance(errors[0], IndexError)


def test_after_shutdown_a_finished_save_is_kept_but_nothing_is_delivered(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """A window closing (switch user) shuts its runner down: the write still completes, but its
    result must not reach widgets that Qt deletes with the window."""
    written: list[int] = []
    delivered: list[object] = []

    def save() -> int:
        time.sleep(0.05)
        written.append(1)
        return 1

    runner.submit(save, on_done=delivered.append, on_error=delivered.append, write=True)
    runner.submit(lambda: 2, on_done=delivered.append)
    runner.shutdown()
    qtbot.wait(50)  # the queued results reach the event loop
    assert written == [1] and delivered == []
    assert not runner.is_busy()
