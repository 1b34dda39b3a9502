"""The parts every account form shares: a field with its hint and its reason under it, the
refusals of the services shown next to the fields they name (the rest in a red message line), the
password field, the busy cursor.

Field names are the services' (``username``, ``display name``, ``roles``, ``password``,
``new password``); a problem about a field the form does not show goes to the message line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_text import in_window_digits

ERROR_COLOUR = "#b00020"
STYLE = field_marks.INVALID_STYLE + (
    f" QLabel#message, QLabel#fieldReason {{ color: {ERROR_COLOUR}; }}"
    " QLabel#hint { color: #5f6368; }"
)
"""Install on the form's top widget."""
REPEAT = "repeat password"
"""The field of a repeated password that does not match (checked here, never sent)."""
_FIELD_PREFIX = re.compile(r"^([a-z][a-z ]*): (.+)$", re.DOTALL)


def sentence(text: str, keep: Iterable[str] = ()) -> str:
    """``text`` with a full stop, and a capital first letter when it starts with a plain word
    (the services write lower case): never a username (``dr.test``, or one of ``keep``)."""
    text = text.strip()
    if not text:
        return text
    first = re.split(r"[\s,:;]", text, maxsplit=1)[0]
    if first.isalpha() and first not in set(keep):
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def password_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


def password_rule(min_length: int) -> str:
    return QCoreApplication.translate(
        "AccountForm",
        "At least {count} characters, not the username; "
        "a few words are easy to type and hard to guess.",
    ).format(count=in_window_digits(str(min_length)))


def message_label() -> QLabel:
    """The red line for refusals that name no field of the form; hidden while empty."""
    label = QLabel(wordWrap=True)
    label.setObjectName("message")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def set_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def fit_height(widget: QWidget) -> None:
    """Grow ``widget``'s window to the height its wrapped lines need at its width (a window does
    not grow by itself for a reason that appears under a field)."""
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.resize(window.width(), needed)


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while a password is checked or hashed (about 0.2 s)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class FieldRow(QWidget):
    """An editor, an optional grey hint under it, and under that the reason it was refused."""

    def __init__(self, editor: QWidget, hint: str = "") -> None:
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.hint_label = QLabel(hint, wordWrap=True)
        self.hint_label.setObjectName("hint")
        self.hint_label.setVisible(bool(hint))
        layout.addWidget(self.hint_label)
        self.reason_label = QLabel(wordWrap=True)
        self.reason_label.setObjectName("fieldReason")
        self.reason_label.hide()
        layout.addWidget(self.reason_label)
        self.setFocusProxy(editor)

    def set_hint(self, hint: str) -> None:
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def show_reason(self, text: str) -> None:
        field_marks.mark(self.editor, text)
        self.reason_label.setText(text)
        self.reason_label.show()

    def clear(self) -> None:
        field_marks.clear(self.editor)
        self.reason_label.clear()
        self.reason_label.hide()


class ProblemForm:
    """Fields by the services' names, laid out in a ``QFormLayout``, and where refusals go."""

    def __init__(self, layout: QFormLayout, message: QLabel) -> None:
        self.layout = layout
        self.message = message
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, str] = {}
        self.keep: set[str] = set()
        """Usernames a message may start with (never capitalised)."""

    def add(self, name: str, label: str, editor: QWidget, hint: str = "") -> FieldRow:
        row = FieldRow(editor, hint)
        self.rows[name] = row
        self.labels[name] = label
        caption = QLabel(QCoreApplication.translate("AccountForm", "{label}:").format(label=label))
        caption.setBuddy(editor)
        # level with the editor, not with the middle of editor, hint and reason
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        margin = max(0, (editor.sizeHint().height() - caption.sizeHint().height()) // 2)
        caption.setContentsMargins(0, margin, 0, 0)
        self.layout.addRow(caption, row)
        if not editor.accessibleName():
            editor.setAccessibleName(label)
        return row

    def clear(self) -> None:
        for row in self.rows.values():
            row.clear()
        set_message(self.message, "")

    def show(self, problems: Iterable[Problem], note: str = "") -> None:
        """Each problem under its field (the rest, and ``note``, in the message line); the
        cursor goes to the first field marked."""
        self.clear()
        reasons: dict[str, list[str]] = {}
        loose: list[str] = []
        for problem in problems:
            if problem.field in self.rows:
                reasons.setdefault(problem.field, []).append(problem.reason)
            else:
                loose.append(sentence(str(problem), self.keep))
        for name, texts in reasons.items():
            reason = QCoreApplication.translate("AccountForm", "{field}: {reasons}").format(
                field=self.labels[name],
                reasons=QCoreApplication.translate("AccountForm", "; ").join(texts),
            )
            self.rows[name].show_reason(sentence(reason))
        set_message(self.message, "\n".join([*loose, sentence(note, self.keep)] if note else loose))
        fit_height(self.message)
        for name in self.rows:
            if name in reasons:
                self.rows[name].editor.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def show_text(self, name: str, text: str) -> None:
        """``text`` as it is under the field ``name`` (a refusal that already names it)."""
        self.clear()
        row = self.rows[name]
        row.show_reason(sentence(text))
        fit_height(self.message)
        row.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, error: BaseException, doing: str) -> None:
        """A refusal of the service: its problems next to their fields; a refusal that starts
        with a field's name (``"username: 'ana' is taken"``) there too; any other message in the
        message line. ``doing`` ("The account was not created") leads an unexpected failure."""
        self.show(*problems_of(error, set(self.rows), doing))

    def marked(self) -> list[str]:
        return [name for name, row in self.rows.items() if row.reason_label.text()]


def problems_of(
    error: BaseException, fields: set[str], doing: str
) -> tuple[list[Problem], str]:
    """(problems for fields, message for the message line) of a refusal."""
    if isinstance(error, DomainValidationError):
        return list(error.problems), ""
    text = str(error)
    if isinstance(error, (PermissionError, LookupError, RuntimeError)):
        found = _FIELD_PREFIX.match(text)
        if found and found.group(1) in fields:
            return [Problem(found.group(1), found.group(2))], ""
        return [], text
    return [], QCoreApplication.translate("AccountForm", "{doing}: {reason}").format(
        doing=doing, reason=text or type(error).__name__
    )


class AccountDialogFrame:
    """What an account dialog is built in (first administrator, Change password, Change my
    settings): the house style, an introduction, the form, the red message line and the buttons,
    top to bottom. The dialog adds its rows to ``form`` and its buttons to ``buttons``."""

    def __init__(self, dialog: QDialog, *, title: str, intro: str, width: int) -> None:
        dialog.setWindowTitle(title)
        dialog.setStyleSheet(STYLE)
        dialog.setMinimumWidth(width)
        self.intro = QLabel(intro, wordWrap=True)
        self.message_label = message_label()
        self.form_layout = QFormLayout()
        self.form = ProblemForm(self.form_layout, self.message_label)
        self.buttons = QDialogButtonBox()
        self.buttons.rejected.connect(dialog.reject)
        self.layout = QVBoxLayout(dialog)
        self.layout.addWidget(self.intro)
        self.layout.addLayout(self.form_layout)
        self.layout.addWidget(self.message_label)
        self.layout.addWidget(self.buttons)
