"""Signing a visit from the main window: the selected visit (else the latest unsigned one), after
saying what signing means; signed on the task runner, then the chart reloads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.ui.task_runner import Runner

if TYPE_CHECKING:
    from calcitrack.ui.main_window import MainWindow


class VisitSigner(Protocol):
    def sign(self, mrn: str, visit: Visit) -> VisitSignature: ...


class SignOffFlow(QObject):
    def __init__(
        self, window: MainWindow, signer: VisitSigner, runner: Runner, signer_name: str
    ) -> None:
        super().__init__(window)
        self._window = window
        self._signer = signer
        self._runner = runner
        self._name = signer_name
        self.question: QMessageBox | None = None
        """The open confirmation, for tests to answer."""

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
            self._window.show_message("Sign visit", "Every visit of this patient is signed.")
            return
        signature = chart.signature_of(visit.id)
        day = visit.visit_date.isoformat()
        if signature is not None:
            self._window.show_message(
                "Sign visit", f"The visit of {day} is already signed: {signature.describe()}."
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Sign visit",
            f"Sign the visit of {day} for {chart.patient.display_name} as {self._name}?\n\n"
            "A signed visit is read-only: a later change is an amendment, with its reason, and "
            "the signed values stay readable.",
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        sign = box.addButton("Sign", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(sign)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        mrn = chart.patient.mrn
        box.buttonClicked.connect(
            lambda button: self._sign(mrn, visit) if button is sign else None
        )
        self.question = box
        box.open()

    def _sign(self, mrn: str, visit: Visit) -> None:
        self.question = None
        self._window.busy_label.setText("Signing…")

        def signed(signature: VisitSignature) -> None:
            self._window.statusBar().showMessage(
                f"Visit of {visit.visit_date.isoformat()} signed by {signature.signed_by}", 8000
            )
            self._window.open_patient(mrn)

        self._runner.submit(
            lambda: self._signer.sign(mrn, visit),
            on_done=signed,
            on_error=self._window.show_error,
            write=True,
        )
