"""The range-of-motion section of the visit form: the joints next to the active lesions, each
movement with right and left inputs, the normal reference beside them, the previous visit's value
greyed, and an amber warning (not red: red means invalid) when a value is below the reference.

Problems arrive relative to the section: ``[i].degrees`` for ``rom[i]`` of the visit, ``i`` in
the order of ``measurements()``, and ``rom_cells[k]`` from ``input_problems()`` (the text of the
k-th cell of the grid is not a number); each marks its cell and is named in the message line
below the grid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.body_sites import body_site
from calcitrack.domain.codes import Side
from calcitrack.domain.entities import RomMeasurement, Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.rom import AAOS, JOINTS, VA, RomReference, joints_near, movements_of
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.focus_chain import chain_before
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.number_text import exact_text, in_window_digits
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.visit_form.section import FormContext, JsonState
from calcitrack.ui.visit_form.sections.section_support import SectionMarks, indexed_field

WARNING_STYLE = (
    '*[below_normal="true"] { background-color: #fff3cd; border: 1px solid #d39e00; '
    "border-radius: 3px; }"
)
GREY = "color: #6b6b6b;"
SIDES = (Side.RIGHT, Side.LEFT)
_PATH = re.compile(r"^\[(\d+)\]\.?(.*)$")


_HEADERS = (
    str(QT_TRANSLATE_NOOP("RomEntryPanel", "Movement")),
    str(QT_TRANSLATE_NOOP("RomEntryPanel", "Normal")),
    str(QT_TRANSLATE_NOOP("RomEntryPanel", "Right")),
    "",
    str(QT_TRANSLATE_NOOP("RomEntryPanel", "Left")),
    "",
)
"""The grid's column headers, in English (shown translated)."""


def below_normal_text(reference: RomReference) -> str:
    return QCoreApplication.translate("RomEntryPanel", "below normal ({normal}°)").format(
        normal=in_window_digits(f"{reference.normal_deg:g}")
    )


@dataclass
class _Cell:
    reference: RomReference
    side: Side
    edit: NumberEdit
    last: QLabel

    @property
    def key(self) -> str:
        return f"{self.reference.joint}/{self.reference.movement}/{self.side.value}"


class RomEntryPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(WARNING_STYLE + field_marks.INVALID_STYLE)
        self._context: FormContext | None = None
        self._sites: list[str] = []
        self._added: list[str] = []
        self._joints: tuple[str, ...] = ()
        self._values: dict[str, str] = {}
        self._ids: dict[str, int | None] = {}
        self._cells: list[_Cell] = []
        self._last: dict[str, tuple[float, str]] = {}
        self._quiet = 0
        self._host = QWidget()
        self._empty = QLabel(
            self.tr("No joint next to an active lesion: add a joint to record its range of motion.")
        )
        self._empty.setStyleSheet(GREY)
        self.joint_combo = QComboBox()
        self.joint_combo.setAccessibleName(self.tr("Joint to add"))
        self.add_button = QPushButton(self.tr("Add &joint"))
        self.add_button.clicked.connect(self._on_add_clicked)
        source = QLabel(
            self.tr("Normal values: upper limb {upper}; lower limb {lower}.").format(
                upper=AAOS, lower=VA
            )
        )
        source.setStyleSheet(GREY)
        source.setWordWrap(True)
        adder = QHBoxLayout()
        adder.addWidget(self.joint_combo)
        adder.addWidget(self.add_button)
        adder.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.message_label = QLabel()
        self._marks = SectionMarks(self.message_label)
        self._layout.addWidget(self._host)
        self._layout.addWidget(self._empty)
        self._layout.addWidget(self.message_label)
        self._layout.addLayout(adder)
        self._layout.addWidget(source)
        self._build()

    # ------------------------------------------------------------------------- context

    def set_context(self, context: FormContext) -> None:
        self._context = context
        last: dict[str, tuple[float, str]] = {}
        earlier = sorted(
            (
                v
                for v in context.chart.visits
                if v.visit_date < context.visit_date
                and (context.visit_id is None or v.id != context.visit_id)
            ),
            key=lambda v: v.visit_date,
        )
        for visit in earlier:
            for r in visit.rom:
                last[f"{r.joint}/{r.movement}/{r.side.value}"] = (
                    r.degrees,
                    shown_date(visit.visit_date),
                )
        if last != self._last:
            self._last = last
            self._refresh_last()

    def set_sites(self, site_codes: Iterable[str]) -> None:
        """Offer the joints next to these body sites (keeping joints added or already typed)."""
        self._sites = list(site_codes)
        self._rebuild_if_needed()

    def joints(self) -> tuple[str, ...]:
        return self._joints

    def _wanted_joints(self) -> tuple[str, ...]:
        typed = {key.split("/")[0] for key, text in self._values.items() if text.strip()}
        wanted = set(joints_near(self._sites)) | set(self._added) | typed
        return tuple(j for j in JOINTS if j in wanted)

    def _rebuild_if_needed(self) -> None:
        self._remember()
        if self._wanted_joints() != self._joints:
            self._build()

    def _remember(self) -> None:
        for cell in self._cells:
            self._values[cell.key] = cell.edit.text()

    def _build(self) -> None:
        self._quiet += 1
        try:
            self._joints = self._wanted_joints()
            host = QWidget()
            grid = QGridLayout(host)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(2)
            for column, text in enumerate(_HEADERS):
                header = QLabel(self.tr(text) if text else "")
                header.setStyleSheet("font-weight: 600;")
                grid.addWidget(header, 0, column)
            self._cells = []
            row = 1
            for joint in self._joints:
                for reference in movements_of(joint):
                    grid.addWidget(QLabel(reference.label), row, 0)
                    normal = QLabel(in_window_digits(f"{reference.normal_deg:g}") + "°")
                    normal.setToolTip(reference.source)
                    grid.addWidget(normal, row, 1)
                    for column, side in ((2, Side.RIGHT), (4, Side.LEFT)):
                        cell = self._cell(reference, side)
                        grid.addWidget(cell.edit, row, column)
                        grid.addWidget(cell.last, row, column + 1)
                    row += 1
            grid.setColumnStretch(6, 1)
            old, self._host = self._host, host
            self._layout.replaceWidget(old, host)
            old.hide()
            old.deleteLater()
            host.setVisible(bool(self._cells))
            chain_before(self.joint_combo, [c.edit for c in self._cells])
            self._empty.setVisible(not self._cells)
            self.joint_combo.clear()
            for joint in JOINTS:
                if joint not in self._joints:
                    # every joint is a body site: its name in the window's language
                    self.joint_combo.addItem(body_site(joint).name, joint)
            self.add_button.setEnabled(self.joint_combo.count() > 0)
            self._refresh_last()
            self._marks.clear_shown()  # the form checks the new cells again
            self._marks.refresh([], {})
        finally:
            self._quiet -= 1

    def _cell(self, reference: RomReference, side: Side) -> _Cell:
        name = self.tr("{side} {movement} (degrees)").format(
            side=side.label, movement=reference.label.lower()
        )
        edit = NumberEdit(decimals=0, negative=True, digits=3, accessible_name=name, width=60)
        cell = _Cell(reference, side, edit, QLabel())
        cell.last.setStyleSheet(GREY)
        edit.setText(self._values.get(cell.key, ""))
        self._refresh_warning(cell)
        edit.textChanged.connect(lambda _t, cell=cell: self._on_cell_changed(cell))
        self._cells.append(cell)
        return cell

    def _refresh_last(self) -> None:
        for cell in self._cells:
            found = self._last.get(cell.key)
            degrees = in_window_digits(f"{found[0]:g}") if found else ""
            last = self.tr("last {degrees}°").format(degrees=degrees) if found else ""
            cell.last.setText(last)
            cell.last.setToolTip(self.tr("on {day}").format(day=found[1]) if found else "")

    def _on_cell_changed(self, cell: _Cell) -> None:
        self._values[cell.key] = cell.edit.text()
        self._refresh_warning(cell)
        if not self._quiet:
            self.changed.emit()

    def _refresh_warning(self, cell: _Cell) -> None:
        value = cell.edit.value()
        below = value is not None and value < cell.reference.normal_deg
        if bool(cell.edit.property("below_normal")) != below:
            cell.edit.setProperty("below_normal", below)
            cell.edit.style().unpolish(cell.edit)
            cell.edit.style().polish(cell.edit)
        if not field_marks.is_marked(cell.edit):
            cell.edit.setToolTip(below_normal_text(cell.reference) if below else "")

    def _on_add_clicked(self) -> None:
        joint = self.joint_combo.currentData()
        if joint:
            self.add_joint(joint)

    def add_joint(self, joint: str) -> None:
        if joint not in self._added:
            self._added.append(joint)
        self._rebuild_if_needed()
        first = next((c for c in self._cells if c.reference.joint == joint), None)
        if first is not None:
            first.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.changed.emit()

    # ----------------------------------------------------------------------------- values

    def cell(self, joint: str, movement: str, side: Side) -> NumberEdit:
        key = f"{joint}/{movement}/{side.value}"
        return next(c.edit for c in self._cells if c.key == key)

    def _filled(self) -> list[_Cell]:
        return [c for c in self._cells if c.edit.value() is not None]

    def measurements(self) -> list[RomMeasurement]:
        return [
            RomMeasurement(
                c.reference.joint,
                c.reference.movement,
                c.side,
                c.edit.value() or 0.0,
                id=self._ids.get(c.key),
            )
            for c in self._filled()
        ]

    def load(self, visit: Visit) -> None:
        self._quiet += 1
        try:
            for r in visit.rom:
                if r.joint not in self._added:
                    self._added.append(r.joint)
                key = f"{r.joint}/{r.movement}/{r.side.value}"
                self._values[key] = exact_text(r.degrees)  # in full, never rounded
                self._ids[key] = r.id
            self._build()
        finally:
            self._quiet -= 1

    # ------------------------------------------------------------------------------ state

    def state(self) -> JsonState:
        self._remember()
        return {
            "added": list(self._added),
            "values": {k: v for k, v in self._values.items() if v.strip()},
        }

    def restore_state(self, state: JsonState) -> list[str]:
        """Put back the joints added and the text typed in each cell, as typed; a value for a
        movement CalciTrack does not offer is said, not kept."""
        self._added = [j for j in state.get("added", []) if j in JOINTS]
        values = {str(k): str(v) for k, v in dict(state.get("values", {})).items()}
        known = {
            f"{r.joint}/{r.movement}/{side.value}"
            for joint in JOINTS
            for r in movements_of(joint)
            for side in SIDES
        }
        self._values = {k: v for k, v in values.items() if k in known}
        self._build()
        return [
            self.tr(
                "Range of motion: {movement} {degrees}° could not be put back: CalciTrack has no "
                "such movement. Type it again where it belongs."
            ).format(movement=key.replace("/", " ").replace("_", " "), degrees=text)
            for key, text in values.items()
            if key not in known and text.strip()
        ]

    # --------------------------------------------------------------------------- problems

    def input_problems(self) -> list[Problem]:
        """The cells whose text is not a number, as ``rom_cells[k]`` (k: the cell's place)."""
        found = ((k, cell.edit.problem()) for k, cell in enumerate(self._cells))
        return [Problem(f"rom_cells[{k}]", reason) for k, reason in found if reason is not None]

    def problem_target(self, path: str) -> tuple[QWidget, str, str] | None:
        """The cell of a ``[i].degrees`` or ``rom_cells[k]`` path, its name in the form's problem
        list and its name here."""
        match = _PATH.match(path)
        filled = self._filled()
        typed = indexed_field(path, "rom_cells") if path.startswith("rom_cells[") else None
        if typed is not None and typed[0] < len(self._cells):
            cell = self._cells[typed[0]]
        elif match and int(match.group(1)) < len(filled):
            cell = filled[int(match.group(1))]
        else:
            return None
        name = self.tr("{side} {movement}").format(
            side=cell.side.label, movement=cell.reference.label.lower()
        )
        return cell.edit, self.tr("Range of motion: {field}").format(field=name.lower()), name

    def show_problems(self, problems: Sequence[Problem]) -> None:
        placed = []
        for problem in problems:
            found = self.problem_target(problem.field)
            if found is not None:
                reason = self.tr("{field}: {reason}").format(field=found[2], reason=problem.reason)
                placed.append((found[0], reason))
        self._marks.set_shown(placed, [])
        self._marks.refresh([cell.edit for cell in self._cells], {})
        for cell in self._cells:
            if not field_marks.is_marked(cell.edit):
                self._refresh_warning(cell)
