"""A file path (or any text that reads left to right) kept whole inside a right-to-left sentence.

In an Arabic window, "قاعدة البيانات: /tmp/clinic.sqlite3" showed as "tmp/clinic.sqlite3/": the
leading slash is a neutral character that takes the direction of the Arabic before it, so the
bidi algorithm put it on the far side of the path. Isolated (LRI … PDI, which Qt's text engine
honours), the path keeps its own order, its slash first.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtGui import QGuiApplication

LRI = "\u2066"
"""LEFT-TO-RIGHT ISOLATE."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE."""


def left_to_right(text: str | PurePath) -> str:
    """``text`` isolated left to right when the window runs right to left; unchanged otherwise
    (a left-to-right window needs no marks, and its texts stay byte for byte as they were)."""
    shown = str(text)
    if shown and QGuiApplication.isRightToLeft():
        return f"{LRI}{shown}{PDI}"
    return shown
