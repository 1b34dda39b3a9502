"""Vitals and weight of the visit form, each with its latest earlier value greyed beside it.

The weight feeds the dose per kilogram (DOMAIN.md §0.7), so ``weight_changed`` tells the form,
which gives every section the new context. Problems arrive with the visit's field names
(``weight_kg``, ``systolic_bp_mmhg``…), from the domain or from ``input_problems()`` (a text
that is not a number); each marks its field and is named in the message line below the fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from calcitrack.domain.entities import Visit
from calcitrack.domain.errors import Problem
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.visit_form.section import FormContext, JsonState
from calcitrack.ui.visit_form.sections.section_support import SectionMarks

# field, label, unit, decimals, digits (label and unit in English: shown translated)
FIELDS = (
    ("weight_kg", str(QT_TRANSLATE_NOOP("VitalsPanel", "Weight")),
     str(QT_TRANSLATE_NOOP("VitalsPanel", "kg")), 1, 3),
    ("height_cm", str(QT_TRANSLATE_NOOP("VitalsPanel", "Height")),
     str(QT_TRANSLATE_NOOP("VitalsPanel", "cm")), 1, 3),
    ("heart_rate_bpm", str(QT_TRANSLATE_NOOP("VitalsPanel", "Heart rate")),
     str(QT_TRANSLATE_NOOP("VitalsPanel", "/min")), 0, 3),
    ("systolic_bp_mmhg", str(QT_TRANSLATE_NOOP("VitalsPanel", "Systolic BP")),
     str(QT_TRANSLATE_NOOP("VitalsPanel", "mmHg")), 0, 3),
    ("diastolic_bp_mmhg", str(QT_TRANSLATE_NOOP("VitalsPanel", "Diastolic BP")),
     str(QT_TRANSLATE_NOOP("VitalsPanel", "mmHg")), 0, 3),
)  # fmt: skip
INTEGERS = {"heart_rate_bpm", "systolic_bp_mmhg", "diastolic_bp_mmhg"}
GREY = "color: #6b6b6b;"


class VitalsPanel(QWidget):
    changed = Signal()
    weight_changed = Signal(object)
    """The weight typed (float) or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, NumberEdit] = {}
        self._last: dict[str, QLabel] = {}
        self._quiet = 0
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        for i, (name, english, english_unit, decimals, digits) in enumerate(FIELDS):
            row, column = divmod(i, 3)
            label, unit = self.tr(english), self.tr(english_unit)
            edit = NumberEdit(
                decimals=decimals,
                digits=digits,
                accessible_name=self.tr("{field} ({unit})").format(field=label, unit=unit),
            )
            caption = QLabel(self.tr("{field}:").format(field=label))
            caption.setBuddy(edit)
            last = QLabel()
            last.setStyleSheet(GREY)
            unit_label = QLabel(unit)
            grid.addWidget(caption, 2 * row, 3 * column)
            grid.addWidget(edit, 2 * row, 3 * column + 1)
            grid.addWidget(unit_label, 2 * row, 3 * column + 2)
            grid.addWidget(last, 2 * row + 1, 3 * column + 1, 1, 2)
            edit.textChanged.connect(self._on_text_changed)
            self.edits[name] = edit
            self._last[name] = last
        self.edits["weight_kg"].textChanged.connect(self._on_weight_text_changed)
        grid.setColumnStretch(9, 1)
        self.message_label = QLabel()
        self._marks = SectionMarks(self.message_label)
        self._marks.refresh([], {})
        grid.addWidget(self.message_label, grid.rowCount(), 0, 1, 10)

    @property
    def weight(self) -> NumberEdit:
        return self.edits["weight_kg"]

    def weight_kg(self) -> float | None:
        return self.weight.value()

    def set_context(self, context: FormContext) -> None:
        earlier = sorted(
            (
                v
                for v in context.chart.visits
                if v.visit_date < context.visit_date
                and (context.visit_id is None or v.id != context.visit_id)
            ),
            key=lambda v: v.visit_date,
        )
        for name, _label, unit, _decimals, _digits in FIELDS:
            found = [
                (v.visit_date, getattr(v, name)) for v in earlier if getattr(v, name) is not None
            ]
            text = (
                self.tr("last {value} {unit} on {day}").format(
                    value=in_window_digits(f"{found[-1][1]:g}"),
                    unit=self.tr(unit),
                    day=shown_date(found[-1][0]),
                )
                if found
                else ""
            )
            self._last[name].setText(text)

    def apply_to(self, visit: Visit) -> Visit:
        values: dict[str, Any] = {}
        for name, edit in self.edits.items():
            value = edit.value()
            if value is not None and name in INTEGERS and value.is_integer():
                value = int(value)
            values[name] = value
        return dataclasses.replace(visit, **values)

    def load(self, visit: Visit) -> None:
        self._quiet += 1
        try:
            for name, edit in self.edits.items():
                edit.set_value(getattr(visit, name))
        finally:
            self._quiet -= 1

    def state(self) -> JsonState:
        return {name: edit.text() for name, edit in self.edits.items()}

    def restore_state(self, state: JsonState) -> list[str]:
        """Put back the text typed, as typed (even text that is not a number)."""
        self._quiet += 1
        try:
            for name, edit in self.edits.items():
                edit.setText(str(state.get(name, "")))
        finally:
            self._quiet -= 1
        return []

    def problem_target(self, path: str) -> tuple[QWidget, str] | None:
        for name, label, _unit, _decimals, _digits in FIELDS:
            if path == name:
                return self.edits[name], self.tr(label)
        return None

    def input_problems(self) -> list[Problem]:
        """A text that is not a number (“6O” for a weight), by the visit's field name."""
        found = ((name, edit.problem()) for name, edit in self.edits.items())
        return [Problem(name, reason) for name, reason in found if reason is not None]

    def show_problems(self, problems: Sequence[Problem]) -> None:
        placed = []
        for problem in problems:
            found = self.problem_target(problem.field)
            if found is not None:
                reason = self.tr("{field}: {reason}").format(field=found[1], reason=problem.reason)
                placed.append((found[0], reason))
        self._marks.set_shown(placed, [])
        self._marks.refresh(list(self.edits.values()), {})

    def _on_text_changed(self, _text: str) -> None:
        if not self._quiet:
            self.changed.emit()

    def _on_weight_text_changed(self, _text: str) -> None:
        if not self._quiet:
            self.weight_changed.emit(self.weight.value())
