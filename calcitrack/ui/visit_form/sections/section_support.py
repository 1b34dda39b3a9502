"""What the scores, labs and medication-change sections of the visit form share: red fields with
every reason also listed in a message line, section-relative problem paths, number checks, and the
tab order of rows added while the form is open.

Marks come from problems found while typing ("live") and problems the form's validation routed to
the section ("shown"); ``field_marks`` draws them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from calcitrack.domain.errors import Problem
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.number_text import in_window_digits

_INDEXED = re.compile(r"^(?P<prefix>[a-z_]*)\[(?P<index>\d+)\](?:\.(?P<name>\w+))?$")


def indexed_field(field: str, prefix: str) -> tuple[int, str] | None:
    """``prefix[i].name`` or ``[i].name`` → (i, name); name is "" for a bare ``[i]``."""
    match = _INDEXED.match(field)
    if match is None or match["prefix"] not in ("", prefix):
        return None
    return int(match["index"]), match["name"] or ""


def number_problem(
    edit: QLineEdit,
    value: float | None,
    label: str,
    low: float,
    high: float,
    unit: str = "",
    *,
    integer: bool = False,
) -> str | None:
    """Why the number typed in ``edit`` is not acceptable, or None (empty is acceptable): the
    reason a ``NumberEdit`` gives for text that is not a number, else the range."""
    if not edit.text().strip():
        return None
    suffix = f" {unit}" if unit else ""
    if value is None:
        reason = edit.problem() if isinstance(edit, NumberEdit) else None
        return QCoreApplication.translate("SectionSupport", "{field}: {reason}").format(
            field=label,
            reason=reason or QCoreApplication.translate("SectionSupport", "not a number"),
        )
    if integer and not value.is_integer():
        return QCoreApplication.translate(
            "SectionSupport", "{field} must be a whole number from {low} to {high}{unit}"
        ).format(
            field=label,
            low=in_window_digits(f"{low:g}"),
            high=in_window_digits(f"{high:g}"),
            unit=suffix,
        )
    if not low <= value <= high:
        return QCoreApplication.translate(
            "SectionSupport", "{field} must be between {low} and {high}{unit}, got {value}"
        ).format(
            field=label,
            low=in_window_digits(f"{low:g}"),
            high=in_window_digits(f"{high:g}"),
            unit=suffix,
            value=in_window_digits(f"{value:g}"),
        )
    return None


def place_problems(
    problems: Sequence[Problem],
    target: Callable[[str], tuple[QWidget, str, str] | None],
    unplaced_text: Callable[[Problem], str] = str,
) -> tuple[list[tuple[QWidget, str]], list[str]]:
    """Split problems into those on a widget of the section (widget, "name: reason") and the
    rest (text for the section's message line)."""
    placed: list[tuple[QWidget, str]] = []
    unplaced: list[str] = []
    for problem in problems:
        found = target(problem.field)
        if found is None:
            unplaced.append(unplaced_text(problem))
        else:
            reason = QCoreApplication.translate("SectionSupport", "{field}: {reason}")
            placed.append((found[0], reason.format(field=found[2], reason=problem.reason)))
    return placed, unplaced


class SectionMarks:
    """The marks of one section; ``refresh`` redraws them from the live problems."""

    def __init__(self, message_label: QLabel) -> None:
        self.message_label = message_label
        message_label.setWordWrap(True)
        message_label.setStyleSheet("color: #c62828;")
        message_label.setAccessibleName(QCoreApplication.translate("SectionSupport", "Problems"))
        self._shown: dict[int, str] = {}  # id(widget) → reason, so deleted widgets never hash
        self._unplaced: list[str] = []

    def set_shown(self, placed: Iterable[tuple[QWidget, str]], unplaced: Iterable[str]) -> None:
        """Replace the routed problems; the first reason per widget wins."""
        self._shown = {}
        for widget, reason in placed:
            self._shown.setdefault(id(widget), reason)
        self._unplaced = list(unplaced)

    def clear_shown(self) -> None:
        self._shown = {}
        self._unplaced = []

    def forget(self, widget: object) -> None:
        """An edit of ``widget`` (or its removal) drops the routed problem on it."""
        self._shown.pop(id(widget), None)

    def refresh(self, widgets: Iterable[QWidget], live: Mapping[QWidget, str]) -> None:
        reasons: list[str] = []
        for widget in widgets:
            reason = live.get(widget) or self._shown.get(id(widget))
            if reason:
                field_marks.mark(widget, reason)
                if reason not in reasons:
                    reasons.append(reason)
            else:
                field_marks.clear(widget)
        self.message_label.setText("\n".join(reasons + self._unplaced))
        self.message_label.setHidden(not (reasons or self._unplaced))


def tab_after(previous: QWidget, widgets: Sequence[QWidget]) -> None:
    """Put ``widgets`` (a row just created, so last in the window's tab chain) right after
    ``previous`` in the tab order, so that Tab walks the form in screen order."""
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget
