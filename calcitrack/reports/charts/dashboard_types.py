"""The dashboard's public value types (re-exported by :mod:`calcitrack.reports.charts.dashboard`)
and the context every panel draws with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from calcitrack.domain.trajectory.trajectory_types import Series, Trajectories
from calcitrack.i18n.catalogue import N_, _

PANELS: tuple[str, ...] = ("burden", "depth", "pain", "rom", "das28", "labs", "medications")
PANEL_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "burden": N_("Lesion burden"),
        "depth": N_("Lesion depth"),
        "pain": N_("Pain"),
        "rom": N_("Range of motion of the joints near the lesions"),
        "das28": N_("Disease activity"),
        "labs": N_("Laboratory"),
        "medications": N_("Medications"),
    }
)
"""Each panel's title in English (marked for gettext): translate with ``_`` where it is shown."""


def panel_title(panel: str) -> str:
    """``panel``'s title in the current language (the window's menu, the chart itself)."""
    return _(PANEL_TITLES[panel])


@dataclass(frozen=True)
class DashboardOptions:
    panels: tuple[str, ...] = PANELS
    """Which panels to draw; they are always drawn in ``PANELS`` order."""
    start: date | None = None
    """First day shown; None = from the first data."""
    end: date | None = None
    selected_lesion: str | None = None
    """Emphasised in the burden and depth panels; the other lesions are faded."""

    def __post_init__(self) -> None:
        unknown = [p for p in self.panels if p not in PANELS]
        if unknown:
            raise ValueError(f"unknown panels {unknown}; known: {', '.join(PANELS)}")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")


@dataclass(slots=True)
class HoverPoint:
    panel: str
    axes: Axes
    x: float
    """matplotlib date number (data coordinates of ``axes``)."""
    y: float
    text: str
    visit_date: date | None
    """The day of the point (visit, lab collection); None for medication steps and events."""
    lesion: str | None = None


@dataclass
class DashboardDrawing:
    axes: dict[str, Axes]
    """Panel name → its main axes (for labs the first lab row; for an empty panel its note)."""
    hover_points: list[HoverPoint]
    panel_axes: dict[str, tuple[Axes, ...]] = field(default_factory=dict)
    """Panel name → every axes of the panel: lab rows, twin axes, the note of an empty panel."""
    empty_panels: tuple[str, ...] = ()
    """Panels drawn as a one-line note because they have nothing in the dates shown."""
    twins: dict[Axes, tuple[Axes, ...]] = field(default_factory=dict)
    """Axes → the axes drawn in the same place (itself and its twin): a hover over either
    finds the points of both."""
    _index: dict[Axes, tuple[np.ndarray, list[HoverPoint]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _indexed_count: int = field(default=-1, init=False, repr=False, compare=False)

    def nearest(self, axes: Axes, x_px: float, y_px: float, max_px: float = 8) -> HoverPoint | None:
        """The point nearest to display position (``x_px``, ``y_px``) (pixels from the bottom
        left, as in matplotlib events) within ``max_px``, among the points of ``axes`` and its
        twin; positions are read at call time, so zooming and resizing are followed."""
        best: HoverPoint | None = None
        best_distance = float(max_px)
        for ax in self.twins.get(axes, (axes,)):
            xy, points = self._points_of(ax)
            if not points:
                continue
            shown = ax.transData.transform(xy)
            distance = np.hypot(shown[:, 0] - x_px, shown[:, 1] - y_px)
            i = int(np.argmin(distance))
            if distance[i] <= best_distance:
                best, best_distance = points[i], float(distance[i])
        return best

    def _points_of(self, ax: Axes) -> tuple[np.ndarray, list[HoverPoint]]:
        if self._indexed_count != len(self.hover_points):
            grouped: dict[Axes, list[HoverPoint]] = {}
            for point in self.hover_points:
                grouped.setdefault(point.axes, []).append(point)
            self._index = {
                a: (np.array([(p.x, p.y) for p in pts], dtype=float), pts)
                for a, pts in grouped.items()
            }
            self._indexed_count = len(self.hover_points)
        return self._index.get(ax, (np.empty((0, 2)), []))


@dataclass
class PanelContext:
    """What a panel needs to draw: the data, the options, the dates shown and where to put
    the hover points. ``offset`` turns a day ordinal into a matplotlib date number."""

    figure: Figure
    data: Trajectories
    options: DashboardOptions
    first: date
    last: date
    offset: float
    hover: list[HoverPoint]
    lesion_styles: dict[str, tuple[str, object]]

    @property
    def x0(self) -> float:
        return self.first.toordinal() + self.offset

    @property
    def x1(self) -> float:
        return self.last.toordinal() + self.offset

    def x(self, days: Sequence[date]) -> np.ndarray:
        return np.fromiter((d.toordinal() for d in days), dtype=float) + self.offset

    def shown(self, days: Sequence[date]) -> bool:
        """True when any of ``days`` falls in the dates shown."""
        return any(self.first <= d <= self.last for d in days)

    def values(self, series: Series) -> list[float]:
        """The values of ``series`` in the dates shown (all of them when none is): y limits
        follow the dates chosen."""
        shown = [p.value for p in series.points if self.first <= p.day <= self.last]
        return shown or list(series.values)

    def add_series(
        self, panel: str, ax: Axes, series: Series, xs: np.ndarray, lesion: str | None = None
    ) -> None:
        self.hover.extend(
            HoverPoint(panel, ax, x, p.value, p.text, p.day, lesion)
            for x, p in zip(xs.tolist(), series.points, strict=True)  # floats in one go
        )
