"""Answering the question a visit form asks before saving a visit with active lesions left
unmeasured (calcitrack.ui.visit_form.partial), from the keyboard as a nurse does."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.ui.visit_form.form import VisitFormView
from calcitrack.ui.visit_form.unmeasured_lesions_dialog import UnmeasuredLesionsDialog


def open_question(qtbot: QtBot, form: VisitFormView) -> UnmeasuredLesionsDialog:
    """The question, once it is shown with the keyboard in its first choice."""
    qtbot.waitUntil(lambda: form.partial_question.dialog is not None)
    dialog = form.partial_question.dialog
    assert dialog is not None
    qtbot.waitUntil(
        lambda: dialog.isVisible() and dialog.isAncestorOf(QApplication.focusWidget())
    )
    return dialog


def keep_not_measured(qtbot: QtBot, form: VisitFormView, *, next_question: bool = False) -> None:
    """Enter on the question: every lesion "not measured today" (the default), and save.
    ``next_question``: the save asks something else next (unusual values), which takes the
    keyboard instead of the form."""
    answer(qtbot, form, Qt.Key.Key_Return, back_to_form=not next_question)


def answer(qtbot: QtBot, form: VisitFormView, key: Qt.Key, *, back_to_form: bool = True) -> None:
    """Press ``key`` (Enter: save; Esc: back to the form) on the question, then wait for the
    form's window to have the keyboard again (``back_to_form``)."""
    dialog = open_question(qtbot, form)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    if not back_to_form:
        return
    window = form.window()
    qtbot.waitUntil(lambda: window.isHidden() or QApplication.activeWindow() is window)
