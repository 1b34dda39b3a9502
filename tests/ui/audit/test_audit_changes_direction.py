"""In a right-to-left window the audit viewer's Changes cell keeps its English keys and values left
to right: QA in Arabic at 1280 × 800 saw "…authenticated: password entered again to sign;
meaning: re", the "…" that ends a cut summary drawn on the left, before its first word.

Laid out by Qt's text engine in a right-to-left paragraph, as the table's delegate lays it out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from calcitrack.ui.audit.audit_table_model import _changes_cell

CUT = "authenticated: password entered again to sign; meaning: re…"


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _x(text: str, index: int) -> float:
    """Where the cursor before the character at ``index`` is drawn in a right-to-left paragraph
    (inside a left-to-right run: its left edge)."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return float(line.cursorToX(index)[0])  # type: ignore[index]  # PySide6 types the (x, pos) pair as object


def test_a_cut_summary_ends_on_the_right(right_to_left: None) -> None:
    shown = _changes_cell(CUT)
    first, ellipsis = shown.index("a"), shown.index("…")
    # after the first letter, the "…" begins further right: read left to right, it comes last
    assert _x(shown, first + 1) < _x(shown, ellipsis)


def test_a_right_to_left_summary_is_left_as_it_is(right_to_left: None) -> None:
    assert _changes_cell("السبب: تصحيح") == "السبب: تصحيح"


def test_a_left_to_right_window_gets_no_marks(qapp: QApplication) -> None:
    assert _changes_cell(CUT) == CUT
