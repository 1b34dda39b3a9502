"""Matplotlib figures rendered to images on any thread, for the charts shown on screen.

The Overview's dashboard and lesion map are drawn into a new ``Figure`` on a worker and shown as
a ``QImage`` (QImage, unlike a widget, may be made off the GUI thread), so that drawing never
holds the window. Matplotlib is not thread-safe (its font and text caches are shared): whatever
draws or saves a figure holds ``MATPLOTLIB`` while it does. It is the lock the PDF summary builder
takes too (``reports.charts.figure_lock``), so an export and an Overview drawing take turns.

Each drawing is a new figure, but not a new renderer: the canvas draws with the renderer of the
last drawing of the same size (``RENDERERS`` are kept). Matplotlib remembers the size of each
text it lays out per renderer, so a new renderer for every drawing measured every title, key,
label and date again, and allocated a new pixel buffer (5 MB; 20 MB on a HiDPI screen); a
renderer is cleared before each drawing.
"""

from __future__ import annotations

from collections import OrderedDict

from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QImage

from calcitrack.reports.charts.figure_lock import FIGURE_LOCK

MATPLOTLIB = FIGURE_LOCK
"""One matplotlib drawing at a time, on whichever thread (the screen's and the PDF's)."""


RENDERERS = 2
"""Renderers kept for the next drawing of their size: the dashboard's and the lesion map's."""
_renderers: OrderedDict[tuple[int, int, float], RendererAgg] = OrderedDict()


class _CanvasAgg(FigureCanvasAgg):
    """An Agg canvas drawing with the kept renderer of its size (see the module docstring)."""

    def get_renderer(self) -> RendererAgg:
        width, height = self.get_width_height(physical=True)
        key = (width, height, float(self.figure.dpi))
        with MATPLOTLIB:
            renderer = _renderers.pop(key, None)
            if renderer is None:
                renderer = RendererAgg(width, height, self.figure.dpi)
            _renderers[key] = renderer
            while len(_renderers) > RENDERERS:
                _renderers.popitem(last=False)
        self.renderer = renderer
        return renderer


def agg_canvas(figure: Figure) -> FigureCanvasAgg:
    """Attach an Agg canvas before drawing: builders that measure text need its renderer."""
    return _CanvasAgg(figure)


def render_image(canvas: FigureCanvasAgg, pixel_ratio: float) -> QImage:
    """Draw the canvas's figure and return it as an image that owns its pixels, marked with the
    device pixel ratio it was drawn for (the caller holds ``MATPLOTLIB``)."""
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    # The image reads the canvas's own buffer and copies it once; a ``bytes`` of it first was a
    # second copy of every pixel (20 MB on a HiDPI screen: tens of milliseconds, for nothing).
    pixels = canvas.buffer_rgba()
    image = QImage(pixels, width, height, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(pixel_ratio)
    return image
