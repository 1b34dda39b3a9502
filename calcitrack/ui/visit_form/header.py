"""The top of the visit form: visit date, type, clinician and the next visit due, plus the date
edit that takes ``2026-10-05`` typed straight through."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic_settings import FOLLOW_UP_WEEKS, ClinicSettings
from calcitrack.domain.codes import VisitType
from calcitrack.domain.entities import Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.worklist import follow_up_due
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.iso_date_edit import IsoDateEdit
from calcitrack.ui.common.window_locale import shown_date

FIELDS = {
    "visit_date": str(QT_TRANSLATE_NOOP("VisitHeader", "Visit date")),
    "visit_type": str(QT_TRANSLATE_NOOP("VisitHeader", "Visit type")),
    "clinician": str(QT_TRANSLATE_NOOP("VisitHeader", "Clinician")),
    "next_visit_due_on": str(QT_TRANSLATE_NOOP("VisitHeader", "Next visit due")),
}
"""The header's fields by their names on screen, in English (``field_name`` translates)."""


def field_name(field: str) -> str:
    """A header field's name on screen ("Visit date"), translated."""
    return QCoreApplication.translate("VisitHeader", FIELDS[field])


class VisitHeader(QWidget):
    changed = Signal()
    date_changed = Signal(object)

    def __init__(
        self, today: date, settings: ClinicSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.follow_up_weeks = int((settings or ClinicSettings.defaults())[FOLLOW_UP_WEEKS])
        self._following = False
        """The next visit due is the clinic's default, following the visit date."""
        self.date_edit = IsoDateEdit(today, self.tr("Visit date"))
        self.date_edit.setToolTip(self.tr("The clinical date of the visit (yyyy-MM-dd)"))
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Visit type"))
        for kind in VisitType:
            self.type_combo.addItem(kind.label, kind.value)
        self.clinician_edit = QLineEdit()
        self.clinician_edit.setAccessibleName(self.tr("Clinician"))
        self.clinician_edit.setMaxLength(100)
        self.clinician_edit.setMinimumWidth(180)
        self.next_due_check = QCheckBox(self.tr("Next visit due"))
        self.next_due_edit = IsoDateEdit(today, self.tr("Next visit due"))
        self.next_due_edit.setEnabled(False)
        self.follow_up_label = QLabel()
        self.follow_up_label.setToolTip(
            self.tr(
                "The clinic's follow-up interval (Tools → Clinic settings): type another date, "
                "or untick to plan none"
            )
        )
        self.follow_up_label.hide()
        # A problem with the date (a visit already on it, a draft's date) in words, not only in
        # the red frame's tooltip: a nurse does not hover to learn why she cannot save.
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setStyleSheet("color: #c62828;")
        self.message_label.setAccessibleName(
            self.tr("Problems with the visit date, type or clinician")
        )
        self.message_label.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        column.addLayout(layout)
        column.addWidget(self.message_label)
        for caption, widget in (
            (self.tr("&Date"), self.date_edit),
            (self.tr("T&ype"), self.type_combo),  # Alt+T is the Tools menu
            (self.tr("Cli&nician"), self.clinician_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
            layout.addSpacing(12)
        layout.addWidget(self.next_due_check)
        layout.addWidget(self.next_due_edit)
        layout.addWidget(self.follow_up_label)
        layout.addStretch(1)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.type_combo.currentIndexChanged.connect(self._emit_changed)
        self.clinician_edit.textChanged.connect(self._emit_changed)
        self.next_due_check.toggled.connect(self._on_due_toggled)
        self.next_due_edit.dateChanged.connect(self._on_due_typed)
        self._quiet = 0

    def visit_date(self) -> date:
        return self.date_edit.day()

    def visit_type(self) -> VisitType:
        return VisitType(self.type_combo.currentData())

    def next_due(self) -> date | None:
        return self.next_due_edit.day() if self.next_due_check.isChecked() else None

    def apply_to(self, visit: Visit) -> Visit:
        return dataclasses.replace(
            visit,
            visit_date=self.visit_date(),
            visit_type=self.visit_type(),
            clinician=self.clinician_edit.text().strip(),
            next_visit_due_on=self.next_due(),
        )

    def load_new(self, visit_date: date, kind: VisitType, clinician: str) -> None:
        """A new visit: the next one due after the clinic's follow-up interval, shown, following
        the visit date until the nurse types a due date of her own (or unticks it)."""
        self.load(visit_date, kind, clinician, follow_up_due(visit_date, self.follow_up_weeks))
        self._set_following(True)

    def load(self, visit_date: date, kind: VisitType, clinician: str, due: date | None) -> None:
        self._set_following(False)
        self._quiet += 1
        try:
            self.date_edit.set_day(visit_date)
            self.type_combo.setCurrentIndex(self.type_combo.findData(kind.value))
            self.clinician_edit.setText(clinician)
            self.next_due_check.setChecked(due is not None)
            self.next_due_edit.set_day(due or follow_up_due(visit_date, self.follow_up_weeks))
        finally:
            self._quiet -= 1

    def state(self) -> dict[str, Any]:
        due = self.next_due()
        return {
            "visit_date": self.visit_date().isoformat(),
            "visit_type": self.type_combo.currentData(),
            "clinician": self.clinician_edit.text(),
            "next_visit_due_on": due.isoformat() if due else None,
            "next_visit_due_follows": self._following,
        }

    def restore_state(self, state: dict[str, Any]) -> list[str]:
        """Put back a draft's header; returns what could not be put back, in words."""
        lost: list[str] = []
        day = _day(state.get("visit_date"))
        if day is None:
            day = self.visit_date()
            lost.append(
                self.tr(
                    "The visit date “{typed}” could not be read from the unsaved visit: the form "
                    "shows {day}; check it."
                ).format(typed=state.get("visit_date"), day=shown_date(day))
            )
        kind = state.get("visit_type")
        if kind is not None and kind not in VisitType.codes():
            lost.append(
                self.tr("The visit type “{kind}” is not known: the form shows {shown}; check it.")
                .format(kind=kind, shown=self.visit_type().label)
            )
        due = state.get("next_visit_due_on")
        due_day = _day(due) if due else None
        if due and due_day is None:
            lost.append(
                self.tr(
                    "The next visit due “{typed}” could not be read from the unsaved visit: type "
                    "it again."
                ).format(typed=due)
            )
        self.load(
            day,
            VisitType(kind) if kind in VisitType.codes() else self.visit_type(),
            str(state.get("clinician") or ""),
            due_day,
        )
        if state.get("next_visit_due_follows") is True and due_day is not None:
            self._set_following(True)  # still the clinic's default: it follows the date again
        return lost

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "visit_date": self.date_edit,
            "visit_type": self.type_combo,
            "clinician": self.clinician_edit,
            "next_visit_due_on": self.next_due_edit,
        }.get(field)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Mark exactly these problems, and say each in words under the fields."""
        reasons = {p.field: p.reason for p in problems}
        for field in FIELDS:
            widget = self.widget_for(field)
            assert widget is not None
            if field in reasons:
                field_marks.mark(widget, reasons[field])
            else:
                field_marks.clear(widget)
        lines = [
            self.tr("{field}: {reason}").format(field=field_name(field), reason=reasons[field])
            for field in FIELDS
            if field in reasons
        ]
        self.message_label.setText("\n".join(lines))
        self.message_label.setVisible(bool(lines))

    def _set_following(self, following: bool) -> None:
        self._following = following
        self.follow_up_label.setText(
            self.tr("(clinic interval: %n week(s))", "", self.follow_up_weeks)
            if following
            else ""
        )
        self.follow_up_label.setVisible(following)

    def _on_due_typed(self, _day: QDate) -> None:
        if not self._quiet:
            self._set_following(False)
        self._emit_changed()

    def _show_default_due(self) -> None:
        """The clinic's default after the visit date, in the due date edit (quietly)."""
        self._quiet += 1
        try:
            self.next_due_edit.set_day(follow_up_due(self.visit_date(), self.follow_up_weeks))
        finally:
            self._quiet -= 1

    def _on_date_changed(self, _day: QDate) -> None:
        # Following the date: the default while it is the clinic's, and, greyed, while unticked
        # (what ticking it would give; a draft puts it back the same).
        if self._following or not self.next_due_check.isChecked():
            self._show_default_due()
        if not self._quiet:
            self.date_changed.emit(self.visit_date())
            self.changed.emit()

    def _on_due_toggled(self, checked: bool) -> None:
        self.next_due_edit.setEnabled(checked)
        if not self._quiet:
            self._set_following(False)
        if not checked or self.next_due_edit.day() <= self.visit_date():
            self._show_default_due()
        self._emit_changed()

    def _emit_changed(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()


def _day(text: object) -> date | None:
    """An ISO date the date edits can show, else None."""
    try:
        day = date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None
    return day if day is not None and date(1900, 1, 1) <= day <= date(2199, 12, 31) else None

