"""Amending a signed visit: say what the amendment does, ask for the reason, only then save."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from calcitrack.domain.sign_off import VisitSignature
from calcitrack.ui.visits.reason_dialog import ReasonDialog


class AmendReasonDialog(ReasonDialog):
    def __init__(
        self, day: str, signature: VisitSignature, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            title=self.tr("Amend signed visit"),
            explanation=self.tr(
                "The visit of <b>{day}</b> is signed ({signature}).<br><br>"
                "Saving your change amends it: the visit stays signed, the fields as signed are "
                "kept beside the amended ones, and the PDF summary says it was amended, when and "
                "why."
            ).format(day=day, signature=signature.describe()),
            question=self.tr("Why is the signed visit amended?"),
            action=self.tr("Save amendment"),
            accessible_name=self.tr("Reason for the amendment"),
            parent=parent,
        )
        self.amend_button = self.ok_button
