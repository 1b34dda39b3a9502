"""Deleting a medication period entered in error: say what goes, ask why, only then allow it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.visits.period_correction import describe_period
from calcitrack.ui.visits.reason_dialog import ReasonDialog


class DeletePeriodDialog(ReasonDialog):
    delete_confirmed = Signal(object, str)
    """The period and the reason given."""

    def __init__(
        self,
        period: MedicationPeriod,
        patient_name: str,
        parent: QWidget | None = None,
        *,
        amending: str = "",
    ) -> None:
        """``amending``: the signed visit the period was recorded at, in words; the deletion is
        then its amendment, and the reason the amendment's."""
        # (translated before the dialog is made: self.tr needs the QObject)
        explanation = QCoreApplication.translate(
            "DeletePeriodDialog",
            "Delete <b>{period}</b> for {patient} as entered in error?<br><br>The regimen, the "
            "dose flags and the charts no longer count it. Which period it was, its values and "
            "the reason are kept in the audit trail.",
        ).format(period=escape(describe_period(period)), patient=escape(patient_name))
        if amending:
            explanation += QCoreApplication.translate(
                "DeletePeriodDialog",
                "<br><br>It was recorded at {signed}: deleting it amends that visit, which stays "
                "signed; what it said as signed is kept with your reason.",
            ).format(signed=escape(amending))
        super().__init__(
            title=QCoreApplication.translate("DeletePeriodDialog", "Delete medication period"),
            explanation=explanation,
            question=QCoreApplication.translate(
                "DeletePeriodDialog", "Why is it deleted (the amendment's reason)?"
            )
            if amending
            else QCoreApplication.translate("DeletePeriodDialog", "Why is it deleted?"),
            action=QCoreApplication.translate("DeletePeriodDialog", "&Delete period"),
            accessible_name=QCoreApplication.translate("DeletePeriodDialog", "Reason for deleting"),
            parent=parent,
        )
        self.period = period
        self.delete_button = self.ok_button
        self.reason_given.connect(lambda reason: self.delete_confirmed.emit(self.period, reason))
