"""The Overview's assessment text laid out by Qt's own text engine (QTextDocument, as the
response panel's browser lays it out), for tests of where its lines break."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QTextDocument


def line_ends(html: str, width: int) -> Iterator[tuple[str, list[int]]]:
    """Each paragraph's text and where each of its lines but the last ends (an index into the
    text), ``html`` laid out ``width`` pixels wide."""
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    document.size()  # lays the text out at that width
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        yield block.text(), [
            layout.lineAt(i).textStart() + layout.lineAt(i).textLength()
            for i in range(layout.lineCount() - 1)
        ]
        block = block.next()
