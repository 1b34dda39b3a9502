"""Deleting a visit: say what will go, ask for the reason, and only then allow it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from calcitrack.domain.entities import Visit
from calcitrack.ui.common.window_locale import shown_date
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
        day = shown_date(visit.visit_date)
        photographed = (
            "" if photographs == 0 else self.tr(", its %n lesion photograph(s)", "", photographs)
        )
        super().__init__(
            title=self.tr("Delete visit"),
            explanation=self.tr(
                "Delete the visit of <b>{day}</b> for {patient}?<br><br>"
                "Its {measurements} lesion measurements{photographs}, range of motion and the "
                "labs recorded with it go too. Lesions first seen at this visit and measured "
                "nowhere else are removed; lesions marked resolved or excised at it become active "
                "again. A copy of the visit is kept with the reason."
            ).format(
                day=day,
                patient=patient_name,
                measurements=len(visit.lesion_measurements),
                photographs=photographed,
            ),
            question=self.tr("Why is it deleted?"),
            action=self.tr("&Delete visit"),
            accessible_name=self.tr("Reason for deleting"),
            parent=parent,
        )
        self.visit = visit
        self.delete_button = self.ok_button
        self.reason_given.connect(lambda reason: self.delete_confirmed.emit(self.visit, reason))
