"""The lesion map on screen: ``reports.lesion_map`` drawn on a Qt canvas, clickable.

Two modes. Normally a click on a lesion selects it and emits ``lesion_clicked(label)``; hovering
a lesion shows its label, site, change and area. With ``picking_site`` on, hovering the body shows
which site a click would choose (ring and tooltip) and a click emits
``site_clicked(site_code, laterality_code)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from matplotlib.backend_bases import MouseButton, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Circle
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from calcitrack.domain.codes import Laterality
from calcitrack.reports.body_map_geometry import Anchor
from calcitrack.reports.lesion_map import (
    LesionMapDrawing,
    MapLesion,
    describe,
    draw_lesion_map,
    site_name,
)

HOVER_COLOUR = "#3C4650"
CHOSEN_COLOUR = "#111111"
_CLICK_TOLERANCE_PX = 4.0



class _Canvas(FigureCanvasQTAgg):
    """A canvas whose deferred redraw is dropped once the widget is gone (a window closed with a
    redraw still queued would otherwise raise inside matplotlib)."""

    def _draw_idle(self) -> None:
        if shiboken6.isValid(self) and hasattr(self, "_draw_pending"):
            super()._draw_idle()

class LesionMapView(QWidget):
    lesion_clicked = Signal(str)
    """The label of the lesion clicked (normal mode)."""
    site_clicked = Signal(str, str)
    """Body-site code and laterality code of the place clicked (picking mode)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(3.5, 4.0), facecolor="white")
        self.canvas = _Canvas(self.figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(220, 250)
        self.canvas.setAccessibleName("Lesion map")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._lesions: tuple[MapLesion, ...] = ()
        self._selected: str | None = None
        self._picking = False
        self._chosen: tuple[str, Laterality] | None = None
        self._hover: Anchor | None = None
        self._clicked: Anchor | None = None
        self._hover_ring: Circle | None = None
        self._chosen_ring: Circle | None = None
        self.drawing: LesionMapDrawing = self._redraw()
        self.canvas.mpl_connect("button_press_event", self._on_canvas_pressed)
        self.canvas.mpl_connect("motion_notify_event", self._on_canvas_moved)
        self.canvas.mpl_connect("figure_leave_event", self._on_canvas_left)
        self.canvas.mpl_connect("resize_event", self._on_canvas_resized)

    # --- public API -------------------------------------------------------------------------

    def set_lesions(self, lesions: Sequence[MapLesion], selected: str | None = None) -> None:
        self._lesions = tuple(lesions)
        self._selected = selected if selected in {m.label for m in self._lesions} else None
        self.drawing = self._redraw()

    def lesions(self) -> tuple[MapLesion, ...]:
        return self._lesions

    def select(self, label: str | None) -> None:
        """Emphasise one lesion (None: none); an unknown label clears the selection."""
        label = label if label in {m.label for m in self._lesions} else None
        if label != self._selected:
            self._selected = label
            self.drawing = self._redraw()

    def selected(self) -> str | None:
        return self._selected

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
        self._draw_chosen()
        self.canvas.draw_idle()

    # --- drawing ----------------------------------------------------------------------------

    def _redraw(self) -> LesionMapDrawing:
        drawing = draw_lesion_map(self.figure, self._lesions, selected=self._selected)
        self.drawing = drawing
        self._hover = None
        self._hover_ring = None
        self._chosen_ring = None
        self._draw_chosen()
        self.canvas.draw_idle()
        return drawing

    def _ring(
        self, place: Anchor | tuple[str, Laterality], colour: str, dashed: bool
    ) -> Circle | None:
        if isinstance(place, Anchor):
            x, y, radius = place.x, place.y, place.radius
        else:
            try:
                x, y, radius = self.drawing.geometry.anchor(*place)
            except KeyError:
                return None
        ring = Circle(
            (x, y),
            radius,
            facecolor="none",
            edgecolor=colour,
            linewidth=1.4,
            linestyle=(0, (2.5, 1.5)) if dashed else "solid",
            zorder=25,
        )
        self.drawing.axes.add_patch(ring)
        return ring

    def _draw_chosen(self) -> None:
        if self._chosen_ring is not None:
            self._chosen_ring.remove()
            self._chosen_ring = None
        if self._chosen is not None:
            clicked = self._clicked
            place = (
                clicked
                if clicked and (clicked.site, clicked.laterality) == self._chosen
                else self._chosen
            )
            self._chosen_ring = self._ring(place, CHOSEN_COLOUR, dashed=False)

    def _show_hover(self, target: Anchor | None) -> None:
        self._hover = target
        if self._hover_ring is not None:
            self._hover_ring.remove()
            self._hover_ring = None
        if target is not None:
            self._hover_ring = self._ring(target, HOVER_COLOUR, dashed=True)
        self.canvas.draw_idle()

    # --- events -----------------------------------------------------------------------------

    def _data_point(self, event: MouseEvent) -> tuple[float, float] | None:
        if event.inaxes is not self.drawing.axes or event.xdata is None or event.ydata is None:
            return None
        return float(event.xdata), float(event.ydata)

    def _tolerance(self) -> float:
        """A few screen pixels, in data units, so that small markers are easy to hit."""
        transform = self.drawing.axes.transData
        unit = abs(transform.transform((1, 0))[0] - transform.transform((0, 0))[0])
        ratio = self.canvas.device_pixel_ratio or 1.0
        return _CLICK_TOLERANCE_PX * ratio / unit if unit else 0.0

    def _on_canvas_pressed(self, event: MouseEvent) -> None:
        point = self._data_point(event)
        if point is None or event.button is not MouseButton.LEFT:
            return
        if self._picking:
            target = self.drawing.geometry.target_at(*point)
            if target is not None:
                self._clicked = target
                self.site_clicked.emit(target.site, target.laterality.value)
            return
        label = self.drawing.lesion_at(*point, tolerance=self._tolerance())
        if label is not None:
            self.select(label)
            self.lesion_clicked.emit(label)

    def _on_canvas_moved(self, event: MouseEvent) -> None:
        point = self._data_point(event)
        if self._picking:
            target = self.drawing.geometry.target_at(*point) if point else None
            if target != self._hover:
                self._show_hover(target)
            self.canvas.setToolTip(
                f"{site_name(target.site, target.laterality)} — click to choose" if target else ""
            )
            return
        label = self.drawing.lesion_at(*point, tolerance=self._tolerance()) if point else None
        lesion = self.drawing.lesions.get(label) if label else None
        self.canvas.setToolTip(describe(lesion) if lesion else "")
        self.canvas.setCursor(
            Qt.CursorShape.PointingHandCursor if lesion else Qt.CursorShape.ArrowCursor
        )

    def _on_canvas_left(self, _event: object) -> None:
        if self._hover is not None:
            self._show_hover(None)

    def _on_canvas_resized(self, _event: object) -> None:
        # label placement is done in screen space: lay the map out again for the new size
        self._redraw()
