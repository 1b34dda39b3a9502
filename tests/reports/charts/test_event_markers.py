"""The imaging ticks of the dashboard (calcitrack.reports.charts.event_markers): hovering one
shows each study of the day with the reader's verdict when there is one."""

from __future__ import annotations

from datetime import date

from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.services.demo.demo_cases import dm_case_chart
from tests.reports.dashboard_support import day_num, render


def test_the_imaging_hover_gives_each_study_of_the_day_with_its_verdict() -> None:
    _, drawing = render(trajectories(dm_case_chart("DEMO-0002")))
    x = day_num(date(2024, 6, 17))
    (point,) = [p for p in drawing.hover_points if p.text.startswith("X-ray") and p.x == x]
    assert point.text == (
        "X-ray, hip on 2024-06-17: more calcification; X-ray, thigh on 2024-06-17: more "
        "calcification; X-ray, R upper arm on 2024-06-17: more calcification; X-ray, L upper "
        "arm on 2024-06-17: more calcification"
    )
    (before,) = [p for p in drawing.hover_points
                 if p.text.startswith("X-ray") and p.x == day_num(date(2023, 1, 9))]  # fmt: skip
    assert "calcification" not in before.text  # no verdict stated for the 2023 films
