"""The Medications tab's corrections: open the correction of the selected period, or its deletion
with the reason; save on the task runner; show a refusal in the dialog, which stays open with
everything as typed (a dose to confirm, a field and its reason, someone else's save meanwhile).

A period started or stopped at a signed visit is part of what was signed: for a physician the
correction (or deletion) is that visit's amendment, with its reason; for anyone else it does not
open, and the message says it changes only by amending that visit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import MedicationPeriod, PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.period_correction import describe_period, signed_visits_touched
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.services.errors import SignedVisitError
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.medications.correct_period_dialog import CorrectPeriodDialog
from calcitrack.ui.medications.delete_period_dialog import DeletePeriodDialog

if TYPE_CHECKING:
    from calcitrack.ui.visits.flow_host import FlowHost


class MedicationSink(Protocol):
    """What the flow asks of the medication service."""

    def correct_period(
        self,
        mrn: str,
        read: MedicationPeriod,
        corrected: MedicationPeriod,
        *,
        confirmed: Sequence[UnusualValue] = (),
    ) -> MedicationPeriod: ...

    def delete_period(self, mrn: str, read: MedicationPeriod, reason: str) -> None: ...

    def amend_period(
        self,
        mrn: str,
        read: MedicationPeriod,
        corrected: MedicationPeriod | None,
        reason: str,
        *,
        confirmed: Sequence[UnusualValue] = (),
    ) -> MedicationPeriod | None: ...


class MedicationFlow(QObject):
    def __init__(self, window: FlowHost, medications: MedicationSink, *, runner: Runner) -> None:
        super().__init__(window.window())
        self._window = window
        self._medications = medications
        self._runner = runner
        self.correct_dialog: CorrectPeriodDialog | None = None
        self.delete_dialog: DeletePeriodDialog | None = None

    def correct_period(self, period_id: int) -> None:
        found = self._open(period_id, "corrected")
        if found is None:
            return
        chart, period, amending = found
        dialog = CorrectPeriodDialog(
            period, chart.patient.display_name, self._window.window(), amending=amending
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.correction_ready.connect(
            lambda corrected, confirmed: self._save(dialog, chart, period, corrected, confirmed)
        )
        dialog.destroyed.connect(lambda: setattr(self, "correct_dialog", None))
        self.correct_dialog = dialog
        dialog.open()

    def delete_period(self, period_id: int) -> None:
        found = self._open(period_id, "deleted")
        if found is None:
            return
        chart, period, amending = found
        dialog = DeletePeriodDialog(
            period, chart.patient.display_name, self._window.window(), amending=amending
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        mrn = chart.patient.mrn
        dialog.delete_confirmed.connect(
            lambda p, reason: self._delete(mrn, p, reason, amend=bool(amending))
        )
        dialog.destroyed.connect(lambda: setattr(self, "delete_dialog", None))
        self.delete_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ helpers

    def _open(
        self, period_id: int, done: str
    ) -> tuple[PatientChart, MedicationPeriod, str] | None:
        """The chart, the period and, for a period of a signed visit, that visit in words (the
        change is its amendment: a physician's); None when it does not open."""
        chart = self._window.workspace.chart
        if chart is None:
            return None
        period = next((m for m in chart.medications if m.id == period_id), None)
        if period is None:
            return None
        if not self._window.may(Permission.RECORD_VISITS):
            self._window.show_message(
                self.tr("Medication period"),
                self.tr("Correcting medication periods needs the nurse or physician role."),
            )
            return None
        touched = signed_visits_touched(period, None, chart)
        if not touched:
            return chart, period, ""
        visit, signature = touched[0]
        signed = _signed_words(visit, signature)
        if self._window.may(Permission.AMEND_VISITS):
            return chart, period, signed
        if done == "deleted":
            text = self.tr(
                "{period} was recorded at {signed}.\n\nIt cannot be deleted here: it changes "
                "only by amending that visit, which a physician does, giving the reason."
            )
        else:
            text = self.tr(
                "{period} was recorded at {signed}.\n\nIt cannot be corrected here: it changes "
                "only by amending that visit, which a physician does, giving the reason."
            )
        self._window.show_message(
            self.tr("Recorded at a signed visit"),
            text.format(period=describe_period(period), signed=signed),
        )
        return None

    def _save(
        self,
        dialog: CorrectPeriodDialog,
        chart: PatientChart,
        read: MedicationPeriod,
        corrected: MedicationPeriod,
        confirmed: list[UnusualValue],
    ) -> None:
        def saved(_result: object) -> None:
            done = self.tr("Amended: {period}") if dialog.amending else self.tr(
                "Corrected: {period}"
            )
            self._window.statusBar().showMessage(
                done.format(period=describe_period(corrected)), 8000
            )
            dialog.accept()
            self._window.refresh()

        def refused(error: BaseException) -> None:
            touched = signed_visits_touched(read, corrected, chart)
            if (
                isinstance(error, SignedVisitError)
                and touched
                and self._window.may(Permission.AMEND_VISITS)
            ):
                dialog.start_amending(_signed_words(*touched[0]))
            elif isinstance(error, UnconfirmedValuesError):
                dialog.ask_to_confirm(error.unusual)
            elif isinstance(error, DomainValidationError):
                dialog.show_problems(error.problems)
            elif isinstance(error, (LookupError, RuntimeError, PermissionError)):
                dialog.show_refusal(str(error))
            else:
                dialog.show_refusal("")
                self._window.show_error(error)

        mrn = chart.patient.mrn

        def work() -> object:
            if dialog.amending:
                return self._medications.amend_period(
                    mrn, read, corrected, dialog.amend_reason(), confirmed=confirmed
                )
            return self._medications.correct_period(mrn, read, corrected, confirmed=confirmed)

        self._runner.submit(
            work,
            on_done=saved,
            on_error=refused,
            write=True,
        )

    def _delete(self, mrn: str, period: MedicationPeriod, reason: str, *, amend: bool) -> None:
        def deleted(_result: object) -> None:
            self._window.statusBar().showMessage(
                self.tr("Deleted: {period}").format(period=describe_period(period)), 8000
            )
            self._window.refresh()

        def work() -> object:
            if amend:
                return self._medications.amend_period(mrn, period, None, reason)
            self._medications.delete_period(mrn, period, reason)
            return None

        self._runner.submit(
            work,
            on_done=deleted,
            on_error=self._window.show_error,
            write=True,
        )


def _signed_words(visit: Visit, signature: VisitSignature) -> str:
    """ "the visit of 2025-05-12, which is signed (Signed — reviewed and approved by …)"."""
    return QCoreApplication.translate(
        "MedicationFlow", "the visit of {day}, which is signed ({signature})"
    ).format(day=shown_date(visit.visit_date), signature=signature.describe())
