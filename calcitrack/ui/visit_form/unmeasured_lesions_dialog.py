"""The question asked when a visit is saved with active lesions left unmeasured: for each lesion,
not measured today, resolved, or excised.

Keyboard first: one line per lesion (label, site, last size) with a choice that starts on "Not
measured today"; N, R or E picks, Up and Down move through the choices, Tab goes to the next
lesion, Enter saves with the answers and Esc goes back to the form with nothing changed. A lesion
answered resolved or excised becomes the visit's status change, exactly as if it had been chosen
in the lesion's own Status box; one not measured leaves the visit incomplete
(calcitrack.domain.visits.visit_completeness)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.codes import LesionStatus

GREY = "color: #6b6b6b;"


@dataclass(frozen=True)
class UnmeasuredLesion:
    """One line of the question: a lesion carried forward with no size typed."""

    label: str
    site: str
    last: str
    """Its last measurement as the form shows it ("last 45×30 mm … on 2026-09-14 (caliper)")."""


class UnmeasuredLesionsDialog(QDialog):
    """Ask what became of each lesion; ``answers()`` after ``accepted``."""

    def __init__(
        self,
        lesions: Sequence[UnmeasuredLesion],
        *,
        today: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lesions not measured"))
        intro = QLabel(
            self._first_sentence(len(lesions), today)
            + "\n"
            + self.tr(
                "A visit with lesions not measured is saved as incomplete: its total is shown "
                "apart from the complete visits, and a change of burden compares only the lesions "
                "measured at both visits."
            )
        )
        intro.setWordWrap(True)
        self.choices: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, lesion in enumerate(lesions):
            name = QLabel(f"<b>{lesion.label}</b>")
            name.setTextFormat(Qt.TextFormat.RichText)
            site, last = QLabel(lesion.site), QLabel(lesion.last)
            for grey in (site, last):
                grey.setStyleSheet(GREY)
            choice = QComboBox()
            choice.addItem(
                self.tr("Not measured today") if today else self.tr("Not measured at this visit"),
                None,
            )
            choice.addItem(LesionStatus.RESOLVED.label, LesionStatus.RESOLVED.value)
            choice.addItem(LesionStatus.EXCISED.label, LesionStatus.EXCISED.value)
            choice.setAccessibleName(
                self.tr("{lesion}: not measured, resolved or excised").format(lesion=lesion.label)
            )
            name.setBuddy(choice)
            self.choices[lesion.label] = choice
            grid.addWidget(name, row, 0)
            grid.addWidget(site, row, 1)
            grid.addWidget(last, row, 2)
            grid.addWidget(choice, row, 3)
        grid.setColumnStretch(2, 1)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save visit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = self.buttons.addButton(
            self.tr("&Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        # never smaller than what it shows: a wrapped intro and each lesion's last size in full
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(640)  # Tab runs through the choices, then the buttons

    def _first_sentence(self, count: int, today: bool) -> str:
        """How many active lesions have no size, and what to say of each (English: "1 active
        lesion has", "2 active lesions have": the count chooses the verb, so one is its own
        text)."""
        if count == 1 and today:
            return self.tr(
                "1 active lesion has no size today. For each, say whether it was not measured "
                "today, or found resolved or excised.",
            )
        if count == 1:
            return self.tr(
                "1 active lesion has no size at this visit. For each, say whether it was not "
                "measured at this visit, or found resolved or excised.",
            )
        if today:
            return self.tr(
                "%n active lesion(s) have no size today. For each, say whether it was not "
                "measured today, or found resolved or excised.",
                "",
                count,
            )
        return self.tr(
            "%n active lesion(s) have no size at this visit. For each, say whether it was not "
            "measured at this visit, or found resolved or excised.",
            "",
            count,
        )

    def answers(self) -> dict[str, LesionStatus | None]:
        """Each lesion's answer: resolved, excised, or None (not measured)."""
        return {
            label: None if combo.currentData() is None else LesionStatus(combo.currentData())
            for label, combo in self.choices.items()
        }

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.choices:
            next(iter(self.choices.values())).setFocus(Qt.FocusReason.ActiveWindowFocusReason)

