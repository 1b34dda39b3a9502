"""The visit form's scrolling column of captioned sections."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QScrollArea, QVBoxLayout, QWidget


def section_column(sections: Sequence[tuple[str, QWidget]]) -> QScrollArea:
    """Each widget in a group box with its caption, one under the other, in a scroll area that
    takes no focus itself (Tab goes straight from field to field)."""
    body = QWidget()
    column = QVBoxLayout(body)
    for caption, widget in sections:
        box = QGroupBox(caption)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        column.addWidget(box)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    return scroll
