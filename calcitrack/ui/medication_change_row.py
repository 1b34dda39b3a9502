"""One medication change being typed in the visit form (``medication_change_panel.py``): start a
drug from the drug table (or a named "other"), or stop / change the dose of a period of the current
regimen; the new dose, unit, frequency and route; and the reason, which is required."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.drugs import DRUGS
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.visit_entry import MedicationChange, MedicationChangeKind
from calcitrack.ui.medication_table_model import dose_text
from calcitrack.ui.number_edit import NumberEdit
from calcitrack.ui.visit_form_section import JsonState

Kind = MedicationChangeKind
_TITLES = {Kind.START: "Start", Kind.STOP: "Stop", Kind.DOSE: "Change dose"}


def _combo(name: str, items: Sequence[tuple[str, Any]], width: int) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, data in items:
        combo.addItem(text, data)
    combo.setFixedWidth(width)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def period_text(period: MedicationPeriod) -> str:
    return f"{period.drug_name} {dose_text(period)} {period.frequency.label}"


class ChangeRow(QFrame):
    """A start, stop or dose change; ``edited`` carries the widget that was edited."""

    edited = Signal(QWidget)

    def __init__(
        self,
        kind: MedicationChangeKind,
        periods: Sequence[MedicationPeriod],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._periods: list[MedicationPeriod] = []
        # What a restored draft named, kept until the regimen it refers to is known.
        self._wanted: dict[str, Any] = {"drug": "", "drug_name": "", "period_id": None}

        self.kind_label = QLabel(f"<b>{_TITLES[kind]}</b>")
        self.kind_label.setFixedWidth(90)
        self.drug_combo = _combo("Drug", (), 280)
        if kind is Kind.START:
            for code, drug in DRUGS.items():
                self.drug_combo.addItem(drug.name, code)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Name of the drug")
        self.name_edit.setAccessibleName("Drug name")
        self.name_edit.setFixedWidth(160)
        self.dose_edit = NumberEdit(decimals=3, digits=6, accessible_name="New dose")
        self.dose_edit.setPlaceholderText("dose")
        self.unit_combo = _combo("Dose unit", [(u.label, u.value) for u in DoseUnit], 70)
        self.frequency_combo = _combo("Frequency", [(f.label, f.value) for f in Frequency], 140)
        self.route_combo = _combo("Route", [(r.label, r.value) for r in Route], 120)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText("Why (required)")
        self.reason_edit.setAccessibleName("Reason")
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAccessibleName("Remove this change")
        self.remove_button.setToolTip("Remove this change")

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.kind_label, 0, 0)
        line = (
            self.drug_combo,
            self.name_edit,
            self.dose_edit,
            self.unit_combo,
            self.frequency_combo,
            self.route_combo,
        )
        for column, widget in enumerate(line, start=1):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.remove_button, 0, len(line) + 1)
        grid.addWidget(QLabel("Reason"), 1, 0)
        grid.addWidget(self.reason_edit, 1, 1, 1, len(line))
        grid.setColumnStretch(len(line), 1)
        # What the label says of this drug and dose (set by the panel: show_dose_sense).
        self.dose_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.dose_label.setAccessibleName("Dose check")
        self.dose_label.hide()
        grid.addWidget(self.dose_label, 2, 1, 1, len(line))

        for widget in (
            self.name_edit,
            self.dose_edit,
            self.unit_combo,
            self.frequency_combo,
            self.route_combo,
        ):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # every row's columns line up
            widget.setSizePolicy(policy)
            widget.setHidden(kind is Kind.STOP)
        if kind is Kind.START:
            self.set_defaults(DoseUnit.MG, Frequency.QD, Route.ORAL)
        else:
            self.set_periods(periods)
        self._show_name()
        self.drug_combo.currentIndexChanged.connect(self._on_drug_changed)
        for combo in (self.unit_combo, self.frequency_combo, self.route_combo):
            combo.currentIndexChanged.connect(lambda _=0, c=combo: self.edited.emit(c))
        for edit in (self.name_edit, self.dose_edit, self.reason_edit):
            edit.textChanged.connect(lambda _="", e=edit: self.edited.emit(e))

    # ------------------------------------------------------------------ contents

    def set_defaults(self, unit: DoseUnit, frequency: Frequency, route: Route) -> None:
        _select(self.unit_combo, unit.value)
        _select(self.frequency_combo, frequency.value)
        _select(self.route_combo, route.value)

    def set_periods(self, periods: Sequence[MedicationPeriod]) -> None:
        """Offer the periods of the regimen (stop and dose change), keeping the one chosen."""
        if self.kind is Kind.START:
            return
        wanted = self.period()
        wanted_id = wanted.id if wanted is not None else self._wanted["period_id"]
        self._periods = list(periods)
        self.drug_combo.blockSignals(True)
        self.drug_combo.clear()
        for index, period in enumerate(self._periods):
            self.drug_combo.addItem(period_text(period), index)
            tip = f"Since {period.start_on.isoformat()}, {period.route.label.lower()}"
            self.drug_combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        found = next((i for i, p in enumerate(self._periods) if p.id == wanted_id), None)
        self.drug_combo.setCurrentIndex(found if found is not None else 0)
        self.drug_combo.blockSignals(False)
        if found is None and wanted_id is None:
            self._take_period_defaults()

    def period(self) -> MedicationPeriod | None:
        index = self.drug_combo.currentData()
        if self.kind is Kind.START or not isinstance(index, int):
            return None
        return self._periods[index] if index < len(self._periods) else None

    def _take_period_defaults(self) -> None:
        period = self.period()
        if period is not None and self.kind is Kind.DOSE:
            self.set_defaults(period.dose_unit, period.frequency, period.route)

    def _on_drug_changed(self, *_: object) -> None:
        self._take_period_defaults()
        self._show_name()
        self.edited.emit(self.drug_combo)

    def _show_name(self) -> None:
        self.name_edit.setHidden(not (self.kind is Kind.START and self.drug_code() == "other"))

    def drug_code(self) -> str:
        if self.kind is Kind.START:
            return str(self.drug_combo.currentData())
        period = self.period()
        return period.drug if period is not None else str(self._wanted["drug"])

    def title(self) -> str:
        """ "Start Colchicine", "Stop Methotrexate", "Change dose of Diltiazem"."""
        period = self.period()
        if self.kind is Kind.START:
            other = self.drug_code() == "other" and self.name_edit.text().strip()
            name = other or self.drug_combo.currentText()
        else:
            name = period.drug_name if period is not None else self._wanted["drug_name"]
        joiner = " of " if self.kind is Kind.DOSE else " "
        return f"{_TITLES[self.kind]}{joiner}{name or 'a drug'}"

    # ------------------------------------------------------------------ values

    def change(self) -> MedicationChange:
        with_dose = self.kind is not Kind.STOP
        period = self.period()
        if self.kind is Kind.START:
            code = self.drug_code()
            drug_name, period_id = (self.name_edit.text().strip() if code == "other" else ""), None
        elif period is not None:
            code, drug_name, period_id = period.drug, period.drug_name, period.id
        else:
            code, drug_name = str(self._wanted["drug"]), str(self._wanted["drug_name"])
            period_id = self._wanted["period_id"]
        return MedicationChange(
            kind=self.kind,
            drug=code,
            reason=self.reason_edit.text().strip(),
            drug_name=drug_name,
            dose=self.dose_edit.value() if with_dose else None,
            dose_unit=DoseUnit(self.unit_combo.currentData()) if with_dose else None,
            frequency=Frequency(self.frequency_combo.currentData()) if with_dose else None,
            route=Route(self.route_combo.currentData()) if with_dose else None,
            period_id=period_id,
        )

    def state(self) -> JsonState:
        change = self.change()
        return {
            "kind": self.kind.value,
            "drug": change.drug,
            "drug_name": self.name_edit.text() if self.kind is Kind.START else change.drug_name,
            "period_id": change.period_id,
            "dose": self.dose_edit.text(),
            "dose_unit": self.unit_combo.currentData(),
            "frequency": self.frequency_combo.currentData(),
            "route": self.route_combo.currentData(),
            "reason": self.reason_edit.text(),
        }

    def restore(self, state: JsonState) -> None:
        self.blockSignals(True)
        try:
            self._wanted = {k: state.get(k) for k in ("drug", "drug_name", "period_id")}
            self._wanted["drug"] = self._wanted["drug"] or ""
            self._wanted["drug_name"] = self._wanted["drug_name"] or ""
            if self.kind is Kind.START:
                _select(self.drug_combo, state.get("drug"))
                self.name_edit.setText(str(state.get("drug_name") or ""))
            else:
                self.set_periods(self._periods)
            _select(self.unit_combo, state.get("dose_unit"))
            _select(self.frequency_combo, state.get("frequency"))
            _select(self.route_combo, state.get("route"))
            self.dose_edit.setText(str(state.get("dose") or ""))
            self.reason_edit.setText(str(state.get("reason") or ""))
            self._show_name()
        finally:
            self.blockSignals(False)

    # ------------------------------------------------------------------ dose sense

    def show_dose_sense(self, hint: str, concerns: Sequence[str]) -> None:
        """The label's usual schedule and limit in grey, then each concern with this dose in
        red (``calcitrack.domain.dose_sense``); hidden when there is neither."""
        lines = [f"<span style='color:#b71c1c; font-weight:bold;'>⚠ {html.escape(c)}</span>"
                 for c in concerns]
        if hint:
            lines.append(f"<span style='color:#5f6368;'>{html.escape(hint)}</span>")
        self.dose_label.setText("<br>".join(lines))
        self.dose_label.setHidden(not lines)

    def dose_sense_text(self) -> str:
        """The dose check as a person reads it (plain text)."""
        return self.dose_label.text() and QTextDocumentFragment.fromHtml(
            self.dose_label.text()
        ).toPlainText()

    # ------------------------------------------------------------------ problems

    def inputs(self) -> tuple[QWidget, ...]:
        """The row's inputs in tab order."""
        return (
            self.drug_combo,
            self.name_edit,
            self.dose_edit,
            self.unit_combo,
            self.frequency_combo,
            self.route_combo,
            self.reason_edit,
            self.remove_button,
        )

    def widget_for(self, field: str) -> QWidget:
        return {
            "drug_name": self.name_edit,
            "dose": self.dose_edit,
            "dose_unit": self.unit_combo,
            "frequency": self.frequency_combo,
            "route": self.route_combo,
            "reason": self.reason_edit,
        }.get(field, self.drug_combo)

    def dose_problem(self) -> str | None:
        """Why the new dose typed is not a number (a stop has no dose), or None."""
        return None if self.kind is Kind.STOP else self.dose_edit.problem()

    def live_problems(self) -> dict[QWidget, str]:
        if self.kind is Kind.STOP or not self.dose_edit.text().strip():
            return {}
        dose = self.dose_edit.value()
        reason = self.dose_problem()
        if reason is not None:
            return {self.dose_edit: f"{self.title()}, new dose: {reason}"}
        if dose is None:
            return {}
        if dose <= 0:
            return {self.dose_edit: f"{self.title()}: the dose must be above 0"}
        return {}
