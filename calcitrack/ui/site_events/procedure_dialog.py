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
from calcitrack.ui.site_events.event_dialog import SiteEventDialog, TextBox, coded_combo


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
        verb = "Correct the procedure" if p is not None else "New procedure"
        intro = (
            f"{verb} for {escape(patient_name)}. "
            + ("Each changed field is kept in the audit trail. " if p is not None else "")
            + note
        )
        super().__init__(
            title="Correct procedure" if p is not None else "New procedure",
            intro=intro,
            day=p.procedure_date if p is not None else day,
            body_site=p.body_site if p is not None else None,
            side=p.laterality if p is not None else None,
            lesions=lesions,
            checked=p.lesion_labels if p is not None else (),
            lesions_name="Lesions treated",
            parent=parent,
        )
        self.type_combo = coded_combo(
            ProcedureType, p.procedure_type if p else ProcedureType.EXCISION, "Procedure"
        )
        self.operator_edit = QLineEdit(p.operator or "" if p else "")
        self.operator_edit.setAccessibleName("Operator")
        self.operator_edit.setPlaceholderText("Who did the procedure")
        self.outcome_combo = coded_combo(
            ProcedureOutcome, p.outcome if p else ProcedureOutcome.PENDING, "Outcome"
        )
        self.complications_edit = TextBox(p.complications or "" if p else "", "Complications")
        self.notes_edit = TextBox(p.notes if p else "", "Notes")
        self.add_field("procedure_type", "&Procedure:", self.type_combo)
        self.add_common_fields()
        self.add_field("lesions", "&Lesions treated:", self.lesion_list)
        self.add_field("operator", "&Operator:", self.operator_edit)
        self.add_field("outcome", "O&utcome:", self.outcome_combo)
        self.add_field("complications", "&Complications:", self.complications_edit)
        self.add_field("notes", "&Notes:", self.notes_edit)
        self.add_amendment_field()
        self.save_button.setText("&Save procedure")
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
