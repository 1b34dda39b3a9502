"""The collector runs on the GUI thread only: garbage made there is collected by its timer, never
by a worker that allocates."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from calcitrack.ui.shell.gui_thread_collector import GuiThreadCollector

COLLECTED_ON_MAIN_THREAD: list[bool] = []


class _Cycle:
    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        COLLECTED_ON_MAIN_THREAD.append(threading.current_thread() is threading.main_thread())


def test_cycles_are_collected_by_the_timer_on_the_gui_thread(qtbot: QtBot) -> None:
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        COLLECTED_ON_MAIN_THREAD.clear()
        for _ in range(3):
            _Cycle()
        # a worker allocating far past the thresholds triggers no collection now
        worker = threading.Thread(target=lambda: [[object()] for _ in range(100_000)])
        worker.start()
        worker.join()
        assert COLLECTED_ON_MAIN_THREAD == []
        collector.threshold = (0, 0, 0)  # any garbage is due
        qtbot.waitUntil(lambda: len(COLLECTED_ON_MAIN_THREAD) == 3)
        assert all(COLLECTED_ON_MAIN_THREAD)  # every __del__ ran on the GUI thread
    finally:
        collector.stop()
    assert gc.isenabled()
