"""Keyboard plumbing of forms built in pieces.

Qt appends a new widget to the end of its window's Tab chain, so a section that rebuilds its rows
puts them back where they belong (``chain_before``); and a form's own shortcuts step aside when
the window it sits in has actions on the same keys (``yield_shortcuts``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget


def previous_in_chain(widget: QWidget) -> QWidget:
    """The widget before ``widget`` in the Tab chain. The chain is a ring (a widget alone is its
    own neighbour): Qt never gives the None that ``previousInFocusChain``'s stub allows, and were
    it to, ``widget`` itself would stand in."""
    return widget.previousInFocusChain() or widget


def chain_before(anchor: QWidget, widgets: Sequence[QWidget]) -> None:
    """Put ``widgets``, in this order, just before ``anchor`` in the Tab chain.

    ``QWidget.setTabOrder`` ignores a pair whose first widget takes no focus, so the chain is
    hooked onto the nearest focusable widget before ``anchor``.
    """
    moving = {id(w) for w in widgets}
    previous = previous_in_chain(anchor)
    while previous is not anchor and (
        previous.focusPolicy() == Qt.FocusPolicy.NoFocus or id(previous) in moving
    ):
        previous = previous_in_chain(previous)
    order = [*widgets, anchor]
    if previous is anchor:  # nothing focusable before: keep the order among themselves
        previous, order = order[0], order[1:]
    for widget in order:
        QWidget.setTabOrder(previous, widget)
        previous = widget


def yield_shortcuts(widget: QWidget, shortcuts: Sequence[QShortcut]) -> None:
    """Disable ``widget``'s own shortcuts whose keys an action of its window already has (two
    shortcuts on one key are ambiguous, and then neither fires); enable the others."""
    window = widget.window()
    taken: set[str] = set()
    if window is not widget:
        for action in window.findChildren(QAction):
            owner = action.parent()
            if owner is widget or (isinstance(owner, QWidget) and widget.isAncestorOf(owner)):
                continue
            taken |= {key.toString() for key in action.shortcuts()}
    for shortcut in shortcuts:
        shortcut.setEnabled(shortcut.key().toString() not in taken)
