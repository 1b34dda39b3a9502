"""One patient's workspace: a header naming the patient, and the tabs over the chart."""

from __future__ import annotations

import html
import logging
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.photographs.lesion_photos import ListPhotographs
from calcitrack.ui.photographs.photo_strip import DeletePhotograph, LoadImage, no_image
from calcitrack.ui.workspace.site_events_panel import SiteEventsPanel
from calcitrack.ui.workspace.workspace_tabs import (
    LabsPanel,
    LesionsPanel,
    MedicationsPanel,
    VisitsPanel,
)

if TYPE_CHECKING:
    from calcitrack.ui.overview.overview_panel import OverviewPanel

OVERVIEW, VISITS, LESIONS, MEDICATIONS, LABS, SITE_EVENTS = range(6)

log = logging.getLogger(__name__)


def load_overview_modules() -> None:
    """Import what the Overview computes and draws with (matplotlib, the chart builders, the
    assessment: about half a second), on a worker. None of them touches Qt."""
    import matplotlib.backends.backend_agg  # noqa: F401

    import calcitrack.domain.review.assessment
    import calcitrack.domain.trajectory.trajectories
    import calcitrack.reports.charts.dashboard
    import calcitrack.reports.charts.lesion_map  # noqa: F401


class OverviewSlot(QWidget):
    """Holds the Overview tab. The dashboard (and matplotlib) load in the background, so neither
    the window's start nor the first patient opened waits for them: ``preload`` once the patient
    list is shown, or with the first chart; the chart is handed on once they have."""

    lesion_selected = Signal(object)
    charts_exported = Signal(str, object)
    """(MRN, file): an image of a patient's charts was written."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.panel: OverviewPanel | None = None
        self.settings = ClinicSettings.defaults()
        self._waiting: tuple[PatientChart, date] | None = None
        self._loading = False
        self._loaded = False
        self.loading_label = QLabel(
            self.tr("Loading the charts…"), alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.loading_label.hide()
        self._layout.addWidget(self.loading_label)

    def ensure_panel(self) -> OverviewPanel:
        if self.panel is None:
            from calcitrack.ui.overview.overview_panel import OverviewPanel

            self.panel = OverviewPanel(self._runner)
            self.panel.set_settings(self.settings)
            self.panel.lesion_selected.connect(self.lesion_selected)
            self.panel.charts_exported.connect(self.charts_exported)
            self.loading_label.hide()
            self._layout.addWidget(self.panel)
        return self.panel

    def set_settings(self, settings: ClinicSettings) -> None:
        self.settings = settings
        if self.panel is not None:
            self.panel.set_settings(settings)

    def preload(self) -> None:
        """Load the Overview's modules in the background now (the patient list is shown and a
        patient is being chosen), then build the panel, so that the first patient's charts need
        not wait for either."""
        if self.panel is None and not (self._loading or self._loaded):
            self._loading = True
            self._runner.submit(
                load_overview_modules,
                on_done=self._on_modules_loaded,
                on_error=self._on_modules_failed,
            )

    def set_chart(self, chart: PatientChart, today: date) -> None:
        if self.panel is not None:
            self.panel.set_chart(chart, today)
            return
        self._waiting = (chart, today)
        if self._loaded:
            self._show_waiting()
            return
        self.loading_label.show()
        self.preload()

    def _on_modules_loaded(self, _result: object = None) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed meanwhile
        self._loading, self._loaded = False, True
        # The panel is built now, while nothing else is going on, rather than with the first
        # chart: its widgets would hold up the other tabs' painting.
        self._show_waiting()

    def _show_waiting(self) -> None:
        panel = self.ensure_panel()  # (a failed import raises here, on the GUI thread)
        if self._waiting is not None:
            chart, today = self._waiting
            self._waiting = None
            panel.set_chart(chart, today)

    def _on_modules_failed(self, error: BaseException) -> None:
        log.warning("loading the Overview in the background failed: %s", error)
        self._on_modules_loaded()


class PatientWorkspace(QWidget):
    visit_activated = Signal(int)
    delete_requested = Signal(int)
    period_correct_requested = Signal(int)
    period_delete_requested = Signal(int)

    def __init__(
        self,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        load_image: LoadImage = no_image,
        delete_photograph: DeletePhotograph | None = None,
        list_photographs: ListPhotographs | None = None,
    ) -> None:
        """The Lesions tab's photographs: ``list_photographs`` the patient's, with thumbnails,
        by MRN (None: the chart's); ``load_image`` a photograph's full image by its id;
        ``delete_photograph`` deletes one for a reason and reloads the chart (None: the tab
        offers no deleting)."""
        super().__init__(parent)
        self.header = QLabel(textFormat=Qt.TextFormat.RichText)
        self.header.setAccessibleName(self.tr("Patient"))
        self.tabs = QTabWidget()
        self.overview = OverviewSlot(runner)
        self.visits = VisitsPanel()
        self.lesions = LesionsPanel()
        self.lesions.photos.set_sources(load_image, delete_photograph, list_photographs)
        self.medications = MedicationsPanel()
        self.labs = LabsPanel()
        self.site_events = SiteEventsPanel()
        for panel, title in (
            (self.overview, self.tr("&Overview")),
            (self.visits, self.tr("Vi&sits")),  # Alt+V is the Visit menu
            (self.lesions, self.tr("&Lesions")),
            (self.medications, self.tr("&Medications")),
            (self.labs, self.tr("La&bs")),
            (self.site_events, self.tr("&Imaging && procedures")),
        ):
            self.tabs.addTab(panel, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self.visits.visit_activated.connect(self.visit_activated)
        self.visits.delete_requested.connect(self.delete_requested)
        self.medications.correct_requested.connect(self.period_correct_requested)
        self.medications.delete_requested.connect(self.period_delete_requested)
        self.overview.lesion_selected.connect(self.select_lesion)
        self.chart: PatientChart | None = None

    def set_settings(self, settings: ClinicSettings) -> None:
        """The clinic's thresholds for the Overview's assessment and the dose marks."""
        self.overview.set_settings(settings)
        self.medications.set_settings(settings)

    def set_photograph_sources(
        self,
        load_image: LoadImage,
        delete_photograph: DeletePhotograph | None,
        list_photographs: ListPhotographs | None = None,
    ) -> None:
        """As the constructor's: where the Lesions tab's photographs come from, how one is
        deleted (shown with the next chart)."""
        self.lesions.photos.set_sources(load_image, delete_photograph, list_photographs)

    def select_lesion(self, label: str | None) -> None:
        """A lesion picked on the map or in the charts: select it in the Lesions tab too."""
        if label is not None:
            self.lesions.select_lesion(label)

    def set_chart(self, chart: PatientChart, today: date) -> None:
        self.chart = chart
        p = chart.patient
        archived = self.tr(" · <b>archived</b>") if p.archived else ""
        self.header.setText(
            self.tr(
                "<span style='font-size:14pt'><b>{name}</b></span> &nbsp; MRN {mrn} · {sex}, "
                "born {born} ({age} y) · {disease}{archived}"
            ).format(
                name=html.escape(p.display_name),
                mrn=html.escape(p.mrn),
                sex=p.sex.label,
                born=shown_date(p.date_of_birth),
                age=in_window_digits(str(p.age_on(today))),
                disease=p.underlying_disease.label,
                archived=archived,
            )
        )
        for panel in (self.visits, self.lesions, self.medications, self.labs, self.site_events):
            panel.set_chart(chart, today)
        # Last: the Overview assesses and draws on workers, a moment after the other tabs are
        # filled and painted.
        self.overview.set_chart(chart, today)
