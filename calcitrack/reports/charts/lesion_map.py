"""The lesion map: each lesion on a front/back body silhouette, coloured by its change since
baseline and sized by its area.

A pure builder on a matplotlib ``Figure`` (no pyplot, no Qt): the Overview tab wraps the figure in
a Qt canvas and the PDF embeds the same figure. Coordinates are the body-map SVG's
(``body_map_geometry``), with the y axis inverted so the drawing stands upright.

- Colour: the Okabe–Ito colour-blind-safe palette on a blue (better) ↔ orange/vermillion (worse)
  axis; resolved lesions are hollow rings, lesions not measured are white with a dashed edge; the
  legend is always drawn with every category.
- Size: radius = r_min + (r_max − r_min) · √(area / 200 cm²), clamped, so a marker's area grows
  with the lesion's (ellipse-estimate) area, the smallest stays visible and the largest does not
  cover the body.
- Lesions at the same site and side are fanned out round the site so that none hides another;
  a bilateral lesion gets a marker on each side. Labels are placed beside their markers without
  overlapping where there is room, with a leader line when pushed further away.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerPatch
from matplotlib.patches import Circle, PathPatch
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import Laterality, LesionStatus
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.review.assessment_types import Assessment, LesionChange, LesionResponse
from calcitrack.i18n.catalogue import N_, _, current_language
from calcitrack.i18n.formats import number
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.body_map_geometry import BodyMapGeometry, Label, body_map
from calcitrack.reports.charts.body_map_text import caption_lines, fit_side_labels, map_text
from calcitrack.reports.charts.chart_text import shown


@dataclass(frozen=True)
class MapLesion:
    label: str
    body_site: str
    laterality: Laterality
    area_mm2: float | None
    change: LesionChange

    @classmethod
    def from_response(cls, response: LesionResponse) -> MapLesion:
        """A lesion of the response assessment: its current area, or its baseline area when it
        has resolved or was not measured at the assessed visit."""
        area = response.current_area_mm2
        if area is None:
            area = response.baseline_area_mm2
        return cls(response.label, response.body_site, response.laterality, area, response.change)


@dataclass(frozen=True)
class ChangeStyle:
    legend: str
    face: str
    edge: str
    hollow: bool = False
    dashed: bool = False


CHANGE_STYLES: dict[LesionChange, ChangeStyle] = {
    LesionChange.SMALLER: ChangeStyle(N_("Smaller"), "#0072B2", "#FFFFFF"),
    LesionChange.STABLE: ChangeStyle(N_("Stable"), "#8C8C8C", "#FFFFFF"),
    LesionChange.LARGER: ChangeStyle(N_("Larger"), "#D55E00", "#FFFFFF"),
    LesionChange.NEW: ChangeStyle(N_("New"), "#E69F00", "#FFFFFF"),
    LesionChange.RESOLVED: ChangeStyle(N_("Resolved"), "none", "#0072B2", hollow=True),
    LesionChange.NOT_MEASURED: ChangeStyle(N_("Not measured"), "#FFFFFF", "#5F5F5F", dashed=True),
}
"""Colours per change (Okabe & Ito, colour-blind safe); the legend lists them in this order.
``legend`` is the English text, translated where it is shown."""

MIN_RADIUS = 4.5
MAX_RADIUS = 16.0
"""Marker radii in body-map units (the silhouette is about 385 units tall)."""
FULL_SCALE_AREA_MM2 = 20_000.0
"""Area drawn at MAX_RADIUS (200 cm², a large sheet of calcinosis over a thigh or buttock)."""
UNMEASURED_RADIUS = 7.0

SELECTED_COLOUR = "#111111"
_LABEL_COLOUR = "#222222"
_LEGEND_HEIGHT_IN = 0.62
_BASE_SIZE_IN = (3.5, 4.0)
_CAPTION_MARGIN_PT = 3.0
SIDE_LABEL_INSET = 16.0
"""How far outward of the drawing's side letter the side's name starts, in body-map units."""
SIDE_LABEL_GAP = 12.0
"""The least room between a side's name and the view's midline, in body-map units."""


def marker_radius(area_mm2: float | None) -> float:
    """The marker's radius in body-map units for a lesion area (None: not measured)."""
    if area_mm2 is None or not math.isfinite(area_mm2):
        return UNMEASURED_RADIUS
    fraction = math.sqrt(max(area_mm2, 0.0) / FULL_SCALE_AREA_MM2)
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * min(fraction, 1.0)


def format_area(area_mm2: float | None) -> str:
    """The area for a tooltip, in the current language (not shaped: Qt shapes its own text)."""
    if area_mm2 is None:
        return _("area not measured")
    digits = 1 if area_mm2 < 100 else 0
    area = number(area_mm2, digits)
    if current_language() is Language.ENGLISH:  # a thin space between thousands, as the SI writes
        area = area.replace(",", "\u2009")
    return _("{area} mm² (ellipse estimate)").format(area=area)


def site_name(body_site: str, laterality: Laterality) -> str:
    site = BODY_SITES.get(body_site)
    name = site.name if site else body_site.replace("_", " ").capitalize()
    if site is not None and not site.sided:
        return name
    return f"{laterality.label} {name.lower()}"


def describe(lesion: MapLesion) -> str:
    """One line per fact, for tooltips: label, site, change and area."""
    style = CHANGE_STYLES[lesion.change]
    lines = (
        lesion.label,
        site_name(lesion.body_site, lesion.laterality),
        _("Since baseline: {change}").format(change=_(style.legend).lower()),
        _("Area: {area}").format(area=format_area(lesion.area_mm2)),
    )
    return "\n".join(lines)


@dataclass
class LesionMapDrawing:
    axes: Axes
    markers: dict[str, list[tuple[float, float, float]]]
    """Label → (x, y, radius) in data coordinates; a bilateral lesion has two markers."""
    geometry: BodyMapGeometry
    lesions: dict[str, MapLesion] = field(default_factory=dict)
    patches: dict[str, list[Circle]] = field(default_factory=dict)
    labels: dict[str, list[Text]] = field(default_factory=dict)
    """Label → its texts on the map, one per marker."""
    selected: str | None = None

    def lesion_at(self, x: float, y: float, *, tolerance: float = 0.0) -> str | None:
        """The label of the smallest marker that contains the data point (within ``tolerance``
        data units of its edge), or None."""
        hits = [
            (radius, label)
            for label, circles in self.markers.items()
            for cx, cy, radius in circles
            if math.hypot(x - cx, y - cy) <= radius + tolerance
        ]
        return min(hits)[1] if hits else None

    def site_at(self, x: float, y: float) -> tuple[str, Laterality] | None:
        return self.geometry.site_at(x, y)


def draw_lesion_map(
    figure: Figure, lesions: Sequence[MapLesion], *, selected: str | None = None
) -> LesionMapDrawing:
    """Draw the map on an empty ``figure`` (cleared first) and return where everything went."""
    geometry = body_map()
    figure.clear()
    width_in, height_in = figure.get_size_inches()
    scale = max(1.0, min(width_in / _BASE_SIZE_IN[0], height_in / _BASE_SIZE_IN[1]))
    font_size = min(6.5 * scale, 9.0)
    caption = caption_lines(font_size, width_in * 72 - 2 * _CAPTION_MARGIN_PT)
    legend_in = _LEGEND_HEIGHT_IN * font_size / 6.5 + (len(caption) - 1) * font_size * 1.2 / 72
    legend_frac = min(0.4, legend_in / height_in)
    axes = figure.add_axes((0.01, legend_frac, 0.98, 0.995 - legend_frac))
    axes.set_xlim(0, geometry.width)
    axes.set_ylim(geometry.height, 0)
    axes.set_aspect("equal", adjustable="box", anchor="C")
    axes.set_axis_off()
    texts = _draw_body(axes, geometry, font_size / 6.5)
    drawing = LesionMapDrawing(axes, {}, geometry, selected=selected)
    positions = _positions(geometry, lesions)
    for lesion in lesions:
        drawing.lesions[lesion.label] = lesion
        drawing.markers[lesion.label] = positions[lesion.label]
        drawing.patches[lesion.label] = _draw_markers(
            axes, lesion, positions[lesion.label], lesion.label == selected
        )
    _draw_legend(figure, font_size, caption)
    axes.apply_aspect()
    fit_side_labels(axes, geometry, texts, SIDE_LABEL_GAP)
    _place_labels(drawing, font_size)
    return drawing


def _draw_body(axes: Axes, geometry: BodyMapGeometry, scale: float) -> list[tuple[Label, Text]]:
    """Draw the silhouettes and the drawing's texts; returns each text with its label."""
    for stroke in (*geometry.outlines.values(), *geometry.details):
        fill = stroke.fill if stroke in geometry.outlines.values() else "none"
        patch = PathPatch(
            stroke.path,
            facecolor=fill,
            edgecolor=stroke.stroke,
            zorder=1,
            linewidth=stroke.width * 0.6,
            joinstyle="round",
            capstyle="round",
        )
        axes.add_patch(patch)
    texts = []
    for label in geometry.labels:
        side = label.role == "side-label"
        size = (6.0 if side else 8.5) * scale
        weight = "bold" if label.bold else "normal"
        # a side's name reaches outward from where the drawing puts its letter, clear of the body
        outward = label.x < _view_centre(geometry, label.x)
        text = axes.text(
            label.x + (-SIDE_LABEL_INSET if outward else SIDE_LABEL_INSET) * side,
            label.y,
            map_text(label),
            ha=("left" if outward else "right") if side else "center",
            va="baseline",
            fontsize=size,
            color=label.colour,
            fontweight=weight,
            zorder=2,
            gid=f"{label.role}:{label.text}",
        )
        texts.append((label, text))
    return texts


def _sides(lesion: MapLesion) -> tuple[Laterality, ...]:
    site = BODY_SITES.get(lesion.body_site)
    if site is not None and not site.sided:
        return (Laterality.MIDLINE,)
    if lesion.laterality is Laterality.BILATERAL:
        return (Laterality.RIGHT, Laterality.LEFT)
    return (lesion.laterality,)


def _positions(
    geometry: BodyMapGeometry, lesions: Iterable[MapLesion]
) -> dict[str, list[tuple[float, float, float]]]:
    """Marker centres and radii, lesions sharing a site and side fanned out round it."""
    groups: dict[tuple[str, Laterality], list[MapLesion]] = defaultdict(list)
    for lesion in lesions:
        for side in _sides(lesion):
            groups[(lesion.body_site, side)].append(lesion)
    positions: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for (site, side), members in groups.items():
        try:
            x, y, _ = geometry.anchor(site, side)
        except KeyError:
            continue  # an unknown site code: nowhere to draw it (the tables still list it)
        members = sorted(members, key=lambda m: (-marker_radius(m.area_mm2), m.label))
        radii = [marker_radius(m.area_mm2) for m in members]
        for member, (dx, dy), radius in zip(members, _fan(radii), radii, strict=True):
            positions[member.label].append((x + dx, y + dy, radius))
    return positions


def _fan(radii: Sequence[float], gap: float = 1.5) -> list[tuple[float, float]]:
    """Offsets that put n circles round a centre without overlaps: two stacked along the limb,
    more on a ring (the largest first, at the top)."""
    n = len(radii)
    if n == 1:
        return [(0.0, 0.0)]
    if n == 2:
        half = (radii[0] + radii[1] + gap) / 2
        return [(0.0, -half), (0.0, half)]
    widest = max(radii[i] + radii[(i + 1) % n] for i in range(n))
    ring = (widest + gap) / (2 * math.sin(math.pi / n))
    return [
        (
            ring * math.cos(-math.pi / 2 + 2 * math.pi * i / n),
            ring * math.sin(-math.pi / 2 + 2 * math.pi * i / n),
        )
        for i in range(n)
    ]


def _marker(centre: tuple[float, float], radius: float, style: ChangeStyle, **kw: Any) -> Circle:
    """A marker (or legend key) in the style of a change: filled disc, hollow ring or dashed."""
    if style.hollow:
        return Circle(centre, radius, facecolor="none", edgecolor=style.edge, linewidth=1.8, **kw)
    dashes = (0, (2.0, 1.2)) if style.dashed else "solid"
    return Circle(
        centre,
        radius,
        facecolor=style.face,
        edgecolor=style.edge,
        linestyle=dashes,
        linewidth=0.9 if style.dashed else 0.7,
        **kw,
    )


def _draw_markers(
    axes: Axes, lesion: MapLesion, circles: Sequence[tuple[float, float, float]], selected: bool
) -> list[Circle]:
    style = CHANGE_STYLES[lesion.change]
    patches = []
    for x, y, radius in circles:
        z = 10 + (MAX_RADIUS - radius) / MAX_RADIUS  # smaller markers on top
        patch = _marker((x, y), radius, style, zorder=z, gid=f"lesion:{lesion.label}")
        if not style.hollow:
            patch.set_alpha(0.92)
        axes.add_patch(patch)
        patches.append(patch)
        if selected:
            axes.add_patch(
                Circle(
                    (x, y),
                    radius + 2.2,
                    facecolor="none",
                    linewidth=2.0,
                    edgecolor=SELECTED_COLOUR,
                    zorder=12,
                    gid=f"selected:{lesion.label}",
                )
            )
    return patches


def _legend_key(
    legend: object, orig_handle: object, xdescent: float, ydescent: float, width: float,
    height: float, fontsize: float,
) -> Circle:  # fmt: skip
    """Legend keys are circles like the markers (HandlerPatch copies the handle's style)."""
    return Circle((width / 2 - xdescent, height / 2 - ydescent), min(width, height) / 2 * 0.95)


def _draw_legend(figure: Figure, font_size: float, caption: Sequence[str]) -> None:
    handles = [
        _marker((0, 0), 1, style, label=shown(_(style.legend))) for style in CHANGE_STYLES.values()
    ]
    for handle in handles:
        handle.set_linewidth(min(handle.get_linewidth(), 1.4))
    legend = figure.legend(
        handles=handles, loc="lower center", ncols=3, frameon=False, fontsize=font_size + 0.5,
        handler_map={Circle: HandlerPatch(patch_func=_legend_key)}, handlelength=1.1,
        handleheight=1.1, handletextpad=0.4, columnspacing=1.4, borderaxespad=0.3,
        title="\n".join(caption), title_fontsize=font_size,
    )  # fmt: skip
    legend.set_gid("lesion-map-legend")
    legend.get_title().set_color("#444444")
    legend.get_title().set_multialignment("center")


def _place_labels(drawing: LesionMapDrawing, font_size: float) -> None:
    """Put each lesion's label beside each of its markers where it overlaps nothing else.

    Works in display units: candidate spots all round the marker (outward from the body first),
    then further out with a leader line; the first free one wins, or else the least crowded."""
    axes = drawing.axes
    to_display = axes.transData
    to_data = to_display.inverted()
    area = axes.get_window_extent()
    unit = abs(to_display.transform((1, 0))[0] - to_display.transform((0, 0))[0])
    obstacles: list[Bbox] = [t.get_window_extent() for t in axes.texts]
    for label, circles in drawing.markers.items():
        extra = 4.0 if label == drawing.selected else 0.0
        for x, y, radius in circles:
            cx, cy = to_display.transform((x, y))
            r = (radius + extra) * unit * 0.95
            obstacles.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))

    def priority(label: str) -> tuple[bool, float, str]:  # the selected, then the largest
        return (
            label != drawing.selected,
            -max((c[2] for c in drawing.markers[label]), default=0),
            label,
        )

    order = sorted(drawing.markers, key=priority)
    halo = [patheffects.withStroke(linewidth=2.2, foreground="white", alpha=0.85)]
    pad = 2.0 * unit
    for label in order:
        selected = label == drawing.selected
        for x, y, radius in drawing.markers[label]:
            weight = "bold" if selected else "normal"
            text = axes.text(0, 0, label, fontsize=font_size, color=_LABEL_COLOUR, zorder=20,
                             fontweight=weight, path_effects=halo, ha="left", va="bottom",
                             gid=f"label:{label}")  # fmt: skip
            size = text.get_window_extent()
            centre_x, centre_y = to_display.transform((x, y))
            centre = (centre_x, centre_y)
            edge = (radius + (4.0 if selected else 0.0)) * unit
            outward = -1.0 if x < _view_centre(drawing.geometry, x) else 1.0
            spot = _best_spot(centre, edge, outward, size.width, size.height, pad, obstacles, area)
            spot_x, spot_y = to_data.transform((spot.x0, spot.y0))
            text.set_position((spot_x, spot_y))
            near = _nearest_point(spot, *centre)
            gap = math.hypot(near[0] - centre[0], near[1] - centre[1]) - edge
            if gap > pad * 2.5:  # a leader line when the label sits clear of its marker
                ux, uy = (near[0] - centre[0]) / (gap + edge), (near[1] - centre[1]) / (gap + edge)
                start = to_data.transform((centre[0] + ux * edge, centre[1] + uy * edge))
                end = to_data.transform(near)
                axes.plot([start[0], end[0]], [start[1], end[1]], color="#777777",
                          linewidth=0.5, zorder=19, solid_capstyle="round")  # fmt: skip
            obstacles.append(spot.expanded(1.04, 1.1))
            drawing.labels.setdefault(label, []).append(text)


def _best_spot(
    centre: Sequence[float], edge: float, outward: float, w: float, h: float, pad: float,
    obstacles: Sequence[Bbox], area: Bbox,
) -> Bbox:  # fmt: skip
    cx, cy = centre
    best: tuple[float, Bbox] | None = None
    rank = 0
    for reach in (pad, pad + 1.5 * h, pad + 3.5 * h, pad + 6 * h):
        for angle in _angles(outward):
            ux, uy = math.cos(angle), math.sin(angle)
            px, py = cx + (edge + reach) * ux, cy + (edge + reach) * uy
            x0 = px if ux > 0.3 else px - w if ux < -0.3 else px - w / 2
            y0 = py if uy > 0.3 else py - h if uy < -0.3 else py - h / 2
            spot = Bbox.from_bounds(x0, y0, w, h)
            crowding = _overlap(spot, obstacles) + _outside(spot, area) * 10
            if crowding == 0:
                return spot
            cost = crowding + rank * 0.5
            rank += 1
            if best is None or cost < best[0]:
                best = (cost, spot)
    assert best is not None
    return best[1]


def _angles(outward: float) -> list[float]:
    """Directions to try, in display space (y up): outward first, then up/down, then inward."""
    out = 0.0 if outward > 0 else math.pi
    inward = math.pi - out
    tilt = math.radians(35)
    up, down = math.pi / 2, -math.pi / 2
    turn = tilt * outward
    return [out, out + turn, out - turn, up, down, inward - turn, inward + turn, inward]


def _view_centre(geometry: BodyMapGeometry, x: float) -> float:
    """The midline of the view nearest to x."""
    return min(geometry.view_centres, key=lambda c: abs(c - x))


def _overlap(spot: Bbox, obstacles: Iterable[Bbox]) -> float:
    total = 0.0
    for other in obstacles:
        w = min(spot.x1, other.x1) - max(spot.x0, other.x0)
        h = min(spot.y1, other.y1) - max(spot.y0, other.y0)
        if w > 0 and h > 0:
            total += w * h
    return total


def _outside(spot: Bbox, area: Bbox) -> float:
    inside_w: float = max(0.0, min(spot.x1, area.x1) - max(spot.x0, area.x0))
    inside_h: float = max(0.0, min(spot.y1, area.y1) - max(spot.y0, area.y0))
    return spot.width * spot.height - inside_w * inside_h


def _nearest_point(box: Bbox, x: float, y: float) -> tuple[float, float]:
    return min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1)


def map_lesions(chart: PatientChart, assessment: Assessment) -> tuple[MapLesion, ...]:
    """The lesions for the map (the Overview's and the PDF's), coloured by their change from
    baseline. Without an assessed change a lesion is drawn "not measured" at its latest size, so
    the map never pretends to know a change; a lesion no longer active is "resolved"."""
    by_label = {le.label: le for le in assessment.response.lesions}
    latest_area: dict[str, float] = {}
    for visit in sorted(chart.visits, key=lambda v: v.visit_date):
        for m in visit.lesion_measurements:
            latest_area[m.lesion_label] = m.area_mm2
    found = []
    for lesion in chart.lesions:
        response = by_label.get(lesion.label)
        if response is not None:
            found.append(MapLesion.from_response(response))
            continue
        change = (
            LesionChange.RESOLVED
            if lesion.status is not LesionStatus.ACTIVE
            else LesionChange.NOT_MEASURED
        )
        found.append(
            MapLesion(lesion.label, lesion.body_site, lesion.laterality,
                      latest_area.get(lesion.label), change)
        )  # fmt: skip
    return tuple(found)
