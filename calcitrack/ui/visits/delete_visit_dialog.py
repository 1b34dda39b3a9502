"""Deleting a visit: say what will go, ask for the reason, and only then allow it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from calcitrack.domain.entities import Visit
from calcitrack.ui.visits.reason_dialog import ReasonDialog


class DeleteVisitDialog(ReasonDialog):
    delete_confirmed = Signal(object, str)
    """The visit and the reason given."""

    def __init__(
        self,
        visit: Visit,
        patient_name: str,
        parent: QWidget | None = None,
        *,
        photographs: int = 0,
    ) -> None:
        day = visit.visit_date.isoformat()
        photographed = (
            ""
            if photographs == 0
            else f", its {photographs} lesion photograph{'s' if photographs != 1 else ''}"
        )
        super().__init__(
            title="Delete visit",
            explanation=(
                f"Delete the visit of <b>{day}</b> for {patient_name}?<br><br>"
                f"Its {len(visit.lesion_measurements)} lesion measurements{photographed}, range "
                "of motion and the labs recorded with it go too. Lesions first seen at this visit "
                "and measured nowhere else are removed; lesions marked resolved or excised at it "
                "become active again. A copy of the visit is kept with the reason."
            ),
            question="Why is it deleted?",
            action="&Delete visit",
            accessible_name="Reason for deleting",
            parent=parent,
        )
        self.visit = visit
        self.delete_button = self.ok_button
        self.reason_given.connect(lambda reason: self.delete_confirmed.emit(self.visit, reason))
