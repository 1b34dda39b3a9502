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
        study = isinstance(event, ImagingStudy)
        explanation = (
            self.tr(
                "Delete <b>{event}</b> for {patient} as entered in error?<br><br>The charts and "
                "the summary no longer show it. Which imaging study it was, its values and the "
                "reason are kept in the audit trail."
            )
            if study
            else self.tr(
                "Delete <b>{event}</b> for {patient} as entered in error?<br><br>The charts and "
                "the summary no longer show it. Which procedure it was, its values and the reason "
                "are kept in the audit trail."
            )
        ).format(event=escape(describe_event(event)), patient=escape(patient_name))
        if amending:
            explanation += self.tr(
                "<br><br>It is part of {visit}: deleting it amends that visit, which stays "
                "signed; what it said as signed is kept with your reason."
            ).format(visit=escape(amending))
        super().__init__(
            title=self.tr("Delete imaging study") if study else self.tr("Delete procedure"),
            explanation=explanation,
            question=(
                self.tr("Why is it deleted (the amendment's reason)?")
                if amending
                else self.tr("Why is it deleted?")
            ),
            action=self.tr("&Delete imaging study") if study else self.tr("&Delete procedure"),
            accessible_name=self.tr("Reason for deleting"),
            parent=parent,
        )
        self.site_event = event
        self.delete_button = self.ok_button
        self.reason_given.connect(
            lambda reason: self.delete_confirmed.emit(self.site_event, reason)
        )
