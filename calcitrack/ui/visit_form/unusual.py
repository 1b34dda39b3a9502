"""The visit form's soft limits: unusual values marked amber while typing, and confirmed before a
save (domain/visits/plausibility.py finds them with the clinic's data-quality settings).

Save with unusual values opens ``UnusualValuesDialog``: "Go back and correct" (the default) saves
nothing and goes to the first unusual field; "Confirm and save" hands the entry on with the values
as shown in ``VisitEntry.confirmed`` (the service re-checks them and writes the confirmations to
the audit trail). Amber is not red: an unusual value may be right, and only Save asks about it.

If the service refuses values the form did not ask about (another workstation changed the
settings meanwhile: ``UnconfirmedValuesError``), ``remember`` keeps them for the next Save, until
the next edit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QWidget

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.errors import Problem
from calcitrack.domain.visits.plausibility import to_confirm
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.routing import route
from calcitrack.ui.visit_form.unusual_values_dialog import UnusualValuesDialog

UNUSUAL_STYLE = (
    '*[unusual="true"] { border: 2px solid #d39e00; border-radius: 3px; '
    "background-color: #fff3cd; }"
)
"""Amber, as the range-of-motion warnings: unusual, not invalid (red)."""
__all__ = ["ClinicSettings", "UnusualValuesCheck", "widget_for"]

GO_BACK_STATUS = str(
    QT_TRANSLATE_NOOP(
        "UnusualValuesCheck", "Not saved: correct the value, or save again to confirm it"
    )
)
"""The status line after "Go back and correct", in English (shown translated)."""


def widget_for(form: Any, field: str) -> QWidget | None:
    """The form's input for an entry path (``rom[0].degrees``, ``labs[2].value``), or None."""
    labs_in_scores = len(form.scores.lab_results(form.visit_date()))
    section, path = route(Problem(field, ""), labs_in_scores)
    if section == "header":
        found_header: QWidget | None = form.header.widget_for(path)
        return found_header
    finder = getattr(form.sections.get(section), "problem_target", None)
    found = finder(path) if finder is not None else None
    return found[0] if found else None


class UnusualValuesCheck(QObject):
    def __init__(self, form: Any, settings: ClinicSettings | None) -> None:
        super().__init__(form)
        self._form = form
        self.settings = settings or ClinicSettings.defaults()
        self.dialog: UnusualValuesDialog | None = None
        """The open confirmation, for tests to answer."""
        self._remembered: list[UnusualValue] = []
        self._marked: list[QWidget] = []
        form.setStyleSheet(form.styleSheet() + UNUSUAL_STYLE)

    def to_confirm(self, entry: VisitEntry) -> list[UnusualValue]:
        """What a save of ``entry`` asks about: the form's own findings, then any the service
        found that the form did not."""
        found = to_confirm(entry, self._form.chart, self.settings)
        keys = {u.key for u in found}
        return found + [u for u in self._remembered if u.key not in keys]

    def ask(self, entry: VisitEntry, submit: Callable[[VisitEntry], object]) -> bool:
        """Open the confirmation if ``entry`` has unusual values (True), else False: the caller
        submits at once. "Confirm and save" calls ``submit`` with the values confirmed."""
        values = self.to_confirm(entry)
        if not values:
            return False
        dialog = UnusualValuesDialog(values, self._form)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(
            lambda shown: submit(dataclasses.replace(entry, confirmed=tuple(shown)))
        )
        dialog.went_back.connect(lambda: self._went_back(values))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        self._mark(values)
        self._form.status_label.setText(
            self.tr("Not saved yet: confirm or correct the unusual values")
        )
        dialog.open()
        return True

    def remember(self, values: Sequence[UnusualValue]) -> None:
        """Unusual values the service refused unconfirmed: asked about at the next Save."""
        self._remembered = list(values)
        self._mark(self._remembered)

    def edited(self) -> None:
        """The nurse typed: what the service found is about what was there before."""
        self._remembered = []

    def mark_live(self, problems: Sequence[Problem]) -> None:
        """Amber on the fields whose value is unusual (and not wrong: red wins)."""
        wrong = {p.field for p in problems}
        found = [u for u in self.to_confirm(self._form.entry()) if u.field not in wrong]
        self._mark(found)

    def _mark(self, values: Sequence[UnusualValue]) -> None:
        for marked in self._marked:
            _set_unusual(marked, None)
        self._marked = []
        for value in values:
            widget = widget_for(self._form, value.field)
            if widget is None or field_marks.is_marked(widget):
                continue
            _set_unusual(
                widget,
                self.tr("Unusual: {value} — {reason}. Save asks you to confirm it.").format(
                    value=value.shown_value(), reason=value.reason
                ),
            )
            self._marked.append(widget)

    def _went_back(self, values: Sequence[UnusualValue]) -> None:
        self._form.status_label.setText(self.tr(GO_BACK_STATUS))
        self._form.save_called_off.emit()
        first = next((w for v in values if (w := widget_for(self._form, v.field))), None)
        if first is not None:
            self._form.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)


def _set_unusual(widget: QWidget, reason: str | None) -> None:
    """Mark ``widget`` amber with ``reason`` as its tooltip, or clear the mark (a red mark set
    meanwhile keeps its own tooltip)."""
    if reason is None and not widget.property("unusual"):
        return
    widget.setProperty("unusual", reason is not None)
    if reason is not None or not field_marks.is_marked(widget):
        widget.setToolTip(reason or "")
        widget.setAccessibleDescription(reason or "")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
