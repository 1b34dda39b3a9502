"""The lesion section of the visit form: every active lesion carried forward from the previous
visit with its last values greyed beside today's inputs, lesions first seen today, and lesions
found resolved or excised. Under them, a live line gives today's burden so far and its change from
the previous visit on the lesions measured at both (``lesion_burden_text``); the visit form asks
about the lesions left unmeasured before it saves (``unmeasured_rows``, ``set_status``).

Problems arrive with the visit entry's own paths (``lesion_measurements[i]`` in the order of
``measurements()``, ``new_lesions[i]`` in the order of ``new_lesions()``, ``status_changes[i]``
in the order of ``status_changes()``) and, for what only the form can see (half a size typed, a
new lesion without its site, a size that is not a number), ``lesion_rows[r]`` from
``input_problems()``. Each problem marks its field and is named in the message line below the
lesions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import Lesion, LesionMeasurement, Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.visits.visit_entry import (
    CarriedLesion,
    LesionStatusChange,
    lesions_to_measure,
)
from calcitrack.ui.common.focus_chain import chain_before
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.visit_form.section import FormContext, JsonState
from calcitrack.ui.visit_form.sections.lesion_burden_text import burden_text
from calcitrack.ui.visit_form.sections.lesion_entry_rows import FLAGS, LesionRow
from calcitrack.ui.visit_form.sections.lesion_texts import row_text
from calcitrack.ui.visit_form.sections.section_support import SectionMarks

_PATH = re.compile(
    r"^(lesion_measurements|new_lesions|status_changes|lesion_rows)\[(\d+)\]\.?(.*)$"
)
_HEADERS = (
    str(QT_TRANSLATE_NOOP("LesionEntryPanel", "Lesion")),
    str(QT_TRANSLATE_NOOP("LesionEntryPanel", "Longest\nmm")),
    str(QT_TRANSLATE_NOOP("LesionEntryPanel", "Width\nmm")),
    str(QT_TRANSLATE_NOOP("LesionEntryPanel", "Depth\nmm")),
    str(QT_TRANSLATE_NOOP("LesionEntryPanel", "Method")),
    *(label for _, label in FLAGS),  # the row's signs (context LesionRow)
    str(QT_TRANSLATE_NOOP("LesionEntryPanel", "Area\n(π/4·L·W)")),
    str(QT_TRANSLATE_NOOP("LesionEntryPanel", "Change from\nlast visit")),
    str(QT_TRANSLATE_NOOP("LesionEntryPanel", "Status")),
)
"""The grid's column headers, in English (shown translated)."""
_SIGNS = frozenset(label for _, label in FLAGS)


class LesionEntryPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: FormContext | None = None
        self._carried: list[CarriedLesion] = []
        self._rows: list[LesionRow] = []
        self._kept: dict[str, dict[str, Any]] = {}
        # The stored measurements of the visit being edited, by lesion label: they stay on their
        # lesion's row whenever the rows are built again (a date moved, a draft put back).
        self._measurement_ids: dict[str, int | None] = {}
        self._quiet = 0
        self._host = QWidget()
        self._empty = QLabel(self.tr("No active lesion: add one if a lesion is found today."))
        self._empty.setStyleSheet("color: #6b6b6b;")
        self.burden_label = QLabel()
        self.burden_label.setWordWrap(True)
        self.burden_label.setAccessibleName(self.tr("Burden and change from the previous visit"))
        self.burden_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("Add &lesion"))
        self.add_button.setToolTip(self.tr("Add a lesion first seen at this visit (Alt+L)"))
        self.add_button.clicked.connect(self._on_add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.message_label = QLabel()
        self._marks = SectionMarks(self.message_label)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._host)
        self._layout.addWidget(self._empty)
        self._layout.addWidget(self.burden_label)
        self._layout.addWidget(self.message_label)
        self._layout.addLayout(buttons)
        self._build([])

    # ------------------------------------------------------------------------- context

    def set_context(self, context: FormContext) -> None:
        self._context = context
        self._empty.setText(
            self.tr("No active lesion: add one if a lesion is found today.")
            if context.visit_date == context.today
            else self.tr("No active lesion: add one if a lesion is found at this visit.")
        )
        carried = lesions_to_measure(context.chart, context.visit_date, visit_id=context.visit_id)
        if [(c.lesion, c.last, c.last_on) for c in carried] == [
            (c.lesion, c.last, c.last_on) for c in self._carried
        ]:
            self.refresh_burden()  # the same lesions on another date: "today" or "at this visit"
            return
        self._carried = carried
        self._remember()
        self._build([r.state() for r in self._rows if r.carried is None])

    def _remember(self) -> None:
        """Keep what was typed for each lesion, so a date typed through a moment when a lesion
        was not active yet does not lose its values."""
        for row in self._rows:
            if row.carried is not None:
                self._kept[row.label()] = row.state()

    def _build(self, new_states: Sequence[dict[str, Any]]) -> list[str]:
        """Lay the rows out again: the carried lesions with what was typed for them, then the
        new ones from ``new_states``; returns what of these states could not be put back."""
        lost: list[str] = []
        self._quiet += 1
        try:
            host = QWidget()
            grid = QGridLayout(host)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(2)
            for column, text in enumerate(_HEADERS):
                header = QLabel(row_text(text) if text in _SIGNS else self.tr(text))
                header.setStyleSheet("font-weight: 600;")
                if 5 <= column <= 9:
                    header.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(header, 0, column)
            rows = [LesionRow(c) for c in self._carried]
            rows += [LesionRow(None) for _ in new_states]
            self._rows = rows
            for i, row in enumerate(rows):
                row.place(grid, 1 + 3 * i)
                grid.setRowMinimumHeight(3 + 3 * i, 6)
                if row.carried is not None:
                    row.measurement_id = self._measurement_ids.get(row.label())
                if row.carried is not None and row.label() in self._kept:
                    lost += row.restore(self._kept[row.label()])
                self._wire(row)
            for row, state in zip(rows[len(self._carried) :], new_states, strict=True):
                lost += row.restore(state)
            grid.setColumnStretch(len(_HEADERS), 1)
            old, self._host = self._host, host
            self._layout.replaceWidget(old, host)
            old.hide()
            old.deleteLater()
            self._empty.setVisible(not rows)
            host.setVisible(bool(rows))
            chain_before(self.add_button, [w for row in rows for w in row.tab_order()])
            for row in rows:
                row.refresh_area()
            self._marks.clear_shown()  # the form checks the new rows again
            self._marks.refresh([], {})
        finally:
            self._quiet -= 1
        self.refresh_burden()
        return lost

    def _wire(self, row: LesionRow) -> None:
        row.connect(self._on_row_changed)
        for edit in (row.longest, row.width, row.depth):
            edit.returnPressed.connect(lambda row=row: self._focus_after(row))
        if row.carried is None:
            assert row.site_combo and row.side_combo and row.remove_button
            row.site_combo.currentIndexChanged.connect(lambda _i: self._suggest_labels())
            row.side_combo.currentIndexChanged.connect(lambda _i: self._suggest_labels())
            row.remove_button.clicked.connect(lambda _c=False, row=row: self.remove_lesion(row))

    def _on_row_changed(self, *_args: object) -> None:
        self.refresh_burden()
        if not self._quiet:
            self.changed.emit()

    def refresh_burden(self) -> None:
        """Rewrite the live line of today's burden and its change from the previous visit."""
        if self._context is None:
            self.burden_label.setText("")
            return
        statuses = {r.label(): r.status() for r in self._rows if r.carried is not None}
        new = [r.new_lesion(self._context.visit_date) for r in self._rows if r.carried is None]
        text = burden_text(self._context, self.measurements(), statuses, new)
        self.burden_label.setText(text)
        self.burden_label.setVisible(bool(text))

    def _focus_after(self, row: LesionRow) -> None:
        """Enter in a size field jumps to the next lesion's longest diameter."""
        index = self._rows.index(row)
        target = self._rows[index + 1].longest if index + 1 < len(self._rows) else self.add_button
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if index + 1 < len(self._rows):
            self._rows[index + 1].longest.selectAll()

    # ------------------------------------------------------------------------ new lesions

    def add_lesion(self) -> LesionRow:
        """Add a line for a lesion first seen today, with a free label suggested."""
        self._remember()
        states = [r.state() for r in self._rows if r.carried is None]
        states.append({})
        self._build(states)
        row = self._rows[-1]
        self._suggest_labels()
        self.changed.emit()
        return row

    def remove_lesion(self, row: LesionRow) -> None:
        self._remember()
        states = [r.state() for r in self._rows if r.carried is None and r is not row]
        self._build(states)
        self.changed.emit()

    def _on_add_clicked(self) -> None:
        row = self.add_lesion()
        assert row.label_edit is not None
        row.label_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        row.label_edit.selectAll()

    def _suggest_labels(self) -> None:
        if self._context is None or self._quiet:
            return  # not while rows are built: a draft's labels come back as they were
        taken = {lesion.label for lesion in self._context.chart.lesions}
        new_rows = [r for r in self._rows if r.carried is None]
        taken |= {r.label() for r in new_rows if r.label_edited}
        for n, row in enumerate(new_rows, start=len(self._context.chart.lesions) + 1):
            if not row.label_edited:
                row.suggest_label(taken, n)
                taken.add(row.label())

    # ----------------------------------------------------------------------------- values

    @property
    def rows(self) -> list[LesionRow]:
        return list(self._rows)

    def row(self, label: str) -> LesionRow:
        return next(r for r in self._rows if r.label() == label)

    def _measured(self) -> list[LesionRow]:
        return [r for r in self._rows if r.measurement() is not None]

    def measurements(self) -> list[LesionMeasurement]:
        """Today's measurement of every lesion with a size typed, in the order of the lines."""
        found = [r.measurement() for r in self._measured()]
        return [m for m in found if m is not None]

    def new_lesions(self, day: date) -> list[Lesion]:
        return [r.new_lesion(day) for r in self._rows if r.carried is None]

    def status_changes(self) -> list[LesionStatusChange]:
        return [LesionStatusChange(r.label(), r.status()) for r in self._status_changed()]

    def _status_changed(self) -> list[LesionRow]:
        return [
            r for r in self._rows if r.carried is not None and r.status() is not LesionStatus.ACTIVE
        ]

    def unmeasured_rows(self) -> list[LesionRow]:
        """Lesions carried forward, still active, with no size typed: the form asks about them
        before it saves."""
        return [
            r
            for r in self._rows
            if r.carried is not None and r.status() is LesionStatus.ACTIVE and not r.has_size()
        ]

    def set_status(self, label: str, status: LesionStatus) -> None:
        """Choose ``status`` in the lesion's own Status box (as if picked there)."""
        combo = self.row(label).status_combo
        if combo is not None:
            combo.setCurrentIndex(combo.findData(status.value))

    def site_codes(self) -> list[str]:
        """The body sites of the lesions active now (for the joints the ROM section offers)."""
        codes = [r.site_code() for r in self._rows if r.status() is LesionStatus.ACTIVE]
        return list(dict.fromkeys(c for c in codes if c))

    def input_problems(self) -> list[Problem]:
        return [
            p.under(f"lesion_rows[{r}]")
            for r, row in enumerate(self._rows)
            for p in row.input_problems()
        ]

    def load(self, visit: Visit) -> None:
        """Show an earlier visit's measurements and the lesions it found resolved or excised."""
        self._quiet += 1
        try:
            by_label = {r.label(): r for r in self._rows}
            for m in visit.lesion_measurements:
                self._measurement_ids[m.lesion_label] = m.id
                if m.lesion_label in by_label:
                    by_label[m.lesion_label].load(m)
            for row in self._rows:
                lesion = row.carried.lesion if row.carried else None
                if (
                    lesion is not None
                    and row.status_combo is not None
                    and lesion.status is not LesionStatus.ACTIVE
                    and lesion.status_changed_on == visit.visit_date
                ):
                    row.status_combo.setCurrentIndex(row.status_combo.findData(lesion.status.value))
        finally:
            self._quiet -= 1

    # ------------------------------------------------------------------------------ state

    def state(self) -> JsonState:
        self._remember()
        return {
            "lesions": dict(self._kept),
            "new": [r.state() for r in self._rows if r.carried is None],
        }

    def restore_state(self, state: JsonState) -> list[str]:
        """Put back what was typed for each lesion (by its label) and the new lesions; returns
        what could not be put back: what was typed for a lesion that is not active on the
        visit date (kept, should the date move back), a code that is not known."""
        self._kept = {str(k): dict(v) for k, v in dict(state.get("lesions", {})).items()}
        lost = self._build([dict(s) for s in state.get("new", [])])
        shown = {r.label() for r in self._rows if r.carried is not None}
        day = (
            shown_date(self._context.visit_date) if self._context else self.tr("the visit date")
        )
        for label, typed in self._kept.items():
            if label not in shown and typed_for(typed):
                lost.append(
                    self.tr(
                        "Lesion {lesion}: what was typed ({typed}) could not be put back: "
                        "{lesion} is not an active lesion on {day}. Check the visit date, or "
                        "type it again on the right lesion."
                    ).format(lesion=label, typed=typed_for(typed), day=day)
                )
        return lost

    # --------------------------------------------------------------------------- problems

    def _locate(self, path: str) -> tuple[LesionRow, str] | None:
        match = _PATH.match(path)
        if not match:
            return None
        kind, index, field = match.group(1), int(match.group(2)), match.group(3)
        rows = {
            "lesion_measurements": self._measured(),
            "new_lesions": [r for r in self._rows if r.carried is None],
            "status_changes": self._status_changed(),
            "lesion_rows": self._rows,
        }[kind]
        if index >= len(rows):
            return None
        if kind == "status_changes" and field == "lesion":
            field = "status"
        return rows[index], field

    def problem_target(self, path: str) -> tuple[QWidget, str] | None:
        """The input a problem belongs to and a name for it ("Lesion R knee: width")."""
        found = self._locate(path)
        if found is None:
            return None
        row, field = found
        return row.target(field), row.describe(field)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        placed = []
        for problem in problems:
            found = self.problem_target(problem.field)
            if found is not None:
                placed.append(
                    (
                        found[0],
                        self.tr("{field}: {reason}").format(field=found[1], reason=problem.reason),
                    )
                )
        self._marks.set_shown(placed, [])
        self._marks.refresh([w for row in self._rows for w in row.widgets()], {})


def typed_for(state: dict[str, Any]) -> str:
    """What a lesion's state holds that a nurse typed, in words ("45×30 mm, depth 9 mm,
    ulcerated, excised"); "" when nothing."""
    sizes = [str(state.get(k) or "").strip() for k in ("longest_mm", "width_mm", "depth_mm")]
    parts = []
    if sizes[0] or sizes[1]:
        parts.append(f"{sizes[0] or '?'}×{sizes[1] or '?'} mm")
    if sizes[2]:
        parts.append(
            QCoreApplication.translate("LesionEntryPanel", "depth {depth} mm").format(
                depth=sizes[2]
            )
        )
    parts += [str(flag) for flag in state.get("flags", ())]
    status = state.get("status")
    if status not in (None, LesionStatus.ACTIVE.value):
        parts.append(str(status))
    return QCoreApplication.translate("LesionEntryPanel", ", ").join(parts)
