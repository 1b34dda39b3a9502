"""The body-map geometry and the lesion map builder, checked by their artists and drawn once."""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Sequence

import pytest
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Circle

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import Laterality
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.review.assessment_types import LesionChange, LesionResponse
from calcitrack.reports.charts.body_map_geometry import BACK, FRONT, body_map, parse_path
from calcitrack.reports.charts.lesion_map import (
    CHANGE_STYLES,
    MAX_RADIUS,
    MIN_RADIUS,
    UNMEASURED_RADIUS,
    LesionMapDrawing,
    MapLesion,
    describe,
    draw_lesion_map,
    marker_radius,
)
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart

R, L = Laterality.RIGHT, Laterality.LEFT
BACK_SITES = {"buttock", "upper_back", "lower_back", "elbow"}
DM_NEW = {"L buttock", "R posterior thigh"}


def _latest_areas(chart: PatientChart) -> dict[str, float]:
    return {m.lesion_label: m.area_mm2 for m in chart.visits[-1].lesion_measurements}


def ra_lesions() -> list[MapLesion]:
    """The RA case at its last visit: every lesion smaller than at baseline."""
    chart = ra_case_chart("DEMO-0001")
    areas = _latest_areas(chart)
    return [
        MapLesion(x.label, x.body_site, x.laterality, areas[x.label], LesionChange.SMALLER)
        for x in chart.lesions
    ]


def dm_lesions() -> list[MapLesion]:
    """The DM case at its last visit: the old lesions larger, two new ones."""
    chart = dm_case_chart("DEMO-0002")
    areas = _latest_areas(chart)
    return [
        MapLesion(
            x.label,
            x.body_site,
            x.laterality,
            areas[x.label],
            LesionChange.NEW if x.label in DM_NEW else LesionChange.LARGER,
        )
        for x in chart.lesions
    ]


def render(lesions: Sequence[MapLesion], selected: str | None = None) -> LesionMapDrawing:
    """Draw the map at its report size and render it once (Agg), as the screen and PDF do."""
    figure = Figure(figsize=(3.5, 4.0), dpi=100)
    drawing = draw_lesion_map(figure, lesions, selected=selected)
    figure.savefig(io.BytesIO(), format="png")
    return drawing


def midline(view: str) -> float:
    extents = body_map().outlines[view].path.get_extents()
    return (extents.x0 + extents.x1) / 2


def view_of(x: float) -> str:
    return FRONT if abs(x - midline(FRONT)) < abs(x - midline(BACK)) else BACK


def lesion_patches(drawing: LesionMapDrawing, label: str) -> list[Circle]:
    return drawing.patches[label]


# --- the drawing of the body ------------------------------------------------------------------


def test_every_body_site_has_an_anchor_for_each_side_where_sided() -> None:
    anchors = body_map().anchors
    for code, site in BODY_SITES.items():
        if site.sided:
            assert (code, R) in anchors and (code, L) in anchors, code
            assert (code, Laterality.MIDLINE) not in anchors, code
        else:
            assert (code, Laterality.MIDLINE) in anchors, code
            assert (code, R) not in anchors and (code, L) not in anchors, code
    assert {site for site, _ in anchors} == set(BODY_SITES)


def test_each_site_is_placed_on_the_view_where_it_is_seen() -> None:
    for (code, _), anchor in body_map().anchors.items():
        assert anchor.view == (BACK if code in BACK_SITES else FRONT), code


def test_every_anchor_lies_inside_the_silhouette_of_its_view() -> None:
    geometry = body_map()
    for anchor in geometry.click_targets:
        assert geometry.outlines[anchor.view].path.contains_point((anchor.x, anchor.y)), anchor
        other = BACK if anchor.view == FRONT else FRONT
        assert not geometry.outlines[other].path.contains_point((anchor.x, anchor.y)), anchor


def test_front_shows_the_right_on_the_viewers_left_and_back_on_the_viewers_right() -> None:
    geometry = body_map()
    for anchor in geometry.click_targets:
        centre = midline(anchor.view)
        if anchor.laterality is Laterality.MIDLINE:
            assert anchor.x == pytest.approx(centre, abs=0.5)
        elif (anchor.view == FRONT) == (anchor.laterality is R):
            assert anchor.x < centre, anchor
        else:
            assert anchor.x > centre, anchor


def test_views_and_sides_are_labelled() -> None:
    labels = body_map().labels
    views = {label.text: label.x for label in labels if label.role == "view-label"}
    assert views.keys() == {"Front", "Back"}
    assert views["Front"] == pytest.approx(midline(FRONT), abs=2)
    assert views["Back"] == pytest.approx(midline(BACK), abs=2)
    sides = sorted((label.x, label.text) for label in labels if label.role == "side-label")
    assert [text for _, text in sides] == ["R", "L", "L", "R"]


def test_site_at_round_trips_every_anchor_and_finds_nothing_off_the_body() -> None:
    geometry = body_map()
    for anchor in geometry.click_targets:
        assert geometry.site_at(anchor.x, anchor.y) == (anchor.site, anchor.laterality)
    assert geometry.site_at(2, 2) is None
    assert geometry.site_at(midline(FRONT), geometry.height - 2) is None  # between the feet


def test_site_at_inside_the_body_but_off_every_anchor_takes_the_nearest_site() -> None:
    geometry = body_map()
    x, y, radius = geometry.anchor("thigh", R)
    # the outer edge of the thigh, outside the anchor circle but inside the outline
    point = (x - radius - 0.8, y)
    assert geometry.outlines[FRONT].path.contains_point(point)
    assert geometry.site_at(*point) == ("thigh", R)


def test_the_back_of_a_limb_is_clickable_too() -> None:
    geometry = body_map()
    alt = next(
        a
        for a in geometry.click_targets
        if not a.placement and a.site == "thigh" and a.laterality is R
    )
    assert alt.view == BACK
    assert geometry.site_at(alt.x, alt.y) == ("thigh", R)


def test_svg_paths_with_curves_are_read_and_relative_commands_refused() -> None:
    path = parse_path("M0,0 L10,0 C10,5 5,10 0,10 Q-5,5 0,0 Z")
    assert path.contains_point((4, 4))
    assert not path.contains_point((12, 12))
    with pytest.raises(ValueError, match="unsupported"):
        parse_path("M0,0 l10,0 Z")


# --- the lesion map -----------------------------------------------------------------------------


def test_ra_lesions_are_drawn_at_their_sites_on_the_correct_side_and_view() -> None:
    drawing = render(ra_lesions())
    geometry = body_map()
    assert set(drawing.markers) == {
        "R lateral thigh",
        "R buttock",
        "R knee",
        "L lateral thigh",
        "R upper chest",
    }
    expected_view = {
        "R lateral thigh": FRONT,
        "R buttock": BACK,
        "R knee": FRONT,
        "L lateral thigh": FRONT,
        "R upper chest": FRONT,
    }
    for lesion in ra_lesions():
        [(x, y, _)] = drawing.markers[lesion.label]
        view = expected_view[lesion.label]
        assert view_of(x) == view
        patient_right_is_left = view == FRONT
        on_viewers_left = x < midline(view)
        assert on_viewers_left == (patient_right_is_left == (lesion.laterality is R)), lesion
        assert geometry.site_at(x, y) == (lesion.body_site, lesion.laterality)


def test_markers_are_coloured_by_change_and_the_legend_lists_every_change() -> None:
    drawing = render(dm_lesions())
    for label, patches in drawing.patches.items():
        change = LesionChange.NEW if label in DM_NEW else LesionChange.LARGER
        assert patches[0].get_facecolor()[:3] == pytest.approx(
            to_rgba(CHANGE_STYLES[change].face)[:3]
        ), label
    legend = drawing.axes.figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == [
        "Smaller",
        "Stable",
        "Larger",
        "New",
        "Resolved",
        "Not measured",
    ]
    legend_box = legend.get_window_extent()
    assert drawing.axes.figure.bbox.contains(legend_box.x0, legend_box.y0)
    assert drawing.axes.figure.bbox.contains(legend_box.x1, legend_box.y1)


def test_the_legend_is_drawn_even_with_no_lesions() -> None:
    drawing = render([])
    assert drawing.markers == {}
    assert len(drawing.axes.figure.legends[0].get_texts()) == 6


def test_colours_differ_between_changes() -> None:
    faces = [s.face for s in CHANGE_STYLES.values() if not s.hollow]
    assert len(set(faces)) == len(faces)


def test_marker_size_follows_lesion_area() -> None:
    lesions = ra_lesions()
    drawing = render(lesions)
    by_area = sorted(lesions, key=lambda m: m.area_mm2 or 0)
    radii = [drawing.markers[m.label][0][2] for m in by_area]
    assert radii == sorted(radii)
    assert len(set(radii)) == len(radii)
    assert radii[0] >= MIN_RADIUS  # a lesion of 8 × 6 mm stays visible
    assert radii[-1] <= MAX_RADIUS


def test_marker_radius_is_clamped_and_unmeasured_lesions_get_a_fixed_size() -> None:
    assert marker_radius(0) == MIN_RADIUS
    assert marker_radius(10**9) == MAX_RADIUS
    assert marker_radius(None) == UNMEASURED_RADIUS
    # area ∝ lesion area above the minimum: four times the area, twice the extra radius
    assert (marker_radius(4000) - MIN_RADIUS) == pytest.approx(
        2 * (marker_radius(1000) - MIN_RADIUS)
    )


def test_lesions_at_the_same_site_and_side_are_fanned_out_without_overlap() -> None:
    drawing = render(dm_lesions())
    [(x1, y1, r1)] = drawing.markers["R thigh"]
    [(x2, y2, r2)] = drawing.markers["R posterior thigh"]
    assert math.hypot(x1 - x2, y1 - y2) >= r1 + r2
    ax, ay, radius = body_map().anchor("thigh", R)
    for x, y, _ in ((x1, y1, r1), (x2, y2, r2)):
        assert math.hypot(x - ax, y - ay) <= radius + MAX_RADIUS


def test_three_lesions_at_one_site_hide_none_of_each_other() -> None:
    lesions = [
        MapLesion(f"L knee {c}", "knee", L, area, LesionChange.STABLE)
        for c, area in zip("ABC", (400.0, 250.0, 30.0), strict=True)
    ]
    drawing = render(lesions)
    circles = [drawing.markers[m.label][0] for m in lesions]
    for (xa, ya, ra), (xb, yb, rb) in itertools.combinations(circles, 2):
        assert math.hypot(xa - xb, ya - yb) >= ra + rb


def test_resolved_lesions_are_hollow_rings_and_unmeasured_ones_dashed() -> None:
    drawing = render(
        [
            MapLesion("Gone", "forearm", L, 300.0, LesionChange.RESOLVED),
            MapLesion("Unmeasured", "forearm", R, None, LesionChange.NOT_MEASURED),
            MapLesion("Same", "hand", R, 100.0, LesionChange.STABLE),
        ]
    )
    [ring] = drawing.patches["Gone"]
    assert ring.get_facecolor()[3] == 0
    assert ring.get_edgecolor()[:3] == pytest.approx(
        to_rgba(CHANGE_STYLES[LesionChange.RESOLVED].edge)[:3]
    )
    [dashed] = drawing.patches["Unmeasured"]
    assert dashed.get_linestyle() not in ("-", "solid")
    assert drawing.markers["Unmeasured"][0][2] == UNMEASURED_RADIUS
    [solid] = drawing.patches["Same"]
    assert solid.get_facecolor()[3] > 0.5


def test_a_bilateral_lesion_gets_a_marker_and_a_label_on_each_side() -> None:
    drawing = render(
        [MapLesion("Both elbows", "elbow", Laterality.BILATERAL, 500.0, LesionChange.LARGER)]
    )
    markers = drawing.markers["Both elbows"]
    assert len(markers) == 2
    assert {body_map().site_at(x, y) for x, y, _ in markers} == {("elbow", R), ("elbow", L)}
    assert len(drawing.labels["Both elbows"]) == 2


def test_unsided_and_midline_sites() -> None:
    drawing = render(
        [
            MapLesion("Chin", "face", Laterality.MIDLINE, 50.0, LesionChange.STABLE),
            MapLesion("Sternum", "chest", Laterality.MIDLINE, 50.0, LesionChange.STABLE),
        ]
    )
    [(x, _, _)] = drawing.markers["Chin"]
    assert x == pytest.approx(midline(FRONT), abs=0.5)
    [(x, _, _)] = drawing.markers["Sternum"]
    assert x == pytest.approx(midline(FRONT), abs=0.5)


def test_a_lesion_at_an_unknown_site_is_left_off_the_map() -> None:
    drawing = render([MapLesion("Scalp", "scalp", Laterality.MIDLINE, 50.0, LesionChange.NEW)])
    assert drawing.markers["Scalp"] == []
    assert drawing.lesion_at(*body_map().anchor("face", Laterality.MIDLINE)[:2]) is None


def test_the_selected_lesion_has_a_thick_outline_and_a_bold_label() -> None:
    drawing = render(ra_lesions(), selected="R knee")
    rings = [p for p in drawing.axes.patches if p.get_gid() == "selected:R knee"]
    assert len(rings) == 1
    assert rings[0].get_linewidth() >= 1.8
    assert drawing.labels["R knee"][0].get_fontweight() == "bold"
    assert not [p for p in drawing.axes.patches if str(p.get_gid()).startswith("selected:R b")]


@pytest.mark.parametrize("lesions", [ra_lesions(), dm_lesions()], ids=["ra", "dm"])
def test_labels_name_their_lesions_and_do_not_overlap(lesions: list[MapLesion]) -> None:
    drawing = render(lesions)
    texts = [t for label in drawing.labels.values() for t in label]
    assert sorted(t.get_text() for t in texts) == sorted(m.label for m in lesions)
    boxes = [t.get_window_extent() for t in texts]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    figure_box = drawing.axes.figure.bbox
    for box in boxes:
        assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1


def test_lesion_at_finds_the_smallest_marker_under_the_point() -> None:
    drawing = render(dm_lesions())
    for label, markers in drawing.markers.items():
        x, y, _ = markers[0]
        assert drawing.lesion_at(x, y) == label
    assert drawing.lesion_at(5, 5) is None
    big = LesionMapDrawing(drawing.axes, {"big": [(0, 0, 10)], "small": [(2, 0, 3)]}, body_map())
    assert big.lesion_at(2.5, 0) == "small"
    assert big.lesion_at(-5, 0) == "big"
    assert big.lesion_at(0, 10.5) is None
    assert big.lesion_at(0, 10.5, tolerance=1) == "big"


def test_site_at_on_the_drawing_uses_data_coordinates() -> None:
    drawing = render(ra_lesions())
    x, y, _ = body_map().anchor("buttock", L)
    assert drawing.site_at(x, y) == ("buttock", L)


def test_the_map_keeps_an_equal_aspect_and_no_ticks() -> None:
    drawing = render(ra_lesions())
    assert drawing.axes.get_aspect() == 1.0
    assert not drawing.axes.axison
    assert drawing.axes.get_ylim()[0] > drawing.axes.get_ylim()[1]  # y down, as in the SVG


def test_the_figure_can_be_drawn_again_for_another_patient() -> None:
    figure = Figure(figsize=(3.5, 4.0))
    draw_lesion_map(figure, ra_lesions())
    drawing = draw_lesion_map(figure, dm_lesions())
    assert len(figure.axes) == 1
    assert len(figure.legends) == 1
    assert "R lateral thigh" not in drawing.markers


def test_describe_and_from_response() -> None:
    response = LesionResponse("R knee", "knee", R, LesionChange.SMALLER, 1884.96, 1060.29, -43.8)
    lesion = MapLesion.from_response(response)
    assert lesion == MapLesion("R knee", "knee", R, 1060.29, LesionChange.SMALLER)
    text = describe(lesion)
    assert text.splitlines() == [
        "R knee",
        "Right knee",
        "Since baseline: smaller",
        "Area: 1\u2009060 mm² (ellipse estimate)",
    ]
    resolved = LesionResponse(
        "Gone", "face", Laterality.MIDLINE, LesionChange.RESOLVED, 50.0, None, None
    )
    assert MapLesion.from_response(resolved).area_mm2 == 50.0
    assert describe(MapLesion.from_response(resolved)).splitlines()[1] == "Face"
