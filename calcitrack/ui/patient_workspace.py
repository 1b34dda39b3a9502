"""One patient's workspace: a header naming the patient, and the tabs over the chart."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visit_entry import regimen_on
from calcitrack.ui.workspace_tabs import (
    LabsPanel,
    LesionsPanel,
    MedicationsPanel,
    SiteEventsPanel,
    VisitsPanel,
)

OVERVIEW, VISITS, LESIONS, MEDICATIONS, LABS, SITE_EVENTS = range(6)


class OverviewPanel(QWidget):
    """The patient at a glance until the trajectory dashboard takes this place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(
            "Trajectory charts, the response assessment and safety flags will appear here.",
            wordWrap=True,
        )
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(note)
        layout.addStretch(1)

    def set_chart(self, chart: PatientChart, today: date) -> None:
        p = chart.patient
        rows = [
            ("Underlying disease", p.underlying_disease.label),
            ("Diagnosed", p.disease_diagnosed_on.isoformat() if p.disease_diagnosed_on else "—"),
            ("Calcinosis", p.calcinosis_type.label),
            (
                "Calcinosis onset",
                p.calcinosis_onset_on.isoformat() if p.calcinosis_onset_on else "—",
            ),
            ("Visits", str(len(chart.visits))),
            ("Last visit", chart.visits[-1].visit_date.isoformat() if chart.visits else "none yet"),
            (
                "Active lesions",
                str(sum(1 for le in chart.lesions if le.status.value == "active")),
            ),
            (
                "Current regimen",
                "<br>".join(
                    f"{m.drug_name} {m.dose:g} {m.dose_unit.label} {m.frequency.label}"
                    for m in regimen_on(chart.medications, today)
                )
                or "none recorded",
            ),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:16px;color:#555'>{k}</td><td>{v}</td></tr>"
            for k, v in rows
        )
        self.summary_label.setText(f"<table>{cells}</table>")


class PatientWorkspace(QWidget):
    visit_activated = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(textFormat=Qt.TextFormat.RichText)
        self.header.setAccessibleName("Patient")
        self.tabs = QTabWidget()
        self.overview = OverviewPanel()
        self.visits = VisitsPanel()
        self.lesions = LesionsPanel()
        self.medications = MedicationsPanel()
        self.labs = LabsPanel()
        self.site_events = SiteEventsPanel()
        for panel, title in (
            (self.overview, "&Overview"),
            (self.visits, "&Visits"),
            (self.lesions, "&Lesions"),
            (self.medications, "&Medications"),
            (self.labs, "La&bs"),
            (self.site_events, "&Imaging && procedures"),
        ):
            self.tabs.addTab(panel, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self.visits.visit_activated.connect(self.visit_activated)
        self.visits.delete_requested.connect(self.delete_requested)
        self.chart: PatientChart | None = None

    def set_chart(self, chart: PatientChart, today: date) -> None:
        self.chart = chart
        p = chart.patient
        archived = " · <b>archived</b>" if p.archived else ""
        self.header.setText(
            f"<span style='font-size:14pt'><b>{html.escape(p.display_name)}</b></span>"
            f" &nbsp; MRN {html.escape(p.mrn)} · {p.sex.label}, born {p.date_of_birth.isoformat()}"
            f" ({p.age_on(today)} y) · {p.underlying_disease.label}{archived}"
        )
        for panel in (
            self.overview,
            self.visits,
            self.lesions,
            self.medications,
            self.labs,
            self.site_events,
        ):
            panel.set_chart(chart, today)
