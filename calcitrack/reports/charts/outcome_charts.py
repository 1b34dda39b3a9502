"""The clinic outcomes' charts: a Kaplan–Meier curve (time to the first "improved" assessment,
drug survival) and a waterfall of each patient's burden change from baseline.

One builder for the window and the PDF: each draws on a ``Figure`` (never pyplot) from the
``OutcomesReport``'s values, and every figure says its n and whom it left out, and why.

* Kaplan–Meier: the step curve of the report's points (survival just after each day), its
  pointwise 95 % confidence band as a shaded step, a tick where patients were censored, the median
  read off as a dotted line, the number at risk under the time axis, and n, events, censored and
  the median in the line under the title.
* Censoring ticks are inferred from the points: at a point, the events are ``at_risk × (1 −
  S/S_prev)`` and whoever at risk is neither an event there nor at risk at the next point was
  censored there. When the points hold every distinct time (scipy's ``ecdf`` gives every time,
  event or censoring) the ticks are exact; otherwise they mark the last point before the loss.
* Waterfall: one bar per patient in the report's order (largest increase to largest decrease),
  decreases blue and increases vermillion, a zero line; no MRN on the axis (the figure goes into
  files that leave the clinic's hands).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.textpath import TextPath
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import ScaledTranslation, Transform

from calcitrack.domain.outcomes.definitions import median_text
from calcitrack.domain.outcomes.outcomes_types import (
    Excluded,
    SurvivalCurve,
    SurvivalPoint,
    Waterfall,
)
from calcitrack.domain.outcomes.outcomes_words import curve_title, translated
from calcitrack.i18n.catalogue import _, ngettext
from calcitrack.i18n.formats import number
from calcitrack.reports.charts import chart_style as style
from calcitrack.reports.charts.chart_text import (
    font_style,
    number_text,
    pinned_formatter,
    right_to_left,
    shown,
)

KM_SIZE_IN = (7.0, 3.3)
"""The Kaplan–Meier figure at its base size (the PDF's text width)."""
WATERFALL_SIZE_IN = (7.0, 3.0)

LEFT_IN = 0.72
RIGHT_IN = 0.22
TOP_IN = 0.62
"""Room for the title and the line of counts above the axes."""
KM_BOTTOM_IN = 1.05
"""Room under the axes: tick labels, the axis label, the at-risk row and the exclusions."""
WATERFALL_BOTTOM_IN = 0.62
AT_RISK_BELOW_IN = 0.58
EXCLUDED_BELOW_IN = 0.84
MAX_REASONS = 3
"""Exclusion reasons named one by one before "and N more"."""

HAlign = Literal["left", "right"]
DECREASE = style.BLUE
INCREASE = style.VERMILLION


@dataclass(frozen=True)
class KmMarks:
    """What the Kaplan–Meier chart shows besides the curve (for tests and the PDF's text)."""

    censored_days: tuple[float, ...]
    at_risk: tuple[tuple[float, int], ...]
    """(day, number at risk just before it) under the axis."""


def counts_text(curve: SurvivalCurve) -> str:
    """ "n 40 · events 22 · censored 18 · median 183 days" (or "median not reached")."""
    # TRANSLATORS: the counts above a Kaplan–Meier chart; "n" is the number of patients
    return _("n {n} · events {events} · censored {censored} · median {median}").format(
        n=number(curve.n, 0), events=number(curve.events, 0),
        censored=number(curve.censored, 0), median=median_text(curve),
    )  # fmt: skip


def excluded_text(excluded: Sequence[Excluded]) -> str:
    """ "Excluded: none", or "Excluded 3: no baseline burden (2); stopped on day 0 (1)"."""
    if not excluded:
        return _("Excluded: none")
    reasons = Counter(e.reason for e in excluded).most_common()
    # TRANSLATORS: between the reasons patients were left out of a chart
    between = _("; ")
    named = between.join(
        _("{reason} ({count})").format(reason=translated(reason), count=number(count, 0))
        for reason, count in reasons[:MAX_REASONS]
    )
    more = len(reasons) - MAX_REASONS
    if more > 0:
        others = ngettext("and {count} other reason", "and {count} other reasons", more)
        named += between + others.format(count=number(more, 0))
    return _("Excluded {count}: {reasons}").format(count=number(len(excluded), 0), reasons=named)


def censored_days(points: Sequence[SurvivalPoint]) -> tuple[float, ...]:
    """The days at which one or more patients were censored (see the module docstring)."""
    found = []
    for i, point in enumerate(points):
        previous = points[i - 1].survival if i else 1.0
        events = round(point.at_risk * (1 - point.survival / previous)) if previous else 0
        following = points[i + 1].at_risk if i + 1 < len(points) else 0
        if point.at_risk - events - following > 0:
            found.append(point.day)
    return tuple(found)


def at_risk_at(points: Sequence[SurvivalPoint], day: float) -> int:
    """Patients at risk just before ``day``: those at risk at the first point on or after it."""
    for point in points:
        if point.day >= day:
            return point.at_risk
    return 0


def _axes(figure: Figure, bottom_in: float) -> Axes:
    width, height = figure.get_size_inches()
    box = (
        LEFT_IN / width,
        bottom_in / height,
        1 - (LEFT_IN + RIGHT_IN) / width,
        1 - (TOP_IN + bottom_in) / height,
    )
    ax = figure.add_axes(box)
    style.style_axes(ax)
    return ax


def _start(ax: Axes, y: float, y_in: float) -> tuple[tuple[float, float], Transform, HAlign]:
    """Where a line of the chart's own text starts, ``y_in`` from the axes' top (``y`` 1) or
    bottom (``y`` 0): at the figure's left edge, or at its right edge in a right-to-left language
    (the title, the counts and the exclusions read from the right there; the time axis still
    runs left to right, and the legend moves to the left end of the title's line)."""
    if right_to_left():
        return (1.0, y), style.inches(ax, RIGHT_IN - 0.06, y_in), "right"
    return (0.0, y), style.inches(ax, -LEFT_IN + 0.06, y_in), "left"


def _heading(figure: Figure, ax: Axes, title: str, counts: str) -> None:
    xy, at, ha = _start(ax, 1.0, TOP_IN - 0.22)
    ax.text(*xy, shown(title), transform=at, fontsize=style.TITLE_PT, fontweight="bold",
            color=style.INK, ha=ha, va="baseline", gid="title")  # fmt: skip
    xy, at, ha = _start(ax, 1.0, TOP_IN - 0.42)
    ax.text(*xy, shown(counts), transform=at, fontsize=style.LABEL_PT, color=style.INK,
            ha=ha, va="baseline", gid="counts")  # fmt: skip


def _below(ax: Axes, text: str, below_in: float, gid: str) -> None:
    xy, at, ha = _start(ax, 0.0, -below_in)
    ax.text(*xy, shown(text), transform=at, fontsize=style.NOTE_PT, color=style.MUTED,
            ha=ha, va="top", gid=gid)  # fmt: skip


def draw_survival(figure: Figure, curve: SurvivalCurve, *, colour: str = style.BLUE) -> KmMarks:
    """Clear ``figure`` and draw ``curve``; returns the censoring days and the at-risk row."""
    figure.clear()
    points = curve.points
    ax = _axes(figure, KM_BOTTOM_IN)
    _heading(figure, ax, curve_title(curve), counts_text(curve))
    _below(ax, excluded_text(curve.excluded), EXCLUDED_BELOW_IN, "excluded")
    if not points:
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.05)
        _no_patients(ax)
        return KmMarks((), ())
    days = [p.day for p in points]
    last = max(days[-1], 1.0)
    ax.set_xlim(0, last * 1.02)
    ax.set_ylim(0, 1.04)
    ax.fill_between(days, [p.lower for p in points], [p.upper for p in points], step="post",
                    color=style.lighten(colour, 0.75), linewidth=0, zorder=1,
                    label=shown(_("95 %\u00a0confidence band")), gid="km:band")  # fmt: skip
    ax.step(days, [p.survival for p in points], where="post", color=colour, linewidth=1.6,
            zorder=3, label=shown(_("Kaplan–Meier estimate")), gid="km:step")  # fmt: skip
    censored = censored_days(points)
    if censored:
        heights = [_survival_at(points, d) for d in censored]
        ax.plot(censored, heights, linestyle="none", marker="|", markersize=7,
                markeredgewidth=1.1, color=style.INK, zorder=4, label=shown(_("censored")),
                gid="km:censored")  # fmt: skip
    if curve.median_days is not None:
        ax.plot([0, curve.median_days, curve.median_days], [0.5, 0.5, 0], linestyle=":",
                linewidth=0.9, color=style.MUTED, zorder=2, gid="km:median")  # fmt: skip
    ax.yaxis.set_major_formatter(pinned_formatter(lambda v: percent(v * 100)))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=8, integer=True, steps=[1, 2, 3, 5, 6, 10]))
    ax.xaxis.set_major_formatter(style.NumberFormatter())  # days, in the language's digits
    ax.set_xlabel(shown(_("Days from the start of the regimen")), fontsize=style.LABEL_PT,
                  labelpad=1)  # fmt: skip
    ax.xaxis.set_label_coords(0.5, 0, transform=style.inches(ax, 0, -0.34))
    style.set_ylabel(ax, _("Without the event"))
    ticks = [t for t in ax.get_xticks() if 0 <= t <= last * 1.02]
    row = tuple((float(t), at_risk_at(points, t)) for t in ticks)
    shift = ScaledTranslation(0, -AT_RISK_BELOW_IN, figure.dpi_scale_trans)
    for day, count in row:
        ax.text(day, 0, number(count, 0), transform=ax.get_xaxis_transform() + shift,
                fontsize=style.TICK_PT, color=style.INK, ha="center", va="top",
                gid="km:at-risk")  # fmt: skip
    label = shown(_("At risk"))
    # beside the counts when it fits in the margin, else on a line of its own above them (the
    # Arabic words are wider than the margin and would run into the first count)
    fits = _width_in(label, style.TICK_PT) <= LEFT_IN - 0.06 - AT_RISK_GAP_IN
    ax.text(0, 0, label, gid="km:at-risk-label",
            transform=style.inches(ax, -LEFT_IN + 0.06,
                                   -AT_RISK_BELOW_IN + (0 if fits else AT_RISK_LINE_IN)),
            fontsize=style.TICK_PT, color=style.MUTED, ha="left", va="top")  # fmt: skip
    legend_top = _legend_top_in(figure, ax, curve_title(curve), counts_text(curve))
    rtl = right_to_left()
    where: dict[str, Any] = (
        {"loc": "upper left" if rtl else "upper right", "frameon": False,
         "bbox_to_anchor": (0.0 if rtl else 1.0, 1.0),
         "bbox_transform": style.inches(ax, 0.0, legend_top)}
        if legend_top is not None
        # no room above the axes: inside them, bottom left, where a survival curve (which
        # starts at 100 %) seldom is
        else {"loc": "lower left", "frameon": True, "facecolor": "white", "edgecolor": "none",
              "framealpha": 0.9}
    )  # fmt: skip
    ax.legend(ncols=3, fontsize=style.LEGEND_PT, borderaxespad=0.0 if legend_top else 0.4,
              handlelength=LEGEND_HANDLE_EM, columnspacing=LEGEND_SPACING_EM,
              handletextpad=LEGEND_PAD_EM, **where)  # fmt: skip
    return KmMarks(censored, row)


LEGEND_HANDLE_EM, LEGEND_PAD_EM, LEGEND_SPACING_EM = 1.6, 0.8, 1.2
"""The legend's line length, the gap after it and between entries (in font sizes)."""


def _legend_top_in(figure: Figure, ax: Axes, title: str, counts: str) -> float | None:
    """Where the legend's top goes, in inches above the axes: on the title's line, or on the
    line of counts when the title (a longer one in another language) would run into it there;
    None when neither line has room for it."""
    _handles, labels = ax.get_legend_handles_labels()
    em_in = style.LEGEND_PT / 72
    legend_in = sum(_width_in(label, style.LEGEND_PT) for label in labels) + len(labels) * (
        LEGEND_HANDLE_EM + LEGEND_PAD_EM
    ) * em_in + max(len(labels) - 1, 0) * LEGEND_SPACING_EM * em_in
    # the legend ends at the axes' right end, or starts at their left end right to left
    margin_in = LEFT_IN if right_to_left() else RIGHT_IN
    room_in = figure.get_size_inches()[0] - margin_in - 0.06 - LEGEND_GAP_IN - legend_in
    # the title is bold: measured a little wider than its regular outlines
    if _width_in(title, style.TITLE_PT) * 1.1 <= room_in:
        return TOP_IN - 0.03
    if _width_in(counts, style.LABEL_PT) <= room_in:
        return TOP_IN - 0.24
    return None


LEGEND_GAP_IN = 0.15
"""Room kept between the chart's title (or its counts) and the legend."""
AT_RISK_GAP_IN = 0.12
"""Room kept between the "At risk" label and the first count (half a count's width, and a gap)."""
AT_RISK_LINE_IN = 0.13
"""How far a label too wide for the margin is raised: one line of tick text."""


def _width_in(text: str, size_pt: float) -> float:
    """How wide ``text`` is drawn at ``size_pt``, in inches (the default font's outlines)."""
    return float(TextPath((0, 0), text, size=size_pt).get_extents().width) / 72


def _survival_at(points: Sequence[SurvivalPoint], day: float) -> float:
    value = 1.0
    for point in points:
        if point.day > day:
            break
        value = point.survival
    return value


def draw_waterfall(figure: Figure, waterfall: Waterfall) -> Axes:
    """Clear ``figure`` and draw one bar per patient of ``waterfall``; returns the axes."""
    figure.clear()
    bars = waterfall.bars
    ax = _axes(figure, WATERFALL_BOTTOM_IN)
    decreased = sum(1 for b in bars if b.change_pct < 0)
    increased = sum(1 for b in bars if b.change_pct > 0)
    counts = _(
        "n {n} · smaller {smaller} · larger {larger} · unchanged {unchanged}"
        " (at the latest assessed visit on the regimen)"
    ).format(
        n=number(len(bars), 0), smaller=number(decreased, 0), larger=number(increased, 0),
        unchanged=number(len(bars) - decreased - increased, 0),
    )  # fmt: skip
    _heading(figure, ax, _("Burden change from baseline, per patient"), counts)
    _below(ax, excluded_text(waterfall.excluded), 0.3, "excluded")
    if not bars:
        ax.set_xlim(0, 1)
        _no_patients(ax)
        return ax
    heights = [b.change_pct for b in bars]
    colours = [DECREASE if h < 0 else INCREASE for h in heights]
    ax.bar(range(len(bars)), heights, width=0.8 if len(bars) < 60 else 1.0, color=colours,
           linewidth=0, zorder=2, gid="waterfall:bars")  # fmt: skip
    ax.set_xlim(-0.8, len(bars) - 0.2)
    low, high = style.limits(heights, extra=[0.0], pad=0.08, minimum_span=20.0)
    ax.set_ylim(low, high)
    style.hline(ax, 0.0, "waterfall:zero", color=style.INK, linewidth=0.8, zorder=3)
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    ax.yaxis.set_major_formatter(pinned_formatter(style_pct))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6))
    style.set_ylabel(ax, _("Change, %"))
    ax.text(1.0, 0.0, shown(_("one bar per patient, largest increase to largest decrease")),
            transform=style.inches(ax, 0, -0.08), fontsize=style.TICK_PT, color=style.MUTED,
            ha="right", va="top")  # fmt: skip
    return ax


def style_pct(value: float) -> str:
    """A tick label: "+50 %", "0 %", "−25 %" (true minus sign), in the current language."""
    text = f"{value:+.0f}" if round(value) else "0"
    return percent_text(number_text(text.replace("-", "−")))


def percent(value: float) -> str:
    """A whole percentage as a tick label: "40 %", in the current language's digits."""
    return percent_text(number_text(f"{value:.0f}"))


def percent_text(value: str) -> str:
    # TRANSLATORS: a percentage on a chart's axis; {value} is the number
    return shown(_("{value} %").format(value=value))


def _no_patients(ax: Axes) -> None:
    ax.text(0.5, 0.5, shown(_("No patients to chart")), transform=ax.transAxes, ha="center",
            va="center", fontsize=style.NOTE_PT, color=style.MUTED,
            style=font_style("italic"), gid="empty")  # fmt: skip


def survival_figure(curve: SurvivalCurve, size_in: tuple[float, float] = KM_SIZE_IN) -> Figure:
    figure = Figure(figsize=size_in)
    draw_survival(figure, curve)
    return figure


def waterfall_figure(
    waterfall: Waterfall, size_in: tuple[float, float] = WATERFALL_SIZE_IN
) -> Figure:
    figure = Figure(figsize=size_in)
    draw_waterfall(figure, waterfall)
    return figure
