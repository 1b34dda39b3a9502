"""The date fields (visit date, imaging and procedure dates) as a nurse types into them: Ctrl+A
then a whole date replaces it (the digits were refused one by one and the date silently kept), and
the field entered from a refusal or with Tab has its year selected, so typing a date replaces it
instead of garbling it (2026-12-05 typed at the end read 2026-12-20)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.ui.common.iso_date_edit import IsoDateEdit

START = date(2026, 12, 6)


_HOSTS: list[QWidget] = []


def _field(qtbot: QtBot) -> tuple[IsoDateEdit, QLineEdit]:
    host = QWidget()
    _HOSTS[:] = [host]  # kept alive while the test types (qtbot closes it afterwards)
    edit = IsoDateEdit(START, "Date")
    after = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(host)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    return edit, after


def test_ctrl_a_then_a_date_replaces_it(qtbot: QtBot) -> None:
    edit, after = _field(qtbot)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "2026-10-01")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.day() == date(2026, 10, 1)
    assert after.hasFocus()  # the Tab was not lost


@pytest.mark.parametrize("reason", [Qt.FocusReason.OtherFocusReason, Qt.FocusReason.TabFocusReason])
def test_entering_the_field_selects_the_year_so_a_date_typed_replaces_it(
    qtbot: QtBot, reason: Qt.FocusReason
) -> None:
    edit, after = _field(qtbot)
    after.setFocus()
    edit.lineEdit().setCursorPosition(len(edit.lineEdit().text()))  # where a refusal left it
    edit.setFocus(reason)
    qtbot.keyClicks(edit, "2026-12-05")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.day() == date(2026, 12, 5)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # a new field each time
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_any_date_typed_after_ctrl_a_is_the_date_kept(qtbot: QtBot, day: date) -> None:
    edit, _after = _field(qtbot)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, day.isoformat())
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.day() == day
