"""Panels 3–5: pain NRS, range of motion of the joints near the lesions against the normal
reference (DOMAIN.md §3), and DAS28 per variant on the published bands with CDAI/SDAI on a twin
axis (DOMAIN.md §0.2, §2.1, §2.2)."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation

from calcitrack.domain.codes import Das28Variant, Side
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.charts import chart_style as style
from calcitrack.reports.charts.chart_key import KEY_TEXT_IN, corner, outside_legend, rows_height_in
from calcitrack.reports.charts.chart_text import number_text, shown
from calcitrack.reports.charts.dashboard_types import PanelContext

DAS28_BANDS = (
    (0.0, 2.6, "remission", "#DCEFE6"),
    (2.6, 3.2, "low", "#EEF3DA"),
    (3.2, 5.1, "moderate", "#FBEBD3"),
    (5.1, 10.0, "high", "#F7DAD3"),
)
BAND_NAMES = {
    # TRANSLATORS: DAS28 disease activity bands, written beside the band on the chart
    "remission": N_("remission"),
    "low": N_("low"),
    "moderate": N_("moderate"),
    "high": N_("high"),
}
"""DAS28 cut-offs [R13]: remission < 2.6, low ≤ 3.2, moderate ≤ 5.1, high > 5.1 (§0.2)."""
DAS28_CRP_NOTE = N_(
    "Bands: DAS28 cut-offs,\nvalidated for DAS28-ESR;\non DAS28-CRP they\nunderestimate activity."
)
VARIANT_STYLE = {
    Das28Variant.ESR: style.LineProps(color=style.INK, marker="s"),
    Das28Variant.CRP: style.LineProps(color=style.BLUE, marker="o"),
}


def has_pain(ctx: PanelContext) -> bool:
    return ctx.shown(ctx.data.pain.days)


def has_rom(ctx: PanelContext) -> bool:
    return any(ctx.shown(r.series.days) for r in ctx.data.rom)


def has_das28(ctx: PanelContext) -> bool:
    return bool(das28_rows(ctx))


def draw_pain(ctx: PanelContext, ax: Axes) -> None:
    style.style_axes(ax)
    pain = ctx.data.pain
    xs = ctx.x(pain.days)
    ax.plot(
        xs, pain.values, color=style.VERMILLION, linewidth=1.5, marker="o", markersize=3, gid="pain"
    )
    ctx.add_series("pain", ax, pain, xs)
    ax.set_ylim(-0.6, 10.6)
    ax.set_yticks([0, 5, 10])
    style.set_ylabel(ax, _("Pain NRS (0–10)"))


def draw_rom(ctx: PanelContext, ax: Axes) -> None:
    """One colour per movement; right side solid with dots, left dash-dot with open squares; the
    normal reference of each movement a dashed line in its colour."""
    style.style_axes(ax)
    movements: dict[tuple[str, str], int] = {}
    handles: list[Line2D] = []
    values: list[float] = []
    references: list[float] = []
    for rom in ctx.data.rom:
        key = (rom.joint, rom.movement)
        if key not in movements:
            movements[key] = len(movements)
            if rom.reference_deg is not None:
                colour = style.PALETTE[movements[key] % len(style.PALETTE)]
                style.hline(
                    ax,
                    rom.reference_deg,
                    color=colour,
                    linestyle=(0, (4.0, 3.0)),
                    linewidth=1.0,
                    alpha=0.9,
                    zorder=1.5,
                    gid=f"rom_reference:{rom.joint}:{rom.movement}",
                )
                references.append(rom.reference_deg)
        colour = style.PALETTE[movements[key] % len(style.PALETTE)]
        right = rom.side is Side.RIGHT
        xs = ctx.x(rom.series.days)
        (line,) = ax.plot(
            xs,
            rom.series.values,
            color=colour,
            linewidth=1.4,
            linestyle="-" if right else (0, (5.0, 1.5, 1.0, 1.5)),
            marker="o" if right else "s",
            markersize=3.2,
            markerfacecolor=colour if right else "white",
            label=rom.series.label,
            gid=rom.series.key,
        )
        handles.append(line)
        values.extend(ctx.values(rom.series))
        ctx.add_series("rom", ax, rom.series, xs)
    reference = Line2D([], [], color=style.MUTED, linestyle=(0, (4.0, 3.0)), linewidth=1.0)
    labels = [str(h.get_label()) for h in handles]
    if references:
        handles.append(reference)
        labels.append(_("Normal (dashed)"))
    ax.set_ylim(*style.limits(values, extra=references, floor=0.0, pad=0.12))
    style.few_ticks(ax)
    style.set_ylabel(ax, _("ROM, degrees"))
    outside_legend(ax, handles, labels)


def das28_rows(ctx: PanelContext) -> tuple[str, ...]:
    """The rows of the disease-activity panel: "das28" (the bands) and/or "scores" (CDAI/SDAI)."""
    data = ctx.data
    rows: tuple[str, ...] = (
        ("das28",) if any(ctx.shown(s.days) for s in data.das28.values()) else ()
    )
    if ctx.shown(data.cdai.days) or ctx.shown(data.sdai.days):
        rows += ("scores",)
    return rows


def draw_das28(ctx: PanelContext, ax: Axes) -> None:
    """DAS28 lines per variant (never one line for both) on the published bands, named in the
    gutter; the DAS28-CRP caveat under the key when a DAS28-CRP is drawn."""
    style.style_axes(ax, grid=False)
    data = ctx.data
    values = [v for s in data.das28.values() for v in ctx.values(s)]
    top = max(6.0, max(values, default=0.0) + 0.6)
    band_names = ax.get_yaxis_transform() + ScaledTranslation(0.07, 0, ctx.figure.dpi_scale_trans)
    for low, high, name, colour in DAS28_BANDS:
        style.band(ax, low, min(high, top + 5), colour, f"das28_band:{name}")
        if low < top:
            ax.text(
                1.0,
                (low + min(high, top)) / 2,
                shown(_(BAND_NAMES[name])),
                transform=band_names,
                fontsize=style.TICK_PT,
                color=style.MUTED,
                ha="left",
                va="center",
                clip_on=False,
                gid=f"das28_band_name:{name}",
            )
    handles, labels = [], []
    for variant in (Das28Variant.CRP, Das28Variant.ESR):
        series = data.das28.get(variant)
        if series is None:
            continue
        xs = ctx.x(series.days)
        (line,) = ax.plot(
            xs,
            series.values,
            linewidth=1.6,
            markersize=3.4,
            zorder=3,
            label=variant.label,
            gid=series.key,
            **VARIANT_STYLE[variant],
        )
        ctx.add_series("das28", ax, series, xs)
        handles.append(line)
        labels.append(variant.label)
    ax.set_ylim(0.0, top)
    ax.set_yticks([0, 2.6, 3.2, 5.1])
    ax.set_yticklabels([number_text(t) for t in ("0", "2.6", "3.2", "5.1")])
    variants = [v.label for v in (Das28Variant.ESR, Das28Variant.CRP) if v in data.das28]
    style.set_ylabel(ax, " / ".join(variants))
    outside_legend(ax, handles, labels)
    if Das28Variant.CRP in data.das28:
        below_key = -(rows_height_in(labels) + 0.08)
        ax.text(
            KEY_TEXT_IN,
            below_key,
            shown(_(DAS28_CRP_NOTE)),
            transform=corner(ax),
            fontsize=style.TICK_PT,
            color=style.MUTED,
            ha="left",
            va="top",
            linespacing=1.15,
            clip_on=False,
            gid="das28_crp_note",
        )


def draw_scores(ctx: PanelContext, ax: Axes) -> None:
    """CDAI and SDAI, the small secondary of the disease-activity panel (own scale, no bands:
    their cut-offs differ from each other and from DAS28's)."""
    style.style_axes(ax)
    data = ctx.data
    handles = []
    for series, marker, colour in ((data.cdai, "^", "#009E73"), (data.sdai, "v", "#CC79A7")):
        if not len(series):
            continue
        xs = ctx.x(series.days)
        (line,) = ax.plot(
            xs,
            series.values,
            color=colour,
            linewidth=1.2,
            marker=marker,
            markersize=3.2,
            label=series.label,
            gid=series.key,
        )
        ctx.add_series("das28", ax, series, xs)
        handles.append(line)
    scores = [v for s in (data.cdai, data.sdai) for v in ctx.values(s)]
    ax.set_ylim(*style.limits(scores, floor=0.0, minimum_span=10.0))
    style.few_ticks(ax, 3)
    style.set_ylabel(ax, _("CDAI /\nSDAI"), horizontal=True)
    outside_legend(ax, handles, [str(h.get_label()) for h in handles])
