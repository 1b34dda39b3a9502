"""The locked workstation over a real window, unlocked with the real account service: it covers
everything, nothing underneath is reachable, and the form underneath is as it was after unlock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.ui.session.lock_screen import LOCKED_TITLE, LockScreen, _menu_key
from tests.support.accounts import TEST_PASSWORD, open_signed_in


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(sqlite_url, display_name="Dr Test", roles=(Role.PHYSICIAN,))
    yield opened
    opened.close()


class Window(QMainWindow):
    """A plain window with a form: a note being typed, a button, a menu action with a shortcut."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("CalciTrack — RUIZ, Ana (MRN 0042)")
        central = QWidget()
        layout = QVBoxLayout(central)
        self.note = QLineEdit()
        self.other = QLineEdit()
        self.button = QPushButton("Save visit")
        for widget in (self.note, self.other, self.button):
            layout.addWidget(widget)
        self.setCentralWidget(central)
        self.triggered = 0
        self.action = QAction("&New visit", self, shortcut=QKeySequence("Ctrl+K"))
        self.action.triggered.connect(self._on_action_triggered)
        self.menuBar().addMenu("&Visit").addAction(self.action)
        self.addAction(self.action)
        self.statusBar().showMessage("RUIZ, Ana")
        self.resize(640, 420)

    def _on_action_triggered(self) -> None:
        self.triggered += 1


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    shown = Window()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


@pytest.fixture
def lock(clinic: Clinic, window: Window) -> LockScreen:
    assert clinic.user is not None
    return LockScreen(clinic.accounts(), clinic.user, window)


def _type_in_note(qtbot: QtBot, window: Window) -> None:
    window.note.setFocus()
    qtbot.keyClicks(window.note, "firm nodule, 2 cm")
    assert QApplication.focusWidget() is window.note


def _unlock(qtbot: QtBot, lock: LockScreen, password: str) -> None:
    qtbot.keyClicks(lock.password_edit, password)
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)


def test_starts_hidden_and_says_who_is_signed_in(lock: LockScreen) -> None:
    assert not lock.is_locked
    assert not lock.isVisible()
    assert lock.who_label.text().startswith("CalciTrack is signed in as Dr Test (Physician)")


def test_covers_the_whole_window_and_follows_its_size(
    qtbot: QtBot, window: Window, lock: LockScreen
) -> None:
    with qtbot.waitSignal(lock.screen_locked):
        lock.lock()
    assert lock.is_locked and lock.isVisible()
    assert lock.geometry() == window.rect()
    for widget in (window.note, window.button, window.menuBar(), window.statusBar()):
        centre = widget.mapTo(window, widget.rect().center())
        under = window.childAt(centre)
        assert under is lock or lock.isAncestorOf(under), widget
        assert not widget.isEnabled()
    window.resize(900, 600)
    qtbot.waitUntil(lambda: lock.geometry() == window.rect())
    assert window.windowTitle() == LOCKED_TITLE
    # painted opaque: no pixel of the form shows through
    image = window.grab().toImage()
    assert image.pixelColor(window.note.mapTo(window, QPoint(5, 5))).name() == "#2f3b45"


def test_nothing_underneath_is_reachable_and_the_form_is_untouched(
    qtbot: QtBot, window: Window, lock: LockScreen
) -> None:
    _type_in_note(qtbot, window)
    lock.lock()
    assert QApplication.focusWidget() is lock.password_edit
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert lock.isAncestorOf(QApplication.focusWidget())
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert lock.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.triggered == 0  # the window's shortcuts sleep
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=window.note.mapTo(window, QPoint(5, 5)))
    assert window.note.text() == "firm nodule, 2 cm"

    lock.password_edit.setFocus()
    with qtbot.waitSignal(lock.unlocked):
        _unlock(qtbot, lock, TEST_PASSWORD)
    assert not lock.isVisible() and not lock.is_locked
    assert window.note.text() == "firm nodule, 2 cm"
    assert window.note.isEnabled() and window.menuBar().isEnabled()
    assert QApplication.focusWidget() is window.note
    assert window.windowTitle() == "CalciTrack — RUIZ, Ana (MRN 0042)"
    qtbot.keyClicks(window.note, ", mobile")
    assert window.note.text() == "firm nodule, 2 cm, mobile"
    qtbot.keyClick(window.note, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.triggered == 1  # awake again


def test_a_wrong_password_is_said_then_the_right_one_unlocks(
    qtbot: QtBot, lock: LockScreen
) -> None:
    lock.lock()
    with qtbot.assertNotEmitted(lock.unlocked):
        _unlock(qtbot, lock, "not my password")
    assert lock.is_locked
    assert lock.message_label.isVisible()
    # It asks only for the password of the account it names: no "username" to be wrong (the
    # sign-in dialog keeps its vague "Wrong username or password.", which names no account).
    assert lock.message_label.text() == "Wrong password."
    assert "username" not in lock.message_label.text()
    assert lock.password_edit.text() == ""
    assert QApplication.focusWidget() is lock.password_edit
    with qtbot.waitSignal(lock.unlocked):
        _unlock(qtbot, lock, TEST_PASSWORD)
    lock.lock()  # a second lock starts clean
    assert lock.message_label.text() == "" and not lock.message_label.isVisible()


def test_alt_and_a_letter_reaching_for_a_menu_types_nothing_into_the_password(
    qtbot: QtBot, lock: LockScreen
) -> None:
    lock.lock()
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert lock.password_edit.text() == ""
    alt_gr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    for held, text, menu in ((Qt.KeyboardModifier.AltModifier, "f", True),
                             (alt_gr, "@", False),  # AltGr on Windows
                             (Qt.KeyboardModifier.ShiftModifier, "F", False)):  # fmt: skip
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F, held, text)
        assert _menu_key(key) is menu, (held, text)
    with qtbot.waitSignal(lock.unlocked):
        _unlock(qtbot, lock, TEST_PASSWORD)


def test_a_lockout_leaves_only_switch_user(qtbot: QtBot, lock: LockScreen) -> None:
    lock.lock()
    for _ in range(5):
        _unlock(qtbot, lock, "not my password")
    assert "locked until" in lock.message_label.text()
    assert lock.message_label.text().startswith("5 wrong passwords in a row.")
    assert not lock.password_edit.isEnabled()
    assert not lock.unlock_button.isEnabled()
    assert QApplication.focusWidget() is lock.switch_button
    with qtbot.waitSignal(lock.switch_user_requested):
        qtbot.keyClick(lock.switch_button, Qt.Key.Key_Space)
    assert lock.is_locked


def test_switch_user_asks_and_stays_locked_until_released(
    qtbot: QtBot, window: Window, lock: LockScreen
) -> None:
    _type_in_note(qtbot, window)
    lock.lock()
    with qtbot.waitSignal(lock.switch_user_requested):
        qtbot.mouseClick(lock.switch_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked and lock.isVisible()
    with qtbot.assertNotEmitted(lock.unlocked):
        lock.release()
    assert not lock.isVisible()
    assert window.note.isEnabled() and window.note.text() == "firm nodule, 2 cm"


def test_the_windows_dialogs_hide_while_locked(
    qtbot: QtBot, window: Window, lock: LockScreen
) -> None:
    dialog = QDialog(window)
    edit = QLineEdit(dialog)
    dialog.open()  # window-modal: it would keep the password field from the keyboard
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(edit, "half typed")
    finished: list[int] = []
    dialog.finished.connect(finished.append)

    lock.lock()
    assert not dialog.isVisible()
    later = QDialog(window)
    later.open()  # shown by the application while locked (a result arriving)
    qtbot.waitUntil(lambda: not later.isVisible())
    lock.password_edit.setFocus()
    with qtbot.waitSignal(lock.unlocked):
        _unlock(qtbot, lock, TEST_PASSWORD)
    assert dialog.isVisible() and later.isVisible()
    assert edit.text() == "half typed"
    assert finished == []


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen popups
def test_an_open_menu_is_closed(qtbot: QtBot, window: Window, lock: LockScreen) -> None:
    menu = QMenu(window)
    menu.addAction("Delete visit")
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    lock.lock()
    assert not menu.isVisible()
    assert QApplication.activePopupWidget() is None
    lock.release()
    assert not menu.isVisible()  # closed, not hidden to come back


def test_locking_twice_keeps_the_first_focus(
    qtbot: QtBot, window: Window, lock: LockScreen
) -> None:
    _type_in_note(qtbot, window)
    lock.lock()
    lock.lock()
    with qtbot.waitSignal(lock.unlocked):
        _unlock(qtbot, lock, TEST_PASSWORD)
    assert QApplication.focusWidget() is window.note
