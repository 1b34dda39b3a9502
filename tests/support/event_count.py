"""An event filter counting one kind of event a widget receives (paints, layout requests), for
tests that a change does not make Qt do work twice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class EventCount(QObject):
    """Install on a widget; ``count`` is how many events of ``kind`` it has received."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.count += 1
        return False
