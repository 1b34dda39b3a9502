"""The lesion map as an image: drawn into a new figure on any thread, shown by a widget that
paints the image and the rings over it and reports the mouse in the figure's pixels.

The widget paints and reads the mouse in its own coordinates, which Qt never mirrors: in a
right-to-left window (Arabic) the drawing is shown as drawn, the patient's right on the viewer's
left of the front view, as the body map labels it (tests/ui/overview/test_lesion_map_direction)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from calcitrack.reports.charts.lesion_map import LesionMapDrawing, MapLesion, draw_lesion_map
from calcitrack.ui.overview.figure_image import MATPLOTLIB, agg_canvas, render_image

RING_WIDTH_PT = 1.4
HOVER_DASHES = (2.5, 1.5)
"""Dash and gap of the hover ring, in line widths (as matplotlib scales a dash pattern)."""
MAP_DPI = 100.0
"""Matplotlib's default figure dpi, which the map was designed at on a Qt canvas."""


@dataclass(frozen=True)
class RenderedMap:
    figure: Figure
    drawing: LesionMapDrawing
    image: QImage
    size: QSize
    """The logical size it was drawn for."""
    pixel_ratio: float


def render_lesion_map(
    lesions: Sequence[MapLesion], selected: str | None, size: QSize, pixel_ratio: float
) -> RenderedMap:
    """Draw the map into a new figure of ``size`` logical pixels and render it (any thread)."""
    with MATPLOTLIB:
        figure = Figure(
            figsize=(size.width() / MAP_DPI, size.height() / MAP_DPI),
            dpi=MAP_DPI * pixel_ratio,
            facecolor="white",
        )
        canvas = agg_canvas(figure)
        drawing = draw_lesion_map(figure, lesions, selected=selected)
        image = render_image(canvas, pixel_ratio)
    return RenderedMap(figure, drawing, image, QSize(size), pixel_ratio)


class MapImage(QWidget):
    """Paints the rendered map and the rings; reports the mouse in figure pixels (origin bottom
    left, device pixels), as matplotlib's display coordinates."""

    pressed = Signal(float, float)
    moved = Signal(float, float)
    left = Signal()
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.image: QImage | None = None
        self.ratio = 1.0
        self.rings: list[tuple[QPointF, float, QColor, bool]] = []
        """Centre and radius in widget pixels, colour, dashed."""

    def set_image(self, image: QImage | None, pixel_ratio: float = 1.0) -> None:
        self.image = image
        self.ratio = pixel_ratio
        self.update()

    def figure_xy(self, x: float, y: float) -> tuple[float, float] | None:
        if self.image is None:
            return None
        return x * self.ratio, self.image.height() - y * self.ratio

    def widget_xy(self, x: float, y: float) -> QPointF:
        height = self.image.height() if self.image is not None else 0
        return QPointF(x / self.ratio, (height - y) / self.ratio)

    def sizeHint(self) -> QSize:
        return QSize(350, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image is not None:
            painter.drawImage(0, 0, self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for centre, radius, colour, dashed in self.rings:
            pen = QPen(colour, RING_WIDTH_PT * MAP_DPI / 72.0)
            if dashed:
                pen.setDashPattern(list(HOVER_DASHES))
            painter.setPen(pen)
            painter.drawEllipse(centre, radius, radius)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.figure_xy(event.position().x(), event.position().y())
        if point is not None:
            self.moved.emit(*point)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self.figure_xy(event.position().x(), event.position().y())
        if point is not None and event.button() == Qt.MouseButton.LeftButton:
            self.pressed.emit(*point)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.left.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()
