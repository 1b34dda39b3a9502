"""A procedure as done: its type, date, region, the lesions treated, the operator, the outcome,
any complications and notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtWidgets import QLineEdit, QWidget

from calcitrack.domain.codes import ProcedureOutcome, ProcedureType
from calcitrack.domain.entities import Lesion, Procedure
from calcitrack.ui.site_events.event_dialog import (
    SiteEventDialog,
    TextBox,
    coded_combo,
    sentences,
)


class ProcedureDialog(SiteEventDialog):
    def __init__(
        self,
        patient_name: str,
        lesions: Sequence[Lesion],
        *,
        procedure: Procedure | None = None,
        day: date,
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        """``procedure``: the procedure to correct (None: a new one, on ``day``)."""
        self.procedure = procedure
        p = procedure
        intro = (
            self.tr(
                "Correct the procedure for {patient}. Each changed field is kept in the audit "
                "trail."
            )
            if p is not None
            else self.tr("New procedure for {patient}.")
        ).format(patient=escape(patient_name))
        super().__init__(
            title=self.tr("Correct procedure") if p is not None else self.tr("New procedure"),
            intro=sentences(intro, note),
            day=p.procedure_date if p is not None else day,
            body_site=p.body_site if p is not None else None,
            side=p.laterality if p is not None else None,
            lesions=lesions,
            checked=p.lesion_labels if p is not None else (),
            lesions_name=self.tr("Lesions treated"),
            parent=parent,
        )
        self.type_combo = coded_combo(
            ProcedureType, p.procedure_type if p else ProcedureType.EXCISION, self.tr("Procedure")
        )
        self.operator_edit = QLineEdit(p.operator or "" if p else "")
        self.operator_edit.setAccessibleName(self.tr("Operator"))
        self.operator_edit.setPlaceholderText(self.tr("Who did the procedure"))
        self.outcome_combo = coded_combo(
            ProcedureOutcome, p.outcome if p else ProcedureOutcome.PENDING, self.tr("Outcome")
        )
        self.complications_edit = TextBox(
            p.complications or "" if p else "", self.tr("Complications")
        )
        self.notes_edit = TextBox(p.notes if p else "", self.tr("Notes"))
        self.add_field("procedure_type", self.tr("&Procedure:"), self.type_combo)
        self.add_common_fields()
        self.add_field("lesions", self.tr("&Lesions treated:"), self.lesion_list)
        self.add_field("operator", self.tr("&Operator:"), self.operator_edit)
        self.add_field("outcome", self.tr("O&utcome:"), self.outcome_combo)
        self.add_field("complications", self.tr("&Complications:"), self.complications_edit)
        self.add_field("notes", self.tr("&Notes:"), self.notes_edit)
        self.add_amendment_field()
        self.save_button.setText(self.tr("&Save procedure"))
        self.type_combo.setFocus()

    def entry(self) -> Procedure:
        typed = Procedure(
            procedure_date=self.day(),
            procedure_type=ProcedureType(self.type_combo.currentData()),
            body_site=self.body_site(),
            laterality=self.side(),
            lesion_labels=self.lesion_labels(),
            outcome=ProcedureOutcome(self.outcome_combo.currentData()),
            notes=self.notes_edit.text().strip(),
            operator=self.operator_edit.text().strip() or None,
            complications=self.complications_edit.text().strip() or None,
        )
        p = self.procedure
        if p is None:
            return typed
        return dataclasses.replace(typed, id=p.id, patient_id=p.patient_id, version=p.version)
