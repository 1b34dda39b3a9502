"""The mouse wheel scrolls; it never changes a value. Over a drop-down (drug, route, lesion status,
visit type…), a spin box or a date edit inside a guarded window, the wheel scrolls what holds the
box — the nearest scroll area around it, else the scroll area the window named — and the box keeps
its value, focused or not. A nurse scrolling the visit form with the pointer resting on the Route
box once turned "Oral" into "Topical" without seeing it; a value changes only by the keyboard or a
click.

One event filter on the application does it (installed once, by the first ``wheel_scrolls``), so
every box is covered, also the rows added later (a new lesion, a medication change, a lab row)
and the dialogs a guarded window opens (a dialog's parent chain leads to the window). It acts only
inside the widgets marked with ``wheel_scrolls``: the main window, the visit form, the clinic
settings; elsewhere (a test's bare widget) Qt's own wheel handling is untouched.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_GUARDED = "calcitrackWheelScrolls"
"""Dynamic property of a widget inside which the wheel changes no value."""
_SCROLLS_BESIDE = "calcitrackWheelScrollsBeside"
"""Dynamic property of the scroll area that takes the wheel of the boxes beside it (the visit
form's sections scroll under the wheel turned over the date or the visit type above them)."""
VALUE_BOXES = (QComboBox, QAbstractSpinBox)
"""What the wheel would change: drop-downs, and spin boxes (QDateEdit is one)."""


def wheel_scrolls(container: QWidget, beside: QAbstractScrollArea | None = None) -> None:
    """Inside ``container`` and every dialog it parents, the wheel over a value box scrolls the
    nearest scroll area around the box, else ``beside`` (a direct child of ``container``)."""
    _install()
    container.setProperty(_GUARDED, True)
    if beside is not None:
        beside.setProperty(_SCROLLS_BESIDE, True)


def value_box(widget: QWidget) -> QWidget | None:
    """The drop-down or spin box ``widget`` is, or is the text field of, else None."""
    if isinstance(widget, VALUE_BOXES):
        return widget
    parent = widget.parentWidget()
    return parent if isinstance(parent, VALUE_BOXES) else None


def guarded(widget: QWidget) -> bool:
    """``widget`` is inside a container given to ``wheel_scrolls`` (across dialog windows)."""
    current: QWidget | None = widget
    while current is not None:
        if current.property(_GUARDED):
            return True
        current = current.parentWidget()
    return False


def scroll_target(box: QWidget) -> QAbstractScrollArea | None:
    """What the wheel over ``box`` scrolls: the nearest scroll area whose viewport holds it, else
    the one marked to scroll beside a widget around it; never one in another window (a question
    over the visit form does not scroll the form behind it)."""
    current = box.parentWidget()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    while current is not None:
        area = current.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is current:
            return area
        beside = current.findChildren(QAbstractScrollArea, "", direct)
        marked = next((a for a in beside if a.property(_SCROLLS_BESIDE)), None)
        if marked is not None or current.isWindow():
            return marked
        current = area
    return None


class WheelGuard(QObject):
    """The application's event filter (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: isinstance first (PySide gives each event
        # its own class), since asking event.type() makes a Python enum each time.
        if not isinstance(event, QWheelEvent) or not isinstance(watched, QWidget):
            return False
        if event.type() != QEvent.Type.Wheel:
            return False
        box = value_box(watched)
        if box is None or not guarded(box):
            return False
        area = scroll_target(box)
        if area is not None and area.isVisible():
            _scroll(area, watched, event)
        return True  # the box never sees it: its value stays


def _scroll(area: QAbstractScrollArea, over: QWidget, event: QWheelEvent) -> None:
    viewport = area.viewport()
    position = QPointF(viewport.mapFromGlobal(over.mapToGlobal(event.position().toPoint())))
    moved = QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, moved)
    event.setAccepted(moved.isAccepted())


_guard: WheelGuard | None = None


def _install() -> None:
    global _guard
    app = QCoreApplication.instance()
    if app is None or (_guard is not None and shiboken6.isValid(_guard) and _guard.parent() is app):
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)

