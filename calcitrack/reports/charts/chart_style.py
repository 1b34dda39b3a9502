"""The dashboard's look, shared by every panel: palette, font sizes, dates as numbers, text widths,
labels and legends placed at fixed distances (in inches) from their axes, the empty-panel note.

Colours are Okabe–Ito (colour-blind safe); every distinction that matters also has a shape or a
line style. Fonts are never below 7 pt at the default figure size, so the PDF stays readable.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypedDict

import numpy as np
from matplotlib import colors as mcolors
from matplotlib import dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure, SubFigure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator, ScalarFormatter
from matplotlib.transforms import ScaledTranslation, Transform
from matplotlib.typing import ColorType, LineStyleType, MarkerType

from calcitrack.domain.number_text import grouped
from calcitrack.reports.charts.chart_text import (
    font_style,
    number_text,
    pinned,
    pinned_formatter,
    shown,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

#: Okabe–Ito without black (the total burden) and yellow (too pale for thin lines on white).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
LINESTYLES: tuple[str | tuple[float, tuple[float, ...]], ...] = (
    "-",
    (0, (5.0, 2.0)),
    (0, (1.0, 1.5)),
)
INK = "#1F1F1F"
MUTED = "#6B6B6B"
GRID = "#E8E8E8"
VERMILLION = "#D55E00"
BLUE = "#0072B2"

TICK_PT = 7.0
LABEL_PT = 7.5
LEGEND_PT = 7.0
TITLE_PT = 8.5
NOTE_PT = 7.5

YLABEL_OFFSET_IN = 0.52
"""Rotated y labels sit this far left of their axes (room for "100 000" tick labels)."""
TWIN_LABEL_OFFSET_IN = 0.42
LEGEND_OFFSET_IN = 0.62
"""Legends start this far right of their axes, past a twin axis' tick labels and label."""

_EPOCH = date(2000, 1, 1)


class LineProps(TypedDict, total=False):
    """Keyword properties of a line and its markers, as the panels pass them to ``plot``."""

    color: ColorType
    linestyle: LineStyleType
    linewidth: float
    marker: MarkerType
    markersize: float
    markerfacecolor: ColorType
    markeredgecolor: ColorType
    markeredgewidth: float
    alpha: float
    zorder: float
    label: str
    transform: Transform


def figure_of(artist: Artist) -> Figure | SubFigure:
    """The (sub)figure ``artist`` is on; every artist of a chart is on one."""
    figure = artist.get_figure()
    if figure is None:
        raise ValueError(f"{artist!r} is not on a figure")
    return figure


def root_figure_of(artist: Artist) -> Figure:
    """The top-level figure ``artist`` is on; every artist of a chart is on one."""
    figure = artist.get_figure(root=True)
    if figure is None:
        raise ValueError(f"{artist!r} is not on a figure")
    return figure


def date_offset() -> float:
    """matplotlib date number of day ordinal 0 (follows rcParams["date.epoch"])."""
    epoch = mdates.date2num(_EPOCH)  # type: ignore[no-untyped-call]  # dates.py has no hints
    return float(epoch) - _EPOCH.toordinal()


def date_num(days: Iterable[date], offset: float | None = None) -> np.ndarray:
    """Dates as matplotlib date numbers, without date2num's per-call conversion cost."""
    base = date_offset() if offset is None else offset
    return np.fromiter((d.toordinal() for d in days), dtype=float) + base


def lesion_style(index: int) -> tuple[str, str | tuple[float, tuple[float, ...]]]:
    """Colour and line style of the ``index``-th lesion: six colours, then dashed, dotted."""
    return PALETTE[index % len(PALETTE)], LINESTYLES[(index // len(PALETTE)) % len(LINESTYLES)]


def lighten(colour: str, amount: float) -> tuple[float, float, float]:
    """``colour`` mixed with white; ``amount`` 0 keeps it, 1 is white."""
    r, g, b = mcolors.to_rgb(colour)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


@lru_cache(maxsize=1)
def _measuring_renderer() -> RendererBase:
    # 72 dpi: one pixel is one point
    return RendererAgg(8, 8, 72)  # type: ignore[no-untyped-call]  # backend_agg.py has no hints


@lru_cache(maxsize=4096)
def text_width_pt(text: str, size_pt: float) -> float:
    """Width of ``text`` in points in the default font (the same metrics on screen and PDF)."""
    width, _, _ = _measuring_renderer().get_text_width_height_descent(
        text, FontProperties(size=size_pt), ismath=False
    )
    return float(width)


def inches(ax: Axes, x_in: float, y_in: float = 0.0) -> Transform:
    """Axes coordinates shifted by a fixed distance in inches."""
    return ax.transAxes + ScaledTranslation(x_in, y_in, figure_of(ax).dpi_scale_trans)


def fix_labels(ax: Axes) -> None:
    """Fixed label positions: matplotlib then skips placing them from the tick label extents,
    which would lay out every axis' ticks a second time on each draw."""
    ax.xaxis.set_label_coords(0.5, 0.0)
    ax.yaxis.set_label_coords(0.0, 0.5, transform=inches(ax, -YLABEL_OFFSET_IN))


def panel_title(ax: Axes, text: str, gid: str) -> None:
    """The panel's title just above its axes (a plain text: ``set_title`` would measure the
    x axis on every draw to place it)."""
    ax.text(
        0.0,
        1.0,
        shown(text),
        transform=inches(ax, 0.0, 0.06),
        fontsize=TITLE_PT,
        fontweight="bold",
        color=INK,
        ha="left",
        va="bottom",
        gid=gid,
    )


def band(ax: Axes, low: float, high: float, colour: str, gid: str) -> Rectangle:
    """A horizontal band across the axes (like ``axhspan``, without its limit bookkeeping)."""
    patch = Rectangle(
        (0.0, low),
        1.0,
        high - low,
        transform=ax.get_yaxis_transform(),
        facecolor=colour,
        edgecolor="none",
        linewidth=0,
        zorder=0,
        gid=gid,
    )
    ax.add_artist(patch)
    return patch


def hline(ax: Axes, y: float, gid: str, **props: Unpack[LineProps]) -> Line2D:
    """A horizontal line across the axes (like ``axhline``, without its limit bookkeeping)."""
    line = Line2D([0.0, 1.0], [y, y], transform=ax.get_yaxis_transform(), gid=gid, **props)
    ax.add_artist(line)
    return line


class NumberFormatter(ScalarFormatter):
    """matplotlib's tick numbers in the decimal mark and digits of the language current when it
    was made (English: as matplotlib writes them)."""

    def __init__(self) -> None:
        super().__init__()
        self._language = pinned()

    def __call__(self, x: float, pos: int | None = None) -> str:
        with self._language():
            return number_text(super().__call__(x, pos))

    def format_ticks(self, values: Any) -> list[str]:
        with self._language():
            return [number_text(label) for label in super().format_ticks(values)]


def style_axes(ax: Axes, *, grid: bool = True) -> None:
    fix_labels(ax)
    ax.yaxis.set_major_formatter(NumberFormatter())
    ax.tick_params(labelsize=TICK_PT, length=3, width=0.6, colors=INK, pad=2)
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    if grid:
        ax.yaxis.grid(True, color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)


def style_twin(twin: Axes, colour: str = MUTED) -> None:
    twin.yaxis.set_major_formatter(NumberFormatter())
    twin.yaxis.set_label_coords(1.0, 0.5, transform=inches(twin, TWIN_LABEL_OFFSET_IN))
    twin.tick_params(labelsize=TICK_PT, length=3, width=0.6, colors=colour, pad=2)
    for side in ("top", "left", "bottom"):
        twin.spines[side].set_visible(False)
    twin.spines["right"].set_linewidth(0.6)
    twin.spines["right"].set_color(colour)


def set_ylabel(ax: Axes, text: str, *, colour: str = INK, horizontal: bool = False) -> None:
    """A y label at a fixed distance from the axes, so that all panels line up."""
    if horizontal:
        ax.set_ylabel(
            shown(text), fontsize=TICK_PT, color=colour, rotation=0, ha="right", va="center"
        )
        ax.yaxis.set_label_coords(0, 0.5, transform=inches(ax, -0.36))
    else:
        ax.set_ylabel(shown(text), fontsize=LABEL_PT, color=colour, va="bottom")
        ax.yaxis.set_label_coords(0, 0.5, transform=inches(ax, -YLABEL_OFFSET_IN))


def set_twin_ylabel(twin: Axes, text: str, colour: str = MUTED) -> None:
    twin.set_ylabel(shown(text), fontsize=LABEL_PT, color=colour, rotation=90, va="top")
    twin.yaxis.set_label_coords(1, 0.5, transform=inches(twin, TWIN_LABEL_OFFSET_IN))


def note(ax: Axes, text: str) -> None:
    """The single muted line an empty panel shows instead of an empty frame."""
    ax.set_axis_off()
    ax.set_navigate(False)
    ax.text(
        0.0,
        0.5,
        shown(text),
        transform=ax.transAxes,
        fontsize=NOTE_PT,
        color=MUTED,
        ha="left",
        va="center",
        style=font_style("italic"),
    )


def limits(
    values: Iterable[float],
    *,
    extra: Iterable[float | None] = (),
    floor: float | None = None,
    pad: float = 0.08,
    minimum_span: float = 1.0,
) -> tuple[float, float]:
    """y limits around ``values`` and ``extra`` (bands, references), padded, never autoscaled."""
    found = [v for v in (*values, *extra) if v is not None]
    if not found:
        return (0.0, 1.0) if floor is None else (floor, floor + 1.0)
    lo, hi = min(found), max(found)
    span = max(hi - lo, minimum_span * 0.5, abs(hi) * 0.05)
    lo, hi = lo - span * pad, hi + span * pad
    if floor is not None:
        lo = floor if lo < floor or min(found) >= floor else lo
    return lo, hi


def thousands(ax: Axes) -> None:
    ax.yaxis.set_major_formatter(pinned_formatter(lambda v: number_text(grouped(v))))


def few_ticks(ax: Axes, nbins: int = 4) -> None:
    ax.yaxis.set_major_locator(MaxNLocator(nbins=nbins, min_n_ticks=2))
