"""The body map names the patient's sides, in every language, and is never mirrored: the same
drawing and the same anchors in Arabic as in English."""

from __future__ import annotations

import itertools

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from calcitrack.domain.codes import Laterality
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.body_map_geometry import FRONT, body_map
from calcitrack.reports.charts.chart_text import shown
from calcitrack.reports.charts.lesion_map import LesionMapDrawing, draw_lesion_map
from tests.reports.charts.chart_catalogue import ARABIC, PORTUGUESE, speaking
from tests.reports.charts.test_lesion_map import ra_lesions


def _drawn(language: Language) -> tuple[Figure, LesionMapDrawing]:
    figure = Figure(figsize=(3.5, 4.0), dpi=100)
    FigureCanvasAgg(figure)
    with speaking(language):
        drawing = draw_lesion_map(figure, ra_lesions())
        figure.canvas.draw()
    return figure, drawing


def _sides(drawing: LesionMapDrawing) -> list[tuple[float, str, str]]:
    """(x of the text's middle on the screen, which side, its text), left to right."""
    found = []
    for text in drawing.axes.texts:
        gid = text.get_gid() or ""
        if gid.startswith("side-label:"):
            box = text.get_window_extent()
            found.append(((box.x0 + box.x1) / 2, gid.removeprefix("side-label:"), text.get_text()))
    return sorted(found)


def _midlines(drawing: LesionMapDrawing) -> list[float]:
    """The views' midlines on the screen, front first."""
    return [float(drawing.axes.transData.transform((x, 0))[0])
            for x in body_map().view_centres]  # fmt: skip


def test_the_sides_are_named_as_the_patients_right_and_left() -> None:
    _, drawing = _drawn(Language.ENGLISH)
    sides = _sides(drawing)
    assert [(side, text) for _, side, text in sides] == [
        ("R", "Patient's right"), ("L", "Patient's left"),  # front: her right on our left
        ("L", "Patient's left"), ("R", "Patient's right"),  # back: as we see her back
    ]  # fmt: skip
    front, back = _midlines(drawing)
    assert next(iter(body_map().outlines)) == FRONT
    assert sides[0][0] < front < sides[1][0] < sides[2][0] < back < sides[3][0]


def test_the_side_names_stay_inside_the_map_and_apart() -> None:
    for language in (Language.ENGLISH, Language.ARABIC, Language.PORTUGUESE):
        figure, drawing = _drawn(language)
        boxes = sorted(
            (t.get_window_extent() for t in drawing.axes.texts
             if (t.get_gid() or "").startswith("side-label:")),
            key=lambda box: box.x0,
        )  # fmt: skip
        assert boxes[0].x0 >= 0 and boxes[-1].x1 <= figure.bbox.width, language
        for left, right in itertools.pairwise(boxes):
            assert left.x1 < right.x0, language


def test_in_arabic_the_map_is_the_same_drawing_with_translated_names() -> None:
    figure_en, english = _drawn(Language.ENGLISH)
    figure_ar, arabic = _drawn(Language.ARABIC)
    # never mirrored: the same markers at the same places, the same axes
    assert arabic.markers == english.markers
    assert arabic.axes.get_xlim() == english.axes.get_xlim()
    assert not arabic.axes.xaxis_inverted()
    # the patient's right still on the viewer's left of the front view
    ar_sides = [(side, text) for _, side, text in _sides(arabic)]
    with speaking(Language.ARABIC):
        right, left = shown(ARABIC["Patient's right"]), shown(ARABIC["Patient's left"])
    assert ar_sides == [("R", right), ("L", left), ("L", left), ("R", right)]
    views = {t.get_gid(): t.get_text() for t in arabic.axes.texts}
    with speaking(Language.ARABIC):
        assert views["view-label:Front"] == shown(ARABIC["Front"])
        assert views["view-label:Back"] == shown(ARABIC["Back"])
    # anchors on the screen: identical
    for site, side in (("thigh", Laterality.RIGHT), ("upper_back", Laterality.LEFT)):
        x, y, _radius = body_map().anchor(site, side)
        on_screen_en = english.axes.transData.transform((x, y))
        on_screen_ar = arabic.axes.transData.transform((x, y))
        assert tuple(on_screen_ar) == tuple(on_screen_en)
    assert figure_ar.bbox.bounds == figure_en.bbox.bounds


def test_in_portuguese_the_sides_are_named_in_portuguese() -> None:
    _, drawing = _drawn(Language.PORTUGUESE)
    # too long for their half of a small map: on two lines
    texts = [text for _, _, text in _sides(drawing)]
    assert texts[0].count("\n") == 1
    assert texts[0].replace("\n", " ") == PORTUGUESE["Patient's right"]
    assert texts[1].replace("\n", " ") == PORTUGUESE["Patient's left"]

