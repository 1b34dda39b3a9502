"""Imaging studies and procedures from the Imaging & procedures tab and from the visit form: open
the dialog (new, pre-filled with the visit's date from the form; or the correction of the
selected row), or the deletion with its reason; save on the task runner; show a refusal over the
dialog, which stays open with everything as typed.

A study or procedure on the day of a signed visit is part of what was signed: for a physician the
change is that visit's amendment, with its reason; for anyone else the correction and deletion
do not open, and a new one is refused on saving, the message saying it needs a physician's
amendment of that visit.

From the visit form a study or procedure is saved at once, on its own (it is its own record, tied
to the visit only by its date): it stays even if the visit is not saved, and is listed in the
Imaging & procedures tab once the form closes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import ImagingStudy, PatientChart, Procedure, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.site_event_entry import (
    describe_event,
    event_day,
    signed_visits_touched,
)
from calcitrack.services.errors import SignedVisitError
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.site_events.delete_event_dialog import DeleteEventDialog
from calcitrack.ui.site_events.event_dialog import SiteEventDialog, sentences
from calcitrack.ui.site_events.imaging_dialog import ImagingDialog
from calcitrack.ui.site_events.procedure_dialog import ProcedureDialog

if TYPE_CHECKING:
    from calcitrack.ui.visits.flow_host import FlowHost

SiteEvent = ImagingStudy | Procedure


class SiteEventSink(Protocol):
    """What the flow asks of the imaging and procedures service."""

    def add_imaging(
        self, mrn: str, study: ImagingStudy, *, amend_reason: str = ""
    ) -> ImagingStudy: ...

    def correct_imaging(
        self, mrn: str, read: ImagingStudy, corrected: ImagingStudy, *, amend_reason: str = ""
    ) -> ImagingStudy: ...

    def delete_imaging(self, mrn: str, read: ImagingStudy, reason: str) -> None: ...

    def add_procedure(
        self, mrn: str, procedure: Procedure, *, amend_reason: str = ""
    ) -> Procedure: ...

    def correct_procedure(
        self, mrn: str, read: Procedure, corrected: Procedure, *, amend_reason: str = ""
    ) -> Procedure: ...

    def delete_procedure(self, mrn: str, read: Procedure, reason: str) -> None: ...


class SiteEventFlow(QObject):
    def __init__(
        self,
        window: FlowHost,
        service: SiteEventSink,
        *,
        runner: Runner,
        today: Callable[[], date],
    ) -> None:
        super().__init__(window.window())
        self._window = window
        self._service = service
        self._runner = runner
        self._today = today
        self.form_menu: QMenu | None = None
        """The visit form's choice of a study or a procedure, while open."""
        self.dialog: SiteEventDialog | None = None
        self.delete_dialog: DeleteEventDialog | None = None
        self._reload_when_back = False
        """Saved from an open visit form (the chart is not reloaded under it): reload the chart
        when the form closes, so the tab lists it."""
        panel = window.workspace.site_events
        panel.new_imaging_requested.connect(lambda: self.new_imaging())
        panel.new_procedure_requested.connect(lambda: self.new_procedure())
        panel.correct_requested.connect(self.correct)
        panel.delete_requested.connect(self.delete)
        window.stack.currentChanged.connect(self._on_page_shown)

    # ------------------------------------------------------------------ opening

    def new_imaging(self, form: Any = None) -> None:
        self._new(ImagingDialog, form)

    def new_procedure(self, form: Any = None) -> None:
        self._new(ProcedureDialog, form)

    def correct(self, event: SiteEvent) -> None:
        found = self._open(event, deleting=False)
        if found is None:
            return
        chart, stored, amending = found
        name = chart.patient.display_name
        parent = self._window.window()
        dialog: SiteEventDialog
        if isinstance(stored, ImagingStudy):
            dialog = ImagingDialog(name, chart.lesions, study=stored, day=stored.study_date,
                                   parent=parent)  # fmt: skip
        else:
            dialog = ProcedureDialog(name, chart.lesions, procedure=stored,
                                     day=stored.procedure_date, parent=parent)  # fmt: skip
        if amending:
            dialog.start_amending(amending)
        self._show(dialog, chart, stored)

    def delete(self, event: SiteEvent) -> None:
        found = self._open(event, deleting=True)
        if found is None:
            return
        chart, stored, amending = found
        dialog = DeleteEventDialog(
            stored, chart.patient.display_name, self._window.window(), amending=amending
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        mrn = chart.patient.mrn
        dialog.delete_confirmed.connect(lambda e, reason: self._delete(mrn, e, reason))
        dialog.destroyed.connect(lambda: setattr(self, "delete_dialog", None))
        self.delete_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ helpers

    def _new(self, kind: type[ImagingDialog] | type[ProcedureDialog], form: Any) -> None:
        chart: PatientChart | None = (
            form.chart if form is not None else self._window.workspace.chart
        )
        if chart is None or not self._may_record():
            return
        day: date = form.visit_date() if form is not None else self._today()
        note = (
            self.tr(
                "It is saved now, on its own, and stays even if the visit is not saved. Lesions "
                "first recorded in this visit can be chosen once the visit is saved."
            )
            if form is not None
            else ""
        )
        touched = signed_visits_touched([day], chart)
        if touched and not self._window.may(Permission.AMEND_VISITS):  # said before she types
            signed = self.tr(
                "Note: {visit}. A study or procedure on that day is part of it: only a "
                "physician's amendment saves one; choose another date if it was done on another "
                "day."
            ).format(visit=_signed_words(*touched[0]))
            note = sentences(note, signed) if note else signed
        dialog = kind(chart.patient.display_name, chart.lesions, day=day,
                      parent=self._window.window(), note=note)  # fmt: skip
        self._show(dialog, chart, None)

    def _show(self, dialog: SiteEventDialog, chart: PatientChart, read: SiteEvent | None) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.entry_ready.connect(lambda typed: self._save(dialog, chart, read, typed))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _may_record(self) -> bool:
        if self._window.may(Permission.RECORD_VISITS):
            return True
        self._window.show_message(
            self.tr("Imaging and procedures"),
            self.tr("Recording imaging studies and procedures needs the nurse or physician role."),
        )
        return False

    def _open(
        self, event: SiteEvent, *, deleting: bool
    ) -> tuple[PatientChart, SiteEvent, str] | None:
        """The chart, the event as shown now and, on a signed visit's day, that visit in words
        (the change is its amendment: a physician's); None when it does not open."""
        chart = self._window.workspace.chart
        if chart is None or not self._may_record():
            return None
        events: tuple[SiteEvent, ...] = (
            chart.imaging if isinstance(event, ImagingStudy) else chart.procedures
        )
        stored = next((e for e in events if e.id == event.id), None)
        if stored is None:
            return None
        touched = signed_visits_touched([event_day(stored)], chart)
        if not touched:
            return chart, stored, ""
        signed = _signed_words(*touched[0])
        if self._window.may(Permission.AMEND_VISITS):
            return chart, stored, signed
        refusal = (
            self.tr(
                "{event} is part of {visit}.\n\nIt cannot be deleted here: it changes only by "
                "amending that visit, which a physician does, giving the reason."
            )
            if deleting
            else self.tr(
                "{event} is part of {visit}.\n\nIt cannot be corrected here: it changes only by "
                "amending that visit, which a physician does, giving the reason."
            )
        )
        self._window.show_message(
            self.tr("Part of a signed visit"),
            refusal.format(event=describe_event(stored), visit=signed),
        )
        return None

    def _save(
        self,
        dialog: SiteEventDialog,
        chart: PatientChart,
        read: SiteEvent | None,
        typed: SiteEvent,
    ) -> None:
        mrn = chart.patient.mrn
        reason = dialog.amend_reason()
        work: Callable[[], object]
        if isinstance(typed, ImagingStudy):
            study = typed
            if isinstance(read, ImagingStudy):
                old_study = read
                work = lambda: self._service.correct_imaging(  # noqa: E731
                    mrn, old_study, study, amend_reason=reason)  # fmt: skip
            else:
                work = lambda: self._service.add_imaging(mrn, study, amend_reason=reason)  # noqa: E731
        else:
            proc = typed
            if isinstance(read, Procedure):
                old_proc = read
                work = lambda: self._service.correct_procedure(  # noqa: E731
                    mrn, old_proc, proc, amend_reason=reason)  # fmt: skip
            else:
                work = lambda: self._service.add_procedure(mrn, proc, amend_reason=reason)  # noqa: E731

        def saved(result: object) -> None:
            done = (
                self.tr("Amended: {event}")
                if dialog.amending
                else (self.tr("Corrected: {event}") if read else self.tr("Saved: {event}"))
            )
            shown = result if isinstance(result, ImagingStudy | Procedure) else typed
            self._window.statusBar().showMessage(done.format(event=describe_event(shown)), 8000)
            panel = self._window.workspace.site_events
            panel.select_when_shown(shown)
            dialog.accept()
            if panel.isVisible():  # back to the list, the saved row selected
                panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._reload_when_back = self._form_shown()
            self._window.refresh()

        def refused(error: BaseException) -> None:
            if isinstance(error, SignedVisitError) and self._window.may(Permission.AMEND_VISITS):
                touched = signed_visits_touched(
                    [event_day(typed), *([event_day(read)] if read else [])], chart
                )
                signed = _signed_words(*touched[0]) if touched else self.tr("a signed visit")
                dialog.start_amending(
                    signed,
                    self.tr(
                        "Not saved yet: this is part of {visit}. Give the reason for the "
                        "amendment, then save it as that visit's amendment."
                    ).format(visit=signed),
                )
            elif isinstance(error, DomainValidationError):
                dialog.show_problems(error.problems)
            elif isinstance(error, (LookupError, RuntimeError, PermissionError)):
                dialog.show_refusal(str(error))
            else:
                dialog.show_refusal(self.tr("It was not saved."))
                self._window.show_error(error)

        self._runner.submit(work, on_done=saved, on_error=refused, write=True)

    def _delete(self, mrn: str, event: SiteEvent, reason: str) -> None:
        def deleted(_result: object) -> None:
            self._window.statusBar().showMessage(
                self.tr("Deleted: {event}").format(event=describe_event(event)), 8000
            )
            self._window.refresh()

        def work() -> object:
            if isinstance(event, ImagingStudy):
                self._service.delete_imaging(mrn, event, reason)
            else:
                self._service.delete_procedure(mrn, event, reason)
            return None

        self._runner.submit(work, on_done=deleted, on_error=self._window.show_error, write=True)

    # ------------------------------------------------------------------ the visit form

    def _on_page_shown(self, index: int) -> None:
        """A visit form shown: its Imaging & procedures button opens the dialogs from it."""
        form = self._window.stack.widget(index)
        button = getattr(form, "site_events_button", None)
        if button is None and self._reload_when_back:  # the form closed: the workspace again
            self._reload_when_back = False
            self._window.refresh()
        if (
            form is None
            or not isinstance(button, QAbstractButton)
            or button.property("site_events_wired")
        ):
            return
        button.setProperty("site_events_wired", True)
        button.clicked.connect(lambda: self._ask_kind(form, button))

    def _form_shown(self) -> bool:
        shown = self._window.stack.currentWidget()
        return getattr(shown, "site_events_button", None) is not None

    def _ask_kind(self, form: QWidget, button: QAbstractButton) -> None:
        """The button's menu: a study or a procedure."""
        menu = QMenu(button)
        study = menu.addAction(self.tr("Imaging &study…"))
        proc = menu.addAction(self.tr("&Procedure…"))
        study.triggered.connect(lambda: self.new_imaging(form))
        proc.triggered.connect(lambda: self.new_procedure(form))
        self.form_menu = menu
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        menu.setActiveAction(study)  # the arrows and Enter from the first item


def _signed_words(visit: Visit, signature: VisitSignature) -> str:
    """ "the visit of 2025-05-12, which is signed (Signed — reviewed and approved by …)"."""
    return QCoreApplication.translate(
        "SiteEventFlow", "the visit of {day}, which is signed ({signature})"
    ).format(day=shown_date(visit.visit_date), signature=signature.describe())
