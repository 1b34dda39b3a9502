"""Panels 1 and 2: lesion burden (total and per-lesion ellipse area, sum of longest diameters on a
twin axis, ulceration and infection marks) and the depth of each lesion (DOMAIN.md §0.3).

The total of an incomplete visit (an active lesion left unmeasured) is a hollow marker on its own,
never joined to the line of the complete visits: a partial total on the line reads as a drop."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation

from calcitrack.domain.trajectory.trajectory_types import AREA_LABEL, Series
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.charts import chart_style as style
from calcitrack.reports.charts.chart_key import outside_legend, rows_height_in
from calcitrack.reports.charts.dashboard_types import PanelContext

LESION_LABEL_CHARS = 22
INCOMPLETE_LABEL = N_("Incomplete visit: not every\nactive lesion measured")
INCOMPLETE_STYLE = style.LineProps(
    linestyle="none", marker="o", markersize=6.0, markerfacecolor="white",
    markeredgewidth=1.4, zorder=4.5,
)  # fmt: skip
MARK_STYLES: dict[str, style.LineProps] = {
    "ulcerated": style.LineProps(marker="^", markersize=6.0, markerfacecolor="white",
                                 markeredgecolor=style.INK, markeredgewidth=1.1),
    "infected": style.LineProps(marker="X", markersize=6.5, markerfacecolor=style.VERMILLION,
                                markeredgecolor=style.INK, markeredgewidth=0.6),
}  # fmt: skip
MARK_NAMES = {"ulcerated": N_("Ulcerated"), "infected": N_("Infected")}


def has_burden(ctx: PanelContext) -> bool:
    return ctx.shown(ctx.data.burden.days) or ctx.shown(ctx.data.burden_incomplete.days)


def has_depth(ctx: PanelContext) -> bool:
    return any(ctx.shown(s.days) for s in ctx.data.lesion_depth.values())


def _lesion_lines(
    ctx: PanelContext, panel: str, ax: Axes, lesions: dict[str, Series]
) -> dict[str, Line2D]:
    selected = ctx.options.selected_lesion
    lines = {}
    for label, series in lesions.items():
        colour, dash = ctx.lesion_styles[label]
        chosen = label == selected
        faded = selected is not None and not chosen
        xs = ctx.x(series.days)
        (line,) = ax.plot(
            xs,
            series.values,
            color=colour,
            linestyle=dash,
            linewidth=2.6 if chosen else 1.0,
            alpha=0.22 if faded else 1.0,
            marker="o",
            markersize=3.2 if chosen else 2.2,
            zorder=3.5 if chosen else 2.0,
            label=label,
            gid=f"lesion:{label}",
        )
        lines[label] = line
        ctx.add_series(panel, ax, series, xs, lesion=label)
    return lines


def draw_burden(ctx: PanelContext, ax: Axes, legend_room_in: float) -> Axes:
    """Draws the burden panel on ``ax``; returns its twin axes (sum of longest diameters)."""
    data = ctx.data
    style.style_axes(ax)
    lines = _lesion_lines(ctx, "burden", ax, dict(data.lesion_area))
    total_x = ctx.x(data.burden.days)
    (total,) = ax.plot(
        total_x,
        data.burden.values,
        color=style.INK,
        linewidth=2.0,
        marker="o",
        markersize=3.6,
        zorder=4,
        label=data.burden.label,
        gid="burden",
    )
    ctx.add_series("burden", ax, data.burden, total_x)
    partial = _incomplete(ctx, ax, data.burden_incomplete, "burden:incomplete", style.INK)

    twin = ax.twinx()
    style.style_twin(twin)
    sld = data.sum_longest
    sld_x = ctx.x(sld.days)
    (longest,) = twin.plot(
        sld_x,
        sld.values,
        color=style.MUTED,
        linestyle=(0, (4.0, 2.0)),
        linewidth=1.2,
        marker="s",
        markersize=2.6,
        zorder=3,
        label=sld.label,
        gid="sum_longest",
    )
    ctx.add_series("burden", twin, sld, sld_x)
    partial_sld = data.sum_longest_incomplete
    _incomplete(ctx, twin, partial_sld, "sum_longest:incomplete", style.MUTED, marker="s")
    twin.set_ylim(
        *style.limits([*ctx.values(sld), *ctx.values(partial_sld)], floor=0.0, pad=0.14)
    )
    style.set_twin_ylabel(twin, _("Sum of longest diameters, mm"))

    marks = _marks(ctx, ax)
    areas = [v for s in data.lesion_area.values() for v in ctx.values(s)]
    totals = [*ctx.values(data.burden), *ctx.values(data.burden_incomplete)]
    ax.set_ylim(*style.limits([*totals, *areas], floor=0.0, pad=0.14))
    style.thousands(ax)
    style.set_ylabel(ax, _(AREA_LABEL))

    handles = [total, longest, *([partial] if partial else []), *lines.values(), *marks]
    incomplete = _(INCOMPLETE_LABEL)
    labels = [
        _("Total (active lesions)"),
        _("Sum of longest diameters\n(right axis)"),
        *([incomplete] if partial else []),
        *_shorts(list(lines)),
        *(str(m.get_label()) for m in marks),
    ]
    ncols = 1 if rows_height_in(labels) <= legend_room_in else 2
    if ncols == 2:
        shorter = iter(_shorts([label for label in labels if label != incomplete], 11))
        labels = [label if label == incomplete else next(shorter) for label in labels]
    outside_legend(ax, handles, labels, ncols=ncols)
    return twin


def _incomplete(
    ctx: PanelContext, ax: Axes, series: Series, gid: str, colour: str, marker: str = "o"
) -> Line2D | None:
    """The totals of the incomplete visits: hollow markers, no line (None when there are none)."""
    if not len(series):
        return None
    xs = ctx.x(series.days)
    props: style.LineProps = {**INCOMPLETE_STYLE, "marker": marker}
    if marker == "s":
        props["markersize"] = 4.6
    (points,) = ax.plot(
        xs, series.values, markeredgecolor=colour, label=series.label, gid=gid, **props
    )
    ctx.add_series("burden", ax, series, xs)
    return points


def _marks(ctx: PanelContext, ax: Axes) -> list[Line2D]:
    """Ulcerated (open triangle) and infected (vermillion cross, drawn just above) marks on the
    lesion's own area; always full strength, whatever lesion is selected."""
    found = []
    lift = ScaledTranslation(0, 5 / 72, ctx.figure.dpi_scale_trans)
    for kind, props in MARK_STYLES.items():
        marks = [m for m in ctx.data.lesion_marks if m.kind == kind]
        if not marks:
            continue
        xs = ctx.x([m.day for m in marks])
        ys = [m.area_mm2 for m in marks]
        shown: style.LineProps = {**props}
        if kind == "infected":
            shown["transform"] = ax.transData + lift
        (line,) = ax.plot(
            xs,
            ys,
            linestyle="none",
            zorder=5,
            label=_(MARK_NAMES[kind]),
            gid=f"mark:{kind}",
            **shown,
        )
        found.append(line)  # the lesion's own hover point names the marks
    return found


def draw_depth(ctx: PanelContext, ax: Axes, with_legend: bool) -> None:
    style.style_axes(ax)
    depths = dict(ctx.data.lesion_depth)
    lines = _lesion_lines(ctx, "depth", ax, depths)
    values = [v for s in depths.values() for v in ctx.values(s)]
    ax.set_ylim(*style.limits(values, floor=0.0, pad=0.12))
    style.few_ticks(ax)
    style.set_ylabel(ax, _("Depth, mm"))
    if with_legend:
        outside_legend(ax, list(lines.values()), _shorts(list(lines)))


def _short(label: str, chars: int = LESION_LABEL_CHARS) -> str:
    return label if len(label) <= chars else label[: chars - 1].rstrip() + "…"


def _shorts(labels: list[str], chars: int = LESION_LABEL_CHARS) -> list[str]:
    """Each label cut to ``chars`` for the key, never two alike: labels that would be cut alike
    ("R lateral thigh 1" and "R lateral thigh 2") keep their ends ("R lateral…1"), their last
    word where it tells them apart, else as many characters of the end as it takes, or stay
    whole."""
    shown = [_short(label, chars) for label in labels]
    for cut in {text for text in shown if shown.count(text) > 1}:
        group = [i for i, text in enumerate(shown) if text == cut]
        whole = {labels[i] for i in group}
        for end in _end_lengths([labels[i] for i in group], chars):
            trial = {i: _ends(labels[i], chars, end) for i in group}
            others = {text for i, text in enumerate(shown) if i not in group}
            if len(set(trial.values())) == len(whole) and not others & set(trial.values()):
                break
        else:
            trial = {i: labels[i] for i in group}
        for i, text in trial.items():
            shown[i] = text
    return shown


def _end_lengths(labels: list[str], chars: int) -> list[int]:
    """How much of their ends labels cut alike keep, tried in turn: the longest last word among
    them (when it leaves room for a start), then 1, 2, … characters."""
    words = max(len(label.rsplit(" ", 1)[-1]) for label in labels)
    return [*([words] if words <= chars - 4 else []), *range(1, chars - 2)]


def _ends(label: str, chars: int, end: int) -> str:
    """``label`` cut to ``chars`` keeping its last ``end`` characters after the ellipsis."""
    if len(label) <= chars:
        return label
    return label[: chars - 1 - end].rstrip() + "…" + label[-end:].lstrip()
