"""The physician's Overview tab: the trajectory dashboard, the lesion map and the response panel.

One look tells whether the current regimen is working, whether the patient is safe on it and
whether surgery should be reconsidered. The assessment is the domain's (``assess``); the charts
are the reports' builders, the same ones the PDF uses.

Opening a patient fills the other tabs first: the assessment and the drawings start on workers a
moment after (``START_DELAY_MS``), once the window has painted, and only while the Overview is
shown. Another patient's results still on their way are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.review.assessment_types import Assessment
from calcitrack.domain.trajectory.eular_das28 import EularDas28, eular_das28
from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.domain.trajectory.trajectory_types import Trajectories
from calcitrack.reports.charts.lesion_map import map_lesions
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.overview.drawing_queue import DrawingQueue
from calcitrack.ui.overview.lesion_map_view import LesionMapView
from calcitrack.ui.overview.response_panel import ResponsePanel
from calcitrack.ui.overview.trajectory_view import TrajectoryView

START_DELAY_MS = 80
"""How long after a chart is shown the Overview starts assessing and drawing it: the window
paints the filled tabs first, before the workers compete with it for the interpreter."""


@dataclass(frozen=True)
class Analysis:
    chart: PatientChart
    assessment: Assessment
    data: Trajectories
    eular: tuple[EularDas28, ...] = ()
    """The EULAR response from the assessment's baseline visit's DAS28 to the assessed one's."""


@dataclass(frozen=True)
class Series:
    """The chart series of one chart (the same object) from one regimen start: a new baseline
    or new clinic settings reassess without recomputing them."""

    chart: PatientChart
    regimen_start: date | None
    data: Trajectories


def analyse(
    chart: PatientChart,
    settings: ClinicSettings,
    today: date,
    baseline: date | None,
    known: Series | None = None,
) -> Analysis:
    """The assessment and the chart series of one patient (pure; runs on a worker); the series
    are taken from ``known`` when it is for this chart and regimen start."""
    assessment = assess(chart, settings, on=today, baseline_date=baseline)
    eular = eular_das28(chart, assessment.response.baseline, assessment.response.visit)
    regimen_start = assessment.response.regimen.start_on
    if known is not None and known.chart is chart and known.regimen_start == regimen_start:
        return Analysis(chart, assessment, known.data, eular)
    return Analysis(chart, assessment, trajectories(chart, regimen_start=regimen_start), eular)


class OverviewPanel(QWidget):
    """Charts on the left; the lesion map above the response panel on the right."""

    lesion_selected = Signal(object)
    charts_exported = Signal(str, object)
    """(MRN, file) once an image of a patient's charts is written (for the audit trail)."""

    def __init__(
        self,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        start_delay_ms: int = START_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.settings = ClinicSettings.defaults()
        self.chart: PatientChart | None = None
        self.assessment: Assessment | None = None
        self.baseline_date: date | None = None
        self.today = date.today()
        self._runner = runner
        self._stale = False
        self._split = False
        self._series: Series | None = None
        self._shown: list[tuple[Trajectories, str]] = []
        """The latest series drawn and whose they are: an image is recorded for the patient
        whose charts it shows, even if another chart was opened while it was written."""
        self._start_timer = QTimer(self, singleShot=True, interval=start_delay_ms)
        self._start_timer.timeout.connect(self._refresh)
        # The two drawings take turns on one worker; the assessment does not wait behind them.
        self.drawings = DrawingQueue(runner)
        self.trajectory_view = TrajectoryView(self.drawings)
        self.lesion_map = LesionMapView(runner=self.drawings)
        self.response_panel = ResponsePanel()
        side = self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.lesion_map)
        side.addWidget(self.response_panel)
        side.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("overview-splitter")
        self.splitter.addWidget(self.trajectory_view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.lesion_map.lesion_clicked.connect(self.select_lesion)
        self.trajectory_view.lesion_selected.connect(self._on_chart_lesion_selected)
        self.trajectory_view.exported.connect(self._on_charts_exported)
        self.response_panel.baseline_chosen.connect(self._on_baseline_chosen)

    def set_settings(self, settings: ClinicSettings) -> None:
        self.settings = settings
        if self.chart is not None:
            self._refresh()

    def set_chart(self, chart: PatientChart, today: date) -> None:
        """Show ``chart``: assessed and drawn a moment later, in the background."""
        if self.chart is None or self.chart.patient.mrn != chart.patient.mrn:
            self.baseline_date = None
            self._clear()
        self.chart = chart
        self.today = today
        self.response_panel.set_visits(chart.visits, self.baseline_date)
        self._refresh_soon()

    def select_lesion(self, label: str | None) -> None:
        """Highlight ``label`` on the map and in the charts, and tell the workspace."""
        self.lesion_map.select(label)
        self.trajectory_view.select_lesion(label)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:
            # Charts 3 : side 2 and, on the side, map 9 : assessment 11 from the start (stretch
            # factors only share out what is left over the size hints, which left the response
            # panel 270 × 190 px at 1280 × 800).
            self._split = True
            for splitter, share in ((self.splitter, 3 / 5), (self.side_splitter, 9 / 20)):
                total = sum(splitter.sizes())
                if total > 0:
                    splitter.setSizes([round(total * share), total - round(total * share)])
        if self._stale:
            self._refresh_soon()

    def _clear(self) -> None:
        """Another patient: nothing of the previous one stays on screen while the new one is
        assessed and drawn."""
        self._series = None
        self.assessment = None
        self.response_panel.show_message(self.tr("Assessing…"))
        self.lesion_map.clear()
        self.trajectory_view.clear(self.tr("Drawing…"))

    def _refresh_soon(self) -> None:
        """Assess and draw once the window has painted what it was given (``START_DELAY_MS``);
        a newer chart before then starts the wait again, so only the last one is assessed."""
        if not self.isVisible():
            self._start_timer.stop()
            self._stale = True
            return
        self._start_timer.start()

    def _refresh(self) -> None:
        """Assess and draw in the background; only while shown (a chart opened on another tab
        is analysed when the Overview is first looked at)."""
        self._start_timer.stop()
        chart = self.chart
        if chart is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        baseline = self.baseline_date
        if baseline is not None and not any(v.visit_date == baseline for v in chart.visits):
            baseline = self.baseline_date = None
        settings, today = self.settings, self.today
        known = self._series if self._series is not None and self._series.chart is chart else None
        self._runner.submit(
            lambda: analyse(chart, settings, today, baseline, known),
            on_done=self._on_analysed,
            on_error=self._on_analysis_failed,
            key=f"overview-{id(self)}",
        )

    def _on_analysed(self, result: Analysis) -> None:
        if not shiboken6.isValid(self.response_panel) or result.chart is not self.chart:
            return  # the window closed, or another chart was shown, while assessing
        regimen_start = result.assessment.response.regimen.start_on
        self._series = Series(result.chart, regimen_start, result.data)
        self._shown = [*self._shown[-3:], (result.data, result.chart.patient.mrn)]
        self.assessment = result.assessment
        self.response_panel.set_assessment(result.assessment, result.eular)
        # The dashboard first; the map (quick) draws next, and first after a click on it.
        self.trajectory_view.set_data(result.data, regimen_start=regimen_start, today=self.today)
        self.lesion_map.set_lesions(map_lesions(result.chart, result.assessment),
                                    self.trajectory_view.options.selected_lesion)

    def _on_analysis_failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self.response_panel) and self.chart is not None:
            self.response_panel.show_message(
                self.tr("The assessment could not be made: {reason}").format(reason=error)
            )

    def _on_charts_exported(self, data: Trajectories, path: Path) -> None:
        """Name the patient whose charts were drawn (the same series, even if another chart
        was opened while the file was written)."""
        mrn = next((m for shown, m in self._shown if shown is data), None)
        if mrn is not None:
            self.charts_exported.emit(mrn, path)

    def _on_chart_lesion_selected(self, label: str | None) -> None:
        self.lesion_map.select(label)
        self.lesion_selected.emit(label)

    def _on_baseline_chosen(self, day: date | None) -> None:
        self.baseline_date = day
        self._refresh()
