"""One lab result being typed in the visit form's labs section (``lab_entry_panel.py``): analyte,
value, unit (the analyte's accepted units), the reporting lab's range, and a ↑/↓ flag read against
that range, else the typical adult range of DOMAIN.md §4.2 (the tooltip says which, and for
calcium and phosphate how the mineral-metabolism rule reads the row)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TypedDict, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from calcitrack.domain.entities import LabResult
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import lab_results, labs
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.visit_form.section import JsonState
from calcitrack.ui.workspace.lab_flowsheet_model import show_result, unit_label

SCORES_OWN = frozenset({"esr", "crp"})
"""ESR and CRP are entered in the scores section."""
ANALYTE_CODES = tuple(code for code in labs.ANALYTES if code not in SCORES_OWN)
COLUMN_WIDTHS = {"analyte": 250, "value": 80, "unit": 110, "low": 70, "high": 70, "flag": 70}
FLAG_COLOURS = {"high": "#b71c1c", "low": "#0d47a1"}
_ARROWS = {
    "high": str(QT_TRANSLATE_NOOP("LabRow", "↑ high")),
    "low": str(QT_TRANSLATE_NOOP("LabRow", "↓ low")),
}
"""The flag as shown, in English (shown translated)."""
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
FIELD_NAMES = {
    "ref_low": str(QT_TRANSLATE_NOOP("LabRow", "lab low")),
    "ref_high": str(QT_TRANSLATE_NOOP("LabRow", "lab high")),
    "value": str(QT_TRANSLATE_NOOP("LabRow", "value")),
    "unit": str(QT_TRANSLATE_NOOP("LabRow", "unit")),
    "analyte": str(QT_TRANSLATE_NOOP("LabRow", "analyte")),
    "result": str(QT_TRANSLATE_NOOP("LabRow", "result")),
    "collected_on": str(QT_TRANSLATE_NOOP("LabRow", "collected on")),
}
"""A result's fields named as the column headers name them (others: the field's own name), in
English (shown translated)."""


class StoredIds(TypedDict):
    """Which stored result a row shows (from ``load``; kept in a draft), as LabResult names them."""

    id: int | None
    version: int
    patient_id: int | None
    visit_id: int | None


def field_name(field: str) -> str:
    if field in FIELD_NAMES:
        return QCoreApplication.translate("LabRow", FIELD_NAMES[field])
    return field.replace("_", " ")


class LabRow(QWidget):
    """One result being typed: its widgets, and the stored ids when it came from ``load``."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids: StoredIds | None = None
        self.analyte_combo = QComboBox()
        for each in ANALYTE_CODES:
            entry = labs.ANALYTES[each]
            self.analyte_combo.addItem(entry.name, each)
            index = self.analyte_combo.count() - 1
            tip = entry.note or entry.source
            loinc = self.tr("LOINC {code}. {note}").format(code=entry.loinc, note=tip)
            self.analyte_combo.setItemData(index, loinc, _TOOLTIP)
        self.analyte_combo.setAccessibleName(self.tr("Analyte"))
        self.value_edit = NumberEdit(decimals=3, digits=5, accessible_name=self.tr("Value"))
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.low_edit = NumberEdit(
            decimals=3, digits=5, accessible_name=self.tr("Reporting lab's low")
        )
        self.high_edit = NumberEdit(
            decimals=3, digits=5, accessible_name=self.tr("Reporting lab's high")
        )
        for edit in (self.low_edit, self.high_edit):
            edit.setToolTip(
                self.tr("The reporting lab's range, in the unit of the value (optional)")
            )
        self.flag_label = QLabel()
        self.flag_label.setAccessibleName(self.tr("Flag"))
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAccessibleName(self.tr("Remove this lab"))
        self.remove_button.setToolTip(self.tr("Remove this lab"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        widgets = (
            self.analyte_combo,
            self.value_edit,
            self.unit_combo,
            self.low_edit,
            self.high_edit,
            self.flag_label,
        )
        for key, widget in zip(COLUMN_WIDTHS, widgets, strict=True):
            widget.setFixedWidth(COLUMN_WIDTHS[key])
            layout.addWidget(widget)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self.analyte_combo.currentIndexChanged.connect(self._on_analyte_changed)
        self.set_analyte(code)

    @property
    def code(self) -> str:
        return str(self.analyte_combo.currentData())

    @property
    def unit(self) -> str:
        """The unit chosen, or "" while none is (a draft's unit that is not offered)."""
        unit = self.unit_combo.currentData()
        return str(unit) if unit is not None else ""

    def set_analyte(self, code: str) -> None:
        self.analyte_combo.setCurrentIndex(max(0, self.analyte_combo.findData(code)))
        self._on_analyte_changed()

    def set_unit(self, unit: str) -> None:
        index = self.unit_combo.findData(unit)
        if index >= 0:
            self.unit_combo.setCurrentIndex(index)

    def _on_analyte_changed(self, *_: object) -> None:
        keep = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in labs.ANALYTES[self.code].accepted_units:
            self.unit_combo.addItem(unit_label(unit), unit)
        self.unit_combo.blockSignals(False)
        self.set_unit(keep)
        self.remove_button.setAccessibleName(
            self.tr("Remove {analyte}").format(analyte=self.analyte_combo.currentText())
        )

    def result(self, day: date) -> LabResult | None:
        value = self.value_edit.value()
        if value is None:
            return None
        found = lab_results.entered(
            self.code, day, value, self.unit, self.low_edit.value(), self.high_edit.value()
        )
        return dataclasses.replace(found, **self.ids) if self.ids else found

    def state(self) -> JsonState:
        return {
            "analyte": self.code,
            "value": self.value_edit.text(),
            "unit": self.unit,
            "ref_low": self.low_edit.text(),
            "ref_high": self.high_edit.text(),
            "ids": dict(self.ids) if self.ids else None,
        }

    def restore(self, state: JsonState) -> list[str]:
        """Put back a row of a draft (the caller checked its analyte): the text typed, as typed;
        a unit the analyte does not take is left empty, never another one; returns what could
        not be put back."""
        self.set_analyte(str(state.get("analyte", ANALYTE_CODES[0])))
        unit = state.get("unit", self.unit_combo.currentData())
        index = self.unit_combo.findData(unit)
        self.unit_combo.setCurrentIndex(index)
        self.value_edit.setText(str(state.get("value") or ""))
        self.low_edit.setText(str(state.get("ref_low") or ""))
        self.high_edit.setText(str(state.get("ref_high") or ""))
        ids = state.get("ids")
        # cast: a draft's JSON object, as state() wrote it from a StoredIds
        self.ids = cast(StoredIds, dict(ids)) if ids else None
        if index >= 0 or not unit:  # none chosen: said when it was lost (the draft keeps that)
            return []
        return [
            self.tr(
                "Labs: {lab} could not be put back as typed: the unit “{unit}” is not one "
                "CalciTrack takes for {analyte}, so the value has no unit: choose it again."
            ).format(lab=lab_text(state), unit=unit, analyte=self.analyte_combo.currentText())
        ]

    def refresh_flag(self, sex: str, mineral_note: str = "") -> dict[QWidget, str]:
        """Draw the ↑/↓ flag against the lab's range, else the typical range for ``sex``, with
        ``mineral_note`` (``mineral_metabolism.row_note``) in the tooltip; return the row's live
        problems."""
        name = self.analyte_combo.currentText()
        live: dict[QWidget, str] = {}
        for field, edit in self.number_edits().items():
            reason = edit.problem()
            if reason is not None:
                live[edit] = self.tr("{analyte}, {field}: {reason}").format(
                    analyte=name, field=field_name(field), reason=reason
                )
        low, high = self.low_edit.value(), self.high_edit.value()
        if low is not None and high is not None and low > high:
            live[self.low_edit] = self.tr(
                "{analyte}: the lab range's low end is above its high end"
            ).format(analyte=name)
        result = self.result(date.min)
        flag, tip = None, ""
        if result is not None and self.low_edit not in live:
            try:
                shown = show_result(result, result.unit, sex)
            except DomainValidationError:
                shown = None
            if shown is not None and shown.reference is not None:
                flag = shown.flag
                tip = self.tr("Read against {reference}.").format(reference=shown.reference)
                if shown.reference_range is not None and shown.reference_range.kind != "lab":
                    tip = self.tr("{tip} Enter the reporting lab's range when you have it.").format(
                        tip=tip
                    )
                if mineral_note:
                    tip = self.tr("{tip} Mineral metabolism: {note}.").format(
                        tip=tip, note=mineral_note
                    )
            elif shown is not None:
                tip = self.tr("No reference range is known for this analyte: enter the lab's.")
        self.flag_label.setText(self.tr(_ARROWS[flag]) if flag in _ARROWS else "")
        self.flag_label.setStyleSheet(f"color: {FLAG_COLOURS.get(flag or '', '#555')};")
        self.flag_label.setToolTip(tip)
        self.flag_label.setProperty("flag", flag or "")
        return live

    def number_edits(self) -> dict[str, NumberEdit]:
        """The row's number fields by the lab result's field names."""
        return {"value": self.value_edit, "ref_low": self.low_edit, "ref_high": self.high_edit}

    def inputs(self) -> tuple[QWidget, ...]:
        return (self.analyte_combo, self.value_edit, self.unit_combo, self.low_edit, self.high_edit)


def lab_text(state: JsonState) -> str:
    """A lab row of a draft as typed: "Calcium 2.6 mmol/L (lab range 2.1–2.6)"."""
    code = str(state.get("analyte"))
    name = labs.ANALYTES[code].name if code in labs.ANALYTES else f"“{code}”"
    unit = state.get("unit")
    text = f"{name} {state.get('value') or ''} {unit_label(str(unit)) if unit else ''}"
    low, high = state.get("ref_low") or "", state.get("ref_high") or ""
    if low or high:
        text = QCoreApplication.translate("LabRow", "{result} (lab range {low}–{high})").format(
            result=text, low=low, high=high
        )
    return " ".join(text.split())
