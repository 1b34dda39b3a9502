"""Random typing into a real visit form (hypothesis draws every choice) and a snapshot of every
input the nurse sees, for the property tests of drafts
(tests/ui/visit_form/test_visit_form_drafts.py).

Every draw is made whatever the form holds: a choice among widgets (a row, a cell, a combo's
item) is a number drawn on its own and taken modulo what there is to choose from, and a value for
a field that may be hidden is drawn all the same. So the same draws always make the same typing,
and hypothesis's record of what it drew never depends on the widgets' state.

The filling goes through the widgets' own setters (``setText``, ``setCurrentIndex``,
``setChecked``, the sections' buttons), which emit the same signals as typing; it follows the
form's rules (a stop or a dose change only with a regimen, a joint not offered twice) but not the
clinical ones: a number field may hold text that is not a number ("1l0"), a size may be absent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

from hypothesis import strategies as st
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from calcitrack.domain.rom import JOINTS
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.ui.visit_form.form import VisitFormView
from calcitrack.ui.visit_form.sections.lab_entry_row import ANALYTE_CODES

Kind = MedicationChangeKind
T = TypeVar("T")
_LINE = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
LINE_TEXT = st.text(_LINE, max_size=30)
# a no-break space is kept as typed (QPlainTextEdit.toPlainText turned it into a space)
NOTES = st.text(st.one_of(_LINE, st.sampled_from("\n\t\u00a0")), max_size=80)
DIGITS = st.integers(min_value=0, max_value=999).map(str)


@st.composite
def number_text(draw: Any, negative: bool = False) -> str:
    """What a nurse may leave in a number field: nothing, a number (with a point or a comma), a
    sign alone, or text that is not a number ("1l0", "7O", "abc")."""
    kind = draw(st.sampled_from(("empty", "int", "decimal", "comma", "odd")))
    sign = "-" if negative and draw(st.booleans()) else ""
    if kind == "empty":
        return ""
    if kind == "int":
        return sign + draw(DIGITS)
    if kind in ("decimal", "comma"):
        point = "." if kind == "decimal" else ","
        return f"{sign}{draw(DIGITS)}{point}{draw(st.integers(0, 9))}"
    return draw(st.sampled_from(("1l0", "7O", "abc", "-", ".", "12..5", " 4 ")))


PICK = st.integers(min_value=0, max_value=1023)
"""A choice among what the form offers (modulo its count): drawn the same whatever that is."""


def _pick(draw: Any, items: Sequence[T]) -> T | None:
    """One of ``items`` (None when there are none), by a number drawn independently of them."""
    chosen = draw(PICK)
    return items[chosen % len(items)] if items else None


def _index(draw: Any, combo: QComboBox, *, none: bool = False) -> None:
    """Choose any item (or none): every place in the list alike, so that a choice put back by
    its place instead of its identity shows."""
    low = -1 if none else 0
    combo.setCurrentIndex(low + draw(PICK) % (combo.count() - low))


def fill_header(draw: Any, form: VisitFormView, *, day: date | None) -> None:
    header = form.header
    if day is not None:
        header.date_edit.set_day(day)
    _index(draw, header.type_combo)
    header.clinician_edit.setText(draw(LINE_TEXT))
    due = draw(st.one_of(st.none(), st.integers(1, 400)))
    header.next_due_check.setChecked(due is not None)
    if due is not None:
        header.next_due_edit.set_day(form.visit_date() + timedelta(days=due))


def fill_lesions(draw: Any, form: VisitFormView) -> None:
    panel = form.lesions
    for _ in range(draw(st.integers(0, 2))):
        panel.add_lesion()
    for row in panel.rows:
        if row.label_edit is not None and row.site_combo is not None and row.side_combo:
            _index(draw, row.site_combo, none=True)
            _index(draw, row.side_combo, none=True)
            if draw(st.booleans()):
                row.label_edit.setText(draw(LINE_TEXT))
                row.label_edit.textEdited.emit(row.label_edit.text())  # as typing does
        for edit in (row.longest, row.width, row.depth):
            edit.setText(draw(number_text()))
        _index(draw, row.method)
        for box in row.flags.values():
            box.setChecked(draw(st.booleans()))
        if row.status_combo is not None:
            _index(draw, row.status_combo)
    new_rows = [r for r in panel.rows if r.carried is None]
    remove, row = draw(st.booleans()), _pick(draw, new_rows)
    if remove and row is not None:
        panel.remove_lesion(row)


def fill_rom(draw: Any, form: VisitFormView) -> None:
    panel = form.rom
    for joint in draw(st.lists(st.sampled_from(JOINTS), max_size=2, unique=True)):
        if joint not in panel.joints():
            panel.add_joint(joint)
    cells = [edit for edit in panel.findChildren(QLineEdit) if edit.isVisibleTo(panel)]
    for chosen in draw(st.lists(PICK, max_size=6)):
        text = draw(number_text(negative=True))
        if cells:
            cells[chosen % len(cells)].setText(text)


def fill_scores(draw: Any, form: VisitFormView) -> None:
    panel = form.scores
    for edit in (*panel.edits.values(), panel.esr_edit, panel.crp_edit, panel.das28_given_edit):
        edit.setText(draw(number_text()))
    _index(draw, panel.crp_unit_combo)
    _index(draw, panel.das28_variant_combo)


def fill_labs(draw: Any, form: VisitFormView) -> None:
    panel = form.labs
    for _ in range(draw(st.integers(0, 3))):
        row = panel.add_row(draw(st.one_of(st.none(), st.sampled_from(ANALYTE_CODES))))
        _index(draw, row.unit_combo)
        for edit in (row.value_edit, row.low_edit, row.high_edit):
            edit.setText(draw(number_text()))
        if draw(st.integers(0, 4)) == 0:  # the analyte changed after the unit was chosen
            _index(draw, row.analyte_combo)
    remove, row = draw(st.integers(0, 3)) == 0, _pick(draw, panel.rows)
    if remove and row is not None:
        row.remove_button.click()


def fill_vitals(draw: Any, form: VisitFormView) -> None:
    for edit in form.vitals.edits.values():
        edit.setText(draw(number_text()))


def fill_medications(draw: Any, form: VisitFormView) -> None:
    panel = form.medications
    kinds = [k for k, button in panel.buttons.items() if button.isEnabled()]
    for _ in range(draw(st.integers(0, 3))):
        kind = _pick(draw, kinds)
        assert kind is not None  # a drug can always be started
        row = panel.add_change(kind)
        _index(draw, row.drug_combo)
        name, dose = draw(LINE_TEXT), draw(number_text())
        if row.name_edit.isVisibleTo(row):
            row.name_edit.setText(name)
        for combo in (row.unit_combo, row.frequency_combo, row.route_combo):
            change, chosen = draw(st.booleans()), draw(PICK)
            if change and row.kind is not Kind.STOP:
                combo.setCurrentIndex(chosen % combo.count())
        if row.kind is not Kind.STOP:
            row.dose_edit.setText(dose)
        row.reason_edit.setText(draw(LINE_TEXT))
    remove, row = draw(st.integers(0, 3)) == 0, _pick(draw, panel.rows)
    if remove and row is not None:
        row.remove_button.click()


def fill_form(draw: Any, form: VisitFormView, *, day: date, date_last: bool) -> None:
    """Type random content in every section; the date first, or last (after the sections were
    typed for the date the form opened on: lesions and periods of another date are kept)."""
    fill_header(draw, form, day=None if date_last else day)
    fill_vitals(draw, form)
    fill_lesions(draw, form)
    fill_rom(draw, form)
    fill_scores(draw, form)
    fill_labs(draw, form)
    fill_medications(draw, form)
    form.notes_edit.setPlainText(draw(NOTES))
    if date_last:
        form.header.date_edit.set_day(day)


# ------------------------------------------------------------------------------ snapshots


def inputs_seen(form: QWidget) -> list[tuple[str, str, Any]]:
    """Every input the nurse sees on ``form``, in the form's order: its kind, its accessible
    name and what it shows (the text, the choice, the tick, the date)."""
    seen: list[tuple[str, str, Any]] = []
    for widget in form.findChildren(QWidget):
        if not widget.isVisibleTo(form):
            continue
        shown: Any
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue  # the date edit's own line
            shown = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            shown = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            index = widget.currentIndex()
            text = widget.currentText() if index >= 0 else widget.placeholderText()
            shown = (index, text, widget.currentData())
        elif isinstance(widget, QCheckBox):
            shown = (widget.text(), widget.isChecked())
        elif isinstance(widget, QDateEdit):
            shown = widget.date().toString("yyyy-MM-dd")
        else:
            continue
        kind = type(widget).__name__
        seen.append((kind, widget.accessibleName(), (shown, widget.isEnabled())))
    return seen
