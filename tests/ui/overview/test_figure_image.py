"""Charts on screen are drawn with the renderer of the last drawing of the same size: matplotlib
then measures each text once, not once per drawing. A drawing with a kept renderer is the same
image as one with a new renderer, and another patient's leaves nothing of the last one."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QImage

from calcitrack.domain.trajectory.trajectories import Trajectories, trajectories
from calcitrack.reports.charts.dashboard import DashboardOptions, draw_dashboard
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.ui.overview.trajectory_view import Rendered, render_dashboard
from tests.reports.dashboard_support import REGIMEN_START, large_chart


def _renderer(drawn: Rendered) -> object:
    canvas = drawn.figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    return canvas.renderer


def _new_renderer_image(data: Trajectories, like: Rendered) -> QImage:
    """The same drawing on a plain Agg canvas, with a renderer of its own."""
    figure = Figure(figsize=like.figure.get_size_inches(), dpi=like.figure.dpi)
    canvas = FigureCanvasAgg(figure)
    draw_dashboard(figure, data, DashboardOptions())
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    return QImage(bytes(canvas.buffer_rgba()), width, height, QImage.Format.Format_RGBA8888).copy()


def test_a_second_drawing_of_the_same_size_reuses_the_renderer(qapp: object) -> None:
    heavy = trajectories(large_chart(visits=40, lesions=4, drugs=3), regimen_start=REGIMEN_START)
    demo = trajectories(demo_charts()[0])
    first = render_dashboard(heavy, DashboardOptions(), 640, 1.0)
    again = render_dashboard(heavy, DashboardOptions(), 640, 1.0)
    assert _renderer(again) is _renderer(first)
    assert again.image == first.image

    wider = render_dashboard(heavy, DashboardOptions(), 800, 1.0)
    assert _renderer(wider) is not _renderer(first)

    other = render_dashboard(demo, DashboardOptions(), 640, 1.0)
    assert _renderer(other) is _renderer(first)  # kept while the wider one was drawn
    assert other.image != first.image
    reference = _new_renderer_image(demo, other)
    reference.setDevicePixelRatio(other.image.devicePixelRatio())
    assert other.image == reference  # nothing left of the heavy patient's drawing
    reference = _new_renderer_image(heavy, first)
    reference.setDevicePixelRatio(first.image.devicePixelRatio())
    assert again.image == reference
