"""The Overview's response panel names the imaging study that made the response progressed, and
reports a "less calcification" reading beside the burden (calcitrack.ui.overview.assessment_html,
calcitrack.domain.review.imaging_evidence), on the demo charts as the app reads them from the
store."""

from __future__ import annotations

import dataclasses
from datetime import date

from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import ImagingVerdict
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.review.assessment_types import ResponseCategory
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.overview.overview_panel import OverviewPanel

ON = date(2026, 11, 21)


def _shown(qtbot: QtBot, chart: PatientChart) -> tuple[OverviewPanel, str]:
    panel = OverviewPanel(InlineTaskRunner())
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_chart(chart, ON)
    qtbot.waitUntil(lambda: panel.assessment is not None, timeout=5000)
    return panel, " ".join(panel.response_panel.browser.toPlainText().split())


def test_the_dm_case_names_the_x_rays_read_as_more_calcification(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    panel, text = _shown(qtbot, stored_demo_charts[DEMO_DM_MRN])
    assert panel.assessment is not None
    assert panel.assessment.response.category is ResponseCategory.PROGRESSED
    x_rays = ("X-ray, hip (bilateral), thigh (bilateral), upper arm (right) and upper arm (left) "
              "on 2024-06-17")  # fmt: skip
    assert f"more calcification read on imaging since the baseline 2023-01-16: {x_rays}" in text
    assert "the SCTC change categories [R2] judge progression on radiographs" in text
    assert f"Imaging since baseline more calcification: {x_rays}" in text


def test_a_more_reading_alone_turns_an_improving_burden_to_progressed(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]  # burden −45.3 % from baseline: improved
    more = tuple(
        dataclasses.replace(s, verdict=ImagingVerdict.MORE, reader="Dr Ana Lopes")
        if s.verdict is ImagingVerdict.LESS else s
        for s in chart.imaging
    )  # fmt: skip
    panel, text = _shown(qtbot, dataclasses.replace(chart, imaging=more))
    assert panel.assessment is not None
    assert panel.assessment.response.category is ResponseCategory.PROGRESSED
    assert text.startswith("PROGRESSED Progressed: more calcification read on imaging since the "
                           "baseline 2025-03-10: X-ray, hip (bilateral) on 2026-09-14, read by "
                           "Dr Ana Lopes")  # fmt: skip
    assert "(−45.3 %)" in text


def test_the_ra_case_reports_less_calcification_beside_the_burden(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    panel, text = _shown(qtbot, stored_demo_charts[DEMO_RA_MRN])
    assert panel.assessment is not None
    assert panel.assessment.response.category is ResponseCategory.IMPROVED
    assert ("Imaging since baseline less calcification: X-ray, hip (bilateral) on 2026-09-14 "
            "(for information: it does not override the burden)") in text
