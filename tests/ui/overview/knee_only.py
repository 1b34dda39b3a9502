"""The Overview of the RA patient on a visit that measured only the right knee (40 × 28 mm,
45 × 30 mm the visit before: a fall of 17 %), for the tests of an incomplete visit."""

from __future__ import annotations

import dataclasses
from datetime import date

from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import LesionMeasurement, PatientChart
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.overview.overview_panel import OverviewPanel

DAY = date(2026, 10, 12)


def knee_only_overview(qtbot: QtBot, chart: PatientChart) -> OverviewPanel:
    """The Overview, shown and assessed, of ``chart`` with a visit on ``DAY`` that measured
    only the right knee."""
    partial = dataclasses.replace(
        chart.visits[-1],
        id=None,
        visit_date=DAY,
        lesion_measurements=(LesionMeasurement("R knee", 40, 28),),
    )
    panel = OverviewPanel(InlineTaskRunner())
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_chart(dataclasses.replace(chart, visits=(*chart.visits, partial)), DAY)
    qtbot.waitUntil(lambda: panel.assessment is not None, timeout=5000)
    return panel
