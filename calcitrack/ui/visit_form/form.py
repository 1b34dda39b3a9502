"""The visit form: today's visit (or an earlier one) typed from the keyboard, checked as it is
typed, kept as a draft on disk, and handed to the main window as one ``VisitEntry`` to save.

The form owns the sections (lesions, scores, range of motion, labs, vitals, medications), gives
each the ``FormContext``, and routes validation problems back to them (``visit_form_routing``).
Nothing is written by the form: ``save_requested`` carries a valid entry, and the main window
answers with ``save_succeeded`` or ``save_failed``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import VisitType
from calcitrack.domain.entities import LabResult, PatientChart, Visit
from calcitrack.domain.errors import Problem
from calcitrack.domain.visits.visit_changes import VisitContent
from calcitrack.domain.visits.visit_entry import VisitEntry, validate_visit_entry
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.focus_chain import yield_shortcuts
from calcitrack.ui.common.typed_text import typed_text
from calcitrack.ui.common.wheel_guard import wheel_scrolls
from calcitrack.ui.visit_form.discard import DiscardQuestion
from calcitrack.ui.visit_form.draft_store import DraftStore, draft_key
from calcitrack.ui.visit_form.drafts import draft_payload, restore_payload
from calcitrack.ui.visit_form.header import VisitHeader
from calcitrack.ui.visit_form.layout import (
    ButtonBar,
    heading_label,
    recovered_text,
    reloaded_text,
    section_column,
)
from calcitrack.ui.visit_form.losses import LossBox
from calcitrack.ui.visit_form.partial import PartialVisitQuestion
from calcitrack.ui.visit_form.rebase import (
    SetAsideBox,
    carry_over,
    recover_onto,
    typed_content,
    typed_on_older_version,
)
from calcitrack.ui.visit_form.routing import (
    ProblemBox,
    place_problems,
    waits_for_save,
    with_input_problems,
)
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.lab_entry_panel import LabEntryPanel
from calcitrack.ui.visit_form.sections.lesion_entry_panel import LesionEntryPanel
from calcitrack.ui.visit_form.sections.medication_change_panel import MedicationChangePanel
from calcitrack.ui.visit_form.sections.rom_entry_panel import RomEntryPanel
from calcitrack.ui.visit_form.sections.scores_panel import ScoresPanel
from calcitrack.ui.visit_form.sections.vitals_panel import VitalsPanel
from calcitrack.ui.visit_form.unusual import UnusualValuesCheck

log = logging.getLogger(__name__)

VALIDATE_DELAY_MS = 300
DRAFT_DELAY_MS = 500


class VisitFormView(QWidget):
    save_requested = Signal(object)
    """A valid ``VisitEntry`` to write; answer with ``save_succeeded`` or ``save_failed``."""
    visit_saved = Signal(object)
    """The saved ``Visit``, after ``save_succeeded``."""
    cancelled = Signal()
    reload_requested = Signal()
    """After a save refused because someone else saved the visit: reload it (``visit_flow``)."""
    save_called_off = Signal()
    """Save was pressed and a question before it (unmeasured lesions, unusual values) was
    answered "go back": nothing was saved; the form stays as typed."""

    def __init__(
        self,
        chart: PatientChart,
        *,
        today: date,
        drafts: DraftStore,
        visit: Visit | None = None,
        visit_labs: Sequence[LabResult] = (),
        clinician: str = "",
        parent: QWidget | None = None,
        settings: ClinicSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.chart = chart
        self.settings = settings or ClinicSettings.defaults()
        """The clinic settings in force (dose limits, data-quality checks)."""
        self._clinician = clinician  # a new visit's, e.g. the signed-in user's name
        self.editing = visit
        """The visit being edited, or None for a new one."""
        self._today = today
        self._drafts = drafts
        self.draft_key = draft_key(chart.patient.mrn, visit.id if visit else None)
        self._quiet = 0
        self._dirty = False
        self._saving = False
        self._save_tried = False
        self._discard = DiscardQuestion(self, self._on_discarded)
        self.setStyleSheet(field_marks.INVALID_STYLE)
        self.unusual = UnusualValuesCheck(self, self.settings)  # amber while typing, asked on Save

        self.header = VisitHeader(visit.visit_date if visit else today, self.settings)
        self.date_edit = self.header.date_edit
        self.lesions = LesionEntryPanel()
        self.scores = ScoresPanel()
        self.rom = RomEntryPanel()
        self.labs = LabEntryPanel()
        self.vitals = VitalsPanel()
        self.medications = MedicationChangePanel()
        self.notes_edit = QPlainTextEdit(tabChangesFocus=True)
        self.notes_edit.setAccessibleName(self.tr("Visit notes"))
        self.notes_edit.setFixedHeight(90)
        self.sections: dict[str, Any] = {
            "lesions": self.lesions,
            "scores": self.scores,
            "rom": self.rom,
            "labs": self.labs,
            "vitals": self.vitals,
            "medications": self.medications,
        }

        heading = heading_label(chart.patient, editing=visit is not None)
        self.problems_box = ProblemBox(self._on_problem_chosen)
        self.problem_caption = self.problems_box.caption
        self.problem_list = self.problems_box.list
        self.set_aside = SetAsideBox()
        self.restore_losses = LossBox()

        self.scroll_area = section_column(
            [
                (self.tr("Lesions"), self.lesions),
                (self.tr("Pain and disease activity"), self.scores),
                (self.tr("Range of motion"), self.rom),
                (self.tr("Labs"), self.labs),
                (self.tr("Vitals and weight"), self.vitals),
                (self.tr("Medications"), self.medications),
                (self.tr("Notes"), self.notes_edit),
            ]
        )
        wheel_scrolls(self, self.scroll_area)  # the wheel scrolls the form, never changes a value

        bar = ButtonBar()
        self.save_button, self.cancel_button = bar.save_button, bar.cancel_button
        self.reload_button, self.status_label = bar.reload_button, bar.status_label
        self.site_events_button = bar.site_events_button  # wired by ui/site_events
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.header)
        layout.addWidget(self.problems_box)
        layout.addWidget(self.restore_losses)
        layout.addWidget(self.set_aside)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(bar)

        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._on_validate_timeout)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self._shortcuts = (self._shortcut("Ctrl+S", self.save), self._shortcut("Esc", self.cancel))
        self.partial_question = PartialVisitQuestion(self, self)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.reload_button.clicked.connect(self.reload_requested)

        self._quiet += 1
        try:
            self._load(visit, visit_labs)
        finally:
            self._quiet -= 1
        self.loaded_payload = self.draft_payload()
        """The form as it opened, to tell the nurse's typing from it on a reload."""
        self._pending_draft = drafts.load(self.draft_key)
        self.header.changed.connect(self._on_edited)
        self.header.date_changed.connect(self._on_date_changed)
        self.notes_edit.textChanged.connect(self._on_edited)
        self.vitals.weight_changed.connect(self._on_weight_changed)
        self.lesions.changed.connect(self._on_lesions_changed)
        for section in self.sections.values():
            section.changed.connect(self._on_edited)
        self._validate_timer.start()  # a date already taken is said before anything is typed

    def _shortcut(self, key: str, slot: Any) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _load(self, visit: Visit | None, labs: Sequence[LabResult]) -> None:
        if visit is None:
            kind = VisitType.FOLLOW_UP if self.chart.visits else VisitType.BASELINE
            self.header.load_new(self._today, kind, self._clinician)
            self.push_context()
            return
        self.header.load(
            visit.visit_date, visit.visit_type, visit.clinician, visit.next_visit_due_on
        )
        self.notes_edit.setPlainText(visit.notes)
        self.vitals.load(visit)
        self.push_context()
        self.lesions.load(visit)
        self.rom.load(visit)
        self.scores.load(visit, labs)
        self.labs.load(visit, labs)
        self.rom.set_sites(self.lesions.site_codes())

    # ------------------------------------------------------------------ context and edits

    def visit_date(self) -> date:
        return self.header.visit_date()

    def context(self) -> FormContext:
        return FormContext(
            chart=self.chart,
            visit_date=self.visit_date(),
            today=self._today,
            weight_kg=self.vitals.weight_kg(),
            visit_id=self.editing.id if self.editing else None,
            settings=self.settings,
        )

    def push_context(self) -> None:
        context = self.context()
        for section in self.sections.values():
            section.set_context(context)
        self.rom.set_sites(self.lesions.site_codes())

    def _on_date_changed(self, _day: date) -> None:
        self.push_context()

    def _on_weight_changed(self, _weight: object) -> None:
        self.push_context()

    def _on_lesions_changed(self) -> None:
        self.rom.set_sites(self.lesions.site_codes())

    def _on_edited(self, *_args: object) -> None:
        if self._quiet:
            return
        self._dirty = True
        self.unusual.edited()
        self._validate_timer.start()
        self._draft_timer.start()

    def is_dirty(self) -> bool:
        """Typed since opened (or restored from a draft) and not saved."""
        return self._dirty

    def asking(self) -> bool:
        """A question Save asks before saving is open (unmeasured lesions, unusual values)."""
        return self.partial_question.dialog is not None or self.unusual.dialog is not None

    # --------------------------------------------------------------------------- entry

    def entry(self) -> VisitEntry:
        day = self.visit_date()
        base = self.editing or Visit(patient_id=self.chart.patient.id, visit_date=day)
        visit = dataclasses.replace(
            self.header.apply_to(base),
            notes=typed_text(self.notes_edit).strip(),
            lesion_measurements=tuple(self.lesions.measurements()),
            rom=tuple(self.rom.measurements()),
        )
        visit = self.scores.apply_to(self.vitals.apply_to(visit))
        labs = (*self.scores.lab_results(day), *self.labs.lab_results(day))
        return VisitEntry(
            visit,
            tuple(self.lesions.new_lesions(day)),
            tuple(self.lesions.status_changes()),
            labs,
            tuple(self.medications.changes()),
        )

    def problems(self, entry: VisitEntry | None = None) -> list[Problem]:
        """Everything that stops the save: what only the form sees first, then the domain's."""
        entry = entry or self.entry()
        domain = validate_visit_entry(entry, self.chart, today=self._today)
        return with_input_problems(self, domain)

    def _on_validate_timeout(self) -> None:
        problems = self.problems()
        shown = problems if self._save_tried else [p for p in problems if not waits_for_save(p)]
        self._show(shown, listed=self._save_tried)
        self.unusual.mark_live(problems)

    def _show(self, problems: Sequence[Problem], *, listed: bool, message: str = "") -> None:
        self.problems_box.show_placed(
            place_problems(self, problems), listed=listed, message=message
        )

    def _on_problem_chosen(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------------- save, cancel

    def save(self) -> bool:
        """Refuse with the problems, or ask about unusual values, or emit ``save_requested``."""
        if self._saving:
            return False
        if self.restore_losses.pending():  # she first sees what of her draft did not come back
            self.status_label.setText(
                self.tr("Not saved: first check what could not be put back (above)")
            )
            self.restore_losses.dismiss_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._validate_timer.stop()
        self._save_tried = True
        entry = self.entry()
        problems = self.problems(entry)
        self._show(problems, listed=True)
        if problems:
            self.problem_list.setCurrentRow(0)
            self.problem_list.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status_label.setText(self.tr("Not saved: see the problems above"))
            return False
        if self.partial_question.ask():  # lesions left unmeasured: save once answered
            return False
        return False if self.unusual.ask(entry, self._submit) else self._submit(entry)

    def _submit(self, entry: VisitEntry) -> bool:
        self._saving = True
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self.save_requested.emit(entry)
        return True

    def save_succeeded(self, visit: Visit) -> None:
        self._saving = False
        self._dirty = False
        self._draft_timer.stop()
        self._validate_timer.stop()
        self._drafts.discard(self.draft_key)
        self._pending_draft = None
        self.restore_losses.clear()
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Saved"))
        self.visit_saved.emit(visit)

    def save_cancelled(self) -> None:
        """The save was called off before anything was written (no reason for an amendment)."""
        self._saving = False
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Not saved"))

    def save_failed(self, message: str, problems: Sequence[Problem]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Not saved"))
        self._show(problems, listed=True, message=message)
        self.keep_draft()

    def save_refused_as_stale(self, message: str) -> None:
        """Someone else saved the visit since the form opened: nothing typed is touched, the
        draft is kept, and the form offers to reload."""
        self.save_failed(message, [])
        self.status_label.setText(self.tr("Not saved: the visit was changed elsewhere"))
        self.reload_button.show()

    def take_over(self, previous: VisitFormView) -> None:
        """Become the reloaded form of ``previous``: the visit as stored now, with what was
        typed there carried over (``visit_form_rebase.carry_over``) and kept as the draft."""
        self._pending_draft = None
        self._quiet += 1
        try:
            left = carry_over(self, previous)
        finally:
            self._quiet -= 1
        self._dirty = previous.is_dirty()
        self._save_tried = previous._save_tried
        previous._retire()
        self.keep_draft()
        self.status_label.setText(reloaded_text(bool(left) or self.restore_losses.pending()))
        self._validate_timer.start()

    def cancel(self) -> None:
        if self._saving:
            return
        if not self._dirty:
            self.cancelled.emit()
            return
        self._discard.ask(self.visit_date())

    @property
    def discard_question(self) -> QMessageBox | None:
        """The open "Discard this visit?" question, for tests to answer."""
        return self._discard.open_box

    def _on_discarded(self) -> None:
        self._dirty = False
        self._draft_timer.stop()
        self._validate_timer.stop()
        self._drafts.discard(self.draft_key)
        self._pending_draft = None
        self.cancelled.emit()

    def _retire(self) -> None:
        """Another form took this one's place (and its draft): keep nothing more from here."""
        self._dirty = False
        self._draft_timer.stop()
        self._validate_timer.stop()

    # ---------------------------------------------------------------------------- drafts

    def draft_payload(self) -> dict[str, Any]:
        return draft_payload(self)

    def keep_draft(self) -> None:
        """Write the draft now (when anything was typed); the timer calls this while typing."""
        self._draft_timer.stop()
        if not self._dirty:
            return
        try:
            self._drafts.save(self.draft_key, self.draft_payload())
        except OSError as error:
            log.warning("the visit draft could not be written: %s", error.strerror)
            self.status_label.setText(
                self.tr("Draft NOT kept: {reason}").format(reason=error.strerror)
            )
            return
        kept = f"{datetime.now():%H:%M:%S}"
        self.status_label.setText(self.tr("Draft kept at {time}").format(time=kept))

    def has_draft(self) -> bool:
        """A draft of this visit was on disk when the form opened (offer it back)."""
        return self._pending_draft is not None

    def draft_visit_date(self) -> date | None:
        try:
            return date.fromisoformat(str((self._pending_draft or {}).get("visit_date")))
        except ValueError:
            return None

    def restore_draft(self) -> None:
        payload = self._pending_draft or self._drafts.load(self.draft_key)
        if payload is None:
            return
        moved = typed_on_older_version(self, payload)
        self._quiet += 1
        try:
            if moved:
                recover_onto(self, payload)
            else:
                self.restore_losses.show_losses(restore_payload(self, payload))
        finally:
            self._quiet -= 1
        self._pending_draft = None
        self._dirty = True
        losses = self.restore_losses.summary() if self.restore_losses.pending() else ""
        self.status_label.setText(recovered_text(onto_newer=moved, losses=losses))
        self._validate_timer.start()

    def content_of(self, payload: dict[str, Any]) -> VisitContent:
        """What saving this form would store if it held ``payload``: built on a hidden twin, a
        form like this one as it opened (what the twin could not put back is said here)."""
        twin = VisitFormView(
            self.chart, today=self._today, drafts=self._drafts, visit=self.editing,
            clinician=self._clinician, settings=self.settings,
        )  # fmt: skip
        try:
            twin._quiet += 1
            restore_payload(twin, payload)
            return typed_content(twin)
        finally:
            twin._retire()
            twin.deleteLater()

    def discard_draft(self) -> None:
        self._drafts.discard(self.draft_key)
        self._pending_draft = None

    def forget_typing(self) -> None:
        """Discard chosen before leaving: the draft deleted, nothing more kept from this form."""
        self._retire()
        self.discard_draft()

    # ------------------------------------------------------------------------ Qt events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        yield_shortcuts(self, list(self._shortcuts))

    def hideEvent(self, event: QHideEvent) -> None:
        self.keep_draft()
        super().hideEvent(event)
