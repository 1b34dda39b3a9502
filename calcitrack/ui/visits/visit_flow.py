"""The visit workflow of the main window: open the form for a new or an earlier visit, offer a
draft back, save on the task runner, delete with a reason.

A save or delete refused because someone else saved the visit meanwhile (StaleEditError) shows
what they changed (``ConflictDialog``). The nurse's form is left exactly as it is; "Reload the
visit" replaces it with the visit as stored now, her typing carried over wherever it does not
collide with theirs, the rest listed above the form (``visit_form_rebase``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError
from calcitrack.domain.visits.record_changes import text_in
from calcitrack.domain.visits.visit_changes import VisitContent, stored_visit_content, visit_items
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.errors import StaleEditError
from calcitrack.ui.common.conflict_dialog import ConflictDialog
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.common.window_sources import VisitSink
from calcitrack.ui.visit_form.draft_store import DraftStore, draft_key, moment_text
from calcitrack.ui.visit_form.rebase import read_content, typed_content
from calcitrack.ui.visits.amend_reason_dialog import AmendReasonDialog
from calcitrack.ui.visits.delete_visit_dialog import DeleteVisitDialog
from calcitrack.ui.visits.same_day_question import ask_same_day

if TYPE_CHECKING:
    from calcitrack.ui.visit_form.form import VisitFormView
    from calcitrack.ui.visits.flow_host import FlowHost


class VisitFlow(QObject):
    save_settled = Signal(bool)
    """The open form's save ended: True saved (the form is closed), False refused, failed or
    called off (the form stays as it is)."""

    def __init__(
        self,
        window: FlowHost,
        visits: VisitSink,
        *,
        runner: Runner,
        drafts: DraftStore,
        today: Callable[[], date],
        clinician: str = "",
    ) -> None:
        """``clinician``: the signed-in user's name, which a new visit's form starts with."""
        super().__init__(window.window())
        self._window = window
        self._visits = visits
        self._runner = runner
        self._drafts = drafts
        self._today = today
        self._clinician = clinician
        self.form: VisitFormView | None = None
        self._form_mrn = ""
        self.question: QMessageBox | None = None
        """The open question to the user (draft recovery), for tests to answer."""
        self.conflict_dialog: ConflictDialog | None = None
        """The open "saved by someone else" dialog, for tests to answer."""
        self._stale: StaleEditError | None = None
        """The last refusal of the open form's save: the visit as stored now, to reload."""

    # -- opening ---------------------------------------------------------------------------

    def new_visit(self) -> None:
        """Ctrl+N: the form of a new visit; first, when the patient already has a visit today
        (and no unsaved new visit is waiting), the question whether to open that one instead."""
        chart = self._window.workspace.chart
        if chart is None or self.form is not None or self.question is not None:
            return
        today = self._today()
        seen = next((v for v in chart.visits if v.visit_date == today), None)
        if seen is None or seen.id is None or self._drafts.info(draft_key(chart.patient.mrn, None)):
            self._open_form(chart, None)
            return
        seen_id = seen.id
        self.question = ask_same_day(
            self._window.window(),
            chart.patient.display_name,
            today,
            open_visit=lambda: self.edit_visit(seen_id),
            other_date=lambda: self._open_form(chart, None),
            answered=lambda: setattr(self, "question", None),
        )

    def edit_visit(self, visit_id: int) -> None:
        chart = self._window.workspace.chart
        if chart is None or self.form is not None:
            return
        visit = next((v for v in chart.visits if v.id == visit_id), None)
        if visit is None:
            return
        signature = chart.signature_of(visit_id)
        if signature is not None and not self._window.may(Permission.AMEND_VISITS):
            self._window.show_message(
                self.tr("Signed visit"),
                self.tr(
                    "The visit of {day} is signed and read-only ({signature}). A physician can "
                    "amend it, giving the reason."
                ).format(day=shown_date(visit.visit_date), signature=signature.describe()),
            )
            return
        self._open_form(chart, visit)
        if signature is not None:
            self._window.statusBar().showMessage(
                self.tr(
                    "This visit is signed: saving asks for the reason and records an amendment"
                ),
                10000,
            )

    def _build_form(self, chart: PatientChart, visit: Visit | None) -> VisitFormView:
        from calcitrack.ui.visit_form.form import (
            VisitFormView,  # loaded when first needed: faster start
        )

        labs = [lab for lab in chart.labs if visit is not None and lab.visit_id == visit.id]
        form = VisitFormView(
            chart,
            today=self._today(),
            drafts=self._drafts,
            visit=visit,
            visit_labs=labs,
            clinician=self._clinician,
            settings=self._window.settings_flow.settings,
        )
        form.save_requested.connect(self._on_save_requested)
        form.visit_saved.connect(self._on_visit_saved)
        form.cancelled.connect(self._close_form)
        form.reload_requested.connect(self.reload_visit)
        form.save_called_off.connect(lambda: self.save_settled.emit(False))
        return form

    def _show_form(self, form: VisitFormView) -> None:
        self.form = form
        self._stale = None
        self._form_mrn = form.chart.patient.mrn
        window = self._window
        window.stack.addWidget(form)
        window.stack.setCurrentWidget(form)
        window.left_pane.hide()  # the form gets the whole width; the list returns after
        window.update_actions()
        form.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_form(
        self, chart: PatientChart, visit: Visit | None, *, restore: bool = False
    ) -> None:
        form = self._build_form(chart, visit)
        if restore and form.has_draft():
            form.restore_draft()
        self._show_form(form)
        if not restore and form.has_draft():
            what = (
                self.tr("edit of the visit of {day}").format(day=shown_date(visit.visit_date))
                if visit
                else self.tr("new visit")
            )
            info = self._drafts.info(form.draft_key)
            started = info.started_at if info is not None else None
            question = (
                self.tr(
                    "You have an unsaved {what} for {patient} kept from an earlier session."
                    "\n\nRecover it, or discard it and start afresh?"
                )
                if started is None
                else self.tr(
                    "You have an unsaved {what} for {patient} (started {moment}) kept from an "
                    "earlier session.\n\nRecover it, or discard it and start afresh?"
                )
            )
            self._ask(
                question.format(
                    what=what,
                    patient=chart.patient.display_name,
                    moment=moment_text(started) if started is not None else "",
                ),
                on_yes=form.restore_draft,
                on_no=form.discard_draft,
            )

    def open_draft(self, chart: PatientChart, visit_id: int | None) -> None:
        """Open the form of the signed-in user's draft of a new visit (``visit_id`` None) or of
        an edit, restored as it was typed (``draft_offers`` chose it)."""
        if self.form is not None:
            return
        visit = next((v for v in chart.visits if v.id == visit_id), None)
        if visit_id is not None and visit is None:
            self._window.show_message(
                self.tr("Unsaved visit"),
                self.tr(
                    "The visit this draft edits was deleted after the draft was kept, so it cannot "
                    "be opened; the draft is kept."
                ),
            )
            return
        self._open_form(chart, visit, restore=True)

    def _ask(self, text: str, *, on_yes: Callable[[], object], on_no: Callable[[], object]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Recover unsaved visit"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window.window(),
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Recover"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Discard"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.Yes)  # Escape never throws typing away

        def answered(button: QAbstractButton) -> None:
            self.question = None
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                on_yes()
            else:
                on_no()

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        if self.form is not None:
            self.form.save()

    def cancel(self) -> None:
        if self.form is not None:
            self.form.cancel()

    def may_leave(self) -> bool:
        """Another patient may open only once the form is closed (its draft is kept anyway)."""
        self._window.statusBar().showMessage(
            self.tr("Save (Ctrl+S) or cancel (Esc) the visit before opening another patient"),
            5000,
        )
        return False

    def keep_draft(self) -> None:
        if self.form is not None:
            self.form.keep_draft()

    def _on_save_requested(self, entry: VisitEntry) -> None:
        form, mrn = self.form, self._form_mrn
        if form is None:
            return
        editing = entry.visit.id is not None
        read = read_content(form)
        signature = form.chart.signature_of(entry.visit.id) if editing else None
        if signature is not None:
            self._ask_amendment_reason(form, mrn, entry, read, signature)
            return
        work = (
            (lambda: self._visits.update(mrn, entry, started_from=read))
            if editing
            else (lambda: self._visits.record(mrn, entry))
        )
        self._submit_save(form, work)

    def _submit_save(self, form: VisitFormView, work: Callable[[], Visit]) -> None:
        self._window.busy_label.setText(self.tr("Saving the visit…"))
        self._runner.submit(
            work, on_done=form.save_succeeded, on_error=self._on_save_failed, write=True
        )

    def _ask_amendment_reason(
        self,
        form: VisitFormView,
        mrn: str,
        entry: VisitEntry,
        read: VisitContent | None,
        signature: VisitSignature,
    ) -> None:
        day = shown_date(entry.visit.visit_date)
        dialog = AmendReasonDialog(day, signature, self._window.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason_given.connect(
            lambda reason: self._submit_save(
                form, lambda: self._visits.amend(mrn, entry, reason, started_from=read)
            )
        )
        dialog.rejected.connect(form.save_cancelled)
        dialog.rejected.connect(lambda: self.save_settled.emit(False))
        self.amend_dialog = dialog
        dialog.open()

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_settled.emit(False)
        if self.form is None:
            return
        if isinstance(error, StaleEditError):
            self._on_save_stale(self.form, error)
            return
        problems = error.problems if isinstance(error, DomainValidationError) else []
        self.form.save_failed(
            str(error) if not problems else self.tr("The visit was not saved"), problems
        )
        if isinstance(error, UnconfirmedValuesError):  # the clinic's settings changed meanwhile
            self.form.unusual.remember(error.unusual)

    def _on_visit_saved(self, visit: Visit) -> None:
        mrn = self._form_mrn
        self._close_form()
        self._window.statusBar().showMessage(
            self.tr("Visit of {day} saved").format(day=shown_date(visit.visit_date)), 8000
        )
        self._window.refresh()
        self._window.open_patient(mrn)
        self.save_settled.emit(True)

    def has_unsaved(self) -> bool:
        """A visit form is open with typing not saved."""
        return self.form is not None and self.form.is_dirty()

    # -- saved by someone else meanwhile -------------------------------------------------------

    def _on_save_stale(self, form: VisitFormView, error: StaleEditError) -> None:
        self._stale = error
        day = shown_date(form.editing.visit_date) if form.editing else ""
        who = error.last_saved.describe() if error.last_saved else self.tr("someone else")
        form.save_refused_as_stale(
            self.tr(
                "Not saved: the visit of {day} was saved by {who} after you opened it. Your typing "
                "is kept; reload the visit to carry it over."
            ).format(day=day, who=who)
        )
        typed = visit_items(typed_content(form))
        self._ask_about_conflict(
            ConflictDialog(
                error.changes,
                title=self.tr("Visit not saved"),
                headline=self.tr(
                    "Your changes to the visit of {day} are not saved yet: someone else saved this "
                    "visit after you opened it."
                ).format(day=day),
                last_saved=error.last_saved,
                reload_text=self.tr("Reload the visit"),
                keep_text=self.tr("Keep editing"),
                note=self.tr(
                    "Reload the visit: the form shows the visit as saved now, with everything you "
                    "typed carried over, except where you both changed the same thing: there "
                    "their value is shown and yours is listed above the form.\nKeep editing: back "
                    "to your form as it is (it cannot be saved over the newer visit; reload when "
                    "ready)."
                ),
                yours=[text_in(typed, c.key) for c in error.changes],
                parent=self._window.window(),
            ),
            on_reload=self.reload_visit,
        )

    def _ask_about_conflict(
        self, dialog: ConflictDialog, *, on_reload: Callable[[], object]
    ) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reload_chosen.connect(on_reload)
        dialog.finished.connect(lambda _result: setattr(self, "conflict_dialog", None))
        self.conflict_dialog = dialog
        dialog.open()

    def reload_visit(self) -> None:
        """Replace the open form with the visit as stored now, carrying over what was typed."""
        previous, stale = self.form, self._stale
        if previous is None or stale is None or not isinstance(stale.context, PatientChart):
            return
        stored = stale.stored
        assert isinstance(stored, VisitContent)
        form = self._build_form(stale.context, stored.visit)
        form.take_over(previous)
        window = self._window
        self._show_form(form)
        window.stack.removeWidget(previous)
        previous.deleteLater()
        window.statusBar().showMessage(
            self.tr("Visit reloaded as saved now; your typing was carried over"), 8000
        )

    def _close_form(self) -> None:
        form = self.form
        self.form = None
        if form is not None:
            self._window.stack.removeWidget(form)
            form.deleteLater()
        self._window.left_pane.show()
        self._window.show_workspace()

    # -- deleting --------------------------------------------------------------------------

    def delete_selected_visit(self) -> None:
        visit = self._window.workspace.visits.selected_visit()
        if visit is not None and visit.id is not None:
            self.delete_visit(visit.id)

    def delete_visit(self, visit_id: int) -> None:
        chart = self._window.workspace.chart
        if chart is None or self.form is not None:
            return
        visit = next((v for v in chart.visits if v.id == visit_id), None)
        if visit is None:
            return
        signature = chart.signature_of(visit_id)
        if signature is not None:
            self._window.show_message(
                self.tr("Signed visit"),
                self.tr(
                    "The visit of {day} is signed ({signature}) and is kept. A physician can amend "
                    "it instead."
                ).format(day=shown_date(visit.visit_date), signature=signature.describe()),
            )
            return
        dialog = DeleteVisitDialog(
            visit,
            chart.patient.display_name,
            self._window.window(),
            photographs=sum(1 for p in chart.photographs if p.visit_id == visit_id),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        read = stored_visit_content(chart, visit_id)
        dialog.delete_confirmed.connect(
            lambda v, reason: self._delete(chart.patient.mrn, v, reason, read)
        )
        self.delete_dialog = dialog
        dialog.open()

    def _delete(
        self, mrn: str, visit: Visit, reason: str, read: VisitContent | None = None
    ) -> None:
        def deleted(_result: object) -> None:
            self._drafts.discard(draft_key(mrn, visit.id))
            self._window.statusBar().showMessage(
                self.tr("Visit of {day} deleted").format(day=shown_date(visit.visit_date)), 8000
            )
            self._window.refresh()

        def refused(error: BaseException) -> None:
            if not isinstance(error, StaleEditError):
                self._window.show_error(error)
                return
            self._ask_about_conflict(
                ConflictDialog(
                    error.changes,
                    title=self.tr("Visit not deleted"),
                    headline=self.tr(
                        "The visit of {day} was not deleted: someone else saved it after you "
                        "opened the chart."
                    ).format(day=shown_date(visit.visit_date)),
                    last_saved=error.last_saved,
                    reload_text=self.tr("Reload the chart"),
                    keep_text=self.tr("Close"),
                    note=self.tr(
                        "Reload the chart to see the visit as saved now, then delete it again if "
                        "it should still go."
                    ),
                    parent=self._window.window(),
                ),
                on_reload=self._window.refresh,
            )

        self._runner.submit(
            lambda: self._visits.delete(mrn, visit, reason, started_from=read),
            on_done=deleted,
            on_error=refused,
            write=True,
        )
