"""Typing any text into a widget with real key events, as a keyboard layout delivers them.

``qtbot.keyClicks`` maps each character to a Qt key through ``QTest.asciiToKey``, which knows
printable ASCII only (anything else aborts the test process); a key outside ASCII — the minus
sign "−" of a Unicode keyboard layout, "é", "١" — arrives from the platform as a key event that
carries its text, which is what ``QTest.sendKeyEvent`` sends here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for character in text:
        if " " <= character <= "~":
            qtbot.keyClicks(widget, character)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                character,
                Qt.KeyboardModifier.NoModifier,
            )
