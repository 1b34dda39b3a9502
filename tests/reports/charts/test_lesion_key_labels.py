"""The lesion burden key never names two lesions alike: where the key is short of room its labels
are cut, and labels that would be cut alike ("R upper arm 7" and "R upper arm 19", both "R upper
ar…") keep the end that tells them apart. Read from the key drawn on the figure."""

from __future__ import annotations

from collections import Counter

from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.reports.charts.burden_panel import _shorts
from calcitrack.reports.charts.chart_key import key_labels
from tests.reports.dashboard_support import REGIMEN_START, large_chart, render


def test_a_crowded_key_names_every_lesion_apart() -> None:
    chart = large_chart(lesions=24, visits=12, drugs=2)
    _, drawing = render(trajectories(chart, regimen_start=REGIMEN_START))
    labels = key_labels(drawing.axes["burden"])
    assert len(labels) >= 24 + 2
    assert any("…" in label for label in labels)  # crowded: the key does cut its labels
    doubled = [label for label, n in Counter(labels).items() if n > 1]
    assert not doubled


def test_labels_cut_alike_keep_the_end_that_tells_them_apart() -> None:
    assert _shorts(["R lateral thigh 1", "R lateral thigh 2", "L knee"], 11) == [
        "R lateral…1",
        "R lateral…2",
        "L knee",
    ]
    assert _shorts(["Pele da coxa lateral direita", "Pele da coxa lateral esquerda"]) == [
        "Pele da coxa…direita",
        "Pele da coxa…esquerda",
    ]
