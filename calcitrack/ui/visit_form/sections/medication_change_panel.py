"""The medication section of the visit form: the regimen on the visit date, diltiazem's daily dose
and mg/kg/day (DOMAIN.md §0.7), and this visit's changes — start, stop or change the dose of any
drug, each with its reason — with the diltiazem mg/kg/day that results.

Dose sense (``calcitrack.domain.medications.dose_sense``): each change row shows, as it is typed,
what the drug's label says (usual schedule, the limit in force) and in red every concern with the
dose typed — above the label maximum, methotrexate not weekly — with its source. Concerns with the
regimen as recorded show under it; concerns that only the changes taken together raise (two doses
of one drug) show under the changes. It is decision support for the prescriber, not a rule: it
blocks nothing. mg/kg uses the weight typed at this visit, else the latest earlier one, and says
which (§0.7); the limits are the clinic's settings (``FormContext.settings``).
Problems reach this section as ``medication_changes[i].<field>`` (``i`` in ``changes()`` order,
which is the row order) and as a bare ``medication_changes`` (overlapping periods), shown below.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import DoseUnit
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.errors import Problem
from calcitrack.domain.medications import dosing
from calcitrack.domain.medications.drugs import drug_label
from calcitrack.domain.visits.visit_entry import (
    MedicationChange,
    MedicationChangeKind,
    apply_medication_changes,
    regimen_on,
)
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.visit_form.section import FormContext, JsonState
from calcitrack.ui.visit_form.sections.medication_change_row import ChangeRow, drug_name_of
from calcitrack.ui.visit_form.sections.medication_dose_sense import (
    as_doses,
    concerns_of,
    row_dose_sense,
    warning_text,
)
from calcitrack.ui.visit_form.sections.section_support import (
    SectionMarks,
    indexed_field,
    place_problems,
    tab_after,
)
from calcitrack.ui.workspace.medication_table_model import dose_text

Kind = MedicationChangeKind
_MG_PER_UNIT = {DoseUnit.MG: 1.0, DoseUnit.G: 1000.0}


@dataclass(frozen=True)
class Weight:
    kg: float
    on: date | None
    """None when typed at this visit; else the date of the earlier visit it comes from."""


def visit_weight(context: FormContext) -> Weight | None:
    """This visit's weight, else the latest weight recorded before it (DOMAIN.md §0.7)."""
    if context.weight_kg is not None:
        return Weight(context.weight_kg, None)
    earlier = [
        v
        for v in context.chart.visits
        if v.weight_kg is not None
        and v.visit_date < context.visit_date
        and (context.visit_id is None or v.id != context.visit_id)
    ]
    if not earlier:
        return None
    latest = max(earlier, key=lambda v: v.visit_date)
    assert latest.weight_kg is not None
    return Weight(latest.weight_kg, latest.visit_date)


def diltiazem_text(periods: Sequence[MedicationPeriod], weight: Weight | None) -> str:
    """What diltiazem adds up to per day and per kg in ``periods``."""
    taken = [p for p in periods if p.drug == "diltiazem"]
    if not taken:
        return QCoreApplication.translate("MedicationChangePanel", "No diltiazem.")
    parts: list[str] = []
    total_mg = 0.0
    per_kg_direct = 0.0
    for p in taken:
        per_day = p.frequency.doses_per_day
        described = f"{drug_label(p.drug, p.drug_name)} {dose_text(p)} {p.frequency.label}"
        if not p.frequency.is_daily or per_day is None:
            return QCoreApplication.translate(
                "MedicationChangePanel", "{dose}: no daily total for a dose given {frequency}."
            ).format(dose=described, frequency=p.frequency.label)
        if p.dose_unit is DoseUnit.MG_PER_KG:
            per_kg_direct += p.dose * per_day
        elif p.dose_unit in _MG_PER_UNIT:
            total_mg += dosing.daily_dose_mg(p.dose * _MG_PER_UNIT[p.dose_unit], per_day)
        else:
            return QCoreApplication.translate(
                "MedicationChangePanel", "{dose}: no mg/kg/day for a dose in {unit}."
            ).format(dose=described, unit=p.dose_unit.label)
        parts.append(described)
    text = " + ".join(parts)
    if total_mg:
        text = QCoreApplication.translate(
            "MedicationChangePanel", "{doses} = {total} mg/day"
        ).format(doses=text, total=in_window_digits(f"{total_mg:g}"))
    if weight is None:
        if per_kg_direct and not total_mg:
            text = QCoreApplication.translate(
                "MedicationChangePanel", "{doses} = {per_kg} mg/kg/day"
            ).format(doses=text, per_kg=in_window_digits(f"{per_kg_direct:.2f}"))
        else:
            text = QCoreApplication.translate(
                "MedicationChangePanel",
                "{doses} · mg/kg/day: no weight recorded at this visit (nor before)",
            ).format(doses=text)
    elif not weight.kg > 0:  # typed, not yet a weight (the vitals section marks it)
        text = QCoreApplication.translate(
            "MedicationChangePanel", "{doses} · mg/kg/day: none for a weight of {kg} kg"
        ).format(doses=text, kg=in_window_digits(f"{weight.kg:g}"))
    else:
        per_kg = per_kg_direct + (
            dosing.mg_per_kg_per_day(total_mg, 1.0, weight.kg) if total_mg else 0
        )
        where = (
            QCoreApplication.translate("MedicationChangePanel", "this visit's weight")
            if weight.on is None
            else QCoreApplication.translate(
                "MedicationChangePanel", "weight of {day}; no weight recorded at this visit"
            ).format(day=shown_date(weight.on))
        )
        text = QCoreApplication.translate(
            "MedicationChangePanel", "{doses} = {per_kg} mg/kg/day at {kg} kg ({where})"
        ).format(
            doses=text,
            per_kg=in_window_digits(f"{per_kg:.2f}"),
            kg=in_window_digits(f"{weight.kg:g}"),
            where=where,
        )
    return text


def weighed(weight: Weight | None) -> tuple[float | None, str]:
    """The weight for per-kg dose limits and where it comes from (DOMAIN.md §0.7)."""
    if weight is None:
        return None, ""
    if weight.on is None:
        return weight.kg, QCoreApplication.translate("MedicationChangePanel", "this visit's weight")
    return weight.kg, QCoreApplication.translate(
        "MedicationChangePanel", "weight of {day}; none recorded at this visit"
    ).format(day=shown_date(weight.on))


def regimen_after(
    medications: Sequence[MedicationPeriod], changes: Sequence[MedicationChange], day: date
) -> list[MedicationPeriod]:
    """The regimen on ``day`` once the complete changes are applied (incomplete ones ignored)."""
    active = regimen_on(medications, day)
    ids = {m.id for m in active if m.id is not None}
    usable = []
    for change in changes:
        if change.kind is not Kind.START and change.period_id not in ids:
            continue
        if change.kind is not Kind.STOP and not (change.dose and change.dose > 0):
            continue
        usable.append(change)
    closed, opened = apply_medication_changes(medications, usable, day)
    ended = {m.id for m in closed}
    return [m for m in active if m.id not in ended] + opened


class MedicationChangePanel(QWidget):
    """The regimen on the visit date and this visit's medication changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: FormContext | None = None
        self._loading = False
        self.rows: list[ChangeRow] = []

        self.regimen_caption = QLabel(self.tr("<b>Regimen</b>"))
        self.regimen_label = QLabel()
        self.regimen_label.setAccessibleName(self.tr("Current regimen"))
        self.diltiazem_label = QLabel()
        self.diltiazem_label.setWordWrap(True)
        self.diltiazem_label.setAccessibleName(self.tr("Diltiazem dose"))
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.start_button = QPushButton(self.tr("&Start drug"))
        self.stop_button = QPushButton(self.tr("Stop dru&g"))
        self.dose_button = QPushButton(self.tr("&Change dose"))
        self.buttons = {
            Kind.START: self.start_button,
            Kind.STOP: self.stop_button,
            Kind.DOSE: self.dose_button,
        }
        for kind, button in self.buttons.items():
            mnemonic = button.text().split("&")[1][:1].upper() if "&" in button.text() else ""
            button.setToolTip(
                self.tr("{action} (Alt+{key})").format(action=kind.label, key=mnemonic)
                if mnemonic
                else kind.label
            )
            button.clicked.connect(lambda _=False, k=kind: self.add_change(k))
        self.after_label = QLabel()
        self.after_label.setWordWrap(True)
        self.after_label.setAccessibleName(self.tr("Diltiazem after these changes"))
        self.after_warning_label = QLabel()
        self.after_warning_label.setWordWrap(True)
        self.after_warning_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.message_label = QLabel()
        self._marks = SectionMarks(self.message_label)

        buttons = QHBoxLayout()
        for button in self.buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.regimen_caption,
            self.regimen_label,
            self.diltiazem_label,
            self.warning_label,
        ):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addLayout(self._rows_layout)
        for widget in (self.after_label, self.after_warning_label, self.message_label):
            layout.addWidget(widget)
        self.setStyleSheet(field_marks.INVALID_STYLE)
        self._refresh()

    # ------------------------------------------------------------------ FormSection

    def set_context(self, context: FormContext) -> None:
        self._context = context
        periods = self.regimen()
        for row in self.rows:
            row.set_periods(periods)
        self._refresh()

    def state(self) -> JsonState:
        return {"rows": [row.state() for row in self.rows]}

    def restore_state(self, state: JsonState) -> list[str]:
        """Put back the rows of a draft; returns what could not be put back, in words."""
        lost: list[str] = []
        day = self._context.visit_date if self._context is not None else None
        self._loading = True
        try:
            for row in list(self.rows):
                self._drop(row)
            for row_state in state.get("rows", []):
                kind = row_state.get("kind", Kind.START.value)
                if kind not in Kind.codes():
                    lost.append(
                        self.tr(
                            "A change “{kind}” of {drug} could not be put back: CalciTrack has "
                            "no such medication change. Type it again."
                        ).format(kind=kind, drug=drug_name_of(row_state))
                    )
                    continue
                lost += self._append(Kind(kind)).restore(row_state, day)
        finally:
            self._loading = False
        self._marks.clear_shown()
        self._refresh()
        return lost

    def show_problems(self, problems: Sequence[Problem]) -> None:
        placed, unplaced = place_problems(
            problems,
            self.problem_target,
            lambda p: p.reason if p.field == "medication_changes" else str(p),
        )
        self._marks.set_shown(placed, unplaced)
        self._refresh()

    def input_problems(self) -> list[Problem]:
        """A new dose whose text is not a number, as ``medication_changes[i].dose``."""
        found = ((i, row.dose_problem()) for i, row in enumerate(self.rows))
        return [Problem(f"medication_changes[{i}].dose", r) for i, r in found if r is not None]

    def problem_target(self, path: str) -> tuple[QWidget, str, str] | None:
        """The widget a ``medication_changes[i].<field>`` problem belongs to, its name in the
        form's problem list and its name here."""
        found = indexed_field(path, "medication_changes")
        if found is None or found[0] >= len(self.rows):
            return None
        row = self.rows[found[0]]
        widget = row.widget_for(found[1])
        name = self.tr("{change}, {field}").format(
            change=row.title(), field=widget.accessibleName().lower()
        )
        return widget, self.tr("Medications: {field}").format(field=name), name

    # ------------------------------------------------------------------ values

    def regimen(self) -> list[MedicationPeriod]:
        """The periods active on the visit date (before this visit's changes)."""
        if self._context is None:
            return []
        return regimen_on(self._context.chart.medications, self._context.visit_date)

    def changes(self) -> list[MedicationChange]:
        return [row.change() for row in self.rows]

    def add_change(self, kind: MedicationChangeKind) -> ChangeRow:
        """A new change row, with the focus on its drug."""
        row = self._append(kind)
        row.drug_combo.setFocus()
        self._refresh()
        self.changed.emit()
        return row

    # ------------------------------------------------------------------ internals

    def _append(self, kind: MedicationChangeKind) -> ChangeRow:
        row = ChangeRow(kind, self.regimen(), self)
        previous = self.rows[-1].remove_button if self.rows else self.dose_button
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()
        tab_after(previous, row.inputs())
        row.edited.connect(self._on_row_edited)
        row.remove_button.clicked.connect(lambda: self._remove(row))
        return row

    def _drop(self, row: ChangeRow) -> None:
        for widget in row.inputs():
            self._marks.forget(widget)
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _remove(self, row: ChangeRow) -> None:
        index = self.rows.index(row)
        self._drop(row)
        following = self.rows[min(index, len(self.rows) - 1)] if self.rows else None
        (following.drug_combo if following else self.start_button).setFocus()
        self._refresh()
        self.changed.emit()

    def _show_row_dose_sense(
        self, kg: float | None, where: str, settings: ClinicSettings
    ) -> set[str]:
        """Each row's dose check; returns the concern texts shown on the rows."""
        shown: set[str] = set()
        for row in self.rows:
            hint, concerns = row_dose_sense(row.change(), kg, where, settings)
            row.show_dose_sense(hint, [c.text for c in concerns])
            shown.update(c.text for c in concerns)
        return shown

    def _on_row_edited(self, widget: QWidget) -> None:
        self._marks.forget(widget)
        self._refresh()
        if not self._loading:
            self.changed.emit()

    def _refresh(self) -> None:
        periods = self.regimen()
        context = self._context
        day = shown_date(context.visit_date) if context else self.tr("the visit date")
        self.regimen_caption.setText(self.tr("<b>Regimen on {day}</b>").format(day=day))
        self.regimen_label.setText(regimen_html(periods))
        weight = visit_weight(context) if context else None
        kg, where = weighed(weight)
        settings = context.settings if context else ClinicSettings.defaults()
        on_diltiazem = any(p.drug == "diltiazem" for p in periods)
        text = diltiazem_text(periods, weight) if on_diltiazem else ""
        self.diltiazem_label.setText(text)
        self.diltiazem_label.setHidden(not text)
        warning = warning_text(concerns_of(as_doses(periods), kg, where, settings))
        self.warning_label.setText(warning)
        self.warning_label.setHidden(not warning)
        for kind in (Kind.STOP, Kind.DOSE):
            self.buttons[kind].setEnabled(bool(periods))
        shown = self._show_row_dose_sense(kg, where, settings)
        after_text, after_warning = "", ""
        if context is not None and self.rows:
            after = regimen_after(context.chart.medications, self.changes(), context.visit_date)
            if on_diltiazem or any(p.drug == "diltiazem" for p in after):
                after_text = self.tr("After these changes: {diltiazem}").format(
                    diltiazem=diltiazem_text(after, weight)
                )
            regimen_texts = {c.text for c in concerns_of(as_doses(periods), kg, where, settings)}
            after_warning = warning_text(
                [
                    c
                    for c in concerns_of(as_doses(after), kg, where, settings)
                    if c.text not in shown and c.text not in regimen_texts
                ]
            )
        self.after_label.setText(after_text)
        self.after_label.setHidden(not after_text)
        self.after_warning_label.setText(after_warning)
        self.after_warning_label.setHidden(not after_warning)
        live = {}
        for row in self.rows:
            live.update(row.live_problems())
        self._marks.refresh([w for row in self.rows for w in row.inputs()], live)


def regimen_html(periods: Sequence[MedicationPeriod]) -> str:
    if not periods:
        return QCoreApplication.translate(
            "MedicationChangePanel", "<i>No medication on this date.</i>"
        )
    titles = (
        QCoreApplication.translate("MedicationChangePanel", "Drug"),
        QCoreApplication.translate("MedicationChangePanel", "Dose"),
        QCoreApplication.translate("MedicationChangePanel", "Frequency"),
        QCoreApplication.translate("MedicationChangePanel", "Route"),
        QCoreApplication.translate("MedicationChangePanel", "Since"),
    )
    head = "".join(f"<th align='left'>{h}&nbsp;&nbsp;</th>" for h in titles)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(cell)}&nbsp;&nbsp;</td>"
            for cell in (
                drug_label(p.drug, p.drug_name),
                dose_text(p),
                p.frequency.label,
                p.route.label,
                shown_date(p.start_on),
            )
        )
        + "</tr>"
        for p in periods
    )
    return f"<table cellspacing='0' cellpadding='1'><tr>{head}</tr>{body}</table>"
