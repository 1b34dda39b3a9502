"""The body-map drawing (``resources/body_map.svg``) as geometry for the lesion map.

The SVG is read once (cached) with ``xml.etree``: a closed outline per view (``<path
class="outline">``), thin detail strokes (``class="detail"``), the "Front"/"Back" and "R"/"L"
labels (``<text>``) and invisible anchor circles, one per body site and side::

    <circle id="site-thigh-right-front" class="anchor" cx=".." cy=".." r=".."/>
    <circle id="site-face-front" class="anchor" .../>            (sites that are not sided)
    <circle id="site-thigh-right-back" class="anchor alt" .../>  (click target only)

Coordinates are the SVG's user units with y pointing down; the lesion map uses them unchanged as
its data coordinates (with the y axis inverted). Front view: the patient's right is on the
viewer's left; back view: the patient's right is on the viewer's right.

Each site has one *placement* anchor, on the view where it is seen (upper back, lower back,
buttock and elbow on the back view; all the others on the front view). ``alt`` anchors make the
other view clickable too (a click on the back of the thigh picks the thigh) but never place a
lesion. Paths may use only the absolute commands M, L, C, Q and Z; ``<polygon>`` and
``<ellipse>`` are read as well.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
from matplotlib.path import Path

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import Laterality
from calcitrack.shipped_resources import shipped

_SVG_NS = "{http://www.w3.org/2000/svg}"
_ANCHOR_ID = re.compile(r"^site-(?P<code>[a-z_]+?)(?:-(?P<side>right|left))?-(?P<view>front|back)$")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "L": 2, "C": 6, "Q": 4, "Z": 0}
_CODES = {
    "M": (Path.MOVETO,),
    "L": (Path.LINETO,),
    "C": (Path.CURVE4,) * 3,
    "Q": (Path.CURVE3,) * 2,
}

FRONT = "front"
BACK = "back"
VIEWS = (FRONT, BACK)


@dataclass(frozen=True)
class Anchor:
    """Where a body site (on one side) sits on the map, in SVG coordinates."""

    site: str
    laterality: Laterality
    """RIGHT or LEFT for a sided site, MIDLINE for one that is not sided."""
    view: str
    x: float
    y: float
    radius: float
    placement: bool
    """True for the anchor that places lesions; False for an ``alt`` click target."""


@dataclass(frozen=True)
class Stroke:
    """A drawn element of the silhouette: a closed outline or an open detail line."""

    path: Path
    fill: str
    stroke: str
    width: float


@dataclass(frozen=True)
class Label:
    text: str
    x: float
    y: float
    size: float
    colour: str
    bold: bool
    role: str
    """``view-label`` ("Front"/"Back") or ``side-label`` ("R"/"L")."""


@dataclass(frozen=True)
class BodyMapGeometry:
    width: float
    height: float
    outlines: Mapping[str, Stroke]
    """View ("front"/"back") → its silhouette outline."""
    details: tuple[Stroke, ...]
    labels: tuple[Label, ...]
    anchors: Mapping[tuple[str, Laterality], Anchor]
    """(site code, laterality) → placement anchor; laterality MIDLINE for unsided sites."""
    click_targets: tuple[Anchor, ...]
    """Every anchor, placement and ``alt``, for hit testing."""

    @cached_property
    def view_centres(self) -> tuple[float, ...]:
        """The horizontal midline of each view's outline (computed once: path extents are slow)."""
        extents = (outline.path.get_extents() for outline in self.outlines.values())
        return tuple((e.x0 + e.x1) / 2 for e in extents)

    def anchor(self, site: str, laterality: Laterality) -> tuple[float, float, float]:
        """(x, y, radius) of a site on one side; unsided sites ignore the laterality; MIDLINE of a
        sided site is half-way between its two sides. BILATERAL has no single anchor (KeyError)."""
        found = self.anchors.get((site, laterality)) or self.anchors.get((site, Laterality.MIDLINE))
        if found is not None:
            return found.x, found.y, found.radius
        if laterality is Laterality.MIDLINE:
            right = self.anchors.get((site, Laterality.RIGHT))
            left = self.anchors.get((site, Laterality.LEFT))
            if right and left and right.view == left.view:
                return (
                    (right.x + left.x) / 2,
                    (right.y + left.y) / 2,
                    min(right.radius, left.radius),
                )
        raise KeyError((site, laterality))

    def view_at(self, x: float, y: float) -> str | None:
        for view, outline in self.outlines.items():
            if outline.path.contains_point((x, y)):
                return view
        return None

    def target_at(self, x: float, y: float) -> Anchor | None:
        """The anchor (placement or ``alt``) a click at a point in SVG coordinates picks.

        The anchor whose circle holds the point wins (the closest relative to its radius);
        failing that, a point inside a silhouette takes the closest anchor of that view; a point
        off the body picks nothing.
        """

        def reach(a: Anchor) -> float:
            return math.hypot(x - a.x, y - a.y) / a.radius

        inside = [a for a in self.click_targets if reach(a) <= 1.0]
        if not inside:
            view = self.view_at(x, y)
            if view is None:
                return None
            inside = [a for a in self.click_targets if a.view == view]
        return min(inside, key=reach)

    def site_at(self, x: float, y: float) -> tuple[str, Laterality] | None:
        """(site code, laterality) under a point in SVG coordinates, or None off the body."""
        target = self.target_at(x, y)
        return None if target is None else (target.site, target.laterality)


def _floats(text: str | None, default: float = 0.0) -> float:
    if text is None:
        return default
    match = _NUMBER.search(text)
    return float(match.group()) if match else default


def parse_path(d: str) -> Path:
    """An SVG path ``d`` with absolute M, L, C, Q, Z commands as a matplotlib Path."""
    vertices: list[tuple[float, float]] = []
    codes: list[np.uint8] = []
    start: tuple[float, float] | None = None
    for match in re.finditer(r"([A-Za-z])([^A-Za-z]*)", d):
        command, args = match.group(1), [float(n) for n in _NUMBER.findall(match.group(2))]
        if command not in _ARITY:
            raise ValueError(f"unsupported SVG path command {command!r} (use M, L, C, Q, Z)")
        if command == "Z":
            if start is None:
                raise ValueError("Z before M in an SVG path")
            vertices.append(start)
            codes.append(Path.CLOSEPOLY)
            continue
        arity = _ARITY[command]
        if not args or len(args) % arity:
            raise ValueError(f"{command} needs a multiple of {arity} numbers, got {len(args)}")
        for i in range(0, len(args), arity):
            points = list(zip(args[i : i + arity : 2], args[i + 1 : i + arity : 2], strict=True))
            step = command if command != "M" or i == 0 else "L"  # extra M pairs are L
            vertices.extend(points)
            codes.extend(_CODES[step])
            if step == "M":
                start = points[0]
    return Path(vertices, codes)


def _polygon(points: str) -> Path:
    numbers = [float(n) for n in _NUMBER.findall(points)]
    xy = list(zip(numbers[::2], numbers[1::2], strict=True))
    return Path([*xy, xy[0]], [Path.MOVETO] + [Path.LINETO] * (len(xy) - 1) + [Path.CLOSEPOLY])


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> Path:
    unit = Path.unit_circle()
    return Path(np.asarray(unit.vertices) * [rx, ry] + [cx, cy], unit.codes)


def _shape(element: ET.Element) -> Path | None:
    tag = element.tag.removeprefix(_SVG_NS)
    get = element.get
    if tag == "path":
        return parse_path(get("d", ""))
    if tag == "polygon":
        return _polygon(get("points", ""))
    if tag == "ellipse":
        return _ellipse(
            _floats(get("cx")), _floats(get("cy")), _floats(get("rx")), _floats(get("ry"))
        )
    if tag == "circle":
        r = _floats(get("r"))
        return _ellipse(_floats(get("cx")), _floats(get("cy")), r, r)
    return None


def _view_of(element: ET.Element, parents: Mapping[ET.Element, ET.Element]) -> str | None:
    node: ET.Element | None = element
    while node is not None:
        group = node.get("id", "")
        if group.startswith("view-"):
            return group.removeprefix("view-")
        node = parents.get(node)
    return None


def parse_body_map(svg_text: str) -> BodyMapGeometry:
    """Read the body-map SVG (see the module docstring for what it must hold)."""
    root = ET.fromstring(svg_text)
    parents = {child: parent for parent in root.iter() for child in parent}
    _, _, width, height = (float(n) for n in _NUMBER.findall(root.get("viewBox", "")))
    outlines: dict[str, Stroke] = {}
    details: list[Stroke] = []
    labels: list[Label] = []
    anchors: dict[tuple[str, Laterality], Anchor] = {}
    targets: list[Anchor] = []
    for element in root.iter():
        tag = element.tag.removeprefix(_SVG_NS)
        classes = set(element.get("class", "").split())
        if tag == "text":
            labels.append(
                Label(
                    text="".join(element.itertext()).strip(),
                    x=_floats(element.get("x")),
                    y=_floats(element.get("y")),
                    size=_floats(element.get("font-size"), 12.0),
                    colour=element.get("fill", "#000000"),
                    bold=element.get("font-weight") == "bold",
                    role=next(iter(classes), ""),
                )
            )
        elif "anchor" in classes:
            anchor = _anchor(element, placement="alt" not in classes)
            targets.append(anchor)
            if anchor.placement:
                key = (anchor.site, anchor.laterality)
                if key in anchors:
                    raise ValueError(f"two placement anchors for {key}")
                anchors[key] = anchor
        elif "outline" in classes or "detail" in classes:
            path = _shape(element)
            if path is None:
                continue
            stroke = Stroke(
                path,
                element.get("fill", "none"),
                element.get("stroke", "none"),
                _floats(element.get("stroke-width"), 1.0),
            )
            if "outline" in classes:
                view = _view_of(element, parents)
                if view not in VIEWS:
                    raise ValueError("an outline outside a view-front/view-back group")
                outlines[view] = stroke
            else:
                details.append(stroke)
    return BodyMapGeometry(
        width, height, outlines, tuple(details), tuple(labels), anchors, tuple(targets)
    )


def _anchor(element: ET.Element, *, placement: bool) -> Anchor:
    anchor_id = element.get("id", "")
    match = _ANCHOR_ID.match(anchor_id)
    if match is None or match.group("code") not in BODY_SITES:
        raise ValueError(f"anchor id {anchor_id!r} does not name a body site and view")
    side = match.group("side")
    return Anchor(
        site=match.group("code"),
        laterality=Laterality(side) if side else Laterality.MIDLINE,
        view=match.group("view"),
        x=_floats(element.get("cx")),
        y=_floats(element.get("cy")),
        radius=_floats(element.get("r")),
        placement=placement,
    )


@cache
def body_map() -> BodyMapGeometry:
    """The shipped body map, parsed once."""
    return parse_body_map(body_map_svg())


def body_map_svg() -> str:
    """The drawing's text: ``calcitrack/resources/body_map.svg`` in the wheel and the frozen app
    (pyproject force-includes the top-level ``resources/`` there), ``resources/body_map.svg`` of
    the repository in a source checkout (``calcitrack.shipped_resources``)."""
    return shipped("body_map.svg").read_text(encoding="utf-8")
