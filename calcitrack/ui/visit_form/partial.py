"""The visit form's step before a save is requested: when active lesions were left unmeasured, ask
what became of each (``UnmeasuredLesionsDialog``) and save only once answered.

``PartialVisitQuestion.ask()`` returns True while the question is open (the form's ``save()``
stops there). Save visit applies the answers through the lesions' own Status boxes (resolved and
excised become the entry's status changes) and calls ``save()`` again; the lesions answered "not
measured" are not asked about again while they stay the same. Back to the form changes nothing
and puts the cursor in the first unmeasured lesion's longest diameter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from calcitrack.ui.visit_form.unmeasured_lesions_dialog import (
    UnmeasuredLesion,
    UnmeasuredLesionsDialog,
)

if TYPE_CHECKING:
    from calcitrack.ui.visit_form.form import VisitFormView


class PartialVisitQuestion:
    def __init__(self, form: VisitFormView) -> None:
        self._form = form
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
        dialog = UnmeasuredLesionsDialog(lesions, today=today, parent=self._form)
        dialog.accepted.connect(self._on_accepted)
        dialog.rejected.connect(self._on_rejected)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        self._form.status_label.setText("Not saved yet: what became of the lesions not measured?")
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
        self._form.status_label.setText("Not saved")
        self._form.save_called_off.emit()
        rows = self._form.lesions.unmeasured_rows()
        if rows:
            self._form.scroll.ensureWidgetVisible(rows[0].longest)
            rows[0].longest.setFocus(Qt.FocusReason.OtherFocusReason)
