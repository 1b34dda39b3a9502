"""The DAS28 a clinic was given (typed from another form) in the visit form's scores section: its
value and its variant, stored as ``Visit.das28_recorded`` and ``Visit.das28_recorded_variant``.

A value needs its variant and a variant its value (the domain's validation says so on Save). While
the nurse types, a given DAS28 that differs from the one worked out from its own components (the
joints, patient global and the ESR or CRP of that variant typed in this section) by more than the
domain's tolerance (``scores.DAS28_ENTRY_TOLERANCE``, 0.1) turns amber, the reason naming both
values: amber, not red, as the other soft checks of the form, since the form it came from may be
right. The comparison is the domain's own (``visit_das28``), the one the Visits table, the charts
and the PDF make.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from calcitrack.domain import scores
from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import LabResult, Visit
from calcitrack.domain.trajectory.visit_das28 import visit_das28
from calcitrack.domain.visits.validation import BOUNDS
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.visit_form.sections.section_support import number_problem

LABEL = str(QT_TRANSLATE_NOOP("Das28Given", "DAS28 given"))
"""The field's name on screen and in every message about it (in English: shown translated)."""
VARIANT_LABEL = str(QT_TRANSLATE_NOOP("Das28Given", "DAS28 given variant"))
FIELD = "das28_recorded"
VARIANT_FIELD = "das28_recorded_variant"
NO_VARIANT = "—"

AMBER_STYLE = (
    '*[unusual="true"] { border: 2px solid #d39e00; border-radius: 3px; '
    "background-color: #fff3cd; }"
)
"""The amber of the form's soft checks (``unusual.UNUSUAL_STYLE``), for the section on its own."""


class Das28Given(QWidget):
    """The value (``edit``), the variant (``variant_combo``) and a hint, on one row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        low, high, _unit = BOUNDS[FIELD]
        self.range = (low, high)
        self.edit = NumberEdit(decimals=2, digits=2, accessible_name=self.tr(LABEL))
        self.hint = self.tr(
            "{field}: a DAS28 typed from another form, {low}–{high}, with its variant; may be empty"
        ).format(
            field=self.tr(LABEL),
            low=in_window_digits(f"{low:g}"),
            high=in_window_digits(f"{high:g}"),
        )
        self.edit.setToolTip(self.hint)
        self.variant_combo = QComboBox()
        self.variant_combo.setAccessibleName(self.tr(VARIANT_LABEL))
        self.variant_combo.addItem(NO_VARIANT, None)
        for variant in (Das28Variant.ESR, Das28Variant.CRP):
            self.variant_combo.addItem(variant.label, variant.value)
        hint = QLabel(self.tr("from another form"))
        hint.setStyleSheet("color: #555;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.variant_combo)
        row.addWidget(hint)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    # ------------------------------------------------------------------ values

    def variant(self) -> Das28Variant | None:
        code = self.variant_combo.currentData()
        return None if code is None else Das28Variant(code)

    def values(self) -> dict[str, Any]:
        """The visit fields as typed (empty → None)."""
        return {FIELD: self.edit.value(), VARIANT_FIELD: self.variant()}

    def show_visit(self, visit: Visit) -> None:
        self.edit.set_value(visit.das28_recorded)
        variant = visit.das28_recorded_variant
        index = self.variant_combo.findData(None if variant is None else variant.value)
        self.variant_combo.setCurrentIndex(max(index, 0))

    def state(self) -> dict[str, Any]:
        return {FIELD: self.edit.text(), VARIANT_FIELD: self.variant_combo.currentData()}

    def restore_state(self, state: dict[str, Any]) -> list[str]:
        """Put back the text as typed and the variant chosen; a variant not offered (any more)
        leaves none chosen, and is said. A draft written before this field existed names neither:
        what the edited visit was given stays as loaded."""
        if FIELD not in state and VARIANT_FIELD not in state:
            return []
        self.edit.setText(str(state.get(FIELD) or ""))
        code = state.get(VARIANT_FIELD)
        index = self.variant_combo.findData(code) if code is not None else 0
        self.variant_combo.setCurrentIndex(max(index, 0))
        if index < 0:
            return [
                self.tr(
                    "Pain and disease activity: the {variant_field} “{code}” is not known, so "
                    "{field} {value} has no variant: choose it again."
                ).format(
                    variant_field=self.tr(VARIANT_LABEL),
                    code=code,
                    field=self.tr(LABEL),
                    value=self.edit.text(),
                )
            ]
        return []

    # ------------------------------------------------------------------ checks

    def problem(self) -> str | None:
        """Why the value typed is refused (not a number, out of range), or None."""
        low, high = self.range
        return number_problem(self.edit, self.edit.value(), self.tr(LABEL), low, high)

    def disagreement(self, visit: Visit, labs_of_day: Sequence[LabResult]) -> str | None:
        """The reason a given DAS28 differs from its own components by more than the tolerance,
        naming both values, or None. ``visit`` carries this section's values; ``labs_of_day``
        its ESR and CRP."""
        variant = visit.das28_recorded_variant
        for found in visit_das28(visit, labs_of_day):
            if found.variant is variant and found.typed_disagrees:
                assert found.typed is not None
                return self.tr(
                    "{field} {typed} ({variant}) differs by more than {tolerance} from the "
                    "{value} its components typed here give: check both forms [R12]"
                ).format(
                    field=self.tr(LABEL),
                    typed=in_window_digits(f"{found.typed:.2f}"),
                    variant=variant.label,
                    tolerance=in_window_digits(f"{scores.DAS28_ENTRY_TOLERANCE:g}"),
                    value=in_window_digits(f"{found.value:.2f}"),
                )
        return None

    def show_disagreement(self, reason: str | None) -> None:
        """The value amber with ``reason`` as its tooltip, or not amber; red (a refused value)
        wins and keeps its own tooltip."""
        widget = self.edit
        if field_marks.is_marked(widget):
            reason = None
        elif not widget.toolTip():
            widget.setToolTip(self.hint)  # a red mark just cleared took the hint with it
        if reason is None and not widget.property("unusual"):
            return
        widget.setProperty("unusual", reason is not None)
        if not field_marks.is_marked(widget):
            widget.setToolTip(reason or self.hint)
            widget.setAccessibleDescription(reason or "")
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
