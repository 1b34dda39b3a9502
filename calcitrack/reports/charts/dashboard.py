"""The trajectory dashboard: lesion burden, depth, pain, ROM, DAS28 and labs over one shared time
axis above the medication timeline, with regimen start and procedures marked on every panel.

One builder for the Qt canvas and the PDF: ``draw_dashboard`` draws on any ``Figure`` (never
pyplot) and returns the axes and the hover points. A panel with nothing in the dates shown is a
single muted line of text ("No labs recorded") in a small frameless axes, never an empty frame.
No layout engine runs on draw: margins are fixed in inches (see ``dashboard_layout``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from calcitrack.domain.trajectory.trajectory_types import LabSeries, MedicationTrack, Trajectories
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.charts import chart_style as style
from calcitrack.reports.charts.burden_panel import draw_burden, draw_depth, has_burden, has_depth
from calcitrack.reports.charts.chart_text import shown
from calcitrack.reports.charts.clinical_panels import (
    das28_rows,
    draw_das28,
    draw_pain,
    draw_rom,
    draw_scores,
    has_das28,
    has_pain,
    has_rom,
)
from calcitrack.reports.charts.dashboard_layout import (
    DATE_GAP_IN,
    LEFT_MIN_IN,
    NOTE_IN,
    SCORES_IN,
    SUB_GAP_IN,
    TITLE_GAP_IN,
    Row,
    RowLayout,
    dashboard_size_inches,
    panel_height_in,
)
from calcitrack.reports.charts.dashboard_types import (
    PANEL_TITLES,
    PANELS,
    DashboardDrawing,
    DashboardOptions,
    HoverPoint,
    PanelContext,
    panel_title,
)
from calcitrack.reports.charts.date_axis import date_axis
from calcitrack.reports.charts.event_markers import draw_marker_legend, draw_markers
from calcitrack.reports.charts.lab_panels import draw_lab, lab_name, shown_labs
from calcitrack.reports.charts.medication_timeline import draw_medications, short_name, shown_tracks

__all__ = [
    "PANELS",
    "PANEL_TITLES",
    "DashboardDrawing",
    "DashboardOptions",
    "HoverPoint",
    "dashboard_size_inches",
    "draw_dashboard",
    "panel_title",
]

EMPTY_TEXT = {
    "burden": N_("No lesion measurements recorded"),
    "depth": N_("No lesion depths recorded"),
    "pain": N_("No pain scores recorded"),
    "rom": N_("No range of motion recorded for the joints near the lesions"),
    "das28": N_("No DAS28 recorded"),
    "labs": N_("No labs recorded"),
    "medications": N_("No medications recorded"),
}
EMPTY_IN_DATES_TEXT = {
    "burden": N_("No lesion measurements in the dates shown"),
    "depth": N_("No lesion depths in the dates shown"),
    "pain": N_("No pain scores in the dates shown"),
    "rom": N_("No range of motion for the joints near the lesions in the dates shown"),
    "das28": N_("No DAS28 in the dates shown"),
    "labs": N_("No labs in the dates shown"),
    "medications": N_("No medications in the dates shown"),
}
"""What an empty panel says when the panel has data outside the dates shown."""
_HAS: dict[str, Callable[[PanelContext], bool]] = {
    "burden": has_burden,
    "depth": has_depth,
    "pain": has_pain,
    "rom": has_rom,
    "das28": has_das28,
    "labs": lambda ctx: bool(shown_labs(ctx)),
    "medications": lambda ctx: bool(shown_tracks(ctx)),
}
NOTE_GAP_IN = 0.12
DEFAULT_OPTIONS = DashboardOptions()


def draw_dashboard(
    figure: Figure, data: Trajectories, options: DashboardOptions = DEFAULT_OPTIONS
) -> DashboardDrawing:
    """Clear ``figure`` and draw the chosen panels on one shared time axis, dates under the
    bottom panel only."""
    figure.clear()
    first, last = _date_range(data, options)
    ctx = PanelContext(
        figure=figure,
        data=data,
        options=options,
        first=first,
        last=last,
        offset=style.date_offset(),
        hover=[],
        lesion_styles={label: style.lesion_style(i) for i, label in enumerate(data.lesion_labels)},
    )
    chosen = [p for p in PANELS if p in options.panels]
    empty = tuple(p for p in chosen if not _HAS[p](ctx))
    labs, tracks = shown_labs(ctx), shown_tracks(ctx)
    rows = _rows(chosen, empty, len(labs), len(tracks), das28_rows(ctx))
    layout = RowLayout(rows, _left_margin(labs, tracks))
    drawing = DashboardDrawing(axes={}, hover_points=ctx.hover, empty_panels=empty)
    data_axes: list[tuple[str, Axes]] = []
    shared: Axes | None = None
    all_axes: dict[str, list[Axes]] = {p: [] for p in chosen}
    for index, row in enumerate(rows):
        note = row.panel in empty
        ax = figure.add_axes(layout.box(figure, index), sharex=None if note else shared)
        ax.set_axes_locator(layout.locator(index))
        all_axes[row.panel].append(ax)
        drawing.axes.setdefault(row.panel, ax)
        if note:
            style.note(ax, _empty_text(ctx, row.panel))
            continue
        if shared is None:  # the time axis first: no x autoscaling on the way
            shared = ax
            ax.set_xlim(ctx.x0, ctx.x1)
        ax.set_autoscaley_on(False)  # every panel sets its y limits once, from its data
        data_axes.append((row.panel, ax))
        if len(all_axes[row.panel]) == 1:
            style.panel_title(ax, panel_title(row.panel), f"title:{row.panel}")
    _draw_panels(ctx, drawing, all_axes, empty, labs, tracks)
    for panel, axes in all_axes.items():
        drawing.panel_axes[panel] = tuple(axes)
    if shared is not None:
        _time_axis(ctx, shared, [ax for _, ax in data_axes])
        draw_markers(ctx, data_axes)
    draw_marker_legend(ctx, layout.left_in)
    return drawing


def _draw_panels(
    ctx: PanelContext,
    drawing: DashboardDrawing,
    all_axes: dict[str, list[Axes]],
    empty: tuple[str, ...],
    labs: tuple[LabSeries, ...],
    tracks: tuple[MedicationTrack, ...],
) -> None:
    for panel, axes in all_axes.items():
        if panel in empty:
            continue
        ax = axes[0]
        if panel == "burden":
            with_depth = "depth" in all_axes and "depth" not in empty
            room = (
                panel_height_in("burden") + (panel_height_in("depth") + TITLE_GAP_IN) * with_depth
            )
            twin = draw_burden(ctx, ax, room)
            axes.append(twin)
            drawing.twins[ax] = drawing.twins[twin] = (ax, twin)
        elif panel == "depth":
            draw_depth(ctx, ax, with_legend="burden" not in all_axes or "burden" in empty)
        elif panel == "pain":
            draw_pain(ctx, ax)
        elif panel == "rom":
            draw_rom(ctx, ax)
        elif panel == "das28":
            for row_ax, row in zip(list(axes), das28_rows(ctx), strict=True):
                (draw_das28 if row == "das28" else draw_scores)(ctx, row_ax)
        elif panel == "labs":
            for lab_ax, lab in zip(list(axes), labs, strict=True):
                draw_lab(ctx, lab_ax, lab)
        elif panel == "medications":
            draw_medications(ctx, ax, tracks)


def _rows(
    chosen: list[str], empty: tuple[str, ...], labs: int, drugs: int, das28: tuple[str, ...]
) -> list[Row]:
    rows: list[Row] = []
    last_data = max((i for i, p in enumerate(chosen) if p not in empty), default=-1)
    for i, panel in enumerate(chosen):
        after_dates = DATE_GAP_IN if i == last_data + 1 and last_data >= 0 else 0.0
        if panel in empty:
            rows.append(Row(panel, NOTE_IN, NOTE_GAP_IN + after_dates, flexible=False))
        elif panel == "das28":
            rows.extend(
                Row(
                    panel,
                    panel_height_in(panel) if kind == "das28" else SCORES_IN,
                    TITLE_GAP_IN if k == 0 else SUB_GAP_IN,
                )
                for k, kind in enumerate(das28)
            )
        elif panel == "labs":
            rows.extend(
                Row(panel, panel_height_in(panel), TITLE_GAP_IN if k == 0 else SUB_GAP_IN)
                for k in range(labs)
            )
        else:
            count = drugs if panel == "medications" else 1
            rows.append(Row(panel, panel_height_in(panel, count), TITLE_GAP_IN))
    return rows


def _left_margin(labs: tuple[LabSeries, ...], tracks: tuple[MedicationTrack, ...]) -> float:
    """Room for the drug names and the horizontal lab labels, measured once per draw."""
    widths = [
        style.text_width_pt(short_name(t.shown_name), style.TICK_PT) / 72 + 0.12 for t in tracks
    ]
    widths += [
        style.text_width_pt(shown(lab_name(lab)), style.TICK_PT) / 72 + 0.42
        for lab in labs
    ]
    widths += [style.text_width_pt(lab.unit_text, style.TICK_PT) / 72 + 0.42 for lab in labs]
    return max([LEFT_MIN_IN, *(w + 0.08 for w in widths)])


def _date_range(data: Trajectories, options: DashboardOptions) -> tuple[date, date]:
    first = options.start or data.first_day
    last = options.end or data.last_day
    if first is None and last is None:
        today = date.today()
        return today - timedelta(days=30), today
    first = first or last
    last = last or first
    assert first is not None and last is not None
    if last < first:  # an end before the first data, or a start after the last
        first, last = (last, last) if options.start is None else (first, first)
    span = (last - first).days
    pad = timedelta(days=max(10, round(span * 0.025)))
    return (
        first if options.start else first - pad,
        last if options.end else last + pad,
    )


def _time_axis(ctx: PanelContext, shared: Axes, data_axes: list[Axes]) -> None:
    date_axis(shared.xaxis)  # as many dates as the width has room for
    for ax in data_axes[:-1]:
        ax.tick_params(axis="x", labelbottom=False)
    bottom = data_axes[-1]
    bottom.tick_params(axis="x", labelbottom=True, labelsize=style.TICK_PT)
    bottom.xaxis.get_offset_text().set_fontsize(style.TICK_PT)


def _empty_text(ctx: PanelContext, panel: str) -> str:
    """ "No labs recorded", or "No labs in the dates shown" when there are some elsewhere."""
    if ctx.options.start is None and ctx.options.end is None:
        return _(EMPTY_TEXT[panel])
    everything = replace(ctx, first=date.min, last=date.max, hover=[])
    if _HAS[panel](everything):
        return _(EMPTY_IN_DATES_TEXT[panel])
    return _(EMPTY_TEXT[panel])
