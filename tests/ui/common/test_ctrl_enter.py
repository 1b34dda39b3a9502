"""Ctrl+Enter confirms a reason dialog from its text field (Enter there starts a new line, and the
QA trial found no way out but Tab): the reason is given once, whole; with no reason nothing
happens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.ui.visits.reason_dialog import ReasonDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _dialog(qtbot: QtBot) -> ReasonDialog:
    dialog = ReasonDialog(title="Delete", explanation="It goes.", question="&Why?",
                          action="&Delete", accessible_name="Reason")  # fmt: skip
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.reason_edit.setFocus()
    return dialog


def test_ctrl_enter_gives_the_reason_typed_over_two_lines(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    given: list[str] = []
    dialog.reason_given.connect(given.append)
    qtbot.keyClicks(dialog.reason_edit, "entered twice")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # a new line, not a confirmation
    assert given == [] and dialog.isVisible()
    qtbot.keyClicks(dialog.reason_edit, "(same X-ray)")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, CTRL)
    assert given == ["entered twice\n(same X-ray)"]
    assert not dialog.isVisible()


def test_ctrl_enter_with_no_reason_does_nothing(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    given: list[str] = []
    dialog.reason_given.connect(given.append)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Enter, CTRL)
    assert given == [] and dialog.isVisible()
