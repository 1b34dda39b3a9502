"""An imaging study as the report gives it: modality, date, region, the lesions it shows, the
finding, the reader and the reader's verdict against the previous study."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtWidgets import QLineEdit, QWidget

from calcitrack.domain.codes import ImagingModality, ImagingVerdict
from calcitrack.domain.entities import ImagingStudy, Lesion
from calcitrack.ui.site_events.event_dialog import (
    SiteEventDialog,
    TextBox,
    coded_combo,
    sentences,
)


class ImagingDialog(SiteEventDialog):
    def __init__(
        self,
        patient_name: str,
        lesions: Sequence[Lesion],
        *,
        study: ImagingStudy | None = None,
        day: date,
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        """``study``: the study to correct (None: a new one, on ``day``)."""
        self.study = study
        intro = (
            self.tr(
                "Correct the imaging study for {patient}, as its report gives it. Each changed "
                "field is kept in the audit trail."
            )
            if study is not None
            else self.tr("New imaging study for {patient}, as its report gives it.")
        ).format(patient=escape(patient_name))
        super().__init__(
            title=(
                self.tr("Correct imaging study")
                if study is not None
                else self.tr("New imaging study")
            ),
            intro=sentences(intro, note),
            day=study.study_date if study is not None else day,
            body_site=study.body_site if study is not None else None,
            side=study.laterality if study is not None else None,
            lesions=lesions,
            checked=study.lesion_labels if study is not None else (),
            lesions_name=self.tr("Lesions shown"),
            parent=parent,
        )
        self.modality_combo = coded_combo(
            ImagingModality, study.modality if study else ImagingModality.XRAY, self.tr("Modality")
        )
        self.findings_edit = TextBox(study.findings if study else "", self.tr("Finding"))
        self.reader_edit = QLineEdit(study.reader or "" if study else "")
        self.reader_edit.setAccessibleName(self.tr("Reader"))
        self.reader_edit.setPlaceholderText(self.tr("Who read the study (radiologist)"))
        self.verdict_combo = coded_combo(
            ImagingVerdict, study.verdict if study else None, self.tr("Verdict"),
            none=self.tr("Not stated"),
        )  # fmt: skip
        self.verdict_combo.setToolTip(
            self.tr(
                "The reader's comparison with the previous study of the same region and modality"
            )
        )
        self.add_field("modality", self.tr("M&odality:"), self.modality_combo)
        self.add_common_fields()
        self.add_field("lesions", self.tr("&Lesions shown:"), self.lesion_list)
        self.add_field("findings", self.tr("&Finding:"), self.findings_edit)
        self.add_field("reader", self.tr("&Reader:"), self.reader_edit)
        self.add_field("verdict", self.tr("&Verdict:"), self.verdict_combo)
        self.add_amendment_field()
        self.save_button.setText(self.tr("&Save study"))
        self.modality_combo.setFocus()

    def entry(self) -> ImagingStudy:
        verdict = self.verdict_combo.currentData()
        typed = ImagingStudy(
            study_date=self.day(),
            modality=ImagingModality(self.modality_combo.currentData()),
            body_site=self.body_site(),
            laterality=self.side(),
            lesion_labels=self.lesion_labels(),
            findings=self.findings_edit.text().strip(),
            reader=self.reader_edit.text().strip() or None,
            verdict=ImagingVerdict(verdict) if verdict else None,
        )
        if self.study is None:
            return typed
        return dataclasses.replace(
            typed, id=self.study.id, patient_id=self.study.patient_id, version=self.study.version
        )
