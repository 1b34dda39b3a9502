"""The drawing queue: one drawing on the runner at a time, only the newest of each kind."""

from __future__ import annotations

import pytest

from calcitrack.ui.overview.drawing_queue import DrawingQueue
from tests.ui.held_runner import HeldRunner


def test_one_drawing_at_a_time_and_only_the_newest_of_each_kind() -> None:
    runner = HeldRunner()
    queue = DrawingQueue(runner)
    shown: list[str] = []
    for name in ("chart 1", "chart 2", "chart 3"):
        queue.submit(lambda n=name: n, on_done=shown.append, key="chart")
    queue.submit(lambda: "map", on_done=shown.append, key="map")
    assert len(runner.tasks) == 1  # "chart 1" runs; the rest wait
    assert queue.pending() == 3  # chart 1 running, chart 3 and the map waiting
    runner.take().release()
    assert shown == []  # chart 1 was superseded while it ran
    runner.take().release()
    runner.take().release()
    assert shown == ["chart 3", "map"]
    assert runner.tasks == [] and queue.pending() == 0


def test_a_failed_drawing_is_reported_and_the_next_one_still_runs() -> None:
    runner = HeldRunner()
    queue = DrawingQueue(runner)
    errors: list[BaseException] = []
    shown: list[str] = []

    def broken() -> str:
        raise ValueError("no room for the legend")

    queue.submit(broken, on_done=shown.append, on_error=errors.append, key="chart")
    queue.submit(lambda: "map", on_done=shown.append, key="map")
    runner.take().release()
    assert [str(e) for e in errors] == ["no room for the legend"]
    runner.take().release()
    assert shown == ["map"]


def test_shutdown_drops_the_waiting_drawings() -> None:
    runner = HeldRunner()
    queue = DrawingQueue(runner)
    shown: list[str] = []
    queue.submit(lambda: "chart", on_done=shown.append, key="chart")
    queue.submit(lambda: "map", on_done=shown.append, key="map")
    queue.shutdown()
    runner.take().release()
    assert shown == ["chart"] and runner.tasks == []


@pytest.mark.parametrize("count", [1, 5])
def test_drawings_without_a_key_all_run_in_order(count: int) -> None:
    runner = HeldRunner()
    queue = DrawingQueue(runner)
    shown: list[int] = []
    for i in range(count):
        queue.submit(lambda i=i: i, on_done=shown.append)
    while runner.tasks:
        runner.take().release()
    assert shown == list(range(count))
