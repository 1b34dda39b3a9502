"""Nothing typed is left behind without a question: before the window closes (title bar,
Ctrl+Q, File → Quit) or the user switches, an open visit form with unsaved typing asks Save /
Keep as draft / Discard / Cancel (``unsaved_visit_question``).

- Save runs the form's own save: refused with its problems listed, or failed in the background,
  the leaving is called off and the form stays as it is; once the visit is saved, it goes on.
- Keep as draft writes the draft (the signed-in account's own) and goes on.
- Discard deletes the draft and goes on; Cancel stays.

Not asked while the window is locked: whoever is at a locked workstation has not proven who they
are, so nothing is saved under the author's name nor thrown away: the draft is kept for its author
(``app.WorkstationSession`` says so on the lock screen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.visits.unsaved_visit_question import Answer, UnsavedVisitQuestion

if TYPE_CHECKING:
    from calcitrack.ui.visits.visit_flow import VisitFlow


class LeaveGuard(QObject):
    def __init__(self, window: QMainWindow, flow: VisitFlow) -> None:
        super().__init__(window)
        self._window = window
        self._flow = flow
        self.question: UnsavedVisitQuestion | None = None
        """The open question, for tests to answer."""
        self._after_save: Callable[[], object] | None = None
        """What to do once the save chosen in the question has succeeded (close, switch)."""
        self._approved = False
        self.locked = False
        """Set by the session while the lock screen covers the window: then nothing is asked
        and the draft is kept (no one who signed in is known to be at the keyboard)."""
        flow.save_settled.connect(self._on_save_settled)

    def ask(self, proceed: Callable[[], object], leaving: str) -> bool:
        """True: nothing typed is at stake (or the window is locked: the draft is kept), go on
        now. Otherwise ask and return False; ``proceed`` is called once the answer allows it.
        ``leaving`` says what was asked for ("Closing CalciTrack")."""
        form = self._flow.form
        if self._approved or form is None or not form.is_dirty():
            return True
        if self.locked:
            form.keep_draft()
            return True
        if self.question is not None:
            self.question.raise_()
            self.question.activateWindow()
            return False
        patient = form.chart.patient
        what = (
            self.tr("edit of the visit of {date} for {name} ({mrn})").format(
                date=shown_date(form.editing.visit_date), name=patient.display_name,
                mrn=patient.mrn,
            )
            if form.editing is not None
            else self.tr("new visit of {date} for {name} ({mrn})").format(
                date=shown_date(form.visit_date()), name=patient.display_name, mrn=patient.mrn
            )
        )  # fmt: skip
        question = UnsavedVisitQuestion(leaving, what, self._window)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        question.answered.connect(lambda answer: self._on_answered(answer, proceed))
        self.question = question
        question.open()
        return False

    def _on_answered(self, answer: Answer, proceed: Callable[[], object]) -> None:
        self.question = None
        form = self._flow.form
        if answer is Answer.CANCEL:
            return
        if form is None or not form.is_dirty():  # saved meanwhile: nothing is at stake
            self._go(proceed)
        elif answer is Answer.KEEP:
            form.keep_draft()
            self._go(proceed)
        elif answer is Answer.DISCARD:
            form.forget_typing()
            self._go(proceed)
        else:
            self._after_save = proceed
            if not form.save() and not form.asking():  # refused, its reasons on the form
                self._call_off()
            # else the save runs (or ran, with an inline runner), or a question before it is
            # open (unmeasured lesions, unusual values): it settles, or is called off

    def _on_save_settled(self, saved: bool) -> None:
        proceed, self._after_save = self._after_save, None
        if proceed is None:
            return
        if saved:
            self._go(proceed)
        else:
            self._after_save = proceed
            self._call_off()

    def _go(self, proceed: Callable[[], object]) -> None:
        self._approved = True
        proceed()

    def _call_off(self) -> None:
        """The save chosen before leaving did not happen: stay, with the form as it is."""
        if self._after_save is None:
            return
        self._after_save = None
        self._window.statusBar().showMessage(
            self.tr("The visit was not saved, so CalciTrack stays open: see the form"), 10000
        )
