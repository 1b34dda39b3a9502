"""The idle watch with a real event loop and real input events (a short interval stands for the
clinic's minutes)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from calcitrack.ui.session.idle_watch import IdleWatch

INTERVAL_MS = 200


@pytest.fixture
def edit(qtbot: QtBot) -> QLineEdit:
    shown = QLineEdit()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def watch(edit: QLineEdit) -> IdleWatch:
    made = IdleWatch(10, edit)
    made.set_interval_ms(INTERVAL_MS)
    return made


def test_minutes_become_the_interval(qtbot: QtBot) -> None:
    watch = IdleWatch(10)
    assert watch.interval_ms == 600_000
    watch.set_minutes(0.5)
    assert watch.interval_ms == 30_000
    watch.set_minutes(0)
    assert watch.interval_ms == 0


def test_reports_once_after_the_interval_without_input(qtbot: QtBot, watch: IdleWatch) -> None:
    fired: list[bool] = []
    watch.went_idle.connect(lambda: fired.append(True))
    with qtbot.waitSignal(watch.went_idle, timeout=2000):
        pass
    qtbot.wait(3 * INTERVAL_MS)
    assert fired == [True]  # not again until someone touches the workstation


def test_not_while_someone_keeps_typing(qtbot: QtBot, edit: QLineEdit, watch: IdleWatch) -> None:
    fired: list[bool] = []
    watch.went_idle.connect(lambda: fired.append(True))
    for _ in range(15):  # 15 × 40 ms: three intervals of typing
        qtbot.keyClick(edit, Qt.Key.Key_A)
        qtbot.wait(40)
    assert fired == []
    assert len(edit.text()) == 15
    with qtbot.waitSignal(watch.went_idle, timeout=2000):
        pass  # and once the typing stops


def test_mouse_movement_counts_as_input(
    qtbot: QtBot, edit: QLineEdit, watch: IdleWatch
) -> None:
    fired: list[bool] = []
    watch.went_idle.connect(lambda: fired.append(True))
    for step in range(15):
        qtbot.mouseMove(edit, QPoint(5 + 2 * step, 5 + step % 3))
        qtbot.wait(40)
    assert fired == []


def test_clicks_count_as_input(qtbot: QtBot, edit: QLineEdit, watch: IdleWatch) -> None:
    fired: list[bool] = []
    watch.went_idle.connect(lambda: fired.append(True))
    for _ in range(15):
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.wait(40)
    assert fired == []


def test_counts_again_after_input_that_follows_a_report(
    qtbot: QtBot, edit: QLineEdit, watch: IdleWatch
) -> None:
    with qtbot.waitSignal(watch.went_idle, timeout=2000):
        pass
    qtbot.keyClick(edit, Qt.Key.Key_B)
    with qtbot.waitSignal(watch.went_idle, timeout=2000):
        pass


def test_paused_it_never_reports_and_resumed_it_counts_from_the_start(
    qtbot: QtBot, watch: IdleWatch
) -> None:
    watch.pause()
    assert watch.is_paused
    with qtbot.assertNotEmitted(watch.went_idle, wait=3 * INTERVAL_MS):
        pass
    watch.resume()
    with qtbot.waitSignal(watch.went_idle, timeout=2000):
        pass


def test_zero_minutes_is_off(qtbot: QtBot, watch: IdleWatch) -> None:
    watch.set_minutes(0)
    with qtbot.assertNotEmitted(watch.went_idle, wait=3 * INTERVAL_MS):
        pass
