"""One patient's workspace: a header naming the patient, and the tabs over the chart."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.ui.task_runner import Runner
from calcitrack.ui.workspace_tabs import (
    LabsPanel,
    LesionsPanel,
    MedicationsPanel,
    SiteEventsPanel,
    VisitsPanel,
)

if TYPE_CHECKING:
    from calcitrack.ui.overview_panel import OverviewPanel

OVERVIEW, VISITS, LESIONS, MEDICATIONS, LABS, SITE_EVENTS = range(6)


class OverviewSlot(QWidget):
    """Holds the Overview tab; the dashboard (and matplotlib) load with the first chart shown, so
    the window opens without them."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.panel: OverviewPanel | None = None
        self.settings = ClinicSettings.defaults()

    def ensure_panel(self) -> OverviewPanel:
        if self.panel is None:
            from calcitrack.ui.overview_panel import OverviewPanel

            self.panel = OverviewPanel(self._runner)
            self.panel.set_settings(self.settings)
            self._layout.addWidget(self.panel)
        return self.panel

    def set_settings(self, settings: ClinicSettings) -> None:
        self.settings = settings
        if self.panel is not None:
            self.panel.set_settings(settings)

    def set_chart(self, chart: PatientChart, today: date) -> None:
        self.ensure_panel().set_chart(chart, today)


class PatientWorkspace(QWidget):
    visit_activated = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(textFormat=Qt.TextFormat.RichText)
        self.header.setAccessibleName("Patient")
        self.tabs = QTabWidget()
        self.overview = OverviewSlot(runner)
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

    def set_settings(self, settings: ClinicSettings) -> None:
        """The clinic's thresholds for the Overview's assessment."""
        self.overview.set_settings(settings)

    def select_lesion(self, label: str | None) -> None:
        """A lesion picked on the map or in the charts: select it in the Lesions tab too."""
        if label is not None:
            self.lesions.select_lesion(label)

    def set_chart(self, chart: PatientChart, today: date) -> None:
        self.chart = chart
        first = self.overview.panel is None
        p = chart.patient
        archived = " · <b>archived</b>" if p.archived else ""
        self.header.setText(
            f"<span style='font-size:14pt'><b>{html.escape(p.display_name)}</b></span>"
            f" &nbsp; MRN {html.escape(p.mrn)} · {p.sex.label}, born {p.date_of_birth.isoformat()}"
            f" ({p.age_on(today)} y) · {p.underlying_disease.label}{archived}"
        )
        for panel in (self.visits, self.lesions, self.medications, self.labs, self.site_events):
            panel.set_chart(chart, today)
        # Last: the Overview starts its assessment and charts on a worker, which would otherwise
        # compete with filling the other tabs.
        self.overview.set_chart(chart, today)
        if first and self.overview.panel is not None:
            self.overview.panel.lesion_selected.connect(self.select_lesion)
