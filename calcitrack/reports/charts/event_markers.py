"""Vertical markers across every panel — regimen start, surgery (debridement, excision,
curettage), other procedures — imaging as small ticks along the top panel, and the legend that
explains them above the panels. One collection per kind and axes, never one artist per marker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation
from matplotlib.typing import LineStyleType

from calcitrack.domain.trajectory.trajectory_types import Marker
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.charts import chart_style as style
from calcitrack.reports.charts.chart_text import shown
from calcitrack.reports.charts.dashboard_types import HoverPoint, PanelContext


class LineKindStyle(TypedDict):
    """A marker line's look, in ``LineCollection``'s words."""

    colors: str
    linewidths: float
    linestyles: LineStyleType


LINE_KINDS: dict[str, tuple[str, LineKindStyle]] = {
    "regimen_start": (
        N_("Regimen start"),
        LineKindStyle(colors=style.INK, linewidths=1.3, linestyles="-"),
    ),
    "surgery": (
        N_("Surgery (debridement/excision)"),
        LineKindStyle(colors=style.VERMILLION, linewidths=1.3, linestyles=(0, (5.0, 2.0))),
    ),
    "procedure": (
        N_("Other procedure"),
        LineKindStyle(colors="#CC79A7", linewidths=1.1, linestyles=(0, (1.0, 1.5))),
    ),
}


_ORDER = {kind: i for i, kind in enumerate(LINE_KINDS)}
_STYLE_KEYS: tuple[Literal["colors", "linewidths", "linestyles"], ...] = (
    "colors",
    "linewidths",
    "linestyles",
)


def shown_markers(ctx: PanelContext) -> list[Marker]:
    return [m for m in ctx.data.markers if ctx.first <= m.day <= ctx.last]


def draw_markers(ctx: PanelContext, data_axes: Sequence[tuple[str, Axes]]) -> None:
    """The vertical lines on every data axes (one collection per axes), and one hover point per
    marker day at the top of each."""
    markers = [m for m in shown_markers(ctx) if m.kind in LINE_KINDS]
    days = sorted({(m.day, m.kind) for m in markers}, key=lambda k: (k[0], _ORDER[k[1]]))
    if days:
        xs = ctx.x([d for d, _ in days])
        styles = {key: [LINE_KINDS[k][1][key] for _, k in days] for key in _STYLE_KEYS}
        texts = ["; ".join(m.text for m in markers if (m.day, m.kind) == key) for key in days]
        segments = [((x, 0.0), (x, 1.0)) for x in xs]
        for panel, ax in data_axes:
            ax.add_collection(
                LineCollection(
                    segments,
                    transform=ax.get_xaxis_transform(),
                    zorder=2.5,
                    gid="markers",
                    **styles,
                ),
                autolim=False,
            )
            top = ax.get_ylim()[1]
            ctx.hover.extend(
                HoverPoint(panel, ax, float(x), top, text, None)
                for x, text in zip(xs, texts, strict=True)
            )
    imaging = sorted({m.day for m in shown_markers(ctx) if m.kind == "imaging"})
    if imaging and data_axes:
        panel, ax = data_axes[0]
        xs = ctx.x(imaging)
        lift = ScaledTranslation(0, -4 / 72, ctx.figure.dpi_scale_trans)
        ax.plot(
            xs,
            [1.0] * len(xs),
            linestyle="none",
            marker="v",
            markersize=5,
            color=style.MUTED,
            clip_on=False,
            zorder=6,
            gid="marker:imaging",
            transform=ax.get_xaxis_transform() + lift,
        )
        top = ax.get_ylim()[1]
        for x, day in zip(xs, imaging, strict=True):
            found = [m.text for m in ctx.data.markers if m.kind == "imaging" and m.day == day]
            text = "; ".join(found)
            ctx.hover.append(HoverPoint(panel, ax, float(x), top, text, None))


def draw_marker_legend(ctx: PanelContext, left_in: float) -> None:
    """The legend of the markers shown, in one row above the panels, aligned with the plots."""
    kinds = {m.kind for m in shown_markers(ctx)}
    handles, labels = [], []
    for kind, (label, props) in LINE_KINDS.items():
        if kind in kinds:
            handles.append(
                Line2D(
                    [],
                    [],
                    color=props["colors"],
                    linewidth=props["linewidths"],
                    linestyle=props["linestyles"],
                )
            )
            labels.append(shown(_(label)))
    if "imaging" in kinds:
        handles.append(
            Line2D([], [], linestyle="none", marker="v", markersize=5, color=style.MUTED)
        )
        labels.append(shown(_("Imaging")))
    if not handles:
        return
    figure = ctx.figure
    offset = ScaledTranslation(left_in, -0.08, figure.dpi_scale_trans)
    figure.legend(
        handles,
        labels,
        loc="upper left",
        bbox_to_anchor=(0.0, 1.0),
        bbox_transform=figure.transFigure + offset,
        ncols=len(handles),
        fontsize=style.LEGEND_PT,
        frameon=False,
        borderaxespad=0.0,
        borderpad=0.0,
        handlelength=2.2,
        columnspacing=1.4,
    )
