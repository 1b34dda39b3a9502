"""Noticing a workstation left alone: no key, click, mouse movement or wheel anywhere in the
application for the clinic's idle-lock minutes.

An event filter on the application notes the time of each input (cheap: no timer is restarted per
mouse movement); a single-shot timer wakes at the end of the interval, and either reports
``went_idle`` or sleeps again for what is left. After reporting it waits for the next input (or
``resume()``) before counting again. Paused while the workstation is locked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent

_INPUT = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


class IdleWatch(QObject):
    went_idle = Signal()
    """No input for the whole interval."""

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval_ms = 0
        self._paused = False
        self._reported = False
        self._since_input = QElapsedTimer()
        self._since_input.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)

    @property
    def interval_ms(self) -> int:
        """0: never idle (the watch is off)."""
        return self._interval_ms

    @property
    def is_paused(self) -> bool:
        return self._paused

    def set_minutes(self, minutes: float) -> None:
        """The clinic's idle-lock minutes (0 or less: off); counting starts again."""
        self.set_interval_ms(round(minutes * 60_000) if minutes > 0 else 0)

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval_ms = max(0, int(interval_ms))
        self._restart()

    def pause(self) -> None:
        """Stop counting (while locked)."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Count a whole interval from now."""
        self._paused = False
        self._restart()

    def _restart(self) -> None:
        self._reported = False
        self._since_input.restart()
        if self._interval_ms and not self._paused:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: isinstance first, since asking
        # event.type() makes a Python enum each time.
        if isinstance(event, QInputEvent) and event.type() in _INPUT and not self._paused:
            self._since_input.restart()
            if self._reported or not self._timer.isActive():
                self._restart()
        return False

    def _on_timer_timeout(self) -> None:
        if self._paused or not self._interval_ms:
            return
        left = self._interval_ms - self._since_input.elapsed()
        if left > 0:
            self._timer.start(int(left))
            return
        self._reported = True
        self.went_idle.emit()
