"""The locked workstation: an opaque cover over the whole main window until the signed-in user
types the password again (or someone chooses Switch user…).

While locked nothing of the window can be seen or reached:
- the cover is a child of the window raised over everything in it, painted opaque, and it
  follows the window's size;
- the window's other children (central widget, menu bar, tool and status bars, docks) are
  disabled, so no mouse click, Tab or shortcut reaches them; keys pressed in the cover stay in it
  and its own Tab chain wraps around;
- open menus and popups are closed, and the window's own dialogs (and any shown while locked) are
  hidden, then shown again on unlock; the window title no longer names what was open.
The form underneath is untouched: unlocking gives the keyboard back to the field that had it.
With a visit typed and not saved, the cover says that Switch user keeps it as the signed-in
user's draft (offered to them alone), naming no patient (``set_unsaved_visit``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import User
from calcitrack.ui.session.account_form import (
    STYLE,
    busy_cursor,
    message_label,
    password_edit,
    sentence,
    set_message,
)
from calcitrack.ui.session.account_protocols import Accounts, is_sign_in_refusal, locked_until_of

COVER_COLOUR = QColor("#2f3b45")
LOCKED_TITLE = str(QT_TRANSLATE_NOOP("LockScreen", "CalciTrack — locked"))
"""The window's title while locked, in English (shown translated)."""
_PANEL_STYLE = STYLE + (
    " QFrame#lockPanel { background-color: palette(window); border-radius: 8px; }"
)


class LockScreen(QWidget):
    unlocked = Signal()
    """The user's password was right: the window is usable again, as it was."""
    switch_user_requested = Signal()
    """Someone else wants the workstation (the window stays locked until ``release()``)."""
    screen_locked = Signal()
    """The cover went up (pause the idle watch)."""

    def __init__(self, accounts: Accounts, user: User, parent: QWidget) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._user = user
        self._locked = False
        self._focus: QWidget | None = None
        self._disabled: list[QWidget] = []
        self._hidden: list[QWidget] = []
        self._title = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setStyleSheet(_PANEL_STYLE)
        panel.setFixedWidth(420)
        heading = QLabel(self.tr("Locked"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.who_label = QLabel(wordWrap=True)
        hint = QLabel(self.tr("Type your password to go on where you left off."))
        hint.setObjectName("hint")
        self.unsaved_label = QLabel(wordWrap=True)
        self.unsaved_label.setObjectName("hint")
        self.unsaved_label.hide()
        self.password_edit = password_edit(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.returnPressed.connect(self._on_unlock_clicked)
        self.message_label = message_label()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.switch_button = QPushButton(self.tr("Switch user…"))
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addWidget(heading)
        inner.addWidget(self.who_label)
        inner.addWidget(hint)
        inner.addWidget(self.unsaved_label)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.message_label)
        inner.addLayout(buttons)
        across = QHBoxLayout()  # stretches, not an alignment: the panel's lines wrap to its width
        across.addStretch(1)
        across.addWidget(panel)
        across.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(across)
        outer.addStretch(2)
        self.set_user(user)
        self.hide()
        parent.installEventFilter(self)

    # -- the public face --------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def user(self) -> User:
        return self._user

    def set_user(self, user: User) -> None:
        """Who must type the password (after a switch of user, before the next lock)."""
        self._user = user
        self.who_label.setText(
            self.tr("CalciTrack is signed in as {name} ({roles}).").format(
                name=user.display_name, roles=user.roles_text
            )
        )

    def set_unsaved_visit(self, unsaved: bool) -> None:
        """Say (or not) that a visit is typed and not saved: Switch user keeps it as the
        signed-in user's draft. No patient is named: anyone may be reading the cover."""
        name = self._user.display_name
        self.unsaved_label.setText(
            self.tr(
                "{name} has a visit open that is not saved. Switch user keeps it as a draft "
                "offered to {name} alone, at the next sign-in."
            ).format(name=name)
        )
        self.unsaved_label.setVisible(unsaved)

    def lock(self) -> None:
        """Cover the window (remembering which field had the keyboard); nothing if locked."""
        if self._locked:
            return
        self._locked = True
        parent = self._covered()
        window = parent.window()
        # None when nothing in the window has the keyboard (the stub's return type leaves it out)
        focus: QWidget | None = window.focusWidget()
        self._focus = focus if focus is not None and not self.isAncestorOf(focus) else None
        for _ in range(10):  # an open menu or combo list: close it (it would sit on top)
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        self._hidden = [w for w in _own_windows(window) if w.isVisible()]
        for shown in self._hidden:
            shown.hide()
        if parent.isWindow():
            self._title = parent.windowTitle()
            parent.setWindowTitle(self.tr(LOCKED_TITLE))
        self._reset()
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._disabled = [w for w in _siblings(self) if not _disabled(w)]
        for widget in self._disabled:
            widget.setEnabled(False)
        app = QCoreApplication.instance()
        if app is not None:  # to hide a dialog of the window shown while locked
            app.installEventFilter(self)
        self.screen_locked.emit()

    def release(self) -> None:
        """Uncover the window without a password: for the caller once someone has signed in
        another way (after Switch user…). ``unlocked`` is not emitted."""
        if not self._locked:
            return
        self._locked = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for widget in self._disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        self._disabled = []
        parent = self._covered()
        if parent.isWindow():
            parent.setWindowTitle(self._title)
        self.hide()
        self._reset()
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        hidden, self._hidden = self._hidden, []
        for window in hidden:
            if shiboken6.isValid(window):
                window.show()

    # -- unlocking ------------------------------------------------------------------------

    def _on_unlock_clicked(self) -> None:
        if not self._locked or not self.unlock_button.isEnabled():
            return
        password = self.password_edit.text()
        if not password:  # not sent: it would count as a failed attempt
            set_message(self.message_label, self.tr("Type your password."))
            return
        self.unlock_button.setEnabled(False)
        try:
            with busy_cursor():
                self._accounts.confirm(self._user, password)
        except Exception as error:
            self._refused(error)
            return
        self.release()
        self.unlocked.emit()

    def _refused(self, error: Exception) -> None:
        self.password_edit.clear()
        if is_sign_in_refusal(error):
            set_message(self.message_label, sentence(str(error)))
        else:
            set_message(
                self.message_label,
                self.tr("Could not check the password: {reason}").format(reason=error),
            )
        if locked_until_of(error) is not None:  # only another user can use the workstation
            self.password_edit.setEnabled(False)
            self.switch_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.unlock_button.setEnabled(True)
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_switch_clicked(self) -> None:
        self.switch_user_requested.emit()

    def _reset(self) -> None:
        self.password_edit.clear()
        self.password_edit.setEnabled(True)
        self.unlock_button.setEnabled(True)
        set_message(self.message_label, "")

    # -- keeping it covered ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(event.rect(), COVER_COLOUR)

    def event(self, event: QEvent) -> bool:
        if self._locked and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the window's shortcuts stay asleep while it is locked
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # never passed on to the window underneath

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the cover's own fields and buttons, never out of it."""
        start = QApplication.focusWidget() or self.password_edit
        widget: QWidget = start
        for _ in range(500):
            following = widget.nextInFocusChain() if next else widget.previousInFocusChain()
            if following is None or following is start:  # the chain is a ring: never None
                break
            widget = following
            if self.isAncestorOf(widget) and _takes_tab(widget):
                widget.setFocus(
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                return True
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the window (of the application, while locked) passes here: by class,
        # since asking event.type() makes a Python enum each time.
        if isinstance(event, QResizeEvent):
            if watched is self.parentWidget():
                self.setGeometry(watched.rect())
        elif self._locked and isinstance(event, QShowEvent) and isinstance(watched, QWidget):
            self._on_widget_shown(watched)
        elif self._locked and watched is self.password_edit and isinstance(event, QKeyEvent):
            return _menu_key(event)
        return False

    def _on_widget_shown(self, widget: QWidget) -> None:
        parent = self._covered()
        if widget.isWindow() and widget in _own_windows(parent.window()):
            if widget not in self._hidden:
                self._hidden.append(widget)
            QTimer.singleShot(0, self, lambda: self._keep_hidden(widget))
        elif widget.parentWidget() is parent and widget is not self:
            if not _disabled(widget):  # a bar or dock added while locked
                widget.setEnabled(False)
                self._disabled.append(widget)
            self.raise_()

    def _covered(self) -> QWidget:
        """The window the cover is over: its parent (given to ``__init__``, never changed)."""
        parent = self.parentWidget()
        assert parent is not None  # __init__ requires a parent; the cover is never reparented
        return parent

    def _keep_hidden(self, widget: QWidget) -> None:
        if self._locked and shiboken6.isValid(widget) and widget.isVisible():
            widget.hide()


def _own_windows(window: QWidget) -> list[QWidget]:
    """The dialogs and other windows whose parent chain leads to ``window`` (not popups: a menu
    is closed, not hidden to come back)."""
    return [
        w for w in window.findChildren(QWidget)
        if w.isWindow() and w.windowType() != Qt.WindowType.Popup
    ]


def _siblings(cover: QWidget) -> list[QWidget]:
    parent = cover.parentWidget()
    if parent is None:  # a cover without a window has no siblings
        return []
    children = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [w for w in children if w is not cover and not w.isWindow()]


def _disabled(widget: QWidget) -> bool:
    return widget.testAttribute(Qt.WidgetAttribute.WA_Disabled)


def _takes_tab(widget: QWidget) -> bool:
    tab = Qt.FocusPolicy.TabFocus.value
    return bool(widget.focusPolicy().value & tab) and widget.isEnabled() and widget.isVisible()


def _menu_key(event: QKeyEvent) -> bool:
    """Alt+letter, reaching for a menu of the window (asleep while locked): not a character of
    the password (QA: Alt+F typed one, and the right password then failed once). AltGr, which
    some keyboards need for "@", is Ctrl+Alt on Windows and no Alt at all on X11: kept."""
    held = event.modifiers()
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    return bool(held & alt) and not held & ctrl and bool(event.text())
