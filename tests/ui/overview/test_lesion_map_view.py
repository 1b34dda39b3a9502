"""The lesion map on screen, driven with the mouse as a person would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Laterality
from calcitrack.domain.review.assessment_types import LesionChange
from calcitrack.ui.overview.lesion_map_view import LesionMapView
from tests.reports.charts.test_lesion_map import dm_lesions, ra_lesions
from tests.ui.held_runner import HeldRunner


def shown_view(qtbot: QtBot, width: int = 420, height: int = 480) -> LesionMapView:
    view = LesionMapView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def pixel(view: LesionMapView, x: float, y: float) -> QPoint:
    """The canvas pixel (Qt's logical coordinates, y down) of a point in data coordinates."""
    drawing = view.drawing
    display_x, display_y = drawing.axes.transData.transform((x, y))
    assert view.current is not None
    ratio = view.current.pixel_ratio
    height = drawing.axes.figure.bbox.height
    return QPoint(round(display_x / ratio), round((height - display_y) / ratio))


def test_clicking_a_lesion_emits_its_label_and_selects_it(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    view.set_lesions(ra_lesions())
    x, y, _ = view.drawing.markers["R knee"][0]
    with qtbot.waitSignal(view.lesion_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, x, y))
    assert blocker.args == ["R knee"]
    assert view.selected() == "R knee"
    assert any(p.get_gid() == "selected:R knee" for p in view.drawing.axes.patches)


def test_every_lesion_is_clickable_even_the_smallest(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    view.set_lesions(dm_lesions())
    for label, markers in view.drawing.markers.items():
        x, y, _ = markers[0]
        with qtbot.waitSignal(view.lesion_clicked, timeout=1000) as blocker:
            qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, x, y))
        assert blocker.args == [label]


def test_clicking_the_body_away_from_lesions_emits_nothing(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    view.set_lesions(ra_lesions())
    x, y, _ = view.drawing.geometry.anchor("face", Laterality.MIDLINE)
    with qtbot.assertNotEmitted(view.lesion_clicked), qtbot.assertNotEmitted(view.site_clicked):
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, x, y))
    assert view.selected() is None


def test_in_picking_mode_a_click_on_the_body_emits_the_site(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    view.set_lesions(ra_lesions())
    view.picking_site = True
    x, y, _ = view.drawing.markers["R lateral thigh"][0]  # on a lesion: still a site pick
    with (
        qtbot.assertNotEmitted(view.lesion_clicked),
        qtbot.waitSignal(view.site_clicked, timeout=1000) as blocker,
    ):
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, x, y))
    assert blocker.args == ["thigh", "right"]
    x, y, _ = view.drawing.geometry.anchor("upper_back", Laterality.LEFT)
    with qtbot.waitSignal(view.site_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, x, y))
    assert blocker.args == ["upper_back", "left"]
    with qtbot.assertNotEmitted(view.site_clicked):
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, 3, 3))


def test_hovering_a_lesion_names_it_with_its_change_and_area(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    view.set_lesions(dm_lesions())
    x, y, _ = view.drawing.markers["L buttock"][0]
    qtbot.mouseMove(view.canvas, pixel(view, x, y))
    qtbot.waitUntil(lambda: "L buttock" in view.canvas.toolTip(), timeout=5000)
    tip = view.canvas.toolTip()
    assert "Left buttock" in tip
    assert "new" in tip
    assert "mm² (ellipse estimate)" in tip
    qtbot.mouseMove(view.canvas, pixel(view, 3, 3))
    qtbot.waitUntil(lambda: view.canvas.toolTip() == "", timeout=5000)


def test_hovering_in_picking_mode_hints_the_site(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    view.picking_site = True
    x, y, _ = view.drawing.geometry.anchor("knee", Laterality.LEFT)
    qtbot.mouseMove(view.canvas, pixel(view, x, y))
    qtbot.waitUntil(lambda: "Left knee" in view.canvas.toolTip(), timeout=5000)
    rings = view.rings()
    assert len(rings) == 1
    assert (rings[0].x, rings[0].y, rings[0].dashed) == (x, y, True)
    [(centre, radius, _colour, dashed)] = view.canvas.rings  # painted over the site
    assert dashed and radius > 3
    assert (centre.toPoint() - pixel(view, x, y)).manhattanLength() <= 2
    qtbot.mouseMove(view.canvas, pixel(view, 3, 3))
    qtbot.waitUntil(lambda: not view.canvas.rings, timeout=5000)


def test_select_and_set_lesions_redraw_the_map(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    view.set_lesions(ra_lesions(), selected="R buttock")
    assert view.selected() == "R buttock"
    view.select("R knee")
    gids = {p.get_gid() for p in view.drawing.axes.patches}
    assert "selected:R knee" in gids and "selected:R buttock" not in gids
    view.select(None)
    assert not any(
        str(g).startswith("selected:") for g in (p.get_gid() for p in view.drawing.axes.patches)
    )
    view.set_lesions(dm_lesions(), selected="R knee")  # not a DM lesion: nothing selected
    assert view.selected() is None
    assert set(view.drawing.markers) == {m.label for m in dm_lesions()}
    changes = {m.change for m in view.lesions()}
    assert changes == {LesionChange.LARGER, LesionChange.NEW}


def test_after_a_resize_the_markers_are_still_where_the_clicks_land(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    view.set_lesions(ra_lesions())
    first = view.drawing
    view.resize(700, 600)
    qtbot.waitUntil(lambda: view.canvas.width() >= 690, timeout=5000)
    assert view.drawing is not first  # laid out again for the new size
    assert view.current is not None and view.current.size == view.canvas.size()
    x, y, _ = view.drawing.markers["R upper chest"][0]
    with qtbot.waitSignal(view.lesion_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, x, y))
    assert blocker.args == ["R upper chest"]


def test_with_a_runner_the_map_is_drawn_on_a_worker_and_late_drawings_are_dropped(
    qtbot: QtBot,
) -> None:
    runner = HeldRunner()
    view = LesionMapView(runner=runner)
    qtbot.addWidget(view)
    view.resize(420, 480)
    view.show()
    qtbot.waitExposed(view)
    assert runner.tasks == [] and view.current is None  # nothing to draw before the lesions
    view.set_lesions(ra_lesions())
    assert len(runner.tasks) == 1
    assert view.current is None  # the GUI thread did not draw
    view.select("R knee")
    runner.take().release()  # delivered after the selection changed: dropped
    assert view.current is None
    with qtbot.waitSignal(view.rendered, timeout=1000):
        runner.take().release()
    assert view.current is not None and view.current.drawing.selected == "R knee"
    drawn = view.current
    view.set_lesions(dm_lesions())
    dm_drawing = runner.take()
    view.resize(500, 560)  # drawn again once the resize has settled
    qtbot.waitUntil(lambda: len(runner.tasks) == 1, timeout=5000)
    dm_drawing.release()  # superseded by the drawing for the new size: dropped
    assert view.current is drawn
    with qtbot.waitSignal(view.rendered, timeout=1000):
        runner.take().release()
    assert view.current is not None
    assert set(view.current.drawing.markers) == {m.label for m in dm_lesions()}
    x, y, _ = view.current.drawing.markers["L buttock"][0]
    with qtbot.waitSignal(view.lesion_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, x, y))
    assert blocker.args == ["L buttock"]
