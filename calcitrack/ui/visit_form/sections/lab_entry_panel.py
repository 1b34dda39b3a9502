"""The labs section of the visit form: one row per result (analyte, value, unit, the reporting
lab's range, a ↑/↓ flag) and the values derived from them live: corrected calcium, Ca × P and
eGFR (``domain.laboratory.derived_labs``, DOMAIN.md §4.1). The calcium and phosphate rows say how
the mineral-metabolism rule (``domain.laboratory.mineral_metabolism``, the safety flag's) reads
them.

ESR and CRP are not offered here: the scores section owns them. A row with no value is left out
of ``lab_results``. Problems reach this section as ``labs[i].<field>`` (or ``[i].<field>``) with
``i`` the index in ``lab_results`` order, and fields ``analyte``, ``value``, ``unit``, ``ref_low``,
``ref_high`` or ``collected_on``; ``input_problems`` names a value or range whose text is not a
number as ``lab_rows[r].<field>``, ``r`` the row's place on screen (a row with such a value is in
no lab result).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import LabResult, Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.laboratory import derived_labs, labs, mineral_metabolism
from calcitrack.domain.laboratory.derived_labs import DerivedValue
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.focus_chain import previous_in_chain
from calcitrack.ui.visit_form.section import FormContext, JsonState
from calcitrack.ui.visit_form.sections.lab_entry_row import (
    ANALYTE_CODES,
    COLUMN_WIDTHS,
    FLAG_COLOURS,
    SCORES_OWN,
    LabRow,
    StoredIds,
    field_name,
    lab_text,
)
from calcitrack.ui.visit_form.sections.section_support import (
    SectionMarks,
    indexed_field,
    place_problems,
    tab_after,
)
from calcitrack.ui.workspace.lab_flowsheet_model import unit_label

FIRST_ROWS = ("calcium_total", "albumin", "phosphate", "creatinine")
"""The order new rows take while these are not yet entered: the mineral panel, then creatinine."""

_HEADERS = {
    "analyte": str(QT_TRANSLATE_NOOP("LabEntryPanel", "Analyte")),
    "value": str(QT_TRANSLATE_NOOP("LabEntryPanel", "Value")),
    "unit": str(QT_TRANSLATE_NOOP("LabEntryPanel", "Unit")),
    "low": str(QT_TRANSLATE_NOOP("LabEntryPanel", "Lab low")),
    "high": str(QT_TRANSLATE_NOOP("LabEntryPanel", "Lab high")),
    "flag": str(QT_TRANSLATE_NOOP("LabEntryPanel", "Flag")),
}
"""The column headers, in English (shown translated)."""
_DECIMALS = {derived_labs.CORRECTED_CALCIUM: 2, derived_labs.CA_P_PRODUCT: 1, derived_labs.EGFR: 0}
_FIELD_WIDGETS = {
    "analyte": "analyte_combo",
    "unit": "unit_combo",
    "ref_low": "low_edit",
    "ref_high": "high_edit",
}


def display_unit(unit: str) -> str:
    return "mg²/dL²" if unit == derived_labs.CA_P_PRODUCT_UNIT else unit_label(unit)


class LabEntryPanel(QWidget):
    """Lab results typed at a visit, flagged against their range, with derived values live."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: FormContext | None = None
        self._loading = False
        self.rows: list[LabRow] = []

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        for key, width in COLUMN_WIDTHS.items():
            caption = QLabel(self.tr("<b>{header}</b>").format(header=self.tr(_HEADERS[key])))
            caption.setFixedWidth(width)  # the column's: a longer header wraps
            caption.setWordWrap(True)
            header.addWidget(caption)
        header.addStretch(1)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add l&ab"))
        self.add_button.setToolTip(self.tr("Add a lab result (Alt+A)"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.empty_label = QLabel(self.tr("No labs at this visit. Add one with Alt+A."))
        self.empty_label.setStyleSheet("color: #555;")

        self.derived_labels = [QLabel() for _ in range(3)]
        derived_box = QFrame()
        derived_box.setFrameShape(QFrame.Shape.StyledPanel)
        derived_box.setAccessibleName(self.tr("Derived values"))
        derived_layout = QVBoxLayout(derived_box)
        derived_layout.addWidget(QLabel(self.tr("<b>Derived</b> (decision support)")))
        for label in self.derived_labels:
            label.setWordWrap(True)
            derived_layout.addWidget(label)
        self.message_label = QLabel()
        self._marks = SectionMarks(self.message_label)

        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.empty_label)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_row)
        layout.addWidget(self.message_label)
        layout.addWidget(derived_box)
        layout.addStretch(1)
        self.setStyleSheet(field_marks.INVALID_STYLE)
        self._refresh()

    # ------------------------------------------------------------------ FormSection

    def set_context(self, context: FormContext) -> None:
        self._context = context
        self._refresh()

    def state(self) -> JsonState:
        return {"rows": [row.state() for row in self.rows]}

    def restore_state(self, state: JsonState) -> list[str]:
        """Put back the rows of a draft; a row of an analyte CalciTrack does not offer here is
        left out and said (with what was typed), never put on another analyte."""
        rows = list(state.get("rows", []))
        known = [row for row in rows if row.get("analyte") in ANALYTE_CODES]
        lost = [
            self.tr(
                "Labs: {lab} could not be put back: CalciTrack has no analyte “{code}” in this "
                "section. Type it again as the right analyte."
            ).format(lab=lab_text(row), code=row.get("analyte"))
            for row in rows
            if row.get("analyte") not in ANALYTE_CODES
        ]
        return lost + self._replace_rows([(row, None) for row in known])

    def show_problems(self, problems: Sequence[Problem]) -> None:
        placed, unplaced = place_problems(problems, self.problem_target)
        self._marks.set_shown(placed, unplaced)
        self._refresh()

    def input_problems(self) -> list[Problem]:
        """The values and ranges whose text is not a number, as ``lab_rows[r].<field>``."""
        problems = []
        for r, row in enumerate(self.rows):
            for field, edit in row.number_edits().items():
                reason = edit.problem()
                if reason is not None:
                    problems.append(Problem(f"lab_rows[{r}].{field}", reason))
        return problems

    def problem_target(self, path: str) -> tuple[QWidget, str, str] | None:
        """The widget of a ``labs[i].<field>`` path (``i`` in ``lab_results`` order) or a
        ``lab_rows[r].<field>`` path, its name in the form's problem list and its name here."""
        on_row = path.startswith("lab_rows[")
        found = indexed_field(path, "lab_rows" if on_row else "labs")
        rows = self.rows if on_row else self._result_rows()
        if found is None or found[0] >= len(rows):
            return None
        row = rows[found[0]]
        widget = getattr(row, _FIELD_WIDGETS.get(found[1], "value_edit"))
        name = self.tr("{analyte}, {field}").format(
            analyte=row.analyte_combo.currentText(), field=field_name(found[1] or "result")
        )
        return widget, self.tr("Labs: {field}").format(field=name), name

    # ------------------------------------------------------------------ values

    def lab_results(self, day: date) -> list[LabResult]:
        """The typed results collected on ``day``, in row order (rows with no value left out)."""
        return [r for r in (row.result(day) for row in self.rows) if r is not None]

    def load(self, visit: Visit, results: Sequence[LabResult]) -> None:
        """Rows for the results collected on ``visit``'s date (except ESR and CRP)."""
        found = [
            r for r in results if r.collected_on == visit.visit_date and r.analyte not in SCORES_OWN
        ]
        states = []
        for r in found:
            ids: StoredIds = {
                "id": r.id,
                "version": r.version,
                "patient_id": r.patient_id,
                "visit_id": r.visit_id,
            }
            states.append(({"analyte": r.analyte, "unit": r.unit, "ids": ids}, r))
        self._replace_rows(states)

    def derived(self) -> list[DerivedValue]:
        """The derived values of the typed results, or [] before the form gives the patient."""
        if self._context is None:
            return []
        day = self._context.visit_date
        return derived_labs.derived_values(self.lab_results(day), self._context.chart.patient, day)

    def add_row(self, code: str | None = None) -> LabRow:
        """A new row (by default the next of calcium, albumin, phosphate, creatinine not yet
        entered), with the focus on its analyte so that typing picks another."""
        used = {row.code for row in self.rows}
        if code is None:
            code = next(
                (c for c in (*FIRST_ROWS, *ANALYTE_CODES) if c not in used), ANALYTE_CODES[0]
            )
        row = self._append_row(code)
        self._refresh()
        row.analyte_combo.setFocus()
        if not self._loading:
            self.changed.emit()
        return row

    # ------------------------------------------------------------------ internals

    def _append_row(self, code: str) -> LabRow:
        row = LabRow(code, self)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # now, not on the next event loop turn: Tab must reach it at once
        tab_after(previous_in_chain(self.add_button), (*row.inputs(), row.remove_button))
        for edit in (row.value_edit, row.low_edit, row.high_edit):
            edit.textChanged.connect(self._on_input_changed)
        for combo in (row.analyte_combo, row.unit_combo):
            combo.currentIndexChanged.connect(self._on_input_changed)
        row.remove_button.clicked.connect(lambda: self._remove_row(row))
        return row

    def _replace_rows(self, states: Sequence[tuple[JsonState, LabResult | None]]) -> list[str]:
        lost: list[str] = []
        self._loading = True
        try:
            for row in list(self.rows):
                self._drop(row)
            for state, result in states:
                row = self._append_row(str(state.get("analyte", ANALYTE_CODES[0])))
                lost += row.restore(state)
                if result is not None:
                    row.value_edit.set_value(result.value)
                    row.low_edit.set_value(result.ref_low)
                    row.high_edit.set_value(result.ref_high)
        finally:
            self._loading = False
        self._marks.clear_shown()
        self._refresh()
        return lost

    def _drop(self, row: LabRow) -> None:
        for widget in row.inputs():
            self._marks.forget(widget)
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _remove_row(self, row: LabRow) -> None:
        index = self.rows.index(row)
        self._drop(row)
        self._refresh()
        following = self.rows[min(index, len(self.rows) - 1)] if self.rows else None
        (following.analyte_combo if following else self.add_button).setFocus()
        self.changed.emit()

    def _on_add_clicked(self) -> None:
        self.add_row()

    def _on_input_changed(self, *_: object) -> None:
        sender = self.sender()
        if sender is not None:
            self._marks.forget(sender)
        self._refresh()
        if not self._loading:
            self.changed.emit()

    def _result_rows(self) -> list[LabRow]:
        return [row for row in self.rows if row.value_edit.value() is not None]

    def _sex(self) -> str:
        return self._context.chart.patient.sex.value if self._context else ""

    def _refresh(self) -> None:
        live: dict[QWidget, str] = {}
        readings = self._mineral_readings()
        for row in self.rows:
            note = mineral_metabolism.row_note(row.code, readings)
            live.update(row.refresh_flag(self._sex(), note))
        widgets = [w for row in self.rows for w in row.inputs()]
        self._marks.refresh(widgets, live)
        self.empty_label.setHidden(bool(self.rows))
        self._refresh_derived()

    def _mineral_readings(self) -> tuple[mineral_metabolism.MineralReading, ...]:
        """The typed results read by the mineral-metabolism rule (Ca × P against the published
        70 mg²/dL²: the form does not carry the clinic's settings)."""
        if self._context is None:
            return ()
        day = self._context.visit_date
        return mineral_metabolism.day_readings(
            self.lab_results(day), self._context.chart.patient, day,
            labs.CA_P_PRODUCT_ALERT_MG2_DL2,
        )  # fmt: skip

    def _refresh_derived(self) -> None:
        values = self.derived()
        for label, value in zip(self.derived_labels, values, strict=False):
            label.setText(derived_html(value))
            label.setToolTip(html.escape(value.formula))
        for label in self.derived_labels[len(values) :]:
            label.setText(self.tr("Derived values appear once the patient is known."))


def derived_text(value: DerivedValue) -> str:
    """``value`` as plain text: "Corrected calcium 2.40 mmol/L ↑" or what it needs."""
    if value.value is None:
        return QCoreApplication.translate("LabEntryPanel", "{name}: {note}").format(
            name=value.name, note=value.note
        )
    number = f"{value.value:.{_DECIMALS.get(value.code, 2)}f}"
    arrow = {"high": " ↑", "low": " ↓"}.get(value.flag or "", "")
    return f"{value.name} {number} {display_unit(value.unit)}{arrow}"


def derived_html(value: DerivedValue) -> str:
    grey = "color: #555;"
    text = f"<b>{html.escape(derived_text(value))}</b>"
    if value.value is None:
        return f"<span style='{grey}'>{html.escape(derived_text(value))}</span>"
    if value.flag is not None:
        colour = FLAG_COLOURS[value.flag]
        text += f" <span style='color: {colour};'>{html.escape(value.flag_text)}</span>"
    joiner = QCoreApplication.translate("LabEntryPanel", " · ")
    detail = joiner.join(part for part in (value.inputs, value.note) if part)
    return f"{text}<br><span style='{grey}'>{html.escape(detail)}</span>"
