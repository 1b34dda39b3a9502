"""The medication timeline's dose texts fit their steps at any width, drug names stay short, and
the dashboard never touches pyplot."""

from __future__ import annotations

import subprocess
import sys

import pytest

from calcitrack.domain.trajectories import trajectories
from calcitrack.reports.dashboard import DashboardOptions
from calcitrack.reports.medication_timeline import short_name
from calcitrack.services.demo_cases import dm_case_chart
from tests.reports.dashboard_support import render

ONLY_MEDICATIONS = DashboardOptions(panels=("medications",))


def test_dose_text_is_shortened_then_dropped_as_its_step_narrows() -> None:
    figure, drawing = render(trajectories(dm_case_chart("X")), ONLY_MEDICATIONS, size=(10, 2))
    ax = drawing.axes["medications"]
    (text,) = [t for t in ax.texts if t.get_gid() == "dose:ivig"]  # 2023-02-06 – 2023-07-24
    assert text.shown_text == "2 g/kg IV q4w"
    left, right = ax.get_xlim()
    chosen = []
    for zoom_out in (1, 2, 4, 8, 16, 32, 64):  # the same step, ever fewer pixels wide
        ax.set_xlim(left, left + (right - left) * zoom_out)
        chosen.append(text.fit())
    assert chosen[0] == "2 g/kg IV q4w" and chosen[-1] is None
    order = [*text.candidates, None]
    assert [order.index(c) for c in chosen] == sorted(order.index(c) for c in chosen)
    assert {"2 g/kg", "2"} <= set(chosen)
    figure.canvas.draw()  # drawn at the widest zoom: hidden, no error
    assert text.shown_text is None


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Immunoglobulin, normal human (IVIg)", "IVIg"),
        ("Diltiazem", "Diltiazem"),
        ("Mycophenolate mofetil", "Mycophenolate mofet…"),
    ],
)
def test_drug_names_are_kept_short(name: str, short: str) -> None:
    assert short_name(name) == short


def test_the_dashboard_never_imports_pyplot() -> None:
    code = (
        "import sys\n"
        "from matplotlib.figure import Figure\n"
        "from calcitrack.domain.trajectories import trajectories\n"
        "from calcitrack.reports.dashboard import draw_dashboard\n"
        "from calcitrack.services.demo_cases import dm_case_chart\n"
        "draw_dashboard(Figure(), trajectories(dm_case_chart('X')))\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
