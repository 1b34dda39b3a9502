"""Panel 6: the labs that matter for calcinosis, one small axes per analyte, each in one display
unit with its reference band (the reporting lab's range, else the typical range of DOMAIN.md
§4.2) or, for Ca×P and eGFR, the threshold of §0.6 as a dashed line. Values outside the band
are drawn filled in vermillion."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from calcitrack.domain.trajectory.trajectory_types import LabSeries
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.charts import chart_style as style
from calcitrack.reports.charts.chart_text import shown
from calcitrack.reports.charts.dashboard_types import PanelContext

BAND = "#E3ECF4"
SHORT_NAMES = {
    # TRANSLATORS: a short name for corrected calcium, beside a small chart of its values
    "calcium_corrected": N_("Corrected Ca"),
    "calcium_total": N_("Calcium"),
    "phosphate": N_("Phosphate"),
    "ca_p_product": N_("Ca × P"),
    "crp": "CRP",
    "esr": "ESR",
    "egfr": "eGFR",
}


def lab_name(lab: LabSeries) -> str:
    """The lab's name on its chart: the short one, translated, where there is one."""
    short = SHORT_NAMES.get(lab.code)
    return _(short) if short else lab.name


def shown_labs(ctx: PanelContext) -> tuple[LabSeries, ...]:
    return tuple(lab for lab in ctx.data.labs if ctx.shown(lab.series.days))


def draw_lab(ctx: PanelContext, ax: Axes, lab: LabSeries) -> None:
    style.style_axes(ax, grid=False)
    series = lab.series
    xs = ctx.x(series.days)
    values = np.asarray(series.values, dtype=float)
    extra: list[float | None] = [lab.ref_low, lab.ref_high, lab.threshold]
    visible = np.asarray(ctx.values(series), dtype=float)
    lo, hi = style.limits(visible, extra=extra, pad=0.15, minimum_span=_span(visible))
    if lab.ref_low is not None or lab.ref_high is not None:
        low = lab.ref_low if lab.ref_low is not None else min(lo, 0.0)
        high = lab.ref_high if lab.ref_high is not None else hi
        style.band(ax, low, high, BAND, f"lab_band:{lab.code}")
    if lab.threshold is not None:
        style.hline(
            ax,
            lab.threshold,
            color=style.VERMILLION,
            linestyle=(0, (4.0, 2.5)),
            linewidth=0.9,
            zorder=1,
            gid=f"lab_threshold:{lab.code}",
        )
    ax.plot(
        xs,
        values,
        color=style.BLUE,
        linewidth=1.2,
        marker="o",
        markersize=2.8,
        zorder=3,
        gid=series.key,
    )
    outside = _outside(values, lab)
    if outside.any():
        ax.plot(
            xs[outside],
            values[outside],
            linestyle="none",
            marker="o",
            markersize=3.6,
            color=style.VERMILLION,
            zorder=4,
            gid=f"{series.key}:outside",
        )
    ctx.add_series("labs", ax, series, xs)
    ax.set_ylim(lo, hi)
    style.few_ticks(ax, 3)
    style.set_ylabel(ax, f"{lab_name(lab)}\n{lab.unit_text}", horizontal=True)
    note = lab.threshold_text if lab.threshold is not None else lab.ref_text
    if note:
        ax.text(
            1.0,
            0.5,
            shown(_wrap(note)),
            transform=style.inches(ax, 0.12),
            fontsize=style.TICK_PT,
            color=style.MUTED,
            ha="left",
            va="center",
            gid=f"lab_note:{lab.code}",
        )


def _span(values: np.ndarray) -> float:
    top = float(np.max(np.abs(values))) if len(values) else 1.0
    return max(top * 0.2, 1e-3)


def _outside(values: np.ndarray, lab: LabSeries) -> np.ndarray:
    flag = np.zeros(len(values), dtype=bool)
    if lab.threshold is not None:
        if lab.code == "egfr":
            return values < lab.threshold
        return values > lab.threshold
    if lab.ref_low is not None:
        flag |= values < lab.ref_low
    if lab.ref_high is not None:
        flag |= values > lab.ref_high
    return flag


def _wrap(text: str, width: int = 34) -> str:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")
