"""Where each validation problem of a ``VisitEntry`` goes on the visit form, and the list of
them shown when Save is refused.

The entry's paths (``visit_entry.py``) are split between the sections: the header keeps the
visit's own fields; the scores section gets its visit fields and the first ``k`` labs (``k`` =
how many lab results it gave); the lab section the others, renumbered from 0; the range of
motion ``rom[i]...`` without its prefix; the lesion, vitals and medication sections their paths
unchanged. Each section marks its fields; the form lists every problem with a name for the field
and the widget to focus.

What only the form can see — a number field whose text is not a number ("1l0"), half a lesion size
— comes from each section's ``input_problems()`` with paths of the form's own: the lesions'
``lesion_rows[r].<field>``, the scores' visit fields and ``esr``/``crp``, the vitals' visit fields,
``rom_cells[k]`` (the k-th cell of the range-of-motion grid), ``lab_rows[r].<field>`` (the r-th
row of the labs section) and ``medication_changes[i].<field>``. A domain problem on a field that
already has one of these is left out: the nurse fixes what she typed first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from calcitrack.domain.errors import Problem, ProblemKind
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.header import FIELDS as HEADER_FIELDS
from calcitrack.ui.visit_form.header import field_name
from calcitrack.ui.visit_form.sections.lesion_texts import waiting_reasons

SCORE_FIELDS = frozenset(
    {
        "pain_nrs",
        "patient_global_mm",
        "evaluator_global_mm",
        "tender_joints_28",
        "swollen_joints_28",
        "das28_recorded",
        "das28_recorded_variant",
    }
)
SCORE_INPUTS = frozenset({"esr", "crp"})
"""The scores section's lab fields, named by the form while their text is not a number."""
VITAL_FIELDS = frozenset(
    {"weight_kg", "height_cm", "heart_rate_bpm", "systolic_bp_mmhg", "diastolic_bp_mmhg"}
)
LESION_PATHS = frozenset({"lesion_measurements", "new_lesions", "status_changes", "lesion_rows"})
ORDER = ("header", "lesions", "scores", "rom", "labs", "vitals", "medications", "")
SECTION_NAMES = {
    "lesions": str(QT_TRANSLATE_NOOP("VisitFormRouting", "Lesions")),
    "scores": str(QT_TRANSLATE_NOOP("VisitFormRouting", "Disease activity")),
    "rom": str(QT_TRANSLATE_NOOP("VisitFormRouting", "Range of motion")),
    "labs": str(QT_TRANSLATE_NOOP("VisitFormRouting", "Labs")),
    "vitals": str(QT_TRANSLATE_NOOP("VisitFormRouting", "Vitals")),
    "medications": str(QT_TRANSLATE_NOOP("VisitFormRouting", "Medications")),
    "": str(QT_TRANSLATE_NOOP("VisitFormRouting", "Visit")),
}
"""The sections as the problem list names them, in English (shown translated)."""
_HEAD = re.compile(r"^([A-Za-z_0-9]+)(?:\[(\d+)\])?(.*)$")


def waits_for_save(problem: Problem) -> bool:
    """A value still missing: not worth a red field while the nurse is typing, only on Save. The
    domain says so with the problem's kind (its reason is in the nurse's language); the form's
    own reasons are recognised as shown."""
    return problem.kind is ProblemKind.MISSING or problem.reason in waiting_reasons()


@dataclass
class Placed:
    problem: Problem
    section: str
    path: str
    name: str
    resolve: Callable[[], QWidget | None]


def route(problem: Problem, labs_in_scores: int) -> tuple[str, str]:
    """(section, section-relative path) of one problem of the entry."""
    match = _HEAD.match(problem.field)
    if match is None:
        return "", problem.field
    name, index, rest = match.group(1), match.group(2), match.group(3)
    if name in HEADER_FIELDS or name == "notes":
        return "header", name
    if name in SCORE_FIELDS or name in SCORE_INPUTS:
        return "scores", problem.field
    if name in VITAL_FIELDS:
        return "vitals", problem.field
    if name in LESION_PATHS:
        return "lesions", problem.field
    if name == "rom":
        return "rom", problem.field[len("rom") :]
    if name == "rom_cells":
        return "rom", problem.field
    if name == "lab_rows":
        return "labs", problem.field
    if name == "labs" and index is not None:
        i = int(index)
        if i < labs_in_scores:
            return "scores", problem.field
        return "labs", f"labs[{i - labs_in_scores}]{rest}"
    if name == "medication_changes":
        return "medications", problem.field
    return "", problem.field


def _marked_with(section: QWidget, reason: str) -> QWidget | None:
    for widget in section.findChildren(QWidget):
        if field_marks.is_marked(widget) and reason in widget.toolTip():
            return widget
    return None


def _pretty(path: str) -> str:
    text = re.sub(r"\[(\d+)\]", lambda m: f" {int(m.group(1)) + 1}", path).replace(".", " ")
    return text.replace("_", " ").strip().capitalize()


def _target(form: Any, section: str, path: str, reason: str) -> tuple[QWidget | None, str]:
    if section == "header":
        widget = form.header.widget_for(path)
        if path == "notes":
            widget = form.notes_edit
        if path in HEADER_FIELDS:
            return widget, field_name(path)
        return widget, QCoreApplication.translate("VisitFormRouting", "Notes")
    if not section:
        return None, _pretty(path)
    widget_section = form.sections[section]
    finder = getattr(widget_section, "problem_target", None)
    found = finder(path) if finder is not None else None
    if found is not None:
        return found[0], found[1]
    widget = _marked_with(widget_section, reason)
    name = widget.accessibleName() if widget is not None else ""
    return widget, QCoreApplication.translate("VisitFormRouting", "{section}: {field}").format(
        section=QCoreApplication.translate("VisitFormRouting", SECTION_NAMES[section]),
        field=name or _pretty(path),
    )


def with_input_problems(form: Any, domain: Sequence[Problem]) -> list[Problem]:
    """What only the form sees, section by section (text that is not a number, half a size),
    then the problems of ``domain`` on a field that none of those is already on."""
    local = [p for section in form.sections.values() for p in section.input_problems()]
    labs_in_scores = len(form.scores.lab_results(form.visit_date()))

    def widget(problem: Problem) -> int | None:
        section, path = route(problem, labs_in_scores)
        found = form.sections[section].problem_target(path) if section in form.sections else None
        return None if found is None else id(found[0])

    taken = {widget(p) for p in local} - {None}
    return local + [p for p in domain if widget(p) not in taken]


def place_problems(form: Any, problems: Sequence[Problem]) -> list[Placed]:
    """Mark the problems on the form's sections and say where each one is, in screen order."""
    labs_in_scores = len(form.scores.lab_results(form.visit_date()))
    routed: dict[str, list[tuple[Problem, str]]] = {name: [] for name in ORDER}
    for problem in problems:
        section, path = route(problem, labs_in_scores)
        routed[section].append((problem, path))
    form.header.show_problems([Problem(path, p.reason) for p, path in routed["header"]])
    notes = [p.reason for p, path in routed["header"] if path == "notes"]
    if notes:
        field_marks.mark(form.notes_edit, "\n".join(notes))
    else:
        field_marks.clear(form.notes_edit)
    for name, section in form.sections.items():
        section.show_problems([Problem(path, p.reason) for p, path in routed[name]])
    placed: list[Placed] = []
    seen: set[int] = set()
    for name in ORDER:
        for problem, path in routed[name]:
            widget, label = _target(form, name, path, problem.reason)
            if widget is not None:
                if id(widget) in seen:
                    continue
                seen.add(id(widget))

            def resolve(name: str = name, path: str = path, reason: str = problem.reason) -> Any:
                found, _ = _target(form, name, path, reason)
                return found if found is not None else form.sections.get(name)

            placed.append(Placed(problem, name, path, label, resolve))
    return placed


class ProblemBox(QWidget):
    """Why Save was refused: a caption and one line per problem; Enter or a click on a line
    calls ``go_to`` with the field's widget."""

    def __init__(self, go_to: Callable[[QWidget], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._go_to = go_to
        self._placed: list[Placed] = []
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #c62828; font-weight: 600;")
        self.caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems to fix before saving"))
        self.list.itemActivated.connect(self._on_item_chosen)
        self.list.itemClicked.connect(self._on_item_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self.hide()

    def show_placed(self, placed: list[Placed], *, listed: bool, message: str = "") -> None:
        """List ``placed``; shown only when ``listed`` (after Save) and there is something."""
        self._placed = placed
        self.list.clear()
        for each in placed:
            item = QListWidgetItem(
                self.tr("{field}: {reason}").format(field=each.name, reason=each.problem.reason)
            )
            item.setToolTip(str(each.problem))
            self.list.addItem(item)
        shown = listed and bool(placed or message)
        self.setVisible(shown)
        self.list.setVisible(bool(placed))
        if not shown:
            return
        count = len(placed)
        text = message or self.tr("Not saved")
        if count:
            text = self.tr(
                "{message} — fix %n problem(s) (Enter on one goes there):", "", count
            ).format(message=text)
        self.caption.setText(text)
        if placed:
            rows = min(count, 6)
            height = self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4
            self.list.setFixedHeight(height)

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._placed):
            widget = self._placed[row].resolve()
            if widget is not None:
                self._go_to(widget)
