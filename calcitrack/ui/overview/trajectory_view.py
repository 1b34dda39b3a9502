"""The trajectory dashboard on screen: the report's chart builder drawn off the GUI thread.

The figure is built and rendered by ``calcitrack.reports.charts.dashboard`` on a worker (a new
``Figure`` each time, so no matplotlib object is shared between threads) and shown as an image, so a
10-year chart never freezes the window. Hover shows the value, date and visit; clicking a
lesion's point selects that lesion; panels can be hidden, the date range chosen, and the figure
exported as PNG or SVG (drawn again on a worker).

Nothing the view shows may change its own size: a new drawing or status text that moved the
splitter would resize the view, which would draw again, for ever.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TypedDict

import shiboken6
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.trajectory.trajectories import Trajectories
from calcitrack.private_files import write_private
from calcitrack.reports.charts.dashboard import (
    PANELS,
    DashboardDrawing,
    DashboardOptions,
    HoverPoint,
    dashboard_size_inches,
    draw_dashboard,
    panel_title,
)
from calcitrack.ui.common.elided_label import ElidedLabel
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.overview.figure_image import MATPLOTLIB, agg_canvas, render_image

RANGE_ALL, RANGE_REGIMEN, RANGE_12_MONTHS = "all", "regimen", "12m"
_RANGES = ((RANGE_ALL, str(QT_TRANSLATE_NOOP("TrajectoryView", "All visits"))),
           (RANGE_REGIMEN, str(QT_TRANSLATE_NOOP("TrajectoryView", "Since regimen start"))),
           (RANGE_12_MONTHS, str(QT_TRANSLATE_NOOP("TrajectoryView", "Last 12 months"))))
"""The date ranges offered, their names in English (shown translated)."""
_SCREEN_DPI = 96.0
_HINT = str(QT_TRANSLATE_NOOP(
    "TrajectoryView", "Hover over a point for its value; click a lesion's point to highlight it."
))
"""The status line under a drawing, in English (shown translated)."""


class _Span(TypedDict):
    """The dates the range combo box asks for, as DashboardOptions names them."""

    start: date | None
    end: date | None


@dataclass
class Rendered:
    figure: Figure
    drawing: DashboardDrawing
    image: QImage
    width: int
    height: int
    """The image's size in device pixels."""
    pixel_ratio: float
    width_px: int
    """The logical width it was drawn for."""


def render_dashboard(
    data: Trajectories, options: DashboardOptions, width_px: int, pixel_ratio: float
) -> Rendered:
    """Draw the dashboard into a new figure of the given logical width and render it (any
    thread)."""
    with MATPLOTLIB:
        _, height_in = dashboard_size_inches(options.panels)
        figure = Figure(figsize=(max(width_px, 320) / _SCREEN_DPI, height_in),
                        dpi=_SCREEN_DPI * pixel_ratio)
        canvas = agg_canvas(figure)
        drawing = draw_dashboard(figure, data, options)
        image = render_image(canvas, pixel_ratio)
    return Rendered(figure, drawing, image, image.width(), image.height(), pixel_ratio, width_px)


def save_dashboard(
    data: Trajectories, options: DashboardOptions, width_px: int, path: Path, fmt: str
) -> Path:
    """Draw the dashboard into a new figure and save it as PNG or SVG (any thread), written
    privately (0600) and atomically: a chart of a patient's course is patient data."""
    drawn = io.BytesIO()
    with MATPLOTLIB:
        _, height_in = dashboard_size_inches(options.panels)
        figure = Figure(figsize=(max(width_px, 320) / _SCREEN_DPI, height_in), dpi=_SCREEN_DPI)
        agg_canvas(figure)
        draw_dashboard(figure, data, options)
        figure.savefig(drawn, format=fmt, dpi=150 if fmt == "png" else None)
    return write_private(path, drawn.getvalue())


class DashboardImage(QWidget):
    """Shows the rendered dashboard; reports the point under the mouse in figure pixels."""

    hovered = Signal(float, float)
    clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.image: QImage | None = None
        self._ratio = 1.0

    def set_image(self, image: QImage | None, pixel_ratio: float = 1.0) -> None:
        """Show ``image`` (drawn for ``pixel_ratio``); None shows nothing."""
        self.image = image
        self._ratio = pixel_ratio
        if image is not None:
            image.setDevicePixelRatio(pixel_ratio)
            self.setFixedHeight(round(image.height() / pixel_ratio))
        self.update()

    def sizeHint(self) -> QSize:
        # The width follows the view, never the image: a hint that grew with each drawing
        # would move the splitter, resize the view and draw again.
        if self.image is None:
            return QSize(640, 480)
        return QSize(640, round(self.image.height() / self._ratio))

    def figure_xy(self, x: float, y: float) -> tuple[float, float]:
        """Widget coordinates → matplotlib display coordinates (origin bottom left)."""
        height = self.image.height() if self.image is not None else 0
        return x * self._ratio, height - y * self._ratio

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image is not None:
            painter.drawImage(0, 0, self.image)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        x, y = self.figure_xy(pos.x(), pos.y())
        self.hovered.emit(x, y)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position()
            self.clicked.emit(*self.figure_xy(pos.x(), pos.y()))


class TrajectoryView(QWidget):
    """The dashboard with its controls. ``rendered`` fires each time a new drawing is shown."""

    rendered = Signal()
    point_clicked = Signal(object)
    lesion_selected = Signal(object)
    exported = Signal(object, object)
    """(the Trajectories drawn, the file) once an image of the charts is written."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.data: Trajectories | None = None
        self.options = DashboardOptions()
        self.regimen_start: date | None = None
        self.today = date.today()
        self.current: Rendered | None = None
        self.hover_text = ""
        self._generation = 0
        """Counts drawings asked for; a drawing delivered for an older request is dropped."""
        self._requested_width: int | None = None

        self.range_combo = QComboBox()
        self.range_combo.setAccessibleName(self.tr("Date range"))
        for code, text in _RANGES:
            self.range_combo.addItem(self.tr(text), code)
        self.lesion_combo = QComboBox()
        self.lesion_combo.setAccessibleName(self.tr("Highlighted lesion"))
        # A push button keeps room for its menu arrow beside the text; a tool button with an
        # instant popup drew the arrow over the "s" (QA).
        self.panels_button = QPushButton(self.tr("Panels"))
        self.panels_button.setAutoDefault(False)
        menu = QMenu(self.panels_button)
        self.panel_actions: dict[str, QAction] = {}
        for panel in PANELS:
            action = menu.addAction(panel_title(panel))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._on_panels_toggled)
            self.panel_actions[panel] = action
        self.panels_button.setMenu(menu)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the charts as PNG or SVG"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.status = ElidedLabel()
        self.status.setAccessibleName(self.tr("Chart value"))

        # The controls never shrink below what they need (a clipped "All lesi" combo); the
        # hover text has a line of its own rather than the scraps the controls leave it.
        controls = QHBoxLayout()
        captions = ((self.tr("&Range:"), self.range_combo),
                    (self.tr("Lesio&n:"), self.lesion_combo))
        for label, widget in captions:
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(self.panels_button)
        controls.addWidget(self.export_button)
        controls.addStretch(1)

        self.image = DashboardImage()
        self.scroll_area = QScrollArea(widgetResizable=True)
        self.scroll_area.setWidget(self.image)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)

        self._redraw_timer = QTimer(self, singleShot=True, interval=120)
        self._redraw_timer.timeout.connect(self.redraw)
        self.range_combo.currentIndexChanged.connect(self._on_range_changed)
        self.lesion_combo.currentIndexChanged.connect(self._on_lesion_index_changed)
        self.image.hovered.connect(self._on_image_hovered)
        self.image.clicked.connect(self._on_image_clicked)

    # -- data --------------------------------------------------------------------------------

    def set_data(self, data: Trajectories, *, regimen_start: date | None, today: date) -> None:
        self.data = data
        self.regimen_start = regimen_start
        self.today = today
        model = self.range_combo.model()
        assert isinstance(model, QStandardItemModel)  # a combo box's own model (none was set)
        regimen_item = model.item(1)
        regimen_item.setEnabled(regimen_start is not None)
        if regimen_start is None and self.range_combo.currentData() == RANGE_REGIMEN:
            self.range_combo.setCurrentIndex(0)
        selected = self.options.selected_lesion
        self.lesion_combo.blockSignals(True)
        self.lesion_combo.clear()
        self.lesion_combo.addItem(self.tr("All lesions"), None)
        for label in data.lesion_labels:
            self.lesion_combo.addItem(label, label)
        self.lesion_combo.setCurrentIndex(max(self.lesion_combo.findData(selected), 0))
        self.lesion_combo.blockSignals(False)
        self.options = replace(self.options, selected_lesion=self.lesion_combo.currentData(),
                               **self._range())
        # The lesions just listed may widen the controls and the splitter then widens the view:
        # that layout happens now, so that the drawing is made for the width it is shown at (left
        # to the event loop, it came a moment later and a second drawing followed the first).
        for _ in range(2):  # the view's layout, then the splitter's
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.redraw()

    def clear(self, message: str = "") -> None:
        """Show no charts (another patient's are on their way); drawings in flight are dropped."""
        self._generation += 1
        self.data = None
        self.current = None
        self._requested_width = None
        self._redraw_timer.stop()
        self.image.set_image(None)
        self.hover_text = ""
        self.image.setToolTip("")
        self.status.setText(message)

    def select_lesion(self, label: str | None) -> None:
        index = self.lesion_combo.findData(label) if label else 0
        self.lesion_combo.setCurrentIndex(max(index, 0))

    def set_range(self, code: str) -> None:
        self.range_combo.setCurrentIndex(self.range_combo.findData(code))

    def set_panel_visible(self, panel: str, visible: bool) -> None:
        self.panel_actions[panel].setChecked(visible)

    def _range(self) -> _Span:
        code = self.range_combo.currentData()
        if code == RANGE_REGIMEN and self.regimen_start is not None:
            return {"start": self.regimen_start - timedelta(days=14), "end": None}
        if code == RANGE_12_MONTHS:
            return {"start": self.today - timedelta(days=365), "end": None}
        return {"start": None, "end": None}

    # -- drawing -----------------------------------------------------------------------------

    def redraw(self) -> None:
        """Render the current data and options in the background; the newest request wins."""
        if self.data is None or not shiboken6.isValid(self.image):
            return
        self._redraw_timer.stop()
        data, options = self.data, self.options
        width = self._drawing_width()
        ratio = self.devicePixelRatioF()
        self._generation += 1
        generation = self._generation
        self._requested_width = width
        self.status.setText(self.tr("Drawing…"))
        self._runner.submit(
            lambda: render_dashboard(data, options, width, ratio),
            on_done=lambda result: self._on_rendered(result, generation),
            on_error=lambda error: self._on_render_failed(error, generation),
            key=f"dashboard-{id(self)}",
        )

    def _drawing_width(self) -> int:
        """The viewport's width with the drawing in it: a drawing taller than the viewport brings
        the vertical scroll bar, which takes its width (measured without it, the first drawing
        of a patient was wider than the viewport it was then shown in)."""
        viewport = self.scroll_area.viewport()
        bar = self.scroll_area.verticalScrollBar()
        width = viewport.width() + (bar.width() if bar.isVisible() else 0)
        _, height_in = dashboard_size_inches(self.options.panels)
        if round(height_in * _SCREEN_DPI) > viewport.height():
            width -= bar.width() if bar.isVisible() else bar.sizeHint().width()
        return max(width, 320)

    def _on_rendered(self, result: Rendered, generation: int) -> None:
        # the window closed, or another patient or drawing was asked for, while drawing
        if not shiboken6.isValid(self.image) or generation != self._generation:
            return
        self.current = result
        self.image.set_image(result.image, result.pixel_ratio)
        self.status.setText(self.tr(_HINT))
        self.rendered.emit()

    def _on_render_failed(self, error: BaseException, generation: int) -> None:
        if shiboken6.isValid(self.status) and generation == self._generation:
            self.status.setText(
                self.tr("The charts could not be drawn: {reason}").format(reason=error)
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Only a new width needs a new drawing (a height change only scrolls).
        if self._requested_width is not None and self._drawing_width() != self._requested_width:
            self._redraw_timer.start()

    # -- interaction -------------------------------------------------------------------------

    def point_at(self, x: float, y: float) -> HoverPoint | None:
        """The data point nearest to figure pixel (x, y), within a few pixels."""
        if self.current is None:
            return None
        drawing = self.current.drawing
        for axes in {id(p.axes): p.axes for p in drawing.hover_points}.values():
            if axes.bbox.contains(x, y):
                found = drawing.nearest(axes, x, y, max_px=8 * self.current.pixel_ratio)
                if found is not None:
                    return found
        return None

    def _on_image_hovered(self, x: float, y: float) -> None:
        point = self.point_at(x, y)
        self.hover_text = point.text if point else ""
        # The widget's tooltip, shown by Qt when the mouse rests: the value, date and visit.
        self.image.setToolTip(self.hover_text)
        if point is not None:
            self.status.setText(point.text)

    def _on_image_clicked(self, x: float, y: float) -> None:
        point = self.point_at(x, y)
        if point is None:
            return
        self.point_clicked.emit(point)
        if point.lesion is not None:
            self.select_lesion(point.lesion)

    def _on_range_changed(self) -> None:
        self.options = replace(self.options, **self._range())
        self.redraw()

    def _on_lesion_index_changed(self) -> None:
        label = self.lesion_combo.currentData()
        self.options = replace(self.options, selected_lesion=label)
        self.lesion_selected.emit(label)
        self.redraw()

    def _on_panels_toggled(self) -> None:
        panels = tuple(p for p in PANELS if self.panel_actions[p].isChecked())
        self.options = replace(self.options, panels=panels)
        self.redraw()

    # -- export ------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export charts"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PNG image (*.png)"), self.tr("SVG vector drawing (*.svg)")])
        dialog.setDefaultSuffix("png")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()
        self.export_dialog = dialog

    def export_to(self, path: Path) -> None:
        """Save the charts shown as PNG or SVG, chosen by the file's suffix; drawn again on a
        worker (the figure on screen stays the GUI thread's)."""
        if self.current is None or self.data is None:
            raise RuntimeError("there is no chart to export yet")
        fmt = path.suffix.lower().lstrip(".") or "png"
        if fmt not in {"png", "svg"}:
            raise ValueError(self.tr("export as .png or .svg, not .{suffix}").format(suffix=fmt))
        data, options, width = self.data, self.options, self.current.width_px
        self.status.setText(self.tr("Saving {file}…").format(file=path.name))
        self._runner.submit(
            lambda: save_dashboard(data, options, width, path, fmt),
            on_done=lambda written: self._on_exported(data, written),
            on_error=self._on_export_failed,
        )

    def _on_exported(self, data: Trajectories, path: Path) -> None:
        if shiboken6.isValid(self.status):
            self.status.setText(self.tr("Charts saved to {file}").format(file=path))
            self.exported.emit(data, path)

    def _on_export_failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self.status):
            self.status.setText(
                self.tr("The charts could not be saved: {reason}").format(reason=error)
            )
