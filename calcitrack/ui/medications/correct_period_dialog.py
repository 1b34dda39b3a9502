"""The correction of one medication period: its start, stop, dose, unit, frequency, route and
reasons, typed with the keyboard alone (the drug stays: a period of the wrong drug is deleted).

The dialog checks what it can as the user types (a dose that is not a number, a stop before the
start) and asks the service for the rest; a refusal names the field and the reason below the
fields, and the dialog stays open with everything as typed. A dose above its label comes back as
an unusual value to confirm ("Confirm the dose" box, decision support with its source), as at a
visit."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.codes import CodedEnum, DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.errors import Problem
from calcitrack.domain.visits.period_correction import correctable_label, describe_period
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.ui.common.iso_date_edit import IsoDateEdit
from calcitrack.ui.common.number_edit import NumberEdit

_AMENDMENT = str(QT_TRANSLATE_NOOP("CorrectPeriodDialog", "Reason for the amendment"))
"""The dialog's own field, in English (shown translated)."""


def _combo(kind: type[CodedEnum], current: CodedEnum, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for item in kind:
        combo.addItem(item.label, item.value)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo


class CorrectPeriodDialog(QDialog):
    correction_ready = Signal(object, object)
    """The corrected period and the unusual values confirmed (a list)."""

    def __init__(
        self,
        period: MedicationPeriod,
        patient_name: str,
        parent: QWidget | None = None,
        *,
        amending: str = "",
    ) -> None:
        """``amending``: the signed visit the period was recorded at, in words; the correction
        is then its amendment and needs the reason."""
        super().__init__(parent)
        self.period = period
        self._asked: tuple[UnusualValue, ...] = ()
        intro = QLabel(
            self.tr(
                "Correct <b>{period}</b> for {patient}, as it should have been recorded. Each "
                "changed field is kept in the audit trail. A period of the wrong drug is deleted "
                "instead (Delete in the list)."
            ).format(period=escape(describe_period(period)), patient=escape(patient_name)),
            wordWrap=True,
        )
        self.start_edit = IsoDateEdit(period.start_on, self.tr("Start"))
        self.stopped_check = QCheckBox(self.tr("Sto&pped on"))
        self.stopped_check.setChecked(period.stop_on is not None)
        self.stop_edit = IsoDateEdit(period.stop_on or period.start_on, self.tr("Stop"))
        self.stop_edit.setEnabled(period.stop_on is not None)
        self.stopped_check.toggled.connect(self.stop_edit.setEnabled)
        self.dose_edit = NumberEdit(
            decimals=3, digits=6, accessible_name=self.tr("Dose"), width=96
        )
        self.dose_edit.set_value(period.dose)
        self.unit_combo = _combo(DoseUnit, period.dose_unit, self.tr("Unit"))
        self.frequency_combo = _combo(Frequency, period.frequency, self.tr("Frequency"))
        self.route_combo = _combo(Route, period.route, self.tr("Route"))
        self.start_reason_edit = QLineEdit(period.start_reason)
        self.start_reason_edit.setAccessibleName(self.tr("Start reason"))
        self.stop_reason_edit = QLineEdit(period.stop_reason)
        for edit in (self.start_reason_edit, self.stop_reason_edit):
            edit.setCursorPosition(0)  # a long reason shows from its start
        self.stop_reason_edit.setAccessibleName(self.tr("Stop reason"))
        self.stopped_check.toggled.connect(self.stop_reason_edit.setEnabled)
        self.stop_reason_edit.setEnabled(period.stop_on is not None)

        stop_row = QHBoxLayout()
        stop_row.addWidget(self.stopped_check)
        stop_row.addWidget(self.stop_edit)
        stop_row.addStretch(1)
        dose_row = QHBoxLayout()
        dose_row.addWidget(self.dose_edit)
        dose_row.addWidget(self.unit_combo)
        dose_row.addStretch(1)
        form = QFormLayout()
        self._add(form, self.tr("St&art:"), self.start_edit)
        form.addRow(self.tr("Stop:"), stop_row)
        dose_label = QLabel(self.tr("D&ose:"))
        dose_label.setBuddy(self.dose_edit)
        form.addRow(dose_label, dose_row)
        self._add(form, self.tr("&Frequency:"), self.frequency_combo)
        self._add(form, self.tr("&Route:"), self.route_combo)
        self._add(form, self.tr("Start r&eason:"), self.start_reason_edit)
        self._add(form, self.tr("Stop reaso&n:"), self.stop_reason_edit)
        self.amend_reason_edit = QLineEdit()
        self.amend_reason_edit.setAccessibleName(self.tr(_AMENDMENT))
        self.amend_reason_edit.setPlaceholderText(
            self.tr("Required: why the signed visit is amended")
        )
        self._add(form, self.tr("Reason for the a&mendment:"), self.amend_reason_edit)
        self._form = form
        self.amend_note = QLabel(wordWrap=True)

        self.problem_label = QLabel(wordWrap=True)
        self.problem_label.setAccessibleName(self.tr("Why it was not saved"))
        self.problem_label.setStyleSheet("color: #b2182b")
        self.problem_label.hide()
        self.confirm_check = QCheckBox(self.tr("I have checked this dose: &confirm it as entered"))
        self.confirm_check.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save correction"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.amend_note)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.start_edit.setFocus()
        self._show_amending(amending)

    def start_amending(self, signed: str) -> None:
        """The correction turned out to change a signed visit (``signed``, in words), and the
        user may amend it: the same correction, saved as that visit's amendment with a reason."""
        self._show_amending(signed)
        self.show_refusal(
            self.tr(
                "Not saved yet: this correction changes {signed}. Give the reason for the "
                "amendment, then save it as that visit's amendment."
            ).format(signed=signed)
        )
        self.amend_reason_edit.setFocus()

    def _show_amending(self, signed: str) -> None:
        self.amending = signed
        self.setWindowTitle(
            self.tr("Amend medication period") if signed else self.tr("Correct medication period")
        )
        self.save_button.setText(
            self.tr("&Save amendment") if signed else self.tr("&Save correction")
        )
        self._form.setRowVisible(self.amend_reason_edit, bool(signed))
        self.amend_note.setText(
            self.tr(
                "This period is part of {signed}. Saving amends that visit: it stays signed, what "
                "it said as signed is kept beside the correction, and the summary says it was "
                "amended, when and why."
            ).format(signed=escape(signed))
        )
        self.amend_note.setVisible(bool(signed))

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the wrapped text at the width shown (the fields keep their height)."""
        super().showEvent(event)
        self.adjustSize()

    @staticmethod
    def _add(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    # ------------------------------------------------------------------ reading what was typed

    def corrected(self) -> MedicationPeriod | None:
        """The period as typed; None (and the problem shown) when the dialog itself can tell
        it is wrong."""
        problems: list[Problem] = []
        dose = self.dose_edit.value()
        if self.dose_edit.problem() is not None:
            problems.append(Problem("dose", self.dose_edit.problem() or ""))
        elif dose is None:
            problems.append(Problem("dose", self.tr("is required")))
        start = self.start_edit.day()
        stop = self.stop_edit.day() if self.stopped_check.isChecked() else None
        if stop is not None and stop <= start:
            problems.append(Problem("stop_on", self.tr("must be after the start date")))
        if self.amending and not self.amend_reason():
            problems.append(
                Problem("amendment", self.tr("say why the signed visit is amended"))
            )
        if problems or dose is None:
            self.show_problems(problems)
            return None
        return dataclasses.replace(
            self.period,
            start_on=start,
            stop_on=stop,
            dose=dose,
            dose_unit=DoseUnit(self.unit_combo.currentData()),  # Qt hands back the code
            frequency=Frequency(self.frequency_combo.currentData()),
            route=Route(self.route_combo.currentData()),
            start_reason=self.start_reason_edit.text().strip(),
            stop_reason=self.stop_reason_edit.text().strip() if stop is not None else "",
        )

    def amend_reason(self) -> str:
        return self.amend_reason_edit.text().strip()

    def _on_save(self) -> None:
        corrected = self.corrected()
        if corrected is None:
            return
        confirmed = list(self._asked) if self.confirm_check.isChecked() else []
        self.problem_label.hide()
        self.save_button.setEnabled(False)
        self.correction_ready.emit(corrected, confirmed)

    # ------------------------------------------------------------------ answers of the service

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """The refusal, each field by its name, below the fields; everything typed stays."""
        lines = [
            self.tr("{field}: {reason}").format(field=self._field_name(p.field), reason=p.reason)
            for p in problems
        ]
        self.show_refusal(self.tr("Not saved. {problems}").format(problems=" ".join(lines)))

    def _field_name(self, field: str) -> str:
        if field == "amendment":
            return self.tr(_AMENDMENT)
        return correctable_label(field)

    def show_refusal(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self.save_button.setEnabled(True)
        self.adjustSize()  # room for the text: the fields keep their height

    def ask_to_confirm(self, unusual: Sequence[UnusualValue]) -> None:
        """A dose above its label: shown with its reason; saved once the box is ticked."""
        self._asked = tuple(unusual)
        self.show_refusal(
            self.tr("Not saved yet. {unusual} Tick the box below to save it as entered.").format(
                unusual=" ".join(u.describe() for u in unusual)
            )
        )
        self.confirm_check.setChecked(False)
        self.confirm_check.show()
        self.adjustSize()
        self.confirm_check.setFocus()
