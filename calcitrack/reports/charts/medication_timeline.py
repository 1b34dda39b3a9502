"""Panel 7: the medication timeline, SCQM style: one horizontal bar per drug, one step per dose
with the dose written on it, starts, stops and dose changes marked.

A dose text is fitted when it is drawn, so that it follows zooming and resizing: the full text
("60 mg BID"), else the amount ("60 mg"), else the number ("60"), else nothing — never wider
than the visible part of its step, so texts of one bar cannot overlap.

The **current dose** is always written where it can be read: a dose changed shortly before the
last day shown has a step too narrow for its text, and the bar would read as the old dose alone
("15 mg weekly" when it is now 90 mg twice daily). Then the current (ongoing) step writes
"now 90 mg BID" over the earlier steps of its bar, ending just before its own start (the dose
change marker), and the earlier steps' texts make room for it (shortened or hidden).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.collections import PolyCollection
from matplotlib.text import Text

from calcitrack.domain.rule_text import render
from calcitrack.domain.trajectory.trajectory_types import DoseStep, MedicationTrack
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.charts import chart_style as style
from calcitrack.reports.charts.chart_key import outside_legend
from calcitrack.reports.charts.chart_text import shown
from calcitrack.reports.charts.dashboard_types import HoverPoint, PanelContext
from calcitrack.reports.charts.date_axis import month_and_year

BAR_HEIGHT = 0.64
TEXT_PAD_PT = 5.5
"""Room kept each side of a dose text: the event markers sit on the step's ends."""
NAME_CHARS = 20
EVENT_MARKERS = {
    "start": style.LineProps(marker=">", markersize=4.5, label=N_("Start")),
    "stop": style.LineProps(marker="|", markersize=7.0, markeredgewidth=1.6, label=N_("Stop")),
    "increase": style.LineProps(marker="^", markersize=4.5, label=N_("Dose up")),
    "decrease": style.LineProps(marker="v", markersize=4.5, label=N_("Dose down")),
    "change": style.LineProps(marker="D", markersize=3.4, label=N_("Dose changed")),
}
"""The look of each dose event; ``label`` is English, translated where the key is drawn."""

_Align = Literal["left", "center", "right"]
_Placed = tuple[str, float, _Align]
"""A fitted text: the text, its x (data coordinates) and its horizontal alignment."""


class DoseText(Text):
    """A dose text that shows the longest of its ``candidates`` fitting its step's visible
    width (in pixels at draw time) and hides itself when none fits. ``now_candidates`` (the
    ongoing step's "now 90 mg BID") are written over the earlier steps of the bar when none of
    ``candidates`` fits the step itself; ``siblings`` are the texts of the whole bar."""

    def __init__(
        self,
        x0: float,
        x1: float,
        y: float,
        candidates: tuple[str, ...],
        now_candidates: tuple[str, ...] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__((x0 + x1) / 2, y, candidates[0], **kwargs)
        self.span = (x0, x1)
        self.candidates = candidates
        self.now_candidates = now_candidates
        self.siblings: list[DoseText] = [self]
        self.shown_text: str | None = candidates[0]
        self._dose_placed: _Placed | None = None

    # ------------------------------------------------------------------ geometry

    def _points_per_px(self) -> float:
        return 72.0 / style.root_figure_of(self).dpi

    def _data_axes(self) -> Axes:
        """The axes the text is on (``draw_medications`` adds it before anything asks)."""
        axes = self.axes
        if not isinstance(axes, Axes):
            raise ValueError("the dose text is not on an axes")
        return axes

    def _step_in_view(self) -> tuple[float, float] | None:
        left, right = self._data_axes().get_xlim()
        x0, x1 = max(self.span[0], left), min(self.span[1], right)
        return None if x1 <= x0 else (x0, x1)

    def _width_pt(self, x0: float, x1: float) -> float:
        (px0, _), (px1, _) = self._data_axes().transData.transform([(x0, 0.0), (x1, 0.0)])
        width_px: float = abs(px1 - px0)
        return width_px * self._points_per_px()

    def _own_fit(self, x1_limit: float | None = None) -> _Placed | None:
        """The longest candidate fitting the visible part of the step (up to ``x1_limit``)."""
        visible = self._step_in_view()
        if visible is None:
            return None
        x0, x1 = visible
        if x1_limit is not None:
            x1 = min(x1, x1_limit)
        if x1 <= x0:
            return None
        room_pt = self._width_pt(x0, x1) - 2 * TEXT_PAD_PT
        size = self.get_fontsize()
        for text in self.candidates:
            if style.text_width_pt(text, size) <= room_pt:
                return text, (x0 + x1) / 2, "center"
        return None

    def claim(self) -> tuple[_Placed | None, float] | None:
        """The ongoing step's "now …" text written over the earlier steps, when its own step is
        too narrow for any candidate: the placed text and its left edge (data coordinates). When
        no "now …" text fits either, the whole bar is claimed with no text: the earlier doses
        are not written, so that the bar never reads as the old dose alone (the hover still
        gives every dose)."""
        if not self.now_candidates or self._own_fit() is not None:
            return None
        visible = self._step_in_view()
        axes = self._data_axes()
        left, _ = axes.get_xlim()
        start = max(self.span[0], left)
        if visible is None or start <= left:
            return None  # the step fills the whole view: there is nothing earlier to write on
        bar_left = max(min(s.span[0] for s in self.siblings), left)
        room_pt = self._width_pt(bar_left, start) - 2 * TEXT_PAD_PT
        size = self.get_fontsize()
        ppp = self._points_per_px()
        end_px = axes.transData.transform((start, 0.0))[0] - TEXT_PAD_PT / ppp
        inverse = axes.transData.inverted()
        for text in self.now_candidates:
            width_pt = style.text_width_pt(text, size)
            if width_pt <= room_pt:
                x_end = inverse.transform((end_px, 0.0))[0]
                x_left = inverse.transform((end_px - width_pt / ppp - TEXT_PAD_PT / ppp, 0.0))[0]
                return (text, x_end, "right"), x_left
        return None, bar_left

    def place(self) -> _Placed | None:
        """Where this text goes now (None: hidden), the bar's "now …" text given room first."""
        mine = self.claim()
        if mine is not None:
            return mine[0]
        claims = [c for s in self.siblings if s is not self and (c := s.claim()) is not None]
        limit = min((c[1] for c in claims), default=None)
        return self._own_fit(limit)

    def fit(self, renderer: RendererBase | None = None) -> str | None:
        """The candidate that fits now (None: none does); remembers where it goes."""
        self._dose_placed = self.place()
        return None if self._dose_placed is None else self._dose_placed[0]

    def draw(self, renderer: RendererBase) -> None:
        if not self.get_visible():
            return
        chosen = self.fit(renderer)
        self.shown_text = chosen
        if self._dose_placed is None:
            return
        text, x, align = self._dose_placed
        if text != self.get_text():
            self.set_text(text)
        if self.get_position()[0] != x:
            self.set_x(x)
        if self.get_horizontalalignment() != align:
            self.set_horizontalalignment(align)
        super().draw(renderer)


def shown_tracks(ctx: PanelContext) -> tuple[MedicationTrack, ...]:
    """Drugs with a step overlapping the dates shown, in order of first start."""
    return tuple(
        t
        for t in ctx.data.medications
        if any(s.start <= ctx.last and (s.stop is None or s.stop > ctx.first) for s in t.steps)
    )


def short_name(name: str) -> str:
    """ "Immunoglobulin, normal human (IVIg)" → "IVIg"; long names are cut with an ellipsis."""
    if "(" in name and name.endswith(")"):
        inner = name[name.rindex("(") + 1 : -1]
        if inner and len(name) > NAME_CHARS:
            return inner
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1].rstrip() + "…"


def draw_medications(ctx: PanelContext, ax: Axes, tracks: tuple[MedicationTrack, ...]) -> None:
    style.style_axes(ax, grid=False)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    open_end = max(ctx.x1, ctx.last.toordinal() + ctx.offset) + 3650.0
    verts, faces = [], []
    events: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in EVENT_MARKERS}
    for row, track in enumerate(tracks):
        colour = style.PALETTE[row % len(style.PALETTE)]
        face = style.lighten(colour, 0.62)
        top, bottom = row - BAR_HEIGHT / 2, row + BAR_HEIGHT / 2
        siblings: list[DoseText] = []
        for step in track.steps:
            x0 = _x(ctx, step.start)
            x1 = open_end if step.stop is None else _x(ctx, step.stop)
            verts.append(((x0, top), (x1, top), (x1, bottom), (x0, bottom)))
            faces.append(face)
            full = render(step.text)
            texts: tuple[str, ...] = (full, render(step.short_text), render(step.dose_text))
            if step.start < ctx.first:  # the bar runs in from the left: say since when
                since = _("{dose} (since {month})").format(
                    dose=full, month=month_and_year(step.start)
                )
                texts = (since, *texts)
            text = DoseText(
                x0,
                x1,
                row,
                tuple(shown(t) for t in texts),
                tuple(shown(t) for t in now_texts(step)),
                fontsize=style.TICK_PT,
                color=style.INK,
                ha="center",
                va="center",
                clip_on=True,
                zorder=4,
                gid=f"dose:{track.key}",
            )
            text.siblings = siblings
            siblings.append(text)
            ax.add_artist(text)
            middle = (max(x0, ctx.x0) + min(x1, ctx.x1)) / 2
            ctx.hover.append(
                HoverPoint("medications", ax, middle, float(row), render(step.hover), None)
            )
        for event in track.events:
            x = _x(ctx, event.day)
            events[event.kind][0].append(x)
            events[event.kind][1].append(row)
            ctx.hover.append(HoverPoint("medications", ax, x, float(row), render(event.text), None))
    bars = PolyCollection(
        verts, facecolors=faces, edgecolors="white", linewidths=1.2, zorder=2, gid="medication_bars"
    )
    ax.add_collection(bars, autolim=False)
    handles = []
    for kind, props in EVENT_MARKERS.items():
        xs, ys = events[kind]
        if xs:
            translated: style.LineProps = {**props, "label": _(props.get("label", ""))}
            (line,) = ax.plot(
                xs, ys, linestyle="none", color=style.INK, zorder=5, gid=f"event:{kind}",
                **translated,
            )  # fmt: skip
            handles.append(line)
    ax.set_ylim(len(tracks) - 0.5, -0.5)
    ax.set_yticks(range(len(tracks)))
    ax.set_yticklabels([shown(short_name(t.shown_name)) for t in tracks], fontsize=style.TICK_PT)
    outside_legend(ax, handles, [str(h.get_label()) for h in handles])


def now_texts(step: DoseStep) -> tuple[str, ...]:
    """ "now 90 mg BID", "now 90 mg": the current dose written beside a narrow ongoing step
    (none for a step that has ended)."""
    if step.stop is not None:
        return ()
    # TRANSLATORS: the current dose of a drug, written on its bar ("now 90 mg BID")
    now = _("now {dose}")
    doses = (render(step.text), render(step.short_text))
    return tuple(dict.fromkeys(now.format(dose=dose) for dose in doses))


def _x(ctx: PanelContext, day: date) -> float:
    return day.toordinal() + ctx.offset


def dose_texts(ax: Axes) -> list[DoseText]:
    return [a for a in ax.texts if isinstance(a, DoseText)]


def visible_dose_texts(ax: Axes) -> list[DoseText]:
    return [t for t in dose_texts(ax) if t.shown_text is not None]
