"""One medication change being typed in the visit form (``medication_change_panel.py``): start a
drug from the drug table (or a named "other"), or stop / change the dose of a period of the current
regimen; the new dose, unit, frequency and route; and the reason, which is required."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.medications.drugs import DRUGS, drug_label
from calcitrack.domain.visits.visit_entry import MedicationChange, MedicationChangeKind
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.visit_form.section import JsonState
from calcitrack.ui.workspace.medication_table_model import dose_text

Kind = MedicationChangeKind
_TITLES = {
    Kind.START: str(QT_TRANSLATE_NOOP("ChangeRow", "Start")),
    Kind.STOP: str(QT_TRANSLATE_NOOP("ChangeRow", "Stop")),
    Kind.DOSE: str(QT_TRANSLATE_NOOP("ChangeRow", "Change dose")),
}
"""A change's kind as its row names it, in English (shown translated)."""


def _combo(name: str, items: Sequence[tuple[str, Any]], width: int) -> QComboBox:
    """A combo box ``width`` pixels wide, or as wide as its longest item needs: at 140 pixels
    Portuguese's "uma vez por semana" showed as "uma vez por sema" (QA). Fixed, so that every row
    of the section keeps its columns in line."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, data in items:
        combo.addItem(text, data)
    combo.setFixedWidth(max(width, combo.sizeHint().width()))
    return combo


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _choose(combo: QComboBox, data: object) -> bool:
    """Select ``data``; when the combo does not offer it, select nothing (never another)."""
    index = combo.findData(data) if data is not None else -1
    combo.setCurrentIndex(index)
    return index >= 0


def _chosen(enum: Any, combo: QComboBox) -> Any:
    data = combo.currentData()
    return enum(data) if data is not None else None


def drug_name_of(state: JsonState) -> str:
    """The drug a change of a draft names, as the nurse saw it."""
    code = str(state.get("drug") or "")
    return drug_label(code, str(state.get("drug_name") or "")) or QCoreApplication.translate(
        "ChangeRow", "a drug"
    )


def describe_change(state: JsonState) -> str:
    """A change of a draft as a nurse reads it: "dose change of Diltiazem to 90 mg twice
    daily", "stop of Colchicine", "start of Colchicine 0.5 mg once daily"."""
    kind = str(state.get("kind"))
    name = drug_name_of(state)
    dose = str(state.get("dose") or "").strip()
    unit, frequency = state.get("dose_unit"), state.get("frequency")
    amount = " ".join(
        part
        for part in (
            dose,
            DoseUnit(unit).label if dose and unit in DoseUnit.codes() else "",
            Frequency(frequency).label if frequency in Frequency.codes() else "",
        )
        if part
    )
    if kind == Kind.STOP.value:
        return QCoreApplication.translate("ChangeRow", "stop of {drug}").format(drug=name)
    if kind == Kind.DOSE.value and amount:
        text = QCoreApplication.translate("ChangeRow", "dose change of {drug} to {dose}")
        return text.format(drug=name, dose=amount)
    if kind == Kind.DOSE.value:
        return QCoreApplication.translate("ChangeRow", "dose change of {drug}").format(drug=name)
    if amount:
        text = QCoreApplication.translate("ChangeRow", "start of {drug} {dose}")
        return text.format(drug=name, dose=amount)
    return QCoreApplication.translate("ChangeRow", "start of {drug}").format(drug=name)


def period_text(period: MedicationPeriod) -> str:
    name = drug_label(period.drug, period.drug_name)
    return f"{name} {dose_text(period)} {period.frequency.label}"


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
        # The period chosen, by its identity (id and drug), never by its place in the list: kept
        # while the regimen offered does not hold it (a draft restored, the date moved).
        self._wanted: dict[str, Any] = {"drug": "", "drug_name": "", "period_id": None}
        self._wanted_text = ""
        # A new stop or dose change starts on the first period of the regimen.
        self._first_choice = kind is not Kind.START

        self.kind_label = QLabel(self.tr("<b>{kind}</b>").format(kind=self.tr(_TITLES[kind])))
        self.kind_label.setMinimumWidth(90)
        self.drug_combo = _combo(self.tr("Drug"), (), 280)
        if kind is Kind.START:  # no drug until the nurse picks one (typing its first letters)
            for code, drug in DRUGS.items():
                self.drug_combo.addItem(drug.shown_name, code)
            self.drug_combo.setCurrentIndex(-1)
            self.drug_combo.setPlaceholderText(self.tr("Drug…"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name of the drug"))
        self.name_edit.setAccessibleName(self.tr("Drug name"))
        self.name_edit.setFixedWidth(160)
        self.dose_edit = NumberEdit(decimals=3, digits=6, accessible_name=self.tr("New dose"))
        self.dose_edit.setPlaceholderText(self.tr("dose"))
        units = [(u.label, u.value) for u in DoseUnit]
        self.unit_combo = _combo(self.tr("Dose unit"), units, 70)
        frequencies = [(f.label, f.value) for f in Frequency]
        self.frequency_combo = _combo(self.tr("Frequency"), frequencies, 140)
        self.route_combo = _combo(self.tr("Route"), [(r.label, r.value) for r in Route], 120)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why (required)"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAccessibleName(self.tr("Remove this change"))
        self.remove_button.setToolTip(self.tr("Remove this change"))

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
        grid.addWidget(QLabel(self.tr("Reason")), 1, 0)
        grid.addWidget(self.reason_edit, 1, 1, 1, len(line))
        grid.setColumnStretch(len(line), 1)
        # What the label says of this drug and dose (set by the panel: show_dose_sense).
        self.dose_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.dose_label.setAccessibleName(self.tr("Dose check"))
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
        """Offer the periods of the regimen (stop and dose change), keeping the one chosen by
        its identity; when it is not among them the drug is left empty (never another one)."""
        if self.kind is Kind.START:
            return
        self._periods = list(periods)
        self.drug_combo.blockSignals(True)
        self.drug_combo.clear()
        for index, period in enumerate(self._periods):
            self.drug_combo.addItem(period_text(period), index)
            tip = self.tr("Since {day}, {route}").format(
                day=shown_date(period.start_on), route=period.route.label.lower()
            )
            self.drug_combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        index = self._wanted_index()
        first = self._first_choice and index < 0 and bool(self._periods)
        self.drug_combo.setCurrentIndex(0 if first else index)
        name = drug_label(str(self._wanted["drug"] or ""), str(self._wanted["drug_name"] or ""))
        self.drug_combo.setPlaceholderText(
            self.tr("{drug}: not taken on this date").format(drug=self._wanted_text or name)
            if name
            else self.tr("Drug…")
        )
        self.drug_combo.blockSignals(False)
        if first:
            self._take_period_defaults()
        self._keep_choice()

    def _wanted_index(self) -> int:
        """The place of the period chosen in the list offered, or -1."""
        wanted_id, drug = self._wanted["period_id"], self._wanted["drug"]
        if wanted_id is None:
            return -1
        return next(
            (
                i
                for i, p in enumerate(self._periods)
                if p.id == wanted_id and (not drug or p.drug == drug)
            ),
            -1,
        )

    def _keep_choice(self) -> None:
        period = self.period()
        if period is None:
            return
        self._first_choice = False
        self._wanted = {"drug": period.drug, "drug_name": period.drug_name, "period_id": period.id}
        self._wanted_text = period_text(period)

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
        self._keep_choice()
        self._take_period_defaults()
        self._show_name()
        self.edited.emit(self.drug_combo)

    def _show_name(self) -> None:
        self.name_edit.setHidden(not (self.kind is Kind.START and self.drug_code() == "other"))

    def drug_code(self) -> str:
        if self.kind is Kind.START:
            code = self.drug_combo.currentData()
            return str(code) if code is not None else str(self._wanted["drug"])
        period = self.period()
        return period.drug if period is not None else str(self._wanted["drug"])

    def title(self) -> str:
        """ "Start Colchicine", "Stop Methotrexate", "Change dose of Diltiazem"."""
        period = self.period()
        if self.kind is Kind.START:
            other = self.drug_code() == "other" and self.name_edit.text().strip()
            name = other or self.drug_combo.currentText()
        else:
            wanted = (str(self._wanted["drug"] or ""), str(self._wanted["drug_name"] or ""))
            name = drug_label(*(wanted if period is None else (period.drug, period.drug_name)))
        drug = name or self.tr("a drug")
        if self.kind is Kind.DOSE:
            return self.tr("Change dose of {drug}").format(drug=drug)
        if self.kind is Kind.STOP:
            return self.tr("Stop {drug}").format(drug=drug)
        return self.tr("Start {drug}").format(drug=drug)

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
            dose_unit=_chosen(DoseUnit, self.unit_combo) if with_dose else None,
            frequency=_chosen(Frequency, self.frequency_combo) if with_dose else None,
            route=_chosen(Route, self.route_combo) if with_dose else None,
            period_id=period_id,
        )

    def state(self) -> JsonState:
        change = self.change()
        return {
            "kind": self.kind.value,
            "drug": change.drug,
            "drug_name": self.name_edit.text() if self.kind is Kind.START else change.drug_name,
            "period_id": change.period_id,
            "period": self._wanted_text if self.kind is not Kind.START else "",
            "dose": self.dose_edit.text(),
            "dose_unit": self.unit_combo.currentData(),
            "frequency": self.frequency_combo.currentData(),
            "route": self.route_combo.currentData(),
            "reason": self.reason_edit.text(),
        }

    def restore(self, state: JsonState, on: date | None = None) -> list[str]:
        """Put back a row of a draft: the period by its identity, never by its place; returns
        what could not be put back (the period is checked only once the regimen of the date
        ``on`` is offered)."""
        lost: list[str] = []
        what = describe_change(state)
        self.blockSignals(True)
        try:
            self._first_choice = False
            self._wanted = {k: state.get(k) for k in ("drug", "drug_name", "period_id")}
            self._wanted["drug"] = str(self._wanted["drug"] or "")
            self._wanted["drug_name"] = str(self._wanted["drug_name"] or "")
            self._wanted_text = str(state.get("period") or "")
            if self.kind is Kind.START:
                if not _choose(self.drug_combo, state.get("drug")) and state.get("drug"):
                    lost.append(
                        self.tr("{drug} is not in CalciTrack's list of drugs").format(
                            drug=drug_name_of(state)
                        )
                    )
                self.name_edit.setText(str(state.get("drug_name") or ""))
            else:
                self.set_periods(self._periods)
                if on is not None and self._wanted["period_id"] is not None and not self.period():
                    lost.append(
                        self.tr(
                            "{drug} is not taken on {day} (it was stopped or changed since, or "
                            "the date is not the same). The change is kept without a drug: "
                            "choose the drug again, or remove it"
                        ).format(
                            drug=self._wanted_text or drug_name_of(state), day=shown_date(on)
                        )
                    )
            for combo, key, kind in (
                (self.unit_combo, "dose_unit", self.tr("dose unit")),
                (self.frequency_combo, "frequency", self.tr("frequency")),
                (self.route_combo, "route", self.tr("route")),
            ):
                code = state.get(key)
                if not _choose(combo, code) and code and self.kind is not Kind.STOP:
                    lost.append(
                        self.tr("the {field} “{code}” is not known: choose it again").format(
                            field=kind, code=code
                        )
                    )
            self.dose_edit.setText(str(state.get("dose") or ""))
            self.reason_edit.setText(str(state.get("reason") or ""))
            self._show_name()
        finally:
            self.blockSignals(False)
        return [
            self.tr("The {change} could not be put back as typed: {reason}.").format(
                change=what, reason=reason
            )
            for reason in lost
        ]

    # ------------------------------------------------------------------ dose sense

    def show_dose_sense(self, hint: str, concerns: Sequence[str]) -> None:
        """The label's usual schedule and limit in grey, then each concern with this dose in
        red (``calcitrack.domain.medications.dose_sense``); hidden when there is neither."""
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
            return {
                self.dose_edit: self.tr("{change}, new dose: {reason}").format(
                    change=self.title(), reason=reason
                )
            }
        if dose is None:
            return {}
        if dose <= 0:
            return {
                self.dose_edit: self.tr("{change}: the dose must be above 0").format(
                    change=self.title()
                )
            }
        return {}
