"""Deleting an imaging study or a procedure entered in error: say what goes, ask why, only then
allow it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from calcitrack.domain.entities import ImagingStudy, Procedure
from calcitrack.domain.visits.site_event_entry import describe_event
from calcitrack.ui.visits.reason_dialog import ReasonDialog


class DeleteEventDialog(ReasonDialog):
    delete_confirmed = Signal(object, str)
    """The study or procedure and the reason given."""

    def __init__(
        self,
        event: ImagingStudy | Procedure,
        patient_name: str,
        parent: QWidget | None = None,
        *,
        amending: str = "",
    ) -> None:
        """``amending``: the signed visit of the event's day, in words; the deletion is then its
        amendment, and the reason the amendment's."""
        noun = "imaging study" if isinstance(event, ImagingStudy) else "procedure"
        amendment = (
            f"<br><br>It is part of {escape(amending)}: deleting it amends that visit, which "
            "stays signed; what it said as signed is kept with your reason."
            if amending
            else ""
        )
        super().__init__(
            title=f"Delete {noun}",
            explanation=(
                f"Delete <b>{escape(describe_event(event))}</b> for {escape(patient_name)} as "
                "entered in error?<br><br>The charts and the summary no longer show it. Which "
                f"{noun} it was, its values and the reason are kept in the audit trail."
                f"{amendment}"
            ),
            question="Why is it deleted (the amendment's reason)?" if amending
            else "Why is it deleted?",
            action=f"&Delete {noun}",
            accessible_name="Reason for deleting",
            parent=parent,
        )
        self.site_event = event
        self.delete_button = self.ok_button
        self.reason_given.connect(
            lambda reason: self.delete_confirmed.emit(self.site_event, reason)
        )
