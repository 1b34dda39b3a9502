"""Marking a field as wrong: a red frame, the reason as its tooltip and accessible description.

One look for every form (patient dialog, visit form sections): call ``mark(widget, reason)`` and
``clear(widget)``; the stylesheet keys on the dynamic ``invalid`` property.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

INVALID_STYLE = (
    '*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; '
    "background-color: #fdecea; }"
)
"""Install once on the form's top widget (``form.setStyleSheet(INVALID_STYLE)``)."""


def mark(widget: QWidget, reason: str) -> None:
    widget.setProperty("invalid", True)
    widget.setToolTip(reason)
    widget.setAccessibleDescription(reason)
    _repolish(widget)


def clear(widget: QWidget) -> None:
    if widget.property("invalid"):
        widget.setProperty("invalid", False)
        widget.setToolTip("")
        widget.setAccessibleDescription("")
        _repolish(widget)


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
