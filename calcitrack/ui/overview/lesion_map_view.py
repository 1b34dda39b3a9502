"""The lesion map on screen: ``reports.charts.lesion_map`` rendered to an image, clickable.

Given a task runner (the Overview) the map is drawn into a new figure on a worker, like the
dashboard, so opening a patient never waits for matplotlib; without one (the body-site picker)
it is drawn on the spot. Either way the view shows an image and maps the mouse back through the
drawing's axes to lesions and body sites; the hover and chosen-site rings are painted over the
image, so they follow the mouse at once.

Two modes. Normally a click on a lesion selects it and emits ``lesion_clicked(label)``; hovering
a lesion shows its label, site, change and area. With ``picking_site`` on, hovering the body shows
which site a click would choose (ring and tooltip) and a click emits
``site_clicked(site_code, laterality_code)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from calcitrack.domain.codes import Laterality
from calcitrack.reports.charts.body_map_geometry import Anchor, body_map
from calcitrack.reports.charts.lesion_map import LesionMapDrawing, MapLesion, describe, site_name
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.overview.lesion_map_image import MapImage, RenderedMap, render_lesion_map

HOVER_COLOUR = "#3C4650"
CHOSEN_COLOUR = "#111111"
RESIZE_SETTLE_MS = 80
"""A resize is drawn once it has paused this long (dragging a splitter draws once)."""
_CLICK_TOLERANCE_PX = 4.0


@dataclass(frozen=True)
class Ring:
    """A ring painted over the map, in the map's data coordinates."""

    x: float
    y: float
    radius: float
    colour: str
    dashed: bool


class LesionMapView(QWidget):
    lesion_clicked = Signal(str)
    """The label of the lesion clicked (normal mode)."""
    site_clicked = Signal(str, str)
    """Body-site code and laterality code of the place clicked (picking mode)."""
    rendered = Signal()
    """A new drawing is shown."""

    def __init__(self, parent: QWidget | None = None, *, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.canvas = MapImage(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(220, 250)
        self.canvas.setAccessibleName(self.tr("Lesion map"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Body map, front and back views. Front view: the patient's right is on your "
                "left. Back view: the patient's right is on your right."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.current: RenderedMap | None = None
        self._lesions: tuple[MapLesion, ...] = ()
        self._selected: str | None = None
        self._picking = False
        self._chosen: tuple[str, Laterality] | None = None
        self._hover: Anchor | None = None
        self._clicked: Anchor | None = None
        self._dirty = runner is None
        """Lesions or selection changed since the last drawing was asked for. On a worker the
        first drawing waits for ``set_lesions``; on the spot the bare body is drawn when shown."""
        self._generation = 0
        self._requested: QSize | None = None
        self._render_timer = QTimer(self, singleShot=True, interval=RESIZE_SETTLE_MS)
        self._render_timer.timeout.connect(self._render)
        self.canvas.pressed.connect(self._on_canvas_pressed)
        self.canvas.moved.connect(self._on_canvas_moved)
        self.canvas.left.connect(self._on_canvas_left)
        self.canvas.resized.connect(self._on_canvas_resized)

    # --- public API -------------------------------------------------------------------------

    def set_lesions(self, lesions: Sequence[MapLesion], selected: str | None = None) -> None:
        self._lesions = tuple(lesions)
        self._selected = selected if selected in {m.label for m in self._lesions} else None
        self._redraw()

    def lesions(self) -> tuple[MapLesion, ...]:
        return self._lesions

    def clear(self) -> None:
        """Show nothing (another patient's lesions are on their way); drawings in flight are
        dropped."""
        self._lesions = ()
        self._selected = None
        self._hover = self._clicked = None
        self._generation += 1
        self._render_timer.stop()
        self._dirty = self._runner is None
        self._requested = None
        self.current = None
        self.canvas.set_image(None)
        self.canvas.setToolTip("")
        self._paint_rings()

    def select(self, label: str | None) -> None:
        """Emphasise one lesion (None: none); an unknown label clears the selection."""
        label = label if label in {m.label for m in self._lesions} else None
        if label != self._selected:
            self._selected = label
            self._redraw()

    def selected(self) -> str | None:
        return self._selected

    @property
    def drawing(self) -> LesionMapDrawing:
        """The drawing shown (drawn now if it is out of date and the view draws on the spot)."""
        if self._runner is None and (self._dirty or self.current is None):
            self._render()
        if self.current is None:
            raise RuntimeError("the lesion map has not been drawn yet")
        return self.current.drawing

    @property
    def picking_site(self) -> bool:
        return self._picking

    @picking_site.setter
    def picking_site(self, picking: bool) -> None:
        self._picking = bool(picking)
        self.canvas.setCursor(
            Qt.CursorShape.CrossCursor if self._picking else Qt.CursorShape.ArrowCursor
        )
        self._show_hover(None)
        self.canvas.setToolTip("")

    def mark_site(self, site: tuple[str, Laterality] | None) -> None:
        """Ring a chosen body site (the picker's answer) where it was clicked, or else where its
        lesions are drawn; None removes the ring."""
        self._chosen = site
        self._paint_rings()

    def rings(self) -> list[Ring]:
        """The rings over the map: the chosen site (solid), then the hovered one (dashed)."""
        found = []
        if self._chosen is not None:
            clicked = self._clicked
            if clicked is not None and (clicked.site, clicked.laterality) == self._chosen:
                found.append(Ring(clicked.x, clicked.y, clicked.radius, CHOSEN_COLOUR, False))
            else:
                try:
                    x, y, radius = body_map().anchor(*self._chosen)
                except KeyError:
                    pass
                else:
                    found.append(Ring(x, y, radius, CHOSEN_COLOUR, False))
        if self._hover is not None:
            h = self._hover
            found.append(Ring(h.x, h.y, h.radius, HOVER_COLOUR, True))
        return found

    # --- drawing ----------------------------------------------------------------------------

    def _redraw(self) -> None:
        """Draw again for the lesions and selection now set (when shown)."""
        self._dirty = True
        if self.isVisible():
            self._render()

    def _render(self) -> None:
        self._render_timer.stop()
        self._dirty = False
        size = self.canvas.size().expandedTo(self.canvas.minimumSize())
        ratio = self.canvas.devicePixelRatioF()
        lesions, selected = self._lesions, self._selected
        self._generation += 1
        generation = self._generation
        self._requested = size
        if self._runner is None:
            self._show(render_lesion_map(lesions, selected, size, ratio), generation)
            return
        self._runner.submit(
            lambda: render_lesion_map(lesions, selected, size, ratio),
            on_done=lambda result: self._show(result, generation),
            key=f"lesion-map-{id(self)}",
        )

    def _show(self, result: RenderedMap, generation: int) -> None:
        # the window closed, or the map changed again, while drawing
        if not shiboken6.isValid(self.canvas) or generation != self._generation:
            return
        self.current = result
        self._hover = None
        self.canvas.set_image(result.image, result.pixel_ratio)
        self._paint_rings()
        self.rendered.emit()

    def _paint_rings(self) -> None:
        painted = []
        if self.current is not None:
            to_display = self.current.drawing.axes.transData
            scale = self._unit() / self.current.pixel_ratio
            for ring in self.rings():
                x, y = to_display.transform((ring.x, ring.y))
                centre = self.canvas.widget_xy(float(x), float(y))
                painted.append((centre, ring.radius * scale, QColor(ring.colour), ring.dashed))
        self.canvas.rings = painted
        self.canvas.update()

    def _show_hover(self, target: Anchor | None) -> None:
        self._hover = target
        self._paint_rings()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty or self._out_of_size():
            self._render()

    def _out_of_size(self) -> bool:
        size = self.canvas.size().expandedTo(self.canvas.minimumSize())
        return self._requested is not None and size != self._requested

    def _on_canvas_resized(self) -> None:
        # label placement is done in screen space: lay the map out again for the new size
        if not self.isVisible() or not self._out_of_size():
            return
        if self._runner is None:
            self._render()
        else:
            self._render_timer.start()

    # --- events -----------------------------------------------------------------------------

    def _unit(self) -> float:
        """One data unit in device pixels."""
        assert self.current is not None
        transform = self.current.drawing.axes.transData
        return float(abs(transform.transform((1, 0))[0] - transform.transform((0, 0))[0]))

    def _data_point(self, x: float, y: float) -> tuple[float, float] | None:
        if self.current is None or not self.current.drawing.axes.bbox.contains(x, y):
            return None
        data_x, data_y = self.current.drawing.axes.transData.inverted().transform((x, y))
        return float(data_x), float(data_y)

    def _tolerance(self) -> float:
        """A few screen pixels, in data units, so that small markers are easy to hit."""
        assert self.current is not None
        unit = self._unit()
        return _CLICK_TOLERANCE_PX * self.current.pixel_ratio / unit if unit else 0.0

    def _on_canvas_pressed(self, x: float, y: float) -> None:
        point = self._data_point(x, y)
        if point is None or self.current is None:
            return
        drawing = self.current.drawing
        if self._picking:
            target = drawing.geometry.target_at(*point)
            if target is not None:
                self._clicked = target
                self.site_clicked.emit(target.site, target.laterality.value)
            return
        label = drawing.lesion_at(*point, tolerance=self._tolerance())
        if label is not None:
            self.select(label)
            self.lesion_clicked.emit(label)

    def _on_canvas_moved(self, x: float, y: float) -> None:
        point = self._data_point(x, y)
        if self.current is None:
            return
        drawing = self.current.drawing
        if self._picking:
            target = drawing.geometry.target_at(*point) if point else None
            if target != self._hover:
                self._show_hover(target)
            self.canvas.setToolTip(
                self.tr("{site} — click to choose").format(
                    site=site_name(target.site, target.laterality)
                )
                if target
                else ""
            )
            return
        label = drawing.lesion_at(*point, tolerance=self._tolerance()) if point else None
        lesion = drawing.lesions.get(label) if label else None
        self.canvas.setToolTip(describe(lesion) if lesion else "")
        self.canvas.setCursor(
            Qt.CursorShape.PointingHandCursor if lesion else Qt.CursorShape.ArrowCursor
        )

    def _on_canvas_left(self) -> None:
        if self._hover is not None:
            self._show_hover(None)
