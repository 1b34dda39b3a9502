"""Signing a visit from the main window: the selected visit (else the latest unsigned one), in a
dialog that says what signing means and asks for the signer's password again; the service checks
the password and signs on the task runner, then the chart reloads. A wrong password is answered
in the dialog (another try), any other refusal in the window. The dialog first says what the
signer should know of the visit: the lesions it left unmeasured, and the values it holds past the
clinic's data-quality checks (``sign_cautions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.visits.plausibility import unusual_values
from calcitrack.domain.visits.visit_completeness import join_labels, unmeasured_at
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.session.account_protocols import locked_until_of
from calcitrack.ui.visits.sign_visit_dialog import SignVisitDialog

if TYPE_CHECKING:
    from calcitrack.ui.visits.flow_host import FlowHost


class VisitSigner(Protocol):
    def sign(self, mrn: str, visit: Visit, password: str) -> VisitSignature: ...


def sign_cautions(chart: PatientChart, visit: Visit, settings: ClinicSettings) -> list[str]:
    """What the signer should know of ``visit`` before signing it, one paragraph each: the
    lesions it left unmeasured, and each value past a data-quality check of the clinic."""
    said: list[str] = []
    unmeasured = unmeasured_at(chart.lesions, visit)
    if unmeasured:
        said.append(
            QCoreApplication.translate(
                "SignOffFlow",
                "Incomplete visit: {lesions} not measured at it. Its lesion burden is partial; a "
                "change from another visit compares only the lesions measured at both.",
            ).format(lesions=join_labels(unmeasured))
        )
    labs = tuple(lab for lab in chart.labs if visit.id is not None and lab.visit_id == visit.id)
    unusual = unusual_values(VisitEntry(visit, labs=labs), chart, settings)
    if unusual:
        said.append(
            QCoreApplication.translate(
                "SignOffFlow",
                "Values past the clinic's data-quality checks (checks of the data, not clinical "
                "thresholds), confirmed by whoever saved them unless saved before the check "
                "existed:\n{values}",
            ).format(values="\n".join(f"• {u.describe()}" for u in unusual))
        )
    return said


class SignOffFlow(QObject):
    def __init__(
        self, window: FlowHost, signer: VisitSigner, runner: Runner, signer_name: str
    ) -> None:
        super().__init__(window.window())
        self._window = window
        self._signer = signer
        self._runner = runner
        self._name = signer_name
        self.dialog: SignVisitDialog | None = None
        """The open signing dialog, for tests to answer."""

    def visit_to_sign(self, chart: PatientChart) -> Visit | None:
        """The visit selected in the Visits tab, else the latest visit not signed yet."""
        selected = self._window.workspace.visits.selected_visit()
        if selected is not None:
            return selected
        unsigned = [v for v in chart.visits if chart.signature_of(v.id) is None]
        return max(unsigned, key=lambda v: v.visit_date) if unsigned else None

    def sign_selected(self) -> None:
        chart = self._window.workspace.chart
        if chart is None:
            return
        visit = self.visit_to_sign(chart)
        if visit is None:
            self._window.show_message(
                self.tr("Sign visit"), self.tr("Every visit of this patient is signed.")
            )
            return
        signature = chart.signature_of(visit.id)
        day = shown_date(visit.visit_date)
        if signature is not None:
            self._window.show_message(
                self.tr("Sign visit"),
                self.tr("The visit of {day} is already signed: {signature}.").format(
                    day=day, signature=signature.describe()
                ),
            )
            return
        mrn = chart.patient.mrn
        dialog = SignVisitDialog(
            visit_date=visit.visit_date,
            patient=self.tr("{name}, {mrn}").format(name=chart.patient.display_name, mrn=mrn),
            signer=self._name,
            cautions=sign_cautions(chart, visit, self._window.settings_flow.settings),
            parent=self._window.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sign_requested.connect(
            lambda password: self._sign(dialog, mrn, visit, password)
        )
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    def _sign(self, dialog: SignVisitDialog, mrn: str, visit: Visit, password: str) -> None:
        self._window.busy_label.setText(self.tr("Signing…"))

        def signed(signature: VisitSignature) -> None:
            dialog.signed()
            self._window.statusBar().showMessage(
                self.tr("Visit of {day}: {signature}").format(
                    day=shown_date(visit.visit_date), signature=signature.describe()
                ),
                8000,
            )
            self._window.open_patient(mrn)

        def refused(error: BaseException) -> None:
            self._window.busy_label.clear()
            if isinstance(error, PermissionError):  # a wrong password, a lockout: for the signer
                dialog.refused(str(error), locked=locked_until_of(error) is not None)
                return
            dialog.withdraw()  # e.g. changed or signed meanwhile: the window says why
            self._window.show_error(error)

        self._runner.submit(
            lambda: self._signer.sign(mrn, visit, password),
            on_done=signed,
            on_error=refused,
            write=True,
        )
