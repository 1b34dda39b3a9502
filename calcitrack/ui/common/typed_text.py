"""The text of a QPlainTextEdit exactly as typed. ``toPlainText()`` turns a no-break space (U+00A0,
typed by some keyboards and pasted from letters and reports) into a plain space: what a person
typed would be changed without her seeing it. The raw text keeps it; only the blocks' paragraph
separators become the newlines they were typed as."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

PARAGRAPH_SEPARATOR = "\u2029"


def typed_text(edit: QPlainTextEdit) -> str:
    return edit.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")
