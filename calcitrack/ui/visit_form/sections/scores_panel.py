"""The disease-activity section of the visit form: pain, globals, joint counts, ESR and CRP, with
DAS28-ESR, DAS28-CRP, CDAI and SDAI worked out live (DOMAIN.md §2.1, §2.2).

Every field may stay empty. A score is shown only when all its inputs are present; otherwise the
label says what it still needs. CRP carries its unit: DAS28-CRP takes mg/L and SDAI mg/dL, and
``scores.das28_crp_from`` / ``scores.sdai_from`` convert from whatever unit was chosen (§0.1, §8.1).

ESR and CRP are both optional (a clinic often measures both on the same day): ``lab_results`` gives
ESR first, then CRP, each only when a value was typed. Problems reach this section as visit field
names (``pain_nrs``, ``patient_global_mm``, ``evaluator_global_mm``, ``tender_joints_28``,
``swollen_joints_28``) and as ``labs[i].<field>`` (or ``[i].<field>``) with ``i`` the index in
``lab_results`` order; ``input_problems`` names a field whose text is not a number by its visit
field name, or ``esr`` / ``crp`` (such a value is in no lab result).

The DAS28 given (typed from another form, ``das28_recorded`` with ``das28_recorded_variant``) is
its own row (``das28_given.py``): amber while it differs from its own components by more than 0.1.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import LabResult, Visit
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.domain.laboratory import lab_results, labs
from calcitrack.domain.laboratory.lab_reference import typical_reference
from calcitrack.domain.visits.validation import BOUNDS, INTEGER_FIELDS
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.visit_form.section import FormContext, JsonState
from calcitrack.ui.visit_form.sections.das28_given import AMBER_STYLE, Das28Given
from calcitrack.ui.visit_form.sections.score_lines import CATEGORY_COLOURS, score_lines
from calcitrack.ui.visit_form.sections.section_support import (
    SectionMarks,
    indexed_field,
    number_problem,
    place_problems,
)

# Visit fields of this section: (visit field, label on screen).
# In English: shown translated (``self.tr``).
_VISIT_FIELDS = (
    ("pain_nrs", str(QT_TRANSLATE_NOOP("ScoresPanel", "Pain NRS"))),
    ("patient_global_mm", str(QT_TRANSLATE_NOOP("ScoresPanel", "Patient global"))),
    ("evaluator_global_mm", str(QT_TRANSLATE_NOOP("ScoresPanel", "Evaluator global"))),
    ("tender_joints_28", str(QT_TRANSLATE_NOOP("ScoresPanel", "Tender joints TJC28"))),
    ("swollen_joints_28", str(QT_TRANSLATE_NOOP("ScoresPanel", "Swollen joints SJC28"))),
)

_LAB_FIELDS = {
    "esr": str(QT_TRANSLATE_NOOP("ScoresPanel", "ESR")),
    "crp": str(QT_TRANSLATE_NOOP("ScoresPanel", "CRP")),
}


class ScoresPanel(QWidget):
    """Pain, globals, joint counts, ESR and CRP, with live DAS28, CDAI and SDAI."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: FormContext | None = None
        self._loading = False
        # The stored ESR/CRP of the visit being edited: their ids, kept on the results.
        self._loaded: dict[str, dict[str, Any]] = {}

        self.edits: dict[str, NumberEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, english in _VISIT_FIELDS:
            label = self.tr(english)
            low, high, unit = BOUNDS[name]
            integer = name in INTEGER_FIELDS
            edit = NumberEdit(decimals=0 if integer else 1, digits=3, accessible_name=label)
            span = in_window_digits(f"{low:g}–{high:g}") + (f" {unit}" if unit else "")
            edit.setToolTip(self.tr("{field}: {span}; may be empty").format(field=label, span=span))
            self.edits[name] = edit
            form.addRow(self.tr("{field} ({span})").format(field=label, span=span), edit)

        esr_unit = labs.ANALYTES["esr"].canonical_unit
        self.esr_edit = NumberEdit(decimals=0, digits=3, accessible_name=self.tr("ESR"))
        esr_row = QHBoxLayout()
        esr_row.addWidget(self.esr_edit)
        esr_row.addWidget(QLabel(esr_unit))
        self.esr_hint_label = QLabel()
        self.esr_hint_label.setStyleSheet("color: #555;")
        esr_row.addWidget(self.esr_hint_label)
        esr_row.addStretch(1)
        form.addRow(self.tr("ESR"), esr_row)

        self.crp_edit = NumberEdit(decimals=2, digits=3, accessible_name=self.tr("CRP value"))
        self.crp_unit_combo = QComboBox()
        self.crp_unit_combo.setAccessibleName(self.tr("CRP unit"))
        for unit in labs.ANALYTES["crp"].accepted_units:
            self.crp_unit_combo.addItem(unit, unit)
        self.crp_conversion_label = QLabel()
        self.crp_conversion_label.setStyleSheet("color: #555;")
        crp_row = QHBoxLayout()
        crp_row.addWidget(self.crp_edit)
        crp_row.addWidget(self.crp_unit_combo)
        crp_row.addWidget(self.crp_conversion_label)
        crp_row.addStretch(1)
        form.addRow(self.tr("CRP"), crp_row)
        self.das28_given = Das28Given()
        self.das28_given_edit = self.das28_given.edit
        self.das28_variant_combo = self.das28_given.variant_combo
        low, high, _unit = BOUNDS["das28_recorded"]
        form.addRow(
            self.tr("DAS28 given ({low}–{high})").format(
                low=in_window_digits(f"{low:g}"), high=in_window_digits(f"{high:g}")
            ),
            self.das28_given,
        )

        self.score_labels = {key: QLabel() for key in ("das28_esr", "das28_crp", "cdai", "sdai")}
        for score_label in self.score_labels.values():
            score_label.setWordWrap(True)  # what a score still needs may be longer than the box
        self.das28_esr_label = self.score_labels["das28_esr"]
        self.das28_crp_label = self.score_labels["das28_crp"]
        self.das28_note_label = QLabel(
            self.tr(
                "DAS28-CRP is read against the DAS28-ESR bands, which underestimate activity on "
                "DAS28-CRP [R14][R15]."
            )
        )
        self.das28_note_label.setWordWrap(True)
        self.das28_note_label.setStyleSheet("color: #555; font-size: small;")
        self.cdai_label = self.score_labels["cdai"]
        self.sdai_label = self.score_labels["sdai"]
        self.das28_check_label = QLabel()
        self.das28_check_label.setWordWrap(True)
        self.das28_check_label.setAccessibleName(self.tr("DAS28 given check"))
        self.das28_check_label.setStyleSheet("color: #8a5a00;")
        self.das28_check_label.hide()
        self.message_label = QLabel()
        self._marks = SectionMarks(self.message_label)
        results = QFrame()
        results.setFrameShape(QFrame.Shape.StyledPanel)
        results.setAccessibleName(self.tr("Disease activity scores"))
        column = QVBoxLayout(results)
        caption = QLabel(self.tr("<b>Scores</b>"))
        column.addWidget(caption)
        for shown in (
            self.das28_esr_label,
            self.das28_crp_label,
            self.das28_note_label,
            self.das28_check_label,
            self.cdai_label,
            self.sdai_label,
        ):
            column.addWidget(shown)
        column.addStretch(1)

        top = QHBoxLayout()
        top.addLayout(form)
        results.setFixedWidth(430)
        top.addWidget(results)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        self.setStyleSheet(AMBER_STYLE + field_marks.INVALID_STYLE)

        for edit in (*self.edits.values(), self.esr_edit, self.crp_edit, self.das28_given_edit):
            edit.textChanged.connect(self._on_input_changed)
        self.crp_unit_combo.currentIndexChanged.connect(self._on_input_changed)
        self.das28_variant_combo.currentIndexChanged.connect(self._on_input_changed)
        self._refresh()

    # ------------------------------------------------------------------ FormSection

    def set_context(self, context: FormContext) -> None:
        self._context = context
        self._refresh()

    def state(self) -> JsonState:
        return {
            **{name: edit.text() for name, edit in self.edits.items()},
            "esr": self.esr_edit.text(),
            "crp": self.crp_edit.text(),
            "crp_unit": self.crp_unit_combo.currentData(),
            **self.das28_given.state(),
            "loaded": {code: dict(ids) for code, ids in self._loaded.items()},
        }

    def restore_state(self, state: JsonState) -> list[str]:
        """Put back the text typed, as typed; a CRP unit not offered is left empty and said."""
        lost: list[str] = []
        self._loading = True
        try:
            for name, edit in self.edits.items():
                edit.setText(str(state.get(name) or ""))
            self.esr_edit.setText(str(state.get("esr") or ""))
            self.crp_edit.setText(str(state.get("crp") or ""))
            unit = state.get("crp_unit", self.crp_unit_combo.currentData())
            index = self.crp_unit_combo.findData(unit) if unit is not None else -1
            self.crp_unit_combo.setCurrentIndex(index)
            if index < 0 and unit:
                lost.append(
                    self.tr(
                        "Pain and disease activity: the CRP unit “{unit}” is not known, so CRP "
                        "{value} has no unit: choose it again."
                    ).format(unit=unit, value=self.crp_edit.text())
                )
            lost += self.das28_given.restore_state(state)
            loaded = state.get("loaded") or {}
            self._loaded = {code: dict(ids) for code, ids in loaded.items()}
        finally:
            self._loading = False
        self._marks.clear_shown()
        self._refresh()
        return lost

    def show_problems(self, problems: Sequence[Problem]) -> None:
        placed, unplaced = place_problems(problems, self.problem_target)
        self._marks.set_shown(placed, unplaced)
        self._refresh_marks()

    def input_problems(self) -> list[Problem]:
        """The fields whose text is not a number: visit field names, ``esr`` and ``crp``."""
        edits = {
            **self.edits,
            "esr": self.esr_edit,
            "crp": self.crp_edit,
            "das28_recorded": self.das28_given_edit,
        }
        found = ((name, edit.problem()) for name, edit in edits.items())
        return [Problem(name, reason) for name, reason in found if reason is not None]

    def problem_target(self, path: str) -> tuple[QWidget, str, str] | None:
        """The widget of a visit field, ``esr``, ``crp`` or ``labs[i].<field>`` path, its name
        in the form's problem list and its name here; None for a path with no widget here."""
        widget: QWidget | None = self.edits.get(path)
        name = self.tr(dict(_VISIT_FIELDS)[path]) if path in self.edits else ""
        if path in _LAB_FIELDS:
            widget, name = self._value_edit(path), self.tr(_LAB_FIELDS[path])
        if path == "das28_recorded":
            widget, name = self.das28_given_edit, self.tr("DAS28 given")
        if path == "das28_recorded_variant":
            widget, name = self.das28_variant_combo, self.tr("DAS28 given variant")
        found = indexed_field(path, "labs")
        order = self._lab_order()
        if widget is None and found is not None and found[0] < len(order):
            code = order[found[0]]
            on_unit = found[1] == "unit" and code == "crp"
            widget = self.crp_unit_combo if on_unit else self._value_edit(code)
            name = self.tr("{marker} {field}").format(
                marker=self.tr(_LAB_FIELDS[code]),
                field=found[1] or self.tr("result"),
            )
        if widget is None:
            return None
        return widget, self.tr("Disease activity: {field}").format(field=name), name

    # ------------------------------------------------------------------ values

    def apply_to(self, visit: Visit) -> Visit:
        """``visit`` with this section's fields (empty → None)."""
        values: dict[str, Any] = {}
        for name, edit in self.edits.items():
            value = edit.value()
            if value is not None and name in INTEGER_FIELDS and value.is_integer():
                values[name] = int(value)
            else:
                values[name] = value
        return dataclasses.replace(visit, **values, **self.das28_given.values())

    def lab_results(self, day: date) -> list[LabResult]:
        """ESR then CRP collected on ``day``, each only when a value was typed."""
        out = []
        for code in self._lab_order():
            edit = self._value_edit(code)
            value = edit.value()
            assert value is not None
            result = lab_results.entered(code, day, value, self._unit(code))
            stored = dict(self._loaded.get(code) or {})
            if stored:
                # The reporting lab's range (no field here) stays while the unit it is in does.
                unit = stored.pop("unit", None)
                limits = {k: stored.pop(k, None) for k in ("ref_low", "ref_high")}
                if unit == result.unit:
                    stored |= limits
                result = dataclasses.replace(result, **stored)
            out.append(result)
        return out

    def load(self, visit: Visit, results: Sequence[LabResult]) -> None:
        """Show an earlier visit: its fields and the ESR and CRP collected on its date."""
        self._loading = True
        try:
            for name, edit in self.edits.items():
                edit.set_value(getattr(visit, name))
            self.das28_given.show_visit(visit)
            self._loaded = {}
            for code in ("esr", "crp"):
                found = [
                    r for r in results if r.analyte == code and r.collected_on == visit.visit_date
                ]
                result = found[-1] if found else None
                self._value_edit(code).set_value(None if result is None else result.value)
                if result is not None:
                    self._loaded[code] = {
                        "id": result.id,
                        "version": result.version,
                        "patient_id": result.patient_id,
                        "visit_id": result.visit_id,
                        "ref_low": result.ref_low,
                        "ref_high": result.ref_high,
                        "unit": result.unit,
                    }
                    if code == "crp":
                        self._set_crp_unit(result.unit)
        finally:
            self._loading = False
        self._marks.clear_shown()
        self._refresh()

    # ------------------------------------------------------------------ internals

    def _value_edit(self, code: str) -> NumberEdit:
        return self.esr_edit if code == "esr" else self.crp_edit

    def _unit(self, code: str) -> str:
        if code == "crp":  # "" while no unit is chosen (a draft's unit not offered)
            unit = self.crp_unit_combo.currentData()
            return str(unit) if unit is not None else ""
        return labs.ANALYTES["esr"].canonical_unit

    def _set_crp_unit(self, unit: object) -> None:
        index = self.crp_unit_combo.findData(unit)
        if index >= 0:
            self.crp_unit_combo.setCurrentIndex(index)

    def _lab_order(self) -> list[str]:
        return [code for code in ("esr", "crp") if self._value_edit(code).value() is not None]

    def _on_input_changed(self, *_: object) -> None:
        sender = self.sender()
        if sender is not None:
            self._marks.forget(sender)
        self._refresh()
        if not self._loading:
            self.changed.emit()

    def _live_problems(self) -> dict[QWidget, str]:
        live: dict[QWidget, str] = {}
        for name, english in _VISIT_FIELDS:
            low, high, unit = BOUNDS[name]
            edit = self.edits[name]
            integer = name in INTEGER_FIELDS
            label = self.tr(english)
            reason = number_problem(edit, edit.value(), label, low, high, unit, integer=integer)
            if reason:
                live[edit] = reason
        esr = self.esr_edit.value()
        if self.esr_edit.problem():
            live[self.esr_edit] = self.tr("ESR: {reason}").format(reason=self.esr_edit.problem())
        elif esr is not None and esr < 1:
            live[self.esr_edit] = self.tr("ESR must be at least 1 mm/h (ln 0 is undefined) [R12]")
        if self.crp_edit.problem():
            live[self.crp_edit] = self.tr("CRP: {reason}").format(reason=self.crp_edit.problem())
        given = self.das28_given.problem()
        if given:
            live[self.das28_given_edit] = given
        return live

    def _refresh_marks(self) -> None:
        widgets = (
            *self.edits.values(),
            self.esr_edit,
            self.crp_edit,
            self.crp_unit_combo,
            self.das28_given_edit,
            self.das28_variant_combo,
        )
        self._marks.refresh(widgets, self._live_problems())

    def _refresh(self) -> None:
        self._refresh_marks()
        self._refresh_crp_conversion()
        self._refresh_esr_hint()
        self._refresh_scores()
        self._refresh_das28_check()

    def _refresh_das28_check(self) -> None:
        """Amber on a DAS28 given that its own components typed here contradict."""
        day = self._context.visit_date if self._context is not None else date.today()
        reason = None
        if self.das28_given.values()["das28_recorded_variant"] is not None:
            try:
                labs_of_day = self.lab_results(day)
            except DomainValidationError:
                labs_of_day = []  # a marker refused: marked red on its own field
            visit = self.apply_to(Visit(None, day))
            if visit.das28_recorded is not None:
                reason = self.das28_given.disagreement(visit, labs_of_day)
        self.das28_given.show_disagreement(reason)
        shown = reason is not None and not field_marks.is_marked(self.das28_given_edit)
        self.das28_check_label.setText(reason if shown and reason else "")
        self.das28_check_label.setHidden(not shown)

    def _refresh_esr_hint(self) -> None:
        """The upper limit of normal ESR by Miller's rule for this patient's age and sex [R31]:
        the range ``lab_reference`` gives ESR, the one the Labs tab and the PDF read it against."""
        text = ""
        if self._context is not None:
            patient = self._context.chart.patient
            age = patient.age_on(self._context.visit_date)
            found = typical_reference("esr", patient.sex.value, age)
            esr = self.esr_edit.value()
            if found is not None and found.high is not None:
                above = " ↑" if esr is not None and found.flag_of(esr) == "high" else ""
                text = self.tr("upper limit {high} mm/h (Miller {citation}){above}").format(
                    high=in_window_digits(f"{found.high:g}"), citation=found.citation, above=above
                )
        self.esr_hint_label.setText(text)

    def _refresh_crp_conversion(self) -> None:
        crp = self.crp_edit.value()
        unit = self._unit("crp")
        other = next((u for u in labs.ANALYTES["crp"].accepted_units if u != unit), unit)
        if crp is None or other == unit or not unit:
            self.crp_conversion_label.setText("")
            return
        converted = labs.convert(crp, unit, other, "crp")
        self.crp_conversion_label.setText(f"= {in_window_digits(f'{converted:.3g}')} {other}")

    def _refresh_scores(self) -> None:
        values = {name: edit.value() for name, edit in self.edits.items()}
        crp = self.crp_edit.value() if self._unit("crp") else None
        lines = score_lines(values, self.esr_edit.value(), crp, self._unit("crp"))
        for key, label in self.score_labels.items():
            line = lines[key]
            label.setHidden(line is None)
            if line is not None:
                label.setText(line.text)
                label.setToolTip(line.tooltip)
                colour = CATEGORY_COLOURS.get(line.band or "")
                label.setStyleSheet(
                    f"color: {colour}; font-weight: bold;" if colour else "color: #555;"
                )
        self.das28_note_label.setHidden(lines["das28_crp"] is None)
