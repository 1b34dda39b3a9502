"""The visit form's step before a save is requested: when active lesions were left unmeasured, ask
what became of each (``UnmeasuredLesionsDialog``) and save only once answered.

``PartialVisitQuestion.ask()`` returns True while the question is open (the form's ``save()``
stops there). Save visit applies the answers through the lesions' own Status boxes (resolved and
excised become the entry's status changes) and calls ``save()`` again; the lesions answered "not
measured" are not asked about again while they stay the same. Back to the form changes nothing
and puts the cursor in the first unmeasured lesion's longest diameter.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from calcitrack.domain.codes import LesionStatus
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.lesion_entry_rows import LesionRow
from calcitrack.ui.visit_form.unmeasured_lesions_dialog import (
    UnmeasuredLesion,
    UnmeasuredLesionsDialog,
)


class UnmeasuredLesions(Protocol):
    def unmeasured_rows(self) -> list[LesionRow]: ...

    def set_status(self, label: str, status: LesionStatus) -> None: ...


class SavingForm(Protocol):
    """The visit form as this step uses it (named here so that it need not import the form)."""

    @property
    def lesions(self) -> UnmeasuredLesions: ...

    @property
    def status_label(self) -> QLabel: ...

    @property
    def scroll_area(self) -> QScrollArea: ...


    @property
    def save_called_off(self) -> SignalInstance: ...

    def visit_date(self) -> date: ...

    def context(self) -> FormContext: ...

    def save(self) -> bool: ...

    def activateWindow(self) -> None: ...


class PartialVisitQuestion:
    def __init__(self, form: SavingForm, dialog_parent: QWidget) -> None:
        """``dialog_parent``: the form's widget, which the question is window-modal over."""
        self._form = form
        self._dialog_parent = dialog_parent
        self.dialog: UnmeasuredLesionsDialog | None = None
        """The open question, for tests and the window to answer."""
        self._not_measured: frozenset[str] = frozenset()

    def ask(self) -> bool:
        """Open the question if lesions were left unmeasured and not answered yet; True while it
        is open (the save waits for the answer)."""
        if self.dialog is not None:
            return True
        rows = self._form.lesions.unmeasured_rows()
        labels = frozenset(r.label() for r in rows)
        if not rows or labels <= self._not_measured:
            return False
        lesions = [UnmeasuredLesion(r.label(), r.site_label.text(), r.last_label.text())
                   for r in rows]  # fmt: skip
        today = self._form.visit_date() == self._form.context().today
        dialog = UnmeasuredLesionsDialog(lesions, today=today, parent=self._dialog_parent)
        dialog.accepted.connect(self._on_accepted)
        dialog.rejected.connect(self._on_rejected)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        self._form.status_label.setText(
            QCoreApplication.translate(
                "PartialVisitQuestion", "Not saved yet: what became of the lesions not measured?"
            )
        )
        dialog.open()
        return True

    def _on_accepted(self) -> None:
        assert self.dialog is not None
        answers = self.dialog.answers()
        self.dialog = None
        self._form.activateWindow()  # the keyboard goes back to the form's window
        for label, status in answers.items():
            if status is not None:
                self._form.lesions.set_status(label, status)
        self._not_measured = frozenset(label for label, s in answers.items() if s is None)
        self._form.save()

    def _on_rejected(self) -> None:
        self.dialog = None
        self._form.activateWindow()
        self._form.status_label.setText(
            QCoreApplication.translate("PartialVisitQuestion", "Not saved")
        )
        self._form.save_called_off.emit()
        rows = self._form.lesions.unmeasured_rows()
        if rows:
            self._form.scroll_area.ensureWidgetVisible(rows[0].longest)
            rows[0].longest.setFocus(Qt.FocusReason.OtherFocusReason)
